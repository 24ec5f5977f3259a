//! Events to quads: the only place that mints IRIs and shapes triples.
//!
//! Every IRI is a name-based (version 5) UUID of a stable key, so the same input always gives
//! the same IRIs, and shards made on different machines merge by union. Evidence nodes get
//! such IRIs too: the output has no blank nodes, which is what lets every export be written in
//! a deterministic order.

use crate::article::{Article, Published};
use crate::event::{
    ActorKind, AttackType, CasualtyKind, Extraction, Qualifier, StatementKind, Weapon,
};
use crate::ontology::{dct, ng, nif, owl, prov, rdfs};
use crate::span::{CharOffsets, Span};
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The namespace of newsgraph's name-based UUIDs: the v5 UUID of the vocabulary IRI in the URL
/// namespace. Changing it would change every IRI ever minted.
const UUID_NAMESPACE: Uuid = Uuid::from_u128(0x5903_105b_620e_5185_87c4_db8c_bb84_2a30);

/// Mints IRIs from keys: `urn:uuid:…`, or `{base}{uuid}` when a base IRI is given.
#[derive(Debug, Clone, Default)]
pub struct IriMinter {
    base: Option<String>,
}

impl IriMinter {
    /// `urn:uuid:` IRIs.
    #[must_use]
    pub fn new() -> Self {
        Self { base: None }
    }

    /// IRIs under `base` (which must be an absolute IRI; it is checked with the first IRI).
    ///
    /// # Errors
    /// When `base` followed by a UUID is not a valid IRI.
    pub fn with_base(base: &str) -> Result<Self, oxigraph::model::IriParseError> {
        NamedNode::new(format!("{base}{}", Uuid::nil()))?;
        Ok(Self {
            base: Some(base.to_owned()),
        })
    }

    /// The IRI of a key.
    #[must_use]
    pub fn mint(&self, key: &str) -> NamedNode {
        let uuid = Uuid::new_v5(&UUID_NAMESPACE, key.as_bytes());
        let iri = match &self.base {
            Some(base) => format!("{base}{uuid}"),
            None => format!("urn:uuid:{uuid}"),
        };
        NamedNode::new_unchecked(iri)
    }

    /// The IRI of an article: the name of its graph.
    #[must_use]
    pub fn article(&self, id: &str) -> NamedNode {
        self.mint(&format!("article\u{1f}{id}"))
    }

    /// The IRI of the canonical attack whose smallest member (by IRI) is `member`: fusion keys
    /// a group by its smallest member, which is a function of the group alone.
    #[must_use]
    pub fn canonical_attack(&self, member: &str) -> NamedNode {
        self.mint(&format!("canonical-attack\u{1f}{member}"))
    }

    /// The IRI of the canonical actor whose smallest member (by IRI) is `member`.
    #[must_use]
    pub fn canonical_actor(&self, member: &str) -> NamedNode {
        self.mint(&format!("canonical-actor\u{1f}{member}"))
    }
}

/// How many nodes of each class one article gave.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Attacks.
    pub attacks: usize,
    /// Actors (named and described).
    pub actors: usize,
    /// Casualty figures.
    pub casualties: usize,
    /// Statements.
    pub statements: usize,
    /// Quads.
    pub triples: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, rhs: Self) {
        self.attacks += rhs.attacks;
        self.actors += rhs.actors;
        self.casualties += rhs.casualties;
        self.statements += rhs.statements;
        self.triples += rhs.triples;
    }
}

/// The quads of one article: all in the named graph bearing the article's IRI.
pub struct ArticleGraph {
    /// The article's IRI, which is also the graph name.
    pub name: NamedNode,
    /// The quads.
    pub quads: Vec<Quad>,
    /// Node counts.
    pub counts: Counts,
}

struct Builder<'a> {
    graph: GraphName,
    article_iri: NamedNode,
    article_id: &'a str,
    text: &'a str,
    offsets: CharOffsets,
    minter: &'a IriMinter,
    quads: Vec<Quad>,
}

