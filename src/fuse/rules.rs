//! When two per-article attacks are the same event: the compatibility rules, as pure functions
//! over small profiles, so that each rule can be tested on its own.
//!
//! A pair is compared key by key. Each key gives a relation, from a conflict (the pair can never
//! fuse) through "unknown" to a positive match:
//!
//! - **place** (required): the same place, or one inside the other through `ng:within` (a site
//!   within a city within a country), or two sites of one city whose names share a distinctive
//!   word. Agreement below country level is *fine*; agreement only on a country is *coarse*.
//!   Different cities, countries or buildings never fuse.
//! - **date**: resolved dates at most a day apart; else years (`ng:date`, years in `ng:dateText`
//!   and labels), month and day; else, for an undated main attack, the week before its article's
//!   `dct:issued`. Anything of these known on both sides that disagrees is a conflict. The same
//!   weekday is weak evidence; different weekdays are not a conflict (a report's weekday is often
//!   that of a statement or a funeral).
//! - **attack type**: the same type; related types (a siege is an armed assault and a hostage
//!   taking) count only with strong evidence; unrelated types conflict.
//! - **perpetrator**: a shared named perpetrator or claimant (canonical actors, so name variants
//!   agree); two disjoint sets of armed groups conflict.
//!
//! A pair with a conflicting key (or from one article) can never share a canonical attack.
//! Otherwise it is *linked* when the evidence suffices, and canonical attacks grow along links:
//! an earlier attack cited for context links only when its year or date matches, or when type
//! and place agree exactly and something else corroborates (perpetrator, site, victim, target);
//! agreement only on a country needs a close date or a shared perpetrator, and so do related
//! types; two main attacks in the same city with a compatible type link even when undated
//! (plain-text articles often are). A member may join through a link to another member: it
//! need only not conflict with the rest.

use crate::event::AttackType;
use jiff::civil::Date;
use std::collections::BTreeSet;

/// How long before its article's publication an undated main attack is taken to have happened:
/// news reports attacks of the last days.
pub(crate) const REPORT_WINDOW_DAYS: i64 = 7;

/// How far apart two resolved dates of one attack may be: an attack late at night is dated to
/// two days by different outlets (and in different time zones).
pub(crate) const DATE_TOLERANCE_DAYS: i64 = 1;

/// One place of an attack, as the rules see it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct PlaceRef {
    /// The place's identity (its GeoNames IRI, else its IRI).
    pub(crate) id: String,
    /// Identities of every place containing it.
    pub(crate) ancestors: BTreeSet<String>,
    /// Those of them contained in nothing (countries).
    pub(crate) roots: BTreeSet<String>,
    /// A named site rather than a gazetteer place.
    pub(crate) site: bool,
    /// Distinctive words of its name (for sites).
    pub(crate) words: BTreeSet<String>,
}

impl PlaceRef {
    fn root(&self) -> bool {
        self.ancestors.is_empty()
    }
}

/// What is known of when an attack happened.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct When {
    pub(crate) dates: BTreeSet<Date>,
    pub(crate) years: BTreeSet<i16>,
    /// (month, day) pairs.
    pub(crate) month_days: BTreeSet<(i8, i8)>,
    /// Monday = 0.
    pub(crate) weekdays: BTreeSet<i8>,
    /// For an undated main attack: the days before its article's publication.
    pub(crate) window: Option<(Date, Date)>,
}

