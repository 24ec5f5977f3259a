//! IRI constants of the newsgraph vocabulary and of the vocabularies it reuses.
//!
//! The constants are written by hand and built unchecked (a `const` cannot validate); a test
//! checks that each one is a valid IRI and that the `ng:` terms here and in
//! `ontology/newsgraph.ttl` are the same set, so neither can drift from the other.

use oxigraph::model::NamedNodeRef;

/// The `ng:` namespace.
pub const NG: &str = "https://w3id.org/newsgraph/ns#";

macro_rules! terms {
    ($(#[$meta:meta])* $module:ident, $ns:literal, { $($name:ident = $local:literal,)* }) => {
        $(#[$meta])*
        pub mod $module {
            use super::NamedNodeRef;
            /// The namespace IRI.
            pub const NAMESPACE: &str = $ns;
            $(
                #[doc = concat!("`", $ns, $local, "`")]
                pub const $name: NamedNodeRef<'static> =
                    NamedNodeRef::new_unchecked(concat!($ns, $local));
            )*
            /// Every term of this module, for the consistency tests.
            #[cfg(test)]
            pub(crate) const ALL: &[NamedNodeRef<'static>] = &[$($name),*];
        }
    };
}

terms!(
    /// The newsgraph vocabulary (`ng:`).
    ng, "https://w3id.org/newsgraph/ns#", {
    // classes
    ARTICLE = "Article",
    ATTACK = "Attack",
    ACTOR = "Actor",
    PERSON = "Person",
    ORGANIZATION = "Organization",
    ARMED_GROUP = "ArmedGroup",
    SECURITY_FORCE = "SecurityForce",
    GOVERNMENT_BODY = "GovernmentBody",
    MEDIA_ORGANIZATION = "MediaOrganization",
    DESCRIBED_ACTOR = "DescribedActor",
    PLACE = "Place",
    TARGET = "Target",
    CASUALTY = "Casualty",
    CASUALTY_KIND = "CasualtyKind",
    COUNT_QUALIFIER = "CountQualifier",
    STATEMENT = "Statement",
    STATEMENT_KIND = "StatementKind",
    EVIDENCE_CLASS = "Evidence",
    ATTACK_TYPE_CLASS = "AttackType",
    WEAPON_TYPE = "WeaponType",
    // article
    SHA256 = "sha256",
    // attack
    LOCATION = "location",
    DATE = "date",
    DATE_TEXT = "dateText",
    PERPETRATOR = "perpetrator",
    CLAIMED_BY = "claimedBy",
    WEAPON = "weapon",
    WEAPON_TEXT = "weaponText",
    TARGET_PROP = "target",
    VICTIM = "victim",
    RESPONDER = "responder",
    ATTACK_TYPE = "attackType",
    CITED = "cited",
    // actor, place
    ALIAS = "alias",
    TITLE = "title",
    AFFILIATION = "affiliation",
    WITHIN = "within",
    // casualty
    ATTACK_PROP = "attack",
    KIND = "kind",
    COUNT = "count",
    MAX_COUNT = "maxCount",
    QUALIFIER = "qualifier",
    COUNT_TEXT = "countText",
    REPORTED_BY = "reportedBy",
    VICTIM_DESCRIPTION = "victimDescription",
    AS_OF_TEXT = "asOfText",
    AS_OF = "asOf",
    // statement
    SPEAKER = "speaker",
    QUOTE = "quote",
    STATEMENT_KIND_PROP = "statementKind",
    ABOUT = "about",
    CHANNEL = "channel",
    // evidence
    EVIDENCE = "evidence",
    CONFIDENCE = "confidence",
    // concept schemes and their concepts
    CASUALTY_KINDS = "CasualtyKinds",
    KILLED = "Killed",
    INJURED = "Injured",
    MISSING = "Missing",
    HOSTAGE = "Hostage",
    RESCUED = "Rescued",
    ARRESTED = "Arrested",
    COUNT_QUALIFIERS = "CountQualifiers",
    EXACT = "Exact",
    AT_LEAST = "AtLeast",
    MORE_THAN = "MoreThan",
    ABOUT_QUALIFIER = "About",
    UP_TO = "UpTo",
    STATEMENT_KINDS = "StatementKinds",
    DIRECT_QUOTE = "DirectQuote",
    REPORTED_SPEECH = "ReportedSpeech",
    WEAPON_TYPES = "WeaponTypes",
    FIREARM = "Firearm",
    EXPLOSIVE = "Explosive",
    GRENADE = "Grenade",
    ROCKET_WEAPON = "RocketWeapon",
    INCENDIARY = "Incendiary",
    MELEE = "Melee",
    VEHICLE = "Vehicle",
    CHEMICAL = "Chemical",
    OTHER_WEAPON = "OtherWeapon",
    ATTACK_TYPES = "AttackTypes",
    BOMBING = "Bombing",
    ARMED_ASSAULT = "ArmedAssault",
    ASSASSINATION = "Assassination",
    HOSTAGE_TAKING = "HostageTaking",
    KIDNAPPING = "Kidnapping",
    HIJACKING = "Hijacking",
    ARSON = "Arson",
    OTHER_ATTACK = "OtherAttack",
    // fusion across articles
    CANONICAL_ATTACK = "CanonicalAttack",
    CANONICAL_ACTOR = "CanonicalActor",
    FUSION_KEY = "FusionKey",
    FUSED_FROM = "fusedFrom",
    REPORTED_IN = "reportedIn",
    MATCHED_KEY = "matchedKey",
    FUSION_REASON = "fusionReason",
    FUSION_KEYS = "FusionKeys",
    PLACE_KEY = "PlaceKey",
    DATE_KEY = "DateKey",
    ATTACK_TYPE_KEY = "AttackTypeKey",
    PERPETRATOR_KEY = "PerpetratorKey",
    TARGET_KEY = "TargetKey",
    VICTIM_KEY = "VictimKey",
    NAME_KEY = "NameKey",
    TITLE_KEY = "TitleKey",
    SAME_AS_KEY = "SameAsKey",
});

terms!(
    /// Dublin Core terms (`dct:`).
    dct, "http://purl.org/dc/terms/", {
    IDENTIFIER = "identifier",
    TITLE = "title",
    SOURCE = "source",
    ISSUED = "issued",
});

terms!(
    /// PROV-O (`prov:`).
    prov, "http://www.w3.org/ns/prov#", {
    WAS_DERIVED_FROM = "wasDerivedFrom",
});

terms!(
    /// NIF core (`nif:`).
    nif, "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", {
    BEGIN_INDEX = "beginIndex",
    END_INDEX = "endIndex",
    ANCHOR_OF = "anchorOf",
});

terms!(
    /// OWL (`owl:`).
    owl, "http://www.w3.org/2002/07/owl#", {
    SAME_AS = "sameAs",
});

terms!(
    /// RDF Schema (`rdfs:`).
    rdfs, "http://www.w3.org/2000/01/rdf-schema#", {
    LABEL = "label",
});

/// The prefixes used when writing Turtle, TriG and RDF/XML, in the order they are written.
pub const PREFIXES: &[(&str, &str)] = &[
    ("ng", NG),
    ("dct", dct::NAMESPACE),
    ("prov", prov::NAMESPACE),
    ("nif", nif::NAMESPACE),
    ("owl", owl::NAMESPACE),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", rdfs::NAMESPACE),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"),
    ("schema", "https://schema.org/"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
];

/// The OWL ontology, as shipped in `ontology/newsgraph.ttl`.
pub const ONTOLOGY_TTL: &str = include_str!("../ontology/newsgraph.ttl");

/// The SHACL shapes, as shipped in `ontology/shapes.ttl`.
pub const SHAPES_TTL: &str = include_str!("../ontology/shapes.ttl");

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::io::{RdfFormat, RdfParser};
    use oxigraph::model::{NamedNode, NamedOrBlankNode as Subject, Term, vocab::rdf};
    use std::collections::BTreeSet;

    fn ontology_triples() -> Vec<oxigraph::model::Triple> {
        RdfParser::from_format(RdfFormat::Turtle)
            .for_slice(ONTOLOGY_TTL.as_bytes())
            .map(|q| q.expect("the ontology parses").into())
            .collect()
    }

    fn all_constants() -> Vec<NamedNodeRef<'static>> {
        [ng::ALL, dct::ALL, prov::ALL, nif::ALL, owl::ALL, rdfs::ALL].concat()
    }

    #[test]
    fn constants_are_valid_iris() {
        for term in all_constants() {
            assert!(NamedNode::new(term.as_str()).is_ok(), "{term}");
        }
    }

    #[test]
    fn ng_constants_match_the_ontology_declarations() {
        let declared: BTreeSet<String> = ontology_triples()
            .into_iter()
            .filter(|t| t.predicate == rdf::TYPE)
            .filter_map(|t| match t.subject {
                Subject::NamedNode(n) if n.as_str().starts_with(NG) => Some(n.into_string()),
                _ => None,
            })
            .collect();
        let constants: BTreeSet<String> = ng::ALL.iter().map(|t| t.as_str().to_owned()).collect();
        let missing_in_ontology: Vec<_> = constants.difference(&declared).collect();
        let missing_in_code: Vec<_> = declared.difference(&constants).collect();
        assert!(
            missing_in_ontology.is_empty(),
            "not declared: {missing_in_ontology:?}"
        );
        assert!(
            missing_in_code.is_empty(),
            "no constant: {missing_in_code:?}"
        );
    }

    #[test]
    fn reused_terms_are_described_in_the_ontology() {
        let mentioned: BTreeSet<String> = ontology_triples()
            .into_iter()
            .flat_map(|t| {
                let mut out = vec![t.predicate.into_string()];
                if let Subject::NamedNode(n) = t.subject {
                    out.push(n.into_string());
                }
                if let Term::NamedNode(n) = t.object {
                    out.push(n.into_string());
                }
                out
            })
            .collect();
        for term in [dct::ALL, prov::ALL, nif::ALL, owl::ALL, rdfs::ALL].concat() {
            assert!(
                mentioned.contains(term.as_str()),
                "{term} is not in the ontology"
            );
        }
    }

    #[test]
    fn every_ng_term_has_label_and_comment() {
        let triples = ontology_triples();
        for term in ng::ALL {
            let has = |p: &str| {
                triples.iter().any(|t| {
                    matches!(&t.subject, Subject::NamedNode(n) if n.as_str() == term.as_str())
                        && t.predicate.as_str() == p
                })
            };
            assert!(
                has("http://www.w3.org/2000/01/rdf-schema#label"),
                "{term} has no label"
            );
            assert!(
                has("http://www.w3.org/2000/01/rdf-schema#comment"),
                "{term} has no comment"
            );
        }
    }
}