impl Builder<'_> {
    fn add(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::NamedNode(s.clone()),
            p.into_owned(),
            o.into(),
            self.graph.clone(),
        ));
    }

    fn string(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, value: &str) {
        self.add(s, p, Literal::new_simple_literal(value));
    }

    fn typed(&mut self, s: &NamedNode, class: NamedNodeRef<'_>) {
        self.add(s, rdf::TYPE, class.into_owned());
    }

    /// `prov:wasDerivedFrom` the article and one `ng:evidence` node for each span.
    fn provenance(&mut self, s: &NamedNode, spans: &[Span]) {
        let article = self.article_iri.clone();
        self.add(s, prov::WAS_DERIVED_FROM, article);
        for span in spans {
            let begin = self.offsets.to_char(span.start);
            let end = self.offsets.to_char(span.end);
            let evidence = self.minter.mint(&format!(
                "evidence\u{1f}{}\u{1f}{begin}\u{1f}{end}",
                s.as_str()
            ));
            self.add(s, ng::EVIDENCE, evidence.clone());
            self.typed(&evidence, ng::EVIDENCE_CLASS);
            self.add(
                &evidence,
                nif::BEGIN_INDEX,
                Literal::new_typed_literal(begin.to_string(), xsd::NON_NEGATIVE_INTEGER),
            );
            self.add(
                &evidence,
                nif::END_INDEX,
                Literal::new_typed_literal(end.to_string(), xsd::NON_NEGATIVE_INTEGER),
            );
            let anchor = span.text(self.text).to_owned();
            self.string(&evidence, nif::ANCHOR_OF, &anchor);
        }
    }

    fn key(&self, kind: &str, rest: &str) -> NamedNode {
        self.minter
            .mint(&format!("{kind}\u{1f}{}\u{1f}{rest}", self.article_id))
    }
}