impl When {
    /// From resolved dates, the words used for the date, the labels and, for an undated main
    /// attack, the publication date.
    pub(crate) fn new<'a>(
        dates: &BTreeSet<Date>,
        texts: impl IntoIterator<Item = &'a str>,
        labels: impl IntoIterator<Item = &'a str>,
        cited: bool,
        issued: Option<Date>,
    ) -> Self {
        let mut w = Self {
            dates: dates.clone(),
            ..Self::default()
        };
        for d in dates {
            w.years.insert(d.year());
            w.month_days.insert((d.month(), d.day()));
            w.weekdays.insert(d.weekday().to_monday_zero_offset());
        }
        for text in texts {
            let words = words(text);
            w.years.extend(words.iter().filter_map(|t| year(t)));
            w.month_days.extend(month_days(&words));
            w.weekdays.extend(words.iter().filter_map(|t| weekday(t)));
        }
        for label in labels {
            w.years.extend(words(label).iter().filter_map(|t| year(t)));
        }
        if !cited && w.dates.is_empty() && w.years.is_empty() && w.month_days.is_empty() {
            if let Some(issued) = issued {
                let start = issued
                    .checked_sub(jiff::Span::new().days(REPORT_WINDOW_DAYS))
                    .unwrap_or(issued);
                w.years.insert(start.year());
                w.years.insert(issued.year());
                w.window = Some((start, issued));
            }
        }
        w
    }
}

/// Lower-case words of letters and digits.
pub(crate) fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn year(word: &str) -> Option<i16> {
    if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        word.parse().ok().filter(|y| (1900..=2100).contains(y))
    } else {
        None
    }
}

fn month(word: &str) -> Option<i8> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    if word.len() < 3 {
        return None;
    }
    let m = MONTHS.iter().position(|m| word.starts_with(m))?;
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ][m];
    // "mar" and "march", "sept", but not "marathon" or "mayor".
    (full.starts_with(word) || word == "sept").then(|| i8::try_from(m + 1).unwrap_or(1))
}

fn day(word: &str) -> Option<i8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn month_days(words: &[String]) -> Vec<(i8, i8)> {
    let mut out = Vec::new();
    for pair in words.windows(2) {
        if let (Some(m), Some(d)) = (month(&pair[0]), day(&pair[1])) {
            out.push((m, d));
        } else if let (Some(d), Some(m)) = (day(&pair[0]), month(&pair[1])) {
            out.push((m, d));
        }
    }
    out
}

fn weekday(word: &str) -> Option<i8> {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    DAYS.iter()
        .position(|d| *d == word)
        .and_then(|i| i8::try_from(i).ok())
}

/// Days from `a` to `b` (negative when `b` is earlier).
pub(crate) fn days_between(a: Date, b: Date) -> i64 {
    a.until(b).map_or(i64::MAX, |s| i64::from(s.get_days()))
}

/// Words of a site name that can tell two sites apart: not the kind of building.
pub(crate) fn site_words(name: &str) -> BTreeSet<String> {
    const GENERIC: &[&str] = &[
        "the",
        "of",
        "and",
        "mall",
        "shopping",
        "centre",
        "center",
        "hotel",
        "market",
        "station",
        "church",
        "mosque",
        "school",
        "hospital",
        "street",
        "road",
        "square",
        "building",
        "plaza",
        "restaurant",
        "cafe",
        "bar",
        "club",
        "office",
        "embassy",
        "airport",
        "base",
        "camp",
        "checkpoint",
        "bridge",
        "park",
        "stadium",
        "university",
        "college",
        "temple",
        "synagogue",
        "shrine",
        "bus",
        "train",
        "city",
        "central",
        "main",
        "new",
        "old",
        "international",
        "national",
        "premier",
    ];
    words(name)
        .into_iter()
        .filter(|w| w.chars().count() >= 3 && !GENERIC.contains(&w.as_str()))
        .collect()
}

/// How two attacks' places relate, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum PlaceRel {
    /// Different cities, countries or buildings.
    Different,
    /// Agreement only on a country.
    Coarse,
    /// The same city, or a site within it.
    Fine,
    /// The same named site (or two names of one site).
    SameSite,
}

