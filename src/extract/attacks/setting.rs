//! Where and when: an attack's place (the dateline says only where the reporter is) and date.

use super::*;

/// The end of a dateline ("KABUL, Afghanistan —", "MOGADISHU (Reuters) -"): the token after
/// its dash, or 0 when the text opens without one. A dateline says where the reporter is.
pub(super) fn dateline_end(doc: &Doc<'_>, places: &Places) -> usize {
    let Some(m) = places.mentions.first().filter(|m| m.first == 0) else {
        return 0;
    };
    (m.end..(m.end + 8).min(doc.tokens.len()))
        .find(|&k| matches!(doc.norm(k), "—" | "–" | "-" | "--"))
        .map_or(0, |k| k + 1)
}

pub(super) fn main_location(
    doc: &Doc<'_>,
    keys: &[String],
    places: &Places,
    sentences: &[usize],
    harm_sentences: &[usize],
) -> Option<PlaceId> {
    let dateline = dateline_end(doc, places);
    let in_sentence = |s: usize| {
        let span = doc.sentences[s];
        places.in_range(span.first.max(dateline), span.end)
    };
    // "the injured were rushed to the General Hospital": where the harmed were taken.
    let taken_to = |m: &PlaceMention| {
        let mut k = m.first;
        while k > 0 && matches!(keys[k - 1].as_str(), "the" | "a" | "nearby" | "local") {
            k -= 1;
        }
        k > 0
            && keys[k - 1] == "to"
            && keys[k.saturating_sub(8)..k - 1]
                .iter()
                .any(|w| TRANSPORT_VERBS.contains(&w.as_str()))
    };
    // A named site in the attack's sentences is the most specific place.
    for &s in sentences {
        if let Some(m) = in_sentence(s)
            .find(|m| places.places[m.place.0].kind == PlaceKind::Site && !taken_to(m))
        {
            return Some(m.place);
        }
    }
    // Else a city: in the attack's sentences, then in the sentences of its harm ("14 soldiers
    // were killed at the camp in Sokoura"), then the dateline, then the most mentioned.
    for &s in sentences.iter().chain(harm_sentences) {
        if let Some(m) = in_sentence(s).find(|m| places.places[m.place.0].kind == PlaceKind::City) {
            return Some(m.place);
        }
    }
    // A division named in the attack's sentences ("in the Mopti region") says more of where
    // it was than a dateline, which says where the reporter was.
    for &s in sentences.iter().chain(harm_sentences) {
        if let Some(m) = in_sentence(s).find(|m| {
            places.places[m.place.0].kind == PlaceKind::Region
                && places.places[m.place.0].geonames.is_none()
        }) {
            return Some(m.place);
        }
    }
    if let Some(m) = places
        .mentions
        .first()
        .filter(|m| m.first <= 2 && places.places[m.place.0].kind == PlaceKind::City)
    {
        return Some(m.place);
    }
    // Then a region or country of the attack's sentences, then the article's most mentioned
    // country, region or city — in that order: a city named once in passing is no evidence.
    for &s in sentences {
        let span = doc.sentences[s];
        // "in Afghanistan's northern Kunduz province": the region before its country.
        if let Some(m) = places
            .in_range(span.first, span.end)
            .find(|m| places.places[m.place.0].kind == PlaceKind::Region)
            .or_else(|| places.in_range(span.first, span.end).next())
        {
            return Some(m.place);
        }
    }
    let mut counts: BTreeMap<usize, (usize, usize, usize)> = BTreeMap::new();
    for (order, m) in places.mentions.iter().enumerate() {
        if taken_to(m) {
            continue;
        }
        let rank = match places.places[m.place.0].kind {
            PlaceKind::Country => 3,
            PlaceKind::Region => 2,
            PlaceKind::City => 1,
            PlaceKind::Site => 0,
        };
        let e = counts
            .entry(m.place.0)
            .or_insert((0, rank, usize::MAX - order));
        e.0 += 1;
    }
    counts
        .iter()
        .max_by_key(|(_, v)| **v)
        .map(|(p, _)| PlaceId(*p))
}

pub(super) fn date(
    doc: &Doc<'_>,
    keys: &[String],
    sentences: &[usize],
    triggers: &[Trigger],
    published: Option<Date>,
    attack: &mut Attack,
) {
    const ONSET: &[&str] = &[
        "began",
        "begun",
        "launched",
        "started",
        "erupted",
        "assaulting",
        "attacked",
        "stormed",
        "struck",
        "opened",
        "exploded",
        "detonated",
        "killed",
        "ambushed",
        "kidnapped",
        "abducted",
        "occurred",
        "happened",
        "hit",
    ];
    let mut best: Option<(i32, usize, dates::TimeExpr)> = None;
    for &si in sentences {
        let s = doc.sentences[si];
        let onset = keys[s.first..s.end]
            .iter()
            .any(|w| ONSET.contains(&w.as_str()) || w == "attack");
        for t in dates::find(doc, s.first, s.end) {
            if matches!(t.value, TimeValue::Vague | TimeValue::Year(_)) {
                continue;
            }
            // "the deadliest since February 2019, when …": the date of another attack.
            let other = t.first > 0
                && keys[t.first - 1] == "since"
                && keys.get(t.end).is_some_and(|w| w == ",")
                && keys.get(t.end + 1).is_some_and(|w| w == "when");
            if other {
                continue;
            }
            let near = triggers
                .iter()
                .any(|tr| tr.first.abs_diff(t.first) <= 8 && doc.tokens[tr.first].sent == si);
            let on = t.first > 0 && matches!(keys[t.first - 1].as_str(), "on" | "since" | "of");
            let score = i32::from(onset) * 2 + i32::from(near) + i32::from(on);
            if score < 2 {
                continue;
            }
            if best.as_ref().is_none_or(|(b, _, _)| score > *b) {
                best = Some((score, t.first, t));
            }
        }
    }
    if let Some((_, _, t)) = best {
        // "Saturday’s" → "Saturday".
        let mut end = t.end;
        if keys[end - 1] == "'s" {
            end -= 1;
        }
        attack.date_text = Some((
            doc.slice(t.first, end).to_owned(),
            doc.span_of(t.first, end),
        ));
        attack.date = t.value.resolve(published);
    }
}

/// Verbs of taking the harmed somewhere: "rushed to hospital".
const TRANSPORT_VERBS: &[&str] = &[
    "taken",
    "taking",
    "took",
    "rushed",
    "ferried",
    "ferrying",
    "brought",
    "transported",
    "evacuated",
    "admitted",
    "airlifted",
    "carried",
    "moved",
];