/// Maps an article and what was extracted from it to quads in the article's named graph.
#[must_use]
pub fn to_quads(article: &Article, extraction: &Extraction, minter: &IriMinter) -> ArticleGraph {
    let article_iri = minter.article(&article.id);
    let mut b = Builder {
        graph: GraphName::NamedNode(article_iri.clone()),
        article_iri: article_iri.clone(),
        article_id: &article.id,
        text: &article.text,
        offsets: CharOffsets::new(&article.text),
        minter,
        quads: Vec::new(),
    };

    // The article.
    b.typed(&article_iri, ng::ARTICLE);
    b.string(&article_iri, dct::IDENTIFIER, &article.id);
    if let Some(title) = &article.title {
        b.string(&article_iri, dct::TITLE, title);
    }
    if let Some(url) = article
        .url
        .as_deref()
        .and_then(|u| NamedNode::new(u.trim()).ok())
    {
        b.add(&article_iri, dct::SOURCE, url);
    }
    match article.published {
        Some(Published::Date(d)) => b.add(
            &article_iri,
            dct::ISSUED,
            Literal::new_typed_literal(d.to_string(), xsd::DATE),
        ),
        Some(Published::DateTime(ts)) => b.add(
            &article_iri,
            dct::ISSUED,
            Literal::new_typed_literal(ts.to_string(), xsd::DATE_TIME),
        ),
        None => {}
    }
    let digest = Sha256::digest(article.text.as_bytes());
    b.string(&article_iri, ng::SHA256, &hex(&digest));

    // Places: shared nodes, keyed by GeoNames id or name.
    let place_iris: Vec<NamedNode> = extraction
        .places
        .iter()
        .map(|p| minter.mint(&format!("place\u{1f}{}", p.key)))
        .collect();
    for (place, iri) in extraction.places.iter().zip(&place_iris) {
        b.typed(iri, ng::PLACE);
        b.string(iri, rdfs::LABEL, &place.name);
        for alias in &place.aliases {
            b.string(iri, ng::ALIAS, alias);
        }
        if let Some(within) = place.within.and_then(|w| place_iris.get(w.0)) {
            b.add(iri, ng::WITHIN, within.clone());
        }
        if let Some(id) = place.geonames {
            b.add(
                iri,
                owl::SAME_AS,
                NamedNode::new_unchecked(format!("https://sws.geonames.org/{id}/")),
            );
        }
        if let Some(q) = &place.wikidata {
            b.add(
                iri,
                owl::SAME_AS,
                NamedNode::new_unchecked(format!("http://www.wikidata.org/entity/{q}")),
            );
        }
        if !place.mentions.is_empty() {
            b.provenance(iri, &place.mentions[..1]);
        }
    }

    // Actors: named ones are shared across articles (kind + key), described ones are local.
    let actor_iris: Vec<NamedNode> = extraction
        .actors
        .iter()
        .map(|a| {
            if a.named {
                minter.mint(&format!("actor\u{1f}{}\u{1f}{}", a.kind.as_str(), a.key))
            } else {
                b.key("described", &format!("{}\u{1f}{}", a.kind.as_str(), a.key))
            }
        })
        .collect();
    for (actor, iri) in extraction.actors.iter().zip(&actor_iris) {
        b.typed(iri, ng::ACTOR);
        match actor.kind {
            ActorKind::Person => b.typed(iri, ng::PERSON),
            kind => {
                b.typed(iri, ng::ORGANIZATION);
                match kind {
                    ActorKind::ArmedGroup => b.typed(iri, ng::ARMED_GROUP),
                    ActorKind::SecurityForce => b.typed(iri, ng::SECURITY_FORCE),
                    ActorKind::GovernmentBody => b.typed(iri, ng::GOVERNMENT_BODY),
                    ActorKind::MediaOrganization => b.typed(iri, ng::MEDIA_ORGANIZATION),
                    ActorKind::Person | ActorKind::Organization => {}
                }
            }
        }
        if !actor.named {
            b.typed(iri, ng::DESCRIBED_ACTOR);
        }
        b.string(iri, rdfs::LABEL, &actor.name);
        for alias in &actor.aliases {
            b.string(iri, ng::ALIAS, alias);
        }
        for title in &actor.titles {
            b.string(iri, ng::TITLE, title);
        }
        if let Some(org) = actor.affiliation.and_then(|a| actor_iris.get(a.0)) {
            b.add(iri, ng::AFFILIATION, org.clone());
        }
        if let Some(q) = &actor.wikidata {
            b.add(
                iri,
                owl::SAME_AS,
                NamedNode::new_unchecked(format!("http://www.wikidata.org/entity/{q}")),
            );
        }
        b.provenance(iri, &actor.mentions[..actor.mentions.len().min(1)]);
    }

    // Attacks.
    let attack_iris: Vec<NamedNode> = extraction
        .attacks
        .iter()
        // Two attacks can open in the same sentence (an earlier one named beside the main
        // one), so the label is part of the key.
        .map(|a| {
            let start = a.evidence.first().map_or(0, |s| s.start);
            b.key("attack", &format!("{start}\u{1f}{}", a.label))
        })
        .collect();
    for (attack, iri) in extraction.attacks.iter().zip(&attack_iris) {
        b.typed(iri, ng::ATTACK);
        b.string(iri, rdfs::LABEL, &attack.label);
        if let Some(t) = attack.attack_type {
            b.add(iri, ng::ATTACK_TYPE, attack_type_iri(t));
        }
        if attack.cited {
            b.add(iri, ng::CITED, Literal::from(true));
        }
        if let Some(place) = attack.location.and_then(|p| place_iris.get(p.0)) {
            b.add(iri, ng::LOCATION, place.clone());
        }
        if let Some(date) = attack.date {
            b.add(
                iri,
                ng::DATE,
                Literal::new_typed_literal(date.to_string(), xsd::DATE),
            );
        }
        if let Some((text, _)) = &attack.date_text {
            b.string(iri, ng::DATE_TEXT, text);
        }
        for (prop, actors) in [
            (ng::PERPETRATOR, &attack.perpetrators),
            (ng::CLAIMED_BY, &attack.claimed_by),
            (ng::VICTIM, &attack.victims),
            (ng::RESPONDER, &attack.responders),
        ] {
            for actor in actors.iter().filter_map(|a| actor_iris.get(a.0)) {
                b.add(iri, prop, actor.clone());
            }
        }
        for weapon in &attack.weapons {
            b.add(iri, ng::WEAPON, weapon_iri(weapon.weapon));
            if !weapon.act {
                b.string(iri, ng::WEAPON_TEXT, &weapon.text);
            }
        }
        for target in &attack.targets {
            let t = b.key(
                "target",
                &format!("{}\u{1f}{}", iri.as_str(), target.label.to_lowercase()),
            );
            b.add(iri, ng::TARGET_PROP, t.clone());
            b.typed(&t, ng::TARGET);
            b.string(&t, rdfs::LABEL, &target.label);
            b.provenance(&t, &[target.span]);
        }
        b.provenance(iri, &attack.evidence);
    }

    // Casualty figures.
    for c in &extraction.casualties {
        let iri = b.key(
            "casualty",
            &format!(
                "{}\u{1f}{}\u{1f}{}",
                c.count_span.start,
                c.count_span.end,
                c.kind.as_str()
            ),
        );
        b.typed(&iri, ng::CASUALTY);
        if let Some(attack) = attack_iris.get(c.attack.0) {
            b.add(&iri, ng::ATTACK_PROP, attack.clone());
        }
        b.add(&iri, ng::KIND, casualty_kind_iri(c.kind));
        if let Some(n) = c.count {
            b.add(
                &iri,
                ng::COUNT,
                Literal::new_typed_literal(n.to_string(), xsd::INTEGER),
            );
        }
        if let Some(n) = c.max_count {
            b.add(
                &iri,
                ng::MAX_COUNT,
                Literal::new_typed_literal(n.to_string(), xsd::INTEGER),
            );
        }
        b.add(&iri, ng::QUALIFIER, qualifier_iri(c.qualifier));
        b.string(&iri, ng::COUNT_TEXT, &c.count_text);
        if let Some(actor) = c.reported_by.and_then(|a| actor_iris.get(a.0)) {
            b.add(&iri, ng::REPORTED_BY, actor.clone());
        }
        if let Some(d) = &c.victim_description {
            b.string(&iri, ng::VICTIM_DESCRIPTION, d);
        }
        if let Some(t) = &c.as_of_text {
            b.string(&iri, ng::AS_OF_TEXT, t);
        }
        if let Some(d) = c.as_of {
            b.add(
                &iri,
                ng::AS_OF,
                Literal::new_typed_literal(d.to_string(), xsd::DATE),
            );
        }
        b.provenance(&iri, &[c.evidence]);
    }

    // Statements.
    for s in &extraction.statements {
        let iri = b.key(
            "statement",
            &format!("{}\u{1f}{}", s.quote_span.start, s.quote_span.end),
        );
        b.typed(&iri, ng::STATEMENT);
        b.string(&iri, ng::QUOTE, &s.quote);
        b.add(
            &iri,
            ng::STATEMENT_KIND_PROP,
            match s.kind {
                StatementKind::DirectQuote => ng::DIRECT_QUOTE,
                StatementKind::ReportedSpeech => ng::REPORTED_SPEECH,
            }
            .into_owned(),
        );
        if let Some(actor) = s.speaker.and_then(|a| actor_iris.get(a.0)) {
            b.add(&iri, ng::SPEAKER, actor.clone());
        }
        if let Some(attack) = s.about.and_then(|a| attack_iris.get(a.0)) {
            b.add(&iri, ng::ABOUT, attack.clone());
        }
        if let Some(channel) = &s.channel {
            b.string(&iri, ng::CHANNEL, channel);
        }
        if let Some(c) = s.confidence {
            b.add(&iri, ng::CONFIDENCE, Literal::from(c));
        }
        b.provenance(&iri, &[s.quote_span]);
    }

    let counts = Counts {
        attacks: extraction.attacks.len(),
        actors: extraction.actors.len(),
        casualties: extraction.casualties.len(),
        statements: extraction.statements.len(),
        triples: b.quads.len(),
    };
    // Sorted and deduplicated: the same article always gives the same vector.
    let mut quads = b.quads;
    quads.sort_by_cached_key(ToString::to_string);
    quads.dedup();
    ArticleGraph {
        name: article_iri,
        counts: Counts {
            triples: quads.len(),
            ..counts
        },
        quads,
    }
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// The IRI of a casualty kind.
#[must_use]
fn casualty_kind_iri(kind: CasualtyKind) -> NamedNode {
    match kind {
        CasualtyKind::Killed => ng::KILLED,
        CasualtyKind::Injured => ng::INJURED,
        CasualtyKind::Missing => ng::MISSING,
        CasualtyKind::Hostage => ng::HOSTAGE,
        CasualtyKind::Rescued => ng::RESCUED,
        CasualtyKind::Arrested => ng::ARRESTED,
    }
    .into_owned()
}

fn qualifier_iri(q: Qualifier) -> NamedNode {
    match q {
        Qualifier::Exact => ng::EXACT,
        Qualifier::AtLeast => ng::AT_LEAST,
        Qualifier::MoreThan => ng::MORE_THAN,
        Qualifier::About => ng::ABOUT_QUALIFIER,
        Qualifier::UpTo => ng::UP_TO,
    }
    .into_owned()
}

fn weapon_iri(w: Weapon) -> NamedNode {
    match w {
        Weapon::Firearm => ng::FIREARM,
        Weapon::Explosive => ng::EXPLOSIVE,
        Weapon::Grenade => ng::GRENADE,
        Weapon::Rocket => ng::ROCKET_WEAPON,
        Weapon::Incendiary => ng::INCENDIARY,
        Weapon::Melee => ng::MELEE,
        Weapon::Vehicle => ng::VEHICLE,
        Weapon::Chemical => ng::CHEMICAL,
        Weapon::Other => ng::OTHER_WEAPON,
    }
    .into_owned()
}

fn attack_type_iri(t: AttackType) -> NamedNode {
    match t {
        AttackType::Bombing => ng::BOMBING,
        AttackType::ArmedAssault => ng::ARMED_ASSAULT,
        AttackType::Assassination => ng::ASSASSINATION,
        AttackType::HostageTaking => ng::HOSTAGE_TAKING,
        AttackType::Kidnapping => ng::KIDNAPPING,
        AttackType::Hijacking => ng::HIJACKING,
        AttackType::Arson => ng::ARSON,
        AttackType::Other => ng::OTHER_ATTACK,
    }
    .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_namespace_is_the_v5_of_the_vocabulary_iri() {
        let expected = Uuid::new_v5(&Uuid::NAMESPACE_URL, b"https://w3id.org/newsgraph/");
        assert_eq!(
            UUID_NAMESPACE,
            expected,
            "UUID_NAMESPACE should be {:#x}",
            expected.as_u128()
        );
    }

    #[test]
    fn minting_is_deterministic_and_honours_the_base() {
        let a = IriMinter::new().article("x");
        assert_eq!(a, IriMinter::new().article("x"));
        assert!(a.as_str().starts_with("urn:uuid:"));
        assert_ne!(a, IriMinter::new().article("y"));
        let based = IriMinter::with_base("https://example.org/ng/")
            .unwrap()
            .article("x");
        assert!(based.as_str().starts_with("https://example.org/ng/"));
        assert!(based.as_str().ends_with(&a.as_str()["urn:uuid:".len()..]));
        assert!(IriMinter::with_base("not an iri").is_err());
    }
}