fn place_pair(p: &PlaceRef, q: &PlaceRef) -> PlaceRel {
    if p.id == q.id {
        return if p.site {
            PlaceRel::SameSite
        } else if p.root() {
            PlaceRel::Coarse
        } else {
            PlaceRel::Fine
        };
    }
    for (outer, inner) in [(p, q), (q, p)] {
        if inner.ancestors.contains(&outer.id) {
            return if outer.root() {
                PlaceRel::Coarse
            } else {
                PlaceRel::Fine
            };
        }
    }
    if p.site && q.site && !p.words.is_disjoint(&q.words) {
        // Two names of one building in one city ("Riverside mall", "Riverside shopping mall").
        let common_city = p
            .ancestors
            .intersection(&q.ancestors)
            .any(|c| !p.roots.contains(c) && !q.roots.contains(c));
        if common_city {
            return PlaceRel::SameSite;
        }
    }
    PlaceRel::Different
}

/// The best relation between any place of one attack and any place of the other.
pub(crate) fn place_rel(a: &[PlaceRef], b: &[PlaceRef]) -> PlaceRel {
    a.iter()
        .flat_map(|p| b.iter().map(move |q| place_pair(p, q)))
        .max()
        .unwrap_or(PlaceRel::Different)
}

/// How two attacks' dates relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum DateRel {
    /// Known on both sides and different.
    Conflict,
    /// Nothing to compare.
    Unknown,
    /// The same year, nothing finer.
    Year,
    /// The same or a neighbouring weekday, nothing finer.
    Weekday,
    /// Within the days before publication of an undated report.
    Window,
    /// The same month and day (a year missing on one side).
    MonthDay,
    /// Resolved dates a day apart.
    NextDay,
    /// The same resolved date.
    SameDay,
}

impl DateRel {
    /// A date match that can stand on its own.
    pub(crate) fn strong(self) -> bool {
        self >= Self::MonthDay
    }

    pub(crate) fn positive(self) -> bool {
        self >= Self::Year
    }
}

fn in_window(d: Date, (start, end): (Date, Date)) -> bool {
    days_between(start, d) >= -DATE_TOLERANCE_DAYS && days_between(d, end) >= -DATE_TOLERANCE_DAYS
}

fn day_of_year((m, d): (i8, i8)) -> Option<i64> {
    // A leap year, so that 29 February has a place.
    Date::new(2000, m, d)
        .ok()
        .map(|x| i64::from(x.day_of_year()))
}

/// Compares what is known of two attacks' dates, most precise first.
pub(crate) fn date_rel(a: &When, b: &When) -> DateRel {
    if !a.dates.is_empty() && !b.dates.is_empty() {
        let gap = a
            .dates
            .iter()
            .flat_map(|x| b.dates.iter().map(move |y| days_between(*x, *y).abs()))
            .min()
            .unwrap_or(i64::MAX);
        return match gap {
            0 => DateRel::SameDay,
            g if g <= DATE_TOLERANCE_DAYS => DateRel::NextDay,
            _ => DateRel::Conflict,
        };
    }
    if !a.years.is_empty() && !b.years.is_empty() && a.years.is_disjoint(&b.years) {
        return DateRel::Conflict;
    }
    for (x, y) in [(a, b), (b, a)] {
        if let Some(window) = x.window {
            if !y.dates.is_empty() {
                return if y.dates.iter().any(|d| in_window(*d, window)) {
                    DateRel::Window
                } else {
                    DateRel::Conflict
                };
            }
            if let Some((start, end)) = y.window {
                return if in_window(start, window) || in_window(end, window) {
                    DateRel::Window
                } else {
                    DateRel::Conflict
                };
            }
        }
    }
    if !a.month_days.is_empty() && !b.month_days.is_empty() {
        let close = a.month_days.iter().any(|x| {
            b.month_days
                .iter()
                .any(|y| match (day_of_year(*x), day_of_year(*y)) {
                    (Some(i), Some(j)) => {
                        let gap = (i - j).rem_euclid(366);
                        gap.min(366 - gap) <= DATE_TOLERANCE_DAYS
                    }
                    _ => false,
                })
        });
        return if close {
            DateRel::MonthDay
        } else {
            DateRel::Conflict
        };
    }
    if !a.weekdays.is_empty() && !b.weekdays.is_empty() {
        let close = a.weekdays.iter().any(|x| {
            b.weekdays
                .iter()
                .any(|y| matches!((x - y).rem_euclid(7), 0 | 1 | 6))
        });
        // Different weekdays are no conflict: the weekday a report gives is often that of a
        // statement or a funeral, not of the attack.
        if close {
            return DateRel::Weekday;
        }
    }
    if !a.years.is_empty() && !b.years.is_empty() {
        return DateRel::Year;
    }
    DateRel::Unknown
}

