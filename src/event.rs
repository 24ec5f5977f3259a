//! The domain model: what the extractors find in one article, as plain Rust values.
//!
//! The types mirror the ontology's classes but know nothing of RDF; `graph` maps them to
//! quads. Cross-references are indices into the vectors of one [`Extraction`].

use crate::span::Span;
use jiff::civil::Date;

/// Index of an actor in [`Extraction::actors`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActorId(pub usize);

/// Index of a place in [`Extraction::places`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PlaceId(pub usize);

/// Index of an attack in [`Extraction::attacks`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AttackId(pub usize);

/// Everything extracted from one article, plus what the extractors want to tell the user.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    /// Actors, named and described.
    pub actors: Vec<Actor>,
    /// Places.
    pub places: Vec<Place>,
    /// Attacks: the main one first, then the others in text order.
    pub attacks: Vec<Attack>,
    /// Casualty figures.
    pub casualties: Vec<Casualty>,
    /// Statements.
    pub statements: Vec<Statement>,
    /// Notes on what could not be extracted.
    pub diagnostics: Vec<Diagnostic>,
}

/// The kind of an actor; the ontology's `ng:Actor` subclasses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActorKind {
    /// A person.
    Person,
    /// An organisation of no more specific kind.
    Organization,
    /// A non-state armed group.
    ArmedGroup,
    /// Armed forces, police, security services.
    SecurityForce,
    /// A government, ministry, embassy, public authority.
    GovernmentBody,
    /// A news outlet.
    MediaOrganization,
}

impl ActorKind {
    /// True for the organisation kinds.
    #[must_use]
    pub const fn is_organization(self) -> bool {
        !matches!(self, Self::Person)
    }

    /// A short lower-case name, used in IRI keys and statistics.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organization => "organization",
            Self::ArmedGroup => "armed-group",
            Self::SecurityForce => "security-force",
            Self::GovernmentBody => "government-body",
            Self::MediaOrganization => "media",
        }
    }
}

/// An actor of one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    /// Its kind.
    pub kind: ActorKind,
    /// The canonical name: the fullest form in the text (or the description, for unnamed actors).
    pub name: String,
    /// Other surface forms, in order of first use.
    pub aliases: Vec<String>,
    /// Roles or offices the text gives it.
    pub titles: Vec<String>,
    /// The organisation the text ties it to.
    pub affiliation: Option<ActorId>,
    /// False for a description ("officials", "a U.S. State Department official").
    pub named: bool,
    /// The identity key: actors with the same kind and key are the same node in every
    /// article (for described actors the key is local to the article).
    pub key: String,
    /// Wikidata id (`Q…`), where a shipped lexicon holds one.
    pub wikidata: Option<String>,
    /// Where it is mentioned; the first is its evidence.
    pub mentions: Vec<Span>,
}

/// The kind of a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceKind {
    /// A country.
    Country,
    /// A first-level division (state, province).
    Region,
    /// A city or town.
    City,
    /// A named building, site or street.
    Site,
}

/// A place of one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: PlaceKind,
    /// The place that contains it.
    pub within: Option<PlaceId>,
    /// GeoNames id, from the gazetteer.
    pub geonames: Option<u64>,
    /// Wikidata id (`Q…`), where the gazetteer holds one.
    pub wikidata: Option<String>,
    /// Identity key, the same in every article.
    pub key: String,
    /// Other forms of its name that the text uses.
    pub aliases: Vec<String>,
    /// Where it is mentioned (empty for a place implied by the gazetteer).
    pub mentions: Vec<Span>,
}

/// Attack types, close to the Global Terrorism Database's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AttackType {
    /// Bombing or explosion, including rockets, mortars and grenades.
    Bombing,
    /// Shooting, raid, ambush, massacre, stabbing.
    ArmedAssault,
    /// Killing of a specific prominent person.
    Assassination,
    /// Siege or barricade with hostages.
    HostageTaking,
    /// Kidnapping or abduction.
    Kidnapping,
    /// Hijacking.
    Hijacking,
    /// Arson.
    Arson,
    /// Anything else.
    Other,
}

/// The weapon scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weapon {
    /// Guns.
    Firearm,
    /// Bombs and explosive devices.
    Explosive,
    /// Hand grenades.
    Grenade,
    /// Rockets, RPGs, mortars, missiles.
    Rocket,
    /// Fire.
    Incendiary,
    /// Knives, machetes.
    Melee,
    /// Vehicle ramming.
    Vehicle,
    /// Chemical agents.
    Chemical,
    /// Anything else.
    Other,
}