/// How two attacks' types relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum TypeRel {
    Conflict,
    /// Types one event is often given by different reports (a siege: armed assault, hostage
    /// taking); they need strong evidence.
    Related,
    /// Unknown or "other" on one side.
    Unknown,
    Same,
}

fn related(a: AttackType, b: AttackType) -> bool {
    use AttackType::{
        ArmedAssault, Arson, Assassination, Bombing, Hijacking, HostageTaking, Kidnapping,
    };
    const RELATED: &[(AttackType, AttackType)] = &[
        (ArmedAssault, HostageTaking),
        (ArmedAssault, Assassination),
        (ArmedAssault, Bombing),
        (Bombing, Assassination),
        (Bombing, Arson),
        (HostageTaking, Kidnapping),
        (HostageTaking, Hijacking),
    ];
    RELATED.contains(&(a, b)) || RELATED.contains(&(b, a))
}

/// The best relation between the types of two attacks ("other" tells nothing).
pub(crate) fn type_rel(a: &BTreeSet<AttackType>, b: &BTreeSet<AttackType>) -> TypeRel {
    let known = |s: &BTreeSet<AttackType>| -> BTreeSet<AttackType> {
        s.iter()
            .copied()
            .filter(|t| *t != AttackType::Other)
            .collect()
    };
    let (a, b) = (known(a), known(b));
    if a.is_empty() || b.is_empty() {
        return TypeRel::Unknown;
    }
    if !a.is_disjoint(&b) {
        return TypeRel::Same;
    }
    if a.iter().any(|x| b.iter().any(|y| related(*x, *y))) {
        TypeRel::Related
    } else {
        TypeRel::Conflict
    }
}

/// How two attacks' perpetrators relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum PerpRel {
    /// Each names armed groups and none is shared.
    Conflict,
    Unknown,
    /// A named perpetrator or claimant in common.
    Shared,
}

/// Compares named perpetrators and claimants (canonical actor ids); `groups` are the armed
/// groups among them.
pub(crate) fn perp_rel(
    a: &BTreeSet<String>,
    a_groups: &BTreeSet<String>,
    b: &BTreeSet<String>,
    b_groups: &BTreeSet<String>,
) -> PerpRel {
    if !a.is_disjoint(b) {
        PerpRel::Shared
    } else if !a_groups.is_empty() && !b_groups.is_empty() {
        PerpRel::Conflict
    } else {
        PerpRel::Unknown
    }
}

/// One attack as the rules see it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Profile {
    pub(crate) article: String,
    pub(crate) cited: bool,
    pub(crate) places: Vec<PlaceRef>,
    pub(crate) when: When,
    pub(crate) types: BTreeSet<AttackType>,
    /// Canonical ids of named perpetrators and claimants.
    pub(crate) perps: BTreeSet<String>,
    /// The armed groups among them.
    pub(crate) groups: BTreeSet<String>,
    /// Canonical ids of named victims.
    pub(crate) victims: BTreeSet<String>,
    /// Distinctive words of its targets' labels.
    pub(crate) target_words: BTreeSet<String>,
}

/// The keys on which a fused pair agreed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Keys {
    pub(crate) place: bool,
    pub(crate) date: bool,
    pub(crate) attack_type: bool,
    pub(crate) perpetrator: bool,
    pub(crate) target: bool,
    pub(crate) victim: bool,
}

/// Why two attacks may fuse, and how strongly (merges are made strongest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Link {
    pub(crate) score: u32,
    pub(crate) keys: Keys,
}

/// The relations of two attacks on every key, unless a key rules them out: then they can never
/// be in one canonical attack, whatever links them to its other members.
struct Relations {
    place: PlaceRel,
    date: DateRel,
    kind: TypeRel,
    perp: PerpRel,
}

fn relations(a: &Profile, b: &Profile) -> Option<Relations> {
    if a.article == b.article {
        // One article's attacks are distinct by construction.
        return None;
    }
    let place = place_rel(&a.places, &b.places);
    let date = date_rel(&a.when, &b.when);
    let kind = type_rel(&a.types, &b.types);
    let perp = perp_rel(&a.perps, &a.groups, &b.perps, &b.groups);
    if place == PlaceRel::Different
        || date == DateRel::Conflict
        || kind == TypeRel::Conflict
        || perp == PerpRel::Conflict
    {
        return None;
    }
    // An assassination or kidnapping is about its victims: different named victims, different
    // events.
    let personal = |p: &Profile| {
        p.types.contains(&AttackType::Assassination) || p.types.contains(&AttackType::Kidnapping)
    };
    if personal(a)
        && personal(b)
        && !a.victims.is_empty()
        && !b.victims.is_empty()
        && a.victims.is_disjoint(&b.victims)
    {
        return None;
    }
    Some(Relations {
        place,
        date,
        kind,
        perp,
    })
}

/// True when two attacks can never be one event: same article, different places, or a key
/// known on both sides that disagrees.
pub(crate) fn conflict(a: &Profile, b: &Profile) -> bool {
    relations(a, b).is_none()
}