/// A weapon named in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeaponMention {
    /// Its type.
    pub weapon: Weapon,
    /// The words.
    pub text: String,
    /// Where.
    pub span: Span,
    /// True when the words name the act ("gunfire", "the bombings") rather than an instrument:
    /// they tell the weapon type, but they are not written as `ng:weaponText`.
    pub act: bool,
}

/// What an attack struck, in the text's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The words.
    pub label: String,
    /// Where.
    pub span: Span,
}

/// One attack.
#[derive(Debug, Clone, PartialEq)]
pub struct Attack {
    /// A short human name.
    pub label: String,
    /// Its type, when the wording tells.
    pub attack_type: Option<AttackType>,
    /// True for an earlier attack cited for context.
    pub cited: bool,
    /// The sentences that report it; the first is its main evidence.
    pub evidence: Vec<Span>,
    /// The most specific place.
    pub location: Option<PlaceId>,
    /// The date, when resolved.
    pub date: Option<Date>,
    /// The words used for the date, and where.
    pub date_text: Option<(String, Span)>,
    /// Who did it.
    pub perpetrators: Vec<ActorId>,
    /// Who claimed it.
    pub claimed_by: Vec<ActorId>,
    /// Weapons.
    pub weapons: Vec<WeaponMention>,
    /// Targets.
    pub targets: Vec<Target>,
    /// Named victims.
    pub victims: Vec<ActorId>,
    /// Responders.
    pub responders: Vec<ActorId>,
}

impl Attack {
    /// An attack with a label and one evidence sentence, and nothing else yet.
    #[must_use]
    pub fn new(label: impl Into<String>, evidence: Span) -> Self {
        Self {
            label: label.into(),
            attack_type: None,
            cited: false,
            evidence: vec![evidence],
            location: None,
            date: None,
            date_text: None,
            perpetrators: Vec::new(),
            claimed_by: Vec::new(),
            weapons: Vec::new(),
            targets: Vec::new(),
            victims: Vec::new(),
            responders: Vec::new(),
        }
    }
}

/// The category a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CasualtyKind {
    /// Killed.
    Killed,
    /// Injured.
    Injured,
    /// Missing.
    Missing,
    /// Held hostage.
    Hostage,
    /// Rescued, freed, evacuated.
    Rescued,
    /// Arrested, detained.
    Arrested,
}

impl CasualtyKind {
    /// Lower-case name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Killed => "killed",
            Self::Injured => "injured",
            Self::Missing => "missing",
            Self::Hostage => "hostage",
            Self::Rescued => "rescued",
            Self::Arrested => "arrested",
        }
    }
}

/// How a count is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Qualifier {
    /// As given.
    Exact,
    /// Lower bound, included; ranges.
    AtLeast,
    /// Lower bound, excluded.
    MoreThan,
    /// Approximate.
    About,
    /// Upper bound.
    UpTo,
}

/// One reported figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Casualty {
    /// The attack it belongs to.
    pub attack: AttackId,
    /// What it counts.
    pub kind: CasualtyKind,
    /// The number (lower bound for ranges); `None` for vague quantities.
    pub count: Option<u64>,
    /// Upper bound for ranges and "up to".
    pub max_count: Option<u64>,
    /// How to read the number.
    pub qualifier: Qualifier,
    /// The words giving the figure.
    pub count_text: String,
    /// Where they are.
    pub count_span: Span,
    /// Who gave it.
    pub reported_by: Option<ActorId>,
    /// Who it counts, in the text's words.
    pub victim_description: Option<String>,
    /// When it held, in the text's words.
    pub as_of_text: Option<String>,
    /// When it held, resolved.
    pub as_of: Option<Date>,
    /// The sentence it comes from.
    pub evidence: Span,
}

/// Direct quote or reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatementKind {
    /// Words quoted as the speaker's own.
    DirectQuote,
    /// Indirect speech, or quoted words inside it.
    ReportedSpeech,
}

/// Something an actor said.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// Who said it, when identifiable.
    pub speaker: Option<ActorId>,
    /// The words, without quotation marks.
    pub quote: String,
    /// Where the words are.
    pub quote_span: Span,
    /// Direct or reported.
    pub kind: StatementKind,
    /// The attack it is about.
    pub about: Option<AttackId>,
    /// How it was said.
    pub channel: Option<String>,
    /// How sure the speaker attribution is, when unsure (pronoun resolution, say).
    pub confidence: Option<f64>,
}

/// Something the extractors want the user to know about an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where, when it is about a stretch of text.
    pub span: Option<Span>,
    /// What.
    pub message: String,
}