/// Whether the evidence says two attacks are one event, and on what keys they agree. A
/// canonical attack grows along such links, as long as no two of its members conflict.
pub(crate) fn link(a: &Profile, b: &Profile) -> Option<Link> {
    let Relations {
        place,
        date,
        kind,
        perp,
    } = relations(a, b)?;
    let shared_perp = perp == PerpRel::Shared;
    let shared_victim = !a.victims.is_disjoint(&b.victims);
    let shared_target = !a.target_words.is_disjoint(&b.target_words);
    let same_site = place == PlaceRel::SameSite;
    let corroborated = shared_perp || shared_victim || shared_target || same_site;
    if a.cited || b.cited {
        // An earlier attack cited for context is known by its year.
        let dated = date.strong() || date == DateRel::Year;
        let exact = place >= PlaceRel::Fine && kind == TypeRel::Same && corroborated;
        if !dated && !exact {
            return None;
        }
    }
    if kind == TypeRel::Related && !(date.strong() || shared_perp) {
        return None;
    }
    if place == PlaceRel::Coarse && !(date.strong() || shared_perp) {
        return None;
    }
    let score = match place {
        PlaceRel::SameSite => 4,
        PlaceRel::Fine => 3,
        PlaceRel::Coarse => 1,
        PlaceRel::Different => 0,
    } + match date {
        DateRel::SameDay => 4,
        DateRel::NextDay | DateRel::MonthDay => 3,
        DateRel::Window => 2,
        DateRel::Weekday | DateRel::Year => 1,
        DateRel::Unknown | DateRel::Conflict => 0,
    } + match kind {
        TypeRel::Same => 2,
        _ => 0,
    } + 3 * u32::from(shared_perp)
        + u32::from(shared_victim)
        + u32::from(shared_target)
        // Main attacks pair with main attacks before a cited one is considered.
        + u32::from(a.cited == b.cited);
    Some(Link {
        score,
        keys: Keys {
            place: true,
            date: date.positive(),
            attack_type: kind == TypeRel::Same,
            perpetrator: shared_perp,
            target: shared_target,
            victim: shared_victim,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn set<T: Ord + Clone>(items: &[T]) -> BTreeSet<T> {
        items.iter().cloned().collect()
    }

    fn strings(items: &[&str]) -> BTreeSet<String> {
        items.iter().map(|s| (*s).to_owned()).collect()
    }

    fn when(dates: &[&str], texts: &[&str], labels: &[&str], cited: bool, issued: &str) -> When {
        let dates: BTreeSet<Date> = dates.iter().map(|d| date(d)).collect();
        When::new(
            &dates,
            texts.iter().copied(),
            labels.iter().copied(),
            cited,
            (!issued.is_empty()).then(|| date(issued)),
        )
    }

    // A small gazetteer: two countries, three cities, sites.
    fn place(name: &str) -> PlaceRef {
        let (id, ancestors, site): (&str, &[&str], bool) = match name {
            "Nigeria" => ("nigeria", &[], false),
            "Ghana" => ("ghana", &[], false),
            "Lagos" => ("lagos", &["nigeria"], false),
            "Kano" => ("kano", &["nigeria"], false),
            "Accra" => ("accra", &["ghana"], false),
            "Riverside mall" => ("riverside mall", &["lagos", "nigeria"], true),
            "Riverside shopping mall" => ("riverside shopping mall", &["lagos", "nigeria"], true),
            "Central bus station" => ("central bus station", &["lagos", "nigeria"], true),
            "Riverside hotel" => ("riverside hotel", &["kano", "nigeria"], true),
            other => panic!("no place {other}"),
        };
        PlaceRef {
            id: id.to_owned(),
            ancestors: strings(ancestors),
            roots: ancestors
                .iter()
                .filter(|a| ["nigeria", "ghana"].contains(a))
                .map(|a| (*a).to_owned())
                .collect(),
            site,
            words: if site {
                site_words(name)
            } else {
                BTreeSet::new()
            },
        }
    }

    #[test]
    fn place_relations() {
        use PlaceRel::{Coarse, Different, Fine, SameSite};
        let cases = [
            ("Riverside mall", "Riverside mall", SameSite),
            ("Riverside mall", "Riverside shopping mall", SameSite),
            ("Riverside mall", "Lagos", Fine),
            ("Lagos", "Riverside mall", Fine),
            ("Lagos", "Lagos", Fine),
            ("Riverside mall", "Nigeria", Coarse),
            ("Lagos", "Nigeria", Coarse),
            ("Nigeria", "Nigeria", Coarse),
            ("Lagos", "Kano", Different),
            ("Riverside mall", "Central bus station", Different),
            ("Riverside mall", "Riverside hotel", Different),
            ("Lagos", "Accra", Different),
            ("Nigeria", "Ghana", Different),
        ];
        for (a, b, expected) in cases {
            assert_eq!(place_rel(&[place(a)], &[place(b)]), expected, "{a} / {b}");
        }
        assert_eq!(place_rel(&[], &[place("Nigeria")]), Different);
    }

    #[test]
    fn date_relations() {
        use DateRel::{Conflict, MonthDay, NextDay, SameDay, Unknown, Weekday, Window, Year};
        let main =
            |dates: &[&str], texts: &[&str], issued: &str| when(dates, texts, &[], false, issued);
        let cited = |texts: &[&str], labels: &[&str]| when(&[], texts, labels, true, "");
        let cases = [
            (
                main(&["2013-09-21"], &["Saturday"], ""),
                main(&["2013-09-21"], &[], ""),
                SameDay,
            ),
            (
                main(&["2013-09-21"], &[], ""),
                main(&["2013-09-22"], &[], ""),
                NextDay,
            ),
            (
                main(&["2013-09-21"], &[], ""),
                main(&["2013-09-24"], &[], ""),
                Conflict,
            ),
            // An undated report published two days later: the same week.
            (
                main(&["2013-09-21"], &[], ""),
                main(&[], &[], "2013-09-23"),
                Window,
            ),
            (
                main(&["2013-09-01"], &[], ""),
                main(&[], &[], "2013-09-23"),
                Conflict,
            ),
            (
                main(&[], &[], "2013-09-23"),
                main(&[], &[], "2013-09-25"),
                Window,
            ),
            (
                main(&[], &[], "2013-09-03"),
                main(&[], &[], "2013-09-25"),
                Conflict,
            ),
            // The year of a cited attack against the date of a main one.
            (
                cited(&["1998"], &["1998 Lagos bombings"]),
                main(&["2013-09-21"], &[], ""),
                Conflict,
            ),
            (cited(&["August 1998"], &[]), cited(&["1998"], &[]), Year),
            (
                cited(&["7 August 1998"], &[]),
                main(&["1998-08-07"], &[], ""),
                MonthDay,
            ),
            (
                cited(&["Aug. 8"], &[]),
                main(&["1998-08-07"], &[], ""),
                MonthDay,
            ),
            (
                cited(&["22 november"], &[]),
                cited(&["12 november"], &[]),
                Conflict,
            ),
            (
                main(&[], &["Saturday"], ""),
                main(&[], &["Saturday night"], ""),
                Weekday,
            ),
            (
                main(&[], &["Monday"], ""),
                main(&[], &["Thursday"], ""),
                Unknown,
            ),
            (
                main(&["2013-09-21"], &[], ""),
                main(&[], &["Saturday"], ""),
                Weekday,
            ),
            (main(&[], &[], ""), main(&[], &["Saturday"], ""), Unknown),
            (main(&[], &[], ""), cited(&["1998"], &[]), Unknown),
            // "marathon" is not March, "May" is.
            (
                main(&[], &["marathon day"], ""),
                main(&[], &["1 May"], ""),
                Unknown,
            ),
        ];
        for (i, (a, b, expected)) in cases.iter().enumerate() {
            assert_eq!(date_rel(a, b), *expected, "case {i}: {a:?} / {b:?}");
            assert_eq!(date_rel(b, a), *expected, "case {i} reversed");
        }
    }

    #[test]
    fn type_relations() {
        use AttackType::{ArmedAssault, Bombing, HostageTaking, Kidnapping, Other};
        use TypeRel::{Conflict, Related, Same, Unknown};
        let cases = [
            (vec![Bombing], vec![Bombing], Same),
            (vec![ArmedAssault], vec![HostageTaking], Related),
            (vec![HostageTaking], vec![Kidnapping], Related),
            (vec![Bombing], vec![HostageTaking], Conflict),
            (vec![Kidnapping], vec![Bombing], Conflict),
            (vec![Other], vec![Bombing], Unknown),
            (vec![], vec![Bombing], Unknown),
            (vec![Bombing, Other], vec![Bombing], Same),
        ];
        for (a, b, expected) in cases {
            assert_eq!(type_rel(&set(&a), &set(&b)), expected, "{a:?} / {b:?}");
        }
    }

    #[test]
    fn perpetrator_relations() {
        let cases = [
            (
                &["g1"][..],
                &["g1"][..],
                &["g1", "p"][..],
                &["g1"][..],
                PerpRel::Shared,
            ),
            (&["g1"], &["g1"], &["g2"], &["g2"], PerpRel::Conflict),
            (&["p1"], &[], &["g2"], &["g2"], PerpRel::Unknown),
            (&[], &[], &["g2"], &["g2"], PerpRel::Unknown),
        ];
        for (a, ag, b, bg, expected) in cases {
            assert_eq!(
                perp_rel(&strings(a), &strings(ag), &strings(b), &strings(bg)),
                expected,
                "{a:?} / {b:?}"
            );
        }
    }

    fn attack(article: &str, at: &str, types: &[AttackType], perps: &[&str]) -> Profile {
        Profile {
            article: article.to_owned(),
            places: vec![place(at)],
            types: set(types),
            perps: strings(perps),
            groups: strings(perps),
            ..Profile::default()
        }
    }

    #[test]
    fn linking_rules() {
        use AttackType::{ArmedAssault, Bombing, HostageTaking};
        let dated = |mut p: Profile, d: &str| {
            p.when = when(&[d], &[], &[], p.cited, "");
            p
        };
        let cited = |mut p: Profile, year: &str| {
            p.cited = true;
            p.when = when(&[], &[year], &[], true, "");
            p
        };
        let cases: Vec<(&str, Profile, Profile, bool)> = vec![
            (
                "one article's attacks stay apart",
                attack("A", "Lagos", &[Bombing], &[]),
                attack("A", "Lagos", &[Bombing], &[]),
                false,
            ),
            (
                "undated main attacks in one city with one type fuse",
                attack("A", "Riverside mall", &[ArmedAssault], &[]),
                attack("B", "Lagos", &[ArmedAssault], &[]),
                true,
            ),
            (
                "related types need a shared perpetrator",
                attack("A", "Riverside mall", &[ArmedAssault], &["g"]),
                attack("B", "Lagos", &[HostageTaking], &["g"]),
                true,
            ),
            (
                "related types without evidence stay apart",
                attack("A", "Riverside mall", &[ArmedAssault], &[]),
                attack("B", "Lagos", &[HostageTaking], &[]),
                false,
            ),
            (
                "a country alone needs a perpetrator or a date",
                attack("A", "Lagos", &[Bombing], &[]),
                attack("B", "Nigeria", &[Bombing], &[]),
                false,
            ),
            (
                "a country and a shared perpetrator fuse",
                attack("A", "Lagos", &[Bombing], &["g"]),
                attack("B", "Nigeria", &[Bombing], &["g"]),
                true,
            ),
            (
                "a country and the same date fuse",
                dated(attack("A", "Lagos", &[Bombing], &[]), "2020-01-02"),
                dated(attack("B", "Nigeria", &[Bombing], &[]), "2020-01-02"),
                true,
            ),
            (
                "another town the same day stays apart",
                dated(attack("A", "Lagos", &[Bombing], &["g"]), "2020-01-02"),
                dated(attack("B", "Kano", &[Bombing], &["g"]), "2020-01-02"),
                false,
            ),
            (
                "the same city days apart stays apart",
                dated(attack("A", "Lagos", &[Bombing], &["g"]), "2020-01-02"),
                dated(attack("B", "Lagos", &[Bombing], &["g"]), "2020-01-06"),
                false,
            ),
            (
                "different armed groups stay apart",
                attack("A", "Lagos", &[Bombing], &["g1"]),
                attack("B", "Lagos", &[Bombing], &["g2"]),
                false,
            ),
            (
                "a cited attack of another year stays apart",
                cited(attack("A", "Lagos", &[Bombing], &["g"]), "1998"),
                dated(attack("B", "Lagos", &[Bombing], &["g"]), "2013-09-21"),
                false,
            ),
            (
                "a cited attack and an undated one need exact agreement",
                cited(attack("A", "Lagos", &[Bombing], &[]), "1998"),
                attack("B", "Lagos", &[Bombing], &[]),
                false,
            ),
            (
                "a cited attack and an undated one with a shared perpetrator",
                cited(attack("A", "Lagos", &[Bombing], &["g"]), "1998"),
                attack("B", "Lagos", &[Bombing], &["g"]),
                true,
            ),
            (
                "a cited attack of a related type stays apart",
                cited(attack("A", "Lagos", &[Bombing], &["g"]), "1998"),
                attack("B", "Riverside mall", &[ArmedAssault], &["g"]),
                false,
            ),
            (
                "the same cited attack in two articles",
                cited(attack("A", "Lagos", &[Bombing], &[]), "1998"),
                cited(attack("B", "Lagos", &[Bombing], &[]), "1998"),
                true,
            ),
        ];
        for (name, a, b, expected) in cases {
            assert_eq!(link(&a, &b).is_some(), expected, "{name}");
            assert_eq!(link(&b, &a).is_some(), expected, "{name} (reversed)");
        }
    }

    #[test]
    fn undated_reports_get_the_week_before_publication() {
        let w = when(&[], &["today"], &[], false, "2022-07-02");
        assert_eq!(w.window, Some((date("2022-06-25"), date("2022-07-02"))));
        assert_eq!(w.years, set(&[2022]));
        assert_eq!(when(&[], &[], &[], true, "2022-07-02").window, None);
        assert_eq!(when(&[], &["2014"], &[], false, "2022-07-02").window, None);
    }
}
