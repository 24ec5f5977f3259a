//! Places: countries and cities from the gazetteer (GeoNames, shipped as data), divisions named
//! after a city ("Ghazni province") placed within its country, and named sites ("Riverside
//! Premier Shopping Mall", "Grand Plaza Hotel") placed within a city.

use super::actors::Actors;
use super::lexicon::{Entry, LEXICONS, Lexicons};
use super::text::{Doc, TokKind, normalize};
use crate::event::{ActorKind, Place, PlaceId, PlaceKind};
use std::collections::{HashMap, HashSet};

/// Nouns of administrative divisions that follow a name: "Ghazni province", "Borno state".
const DIVISIONS: &[&str] = &[
    "province",
    "district",
    "governorate",
    "prefecture",
    "county",
    "region",
    "state",
    "oblast",
    "tehsil",
];

/// A place mentioned at tokens `first..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PlaceMention {
    pub(crate) first: usize,
    pub(crate) end: usize,
    pub(crate) place: PlaceId,
}

/// The places of an article.
#[derive(Debug, Default)]
pub(crate) struct Places {
    pub(crate) places: Vec<Place>,
    /// In text order.
    pub(crate) mentions: Vec<PlaceMention>,
}

enum Resolved {
    Country(usize),
    City(usize),
}

impl Places {
    /// Finds the places of a document; tokens inside actor names are not places.
    pub(crate) fn find(doc: &Doc<'_>, keys: &[String], actors: &Actors) -> Self {
        let lex = &*LEXICONS;
        let mut in_actor = vec![false; doc.tokens.len()];
        for m in &actors.mentions {
            for flag in in_actor.iter_mut().take(m.end).skip(m.first) {
                *flag = true;
            }
        }
        // Words of the people named in the text: "Ivan" alone is the given name of Ivan
        // Petrov, not an old name of Eyvān in Iran.
        let person_words: HashSet<String> = actors
            .actors
            .iter()
            .filter(|a| a.named && a.kind == ActorKind::Person)
            .flat_map(|a| a.name.split_whitespace().map(str::to_lowercase))
            .collect();
        // First pass: countries, which then decide between same-named cities.
        let mut raw: Vec<(usize, usize, Vec<Entry>)> = Vec::new();
        let mut i = 0;
        while i < doc.tokens.len() {
            if in_actor[i]
                || doc.tokens[i].kind != TokKind::Word
                || (doc.cased && !doc.tokens[i].cap)
            {
                i += 1;
                continue;
            }
            if let Some((end, _)) = lex.longest(doc, keys, i, |e| {
                matches!(e, Entry::Place(_) | Entry::Country(_))
            }) {
                if (i..end).any(|k| in_actor[k]) {
                    i += 1;
                    continue;
                }
                let entries: Vec<Entry> = lex.entries(&keys[i..end]).to_vec();
                let only_alternate = entries.iter().all(|e| match e {
                    Entry::Place(p) => !lex.places[*p].own_name(&keys[i]),
                    _ => false,
                });
                if end == i + 1 && only_alternate && person_words.contains(&keys[i]) {
                    i = end;
                    continue;
                }
                // "Cabo Delgado" is no "Cabo" (an other name of a Brazilian town): a town's
                // other name inside a longer name.
                let longer_name = doc.cased
                    && doc.tokens.get(end).is_some_and(|t| {
                        t.cap && t.kind == TokKind::Word && t.sent == doc.tokens[i].sent
                    });
                // "the Saba news agency", "Kabul television", "Saba, the news agency run by
                // …": a medium named after a place.
                let medium_word = |w: &String| {
                    matches!(
                        w.as_str(),
                        "news"
                            | "agency"
                            | "television"
                            | "tv"
                            | "radio"
                            | "newspaper"
                            | "broadcaster"
                    )
                };
                let medium = keys.get(end).is_some_and(medium_word)
                    || keys.get(end).is_some_and(|w| w == ",")
                        && keys[(end + 1).min(keys.len())..(end + 4).min(keys.len())]
                            .iter()
                            .any(medium_word);
                // "the Boni forest", "the Kabul river": a natural feature named after a town.
                let feature = keys.get(end).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "forest"
                            | "river"
                            | "lake"
                            | "mountains"
                            | "mountain"
                            | "hills"
                            | "valley"
                            | "desert"
                            | "reserve"
                    )
                });
                if only_alternate && longer_name || medium || feature {
                    i = end;
                    continue;
                }
                if plausible(doc, keys, lex, i, end) {
                    raw.push((i, end, entries));
                }
                i = end;
                continue;
            }
            i += 1;
        }
        let mentioned_countries: Vec<usize> = raw
            .iter()
            .flat_map(|(_, _, es)| {
                es.iter().filter_map(|e| {
                    if let Entry::Country(c) = e {
                        Some(*c)
                    } else {
                        None
                    }
                })
            })
            .collect();
        let mut out = Self::default();
        let mut by_key: HashMap<String, PlaceId> = HashMap::new();
        for (first, end, entries) in raw {
            let Some(resolved) = resolve(lex, &entries, &mentioned_countries) else {
                continue;
            };
            // "Ghazni province", "Kunduz Province": the division named after the city, not
            // the city.
            let division = match resolved {
                Resolved::City(p)
                    if lex.places[p].is_city
                        && keys
                            .get(end)
                            .is_some_and(|w| DIVISIONS.contains(&w.as_str())) =>
                {
                    Some(p)
                }
                _ => None,
            };
            let end = end + usize::from(division.is_some());
            let span = doc.span_of(first, end);
            let id = match (resolved, division) {
                (_, Some(p)) => out.division(doc, lex, p, first, end, &mut by_key),
                (Resolved::Country(c), None) => out.country(lex, c, &mut by_key),
                (Resolved::City(p), None) => out.city(lex, p, &mut by_key),
            };
            out.places[id.0].mentions.push(span);
            out.mentions.push(PlaceMention {
                first,
                end,
                place: id,
            });
        }
        out.find_misspelt_cities(doc, keys, lex, &in_actor, &mentioned_countries, &mut by_key);
        out.find_sites(doc, keys, lex, &in_actor, &mut by_key);
        out.find_villages(doc, keys, lex, &in_actor, &mut by_key);
        out.mentions.sort_by_key(|m| m.first);
        // The forms the text uses other than the gazetteer's name ("Jalalabad" for
        // "Jalālābād", "U.S." for "United States").
        for m in &out.mentions {
            let surface = doc.slice(m.first, m.end);
            let place = &mut out.places[m.place.0];
            if place.kind != PlaceKind::Site
                && !surface.eq_ignore_ascii_case(&place.name)
                && surface.to_lowercase() != place.name.to_lowercase()
                && !place.aliases.iter().any(|a| a == surface)
            {
                place.aliases.push(surface.to_owned());
            }
        }
        out
    }

    fn country(
        &mut self,
        lex: &Lexicons,
        c: usize,
        by_key: &mut HashMap<String, PlaceId>,
    ) -> PlaceId {
        let country = &lex.countries[c];
        let key = format!("geonames:{}", country.geonames);
        if let Some(id) = by_key.get(&key) {
            return *id;
        }
        let place = Place {
            name: country.name.clone(),
            kind: PlaceKind::Country,
            within: None,
            geonames: Some(country.geonames),
            wikidata: country.wikidata.clone(),
            key,
            aliases: Vec::new(),
            mentions: Vec::new(),
        };
        self.add(place, by_key)
    }

    fn city(&mut self, lex: &Lexicons, p: usize, by_key: &mut HashMap<String, PlaceId>) -> PlaceId {
        let place = &lex.places[p];
        let key = format!("geonames:{}", place.geonames);
        if let Some(id) = by_key.get(&key) {
            return *id;
        }
        let within = place.country.map(|c| self.country(lex, c, by_key));
        let place = Place {
            name: place.name.clone(),
            kind: if place.is_city {
                PlaceKind::City
            } else {
                PlaceKind::Region
            },
            within,
            geonames: Some(place.geonames),
            wikidata: None,
            key,
            aliases: Vec::new(),
            mentions: Vec::new(),
        };
        self.add(place, by_key)
    }

    /// The division at tokens `first..end` ("Ghazni province") named after the gazetteer's
    /// city `p`: a region of the city's country, keyed by its name there, without a GeoNames
    /// id (the gazetteer has none for it).
    fn division(
        &mut self,
        doc: &Doc<'_>,
        lex: &Lexicons,
        p: usize,
        first: usize,
        end: usize,
        by_key: &mut HashMap<String, PlaceId>,
    ) -> PlaceId {
        let city = &lex.places[p];
        let within = city.country.map(|c| self.country(lex, c, by_key));
        let noun = doc.norm(end - 1).to_owned();
        let key = format!(
            "division:{} {noun}|{}",
            normalize(&city.name),
            within.map_or(String::new(), |c| self.places[c.0].key.clone())
        );
        let name = format!("{} {noun}", doc.slice(first, end - 1));
        self.text_place(name, PlaceKind::Region, within, key, by_key)
    }

    /// The place the text names that the gazetteer lacks (a site, a division).
    fn text_place(
        &mut self,
        name: String,
        kind: PlaceKind,
        within: Option<PlaceId>,
        key: String,
        by_key: &mut HashMap<String, PlaceId>,
    ) -> PlaceId {
        let place = Place {
            name,
            kind,
            within,
            geonames: None,
            wikidata: None,
            key,
            aliases: Vec::new(),
            mentions: Vec::new(),
        };
        self.add(place, by_key)
    }

    /// Adds a place once per key: a second call with the same key gives the first's id.
    fn add(&mut self, place: Place, by_key: &mut HashMap<String, PlaceId>) -> PlaceId {
        if let Some(id) = by_key.get(&place.key) {
            return *id;
        }
        let id = PlaceId(self.places.len());
        by_key.insert(place.key.clone(), id);
        self.places.push(place);
        id
    }

    /// A capitalised word one letter away from a big city of a country the article names is
    /// that city misspelt ("Lagoz" in a report about Nigeria).
    fn find_misspelt_cities(
        &mut self,
        doc: &Doc<'_>,
        keys: &[String],
        lex: &Lexicons,
        in_actor: &[bool],
        countries: &[usize],
        by_key: &mut HashMap<String, PlaceId>,
    ) {
        if !doc.cased || countries.is_empty() {
            return;
        }
        let big: Vec<usize> = (0..lex.places.len())
            .filter(|&p| {
                lex.places[p].is_city
                    && lex.places[p].population >= 500_000
                    && lex.places[p]
                        .country
                        .is_some_and(|c| countries.contains(&c))
            })
            .collect();
        for (i, t) in doc.tokens.iter().enumerate() {
            let w = keys[i].as_str();
            if !t.cap
                || in_actor[i]
                || t.kind != TokKind::Word
                || w.chars().count() < 5
                || lex.is_common(w, 20_000)
                || lex.is_first_name(w)
            {
                continue;
            }
            if self.mentions.iter().any(|m| m.first <= i && i < m.end)
                || !lex.entries(&keys[i..=i]).is_empty()
            {
                continue;
            }
            let found: Vec<usize> = big
                .iter()
                .copied()
                .filter(|&p| one_edit(w, &super::text::normalize(&lex.places[p].name)))
                .collect();
            if let [p] = found.as_slice() {
                let id = self.city(lex, *p, by_key);
                self.places[id.0].mentions.push(doc.span_of(i, i + 1));
                self.mentions.push(PlaceMention {
                    first: i,
                    end: i + 1,
                    place: id,
                });
            }
        }
        self.mentions.sort_by_key(|m| m.first);
    }

    /// Named sites: a capitalised name ending in a facility word ("Riverside Premier Shopping
    /// Mall") or followed by one ("Riverside shopping mall").
    fn find_sites(
        &mut self,
        doc: &Doc<'_>,
        keys: &[String],
        lex: &Lexicons,
        in_actor: &[bool],
        by_key: &mut HashMap<String, PlaceId>,
    ) {
        if !doc.cased {
            return;
        }
        let n = doc.tokens.len();
        let mut i = 0;
        while i < n {
            let t = &doc.tokens[i];
            if !t.cap
                || in_actor[i]
                || t.kind != TokKind::Word
                || self.mentions.iter().any(|m| m.first <= i && i < m.end)
            {
                i += 1;
                continue;
            }
            let sentence_start = doc.sentence_of(i).is_some_and(|s| s.first == i);
            if sentence_start && lex.is_common(&keys[i], 5000)
                || matches!(keys[i].as_str(), "the" | "a" | "an")
            {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < n
                && j - i < 6
                && doc.tokens[j].cap
                && doc.tokens[j].sent == t.sent
                && !in_actor[j]
            {
                j += 1;
            }
            // The facility phrase: the last capitalised words, or lower-case words right after.
            let mut site_end = None;
            for k in (i + 1..=j).rev() {
                if lex
                    .longest(doc, keys, k - 1, |e| matches!(e, Entry::Facility))
                    .is_some_and(|(e, _)| e == k)
                    && k - 1 > i
                {
                    site_end = Some(k);
                    break;
                }
            }
            if site_end.is_none() {
                if let Some((e, _)) = lex.longest(doc, keys, j, |e| matches!(e, Entry::Facility)) {
                    if !doc.tokens[j].cap
                        && matches!(
                            keys[e - 1].as_str(),
                            "mall"
                                | "hotel"
                                | "market"
                                | "shopping mall"
                                | "centre"
                                | "center"
                                | "church"
                                | "mosque"
                                | "stadium"
                                | "airport"
                                | "station"
                                | "school"
                                | "university"
                                | "hospital"
                                | "cafe"
                                | "restaurant"
                                | "embassy"
                                | "temple"
                                | "synagogue"
                                | "cathedral"
                                | "bridge"
                                | "square"
                                | "street"
                                | "road"
                        )
                    {
                        site_end = Some(e);
                    }
                }
            }
            let Some(end) = site_end else {
                i = j.max(i + 1);
                continue;
            };
            // "the Nigerian mall" describes a mall; a name needs a word of its own.
            let name_words = (i..end).filter(|&k| {
                lex.longest(doc, keys, k, |e| matches!(e, Entry::Facility))
                    .is_none()
            });
            if name_words.clone().count() == 0
                || name_words.into_iter().all(|k| {
                    lex.entries(&keys[k..=k])
                        .iter()
                        .any(|e| matches!(e, Entry::Demonym(_) | Entry::Country(_)))
                })
            {
                i = end;
                continue;
            }
            // In a title-cased headline every word is capitalised, so capitals make no name
            // there: "Defense Concedes X Carried Out Boston Marathon Bombings". A common word
            // in such a run is a headline's word, not a site's.
            if title_cased(doc, keys, i, end)
                && (i..end).any(|k| {
                    lex.is_common(&keys[k], 3000)
                        && lex
                            .longest(doc, keys, k, |e| matches!(e, Entry::Facility))
                            .is_none()
                })
            {
                i = end;
                continue;
            }
            // A site named after its town starts with the town when a headline runs into the
            // first sentence: "Boston Marathon" in "Bomb Suspect Sent to Federal Medical
            // Detention Boston Marathon bombing suspect …", "Accused Boston Marathon bomber".
            // One word of its own before the town is the site's: "Royal London Hospital".
            if let Some(town) = self
                .mentions
                .iter()
                .filter(|m| {
                    m.first > i && m.end < end && self.places[m.place.0].kind != PlaceKind::Site
                })
                .map(|m| m.first)
                .min()
                .filter(|&town| town - i >= 2 || keys[i].ends_with("ed"))
            {
                i = town;
            }
            // The site's city: the nearest city mentioned before it, else after it.
            let city = self
                .mentions
                .iter()
                .filter(|m| self.places[m.place.0].kind == PlaceKind::City)
                .min_by_key(|m| {
                    if m.first < i {
                        (0, i - m.first)
                    } else {
                        (1, m.first - i)
                    }
                })
                .map(|m| m.place);
            let name = doc.slice(i, end).to_owned();
            let norm = keys[i..end].join(" ");
            let key = format!(
                "site:{norm}|{}",
                city.map_or(String::new(), |c| self.places[c.0].key.clone())
            );
            let id = self.text_place(name, PlaceKind::Site, city, key, by_key);
            self.places[id.0].mentions.push(doc.span_of(i, end));
            self.mentions.push(PlaceMention {
                first: i,
                end,
                place: id,
            });
            i = end;
        }
    }

    /// Villages and towns the gazetteer lacks, named as such: "the village of Mitope", "Yaya
    /// Khil village". Each is in the nearest region or country the text names.
    fn find_villages(
        &mut self,
        doc: &Doc<'_>,
        keys: &[String],
        lex: &Lexicons,
        in_actor: &[bool],
        by_key: &mut HashMap<String, PlaceId>,
    ) {
        const SETTLEMENTS: &[&str] = &["village", "town", "hamlet", "settlement"];
        if !doc.cased {
            return;
        }
        let n = doc.tokens.len();
        // The name's words: capitalised, not an actor's or a known place's, no nationality
        // ("an Afghan village"); its first word no common word ("Tamoro Bay", not "Olympic").
        let free = |k: usize, head: bool, mentions: &[PlaceMention]| {
            k < n
                && doc.tokens[k].cap
                && doc.tokens[k].kind == TokKind::Word
                && !in_actor[k]
                && !(head && lex.is_common(&keys[k], 3000))
                && !lex
                    .entries(&keys[k..=k])
                    .iter()
                    .any(|e| matches!(e, Entry::Demonym(_) | Entry::Country(_)))
                && !mentions.iter().any(|m| m.first <= k && k < m.end)
        };
        let mut found: Vec<(usize, usize)> = Vec::new();
        for i in 0..n {
            if !SETTLEMENTS.contains(&keys[i].as_str()) || doc.tokens[i].cap {
                continue;
            }
            // "the village of X".
            if keys.get(i + 1).is_some_and(|w| w == "of") {
                let first = i + 2;
                let mut end = first;
                while end < first + 3
                    && free(end, end == first, &self.mentions)
                    && doc.tokens[end].sent == doc.tokens[i].sent
                {
                    end += 1;
                }
                if end > first {
                    found.push((first, end));
                }
                continue;
            }
            // "X village".
            let mut first = i;
            while first > 0
                && i - first < 3
                && free(first - 1, false, &self.mentions)
                && doc.tokens[first - 1].sent == doc.tokens[i].sent
            {
                first -= 1;
            }
            if first < i && lex.is_common(&keys[first], 3000) {
                continue;
            }
            let sentence_start = doc.sentence_of(first).is_some_and(|s| s.first == first);
            if first < i && !(sentence_start && i - first == 1) {
                found.push((first, i));
            }
        }
        for (first, end) in found {
            let within = self
                .mentions
                .iter()
                .filter(|m| {
                    matches!(
                        self.places[m.place.0].kind,
                        PlaceKind::Region | PlaceKind::Country
                    )
                })
                .min_by_key(|m| {
                    if m.first < first {
                        (0, first - m.first)
                    } else {
                        (1, m.first - first)
                    }
                })
                .map(|m| m.place);
            let norm = keys[first..end].join(" ");
            let key = format!(
                "town:{norm}|{}",
                within.map_or(String::new(), |c| self.places[c.0].key.clone())
            );
            let id = self.text_place(
                doc.slice(first, end).to_owned(),
                PlaceKind::City,
                within,
                key,
                by_key,
            );
            self.places[id.0].mentions.push(doc.span_of(first, end));
            self.mentions.push(PlaceMention {
                first,
                end,
                place: id,
            });
        }
    }

    /// The place mentioned at or inside tokens `first..end`.
    pub(crate) fn in_range(&self, first: usize, end: usize) -> impl Iterator<Item = &PlaceMention> {
        self.mentions
            .iter()
            .filter(move |m| m.first >= first && m.end <= end)
    }

    /// The chain of a place and the places that contain it.
    pub(crate) fn chain(&self, id: PlaceId) -> Vec<PlaceId> {
        let mut out = vec![id];
        let mut cur = id;
        while let Some(w) = self.places[cur.0].within {
            if out.contains(&w) {
                break;
            }
            out.push(w);
            cur = w;
        }
        out
    }
}

/// True when `a` and `b` differ by one inserted, deleted or replaced character (and start
/// alike: misspellings rarely touch the first letter).
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b || a.first() != b.first() || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// A gazetteer hit is a place when it is not a common word used as one: in cased text a
/// capitalised name not opening a sentence; in lower-case text, a name that is no common word.
fn plausible(doc: &Doc<'_>, keys: &[String], lex: &Lexicons, first: usize, end: usize) -> bool {
    let multi = end - first > 1;
    let word = keys[first].as_str();
    if multi {
        return true;
    }
    if word.chars().count() < 3 {
        // Two-letter forms ("US", "UK") only in upper case.
        return doc.cased
            && doc.tokens[first]
                .span
                .text(doc.text)
                .chars()
                .all(char::is_uppercase);
    }
    let common = lex.is_common(word, 20_000);
    if !common {
        return true;
    }
    // A country by its name ("chad", "turkey"); by an acronym that is also a word ("CAR")
    // only when written in capitals.
    let upper = doc.tokens[first]
        .span
        .text(doc.text)
        .chars()
        .all(char::is_uppercase);
    let country = lex.entries(&keys[first..end]).iter().any(|e| {
        matches!(e, Entry::Country(c)
            if upper || lex.countries[*c].name.eq_ignore_ascii_case(word))
    });
    if country {
        return true;
    }
    // A capitalised common word inside a sentence may be a big city ("Nice", "Reading").
    let sentence_start = doc.sentence_of(first).is_some_and(|s| s.first == first);
    doc.cased
        && !sentence_start
        && lex.is_common(word, 20_000)
        && !lex.is_common(word, 3000)
        && lex
            .entries(&keys[first..end])
            .iter()
            .any(|e| matches!(e, Entry::Place(p) if lex.places[*p].population > 200_000))
}

fn resolve(lex: &Lexicons, entries: &[Entry], countries: &[usize]) -> Option<Resolved> {
    if let Some(c) = entries.iter().find_map(|e| {
        if let Entry::Country(c) = e {
            Some(*c)
        } else {
            None
        }
    }) {
        return Some(Resolved::Country(c));
    }
    let cities: Vec<usize> = entries
        .iter()
        .filter_map(|e| {
            if let Entry::Place(p) = e {
                Some(*p)
            } else {
                None
            }
        })
        .collect();
    // A city in a country the article names wins; then the most populous.
    cities
        .iter()
        .copied()
        .max_by_key(|p| {
            let place = &lex.places[*p];
            (
                place.country.is_some_and(|c| countries.contains(&c)),
                place.is_city,
                place.population,
            )
        })
        .map(Resolved::City)
}

/// True when tokens `first..end` and the words around them are all capitalised, as in a
/// headline: the words of four letters or more within four words either side, at least four
/// of them. (Prose has lower-case words near a name: "stormed the Sahafi Garden Hotel in
/// Mogadishu on Friday".)
fn title_cased(doc: &Doc<'_>, keys: &[String], first: usize, end: usize) -> bool {
    let sent = doc.tokens[first].sent;
    if (first..end).any(|k| doc.tokens[k].kind == TokKind::Word && !doc.tokens[k].cap) {
        return false;
    }
    let around = (first.saturating_sub(4)..first).chain(end..(end + 4).min(doc.tokens.len()));
    let (mut words, mut lower) = (0, 0);
    for k in around {
        let t = &doc.tokens[k];
        if t.sent != sent || t.kind != TokKind::Word || keys[k].chars().count() < 4 {
            continue;
        }
        words += 1;
        if !t.cap {
            lower += 1;
        }
    }
    words >= 4 && lower == 0
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::doc_keys;
    use super::*;

    fn places(text: &str) -> Vec<(String, PlaceKind, Option<String>)> {
        let doc = Doc::new(text);
        let keys = doc_keys(&doc);
        let actors = Actors::find(&doc, &keys);
        let found = Places::find(&doc, &keys, &actors);
        found
            .mentions
            .iter()
            .map(|m| {
                let p = &found.places[m.place.0];
                (
                    p.name.clone(),
                    p.kind,
                    p.within.map(|w| found.places[w.0].name.clone()),
                )
            })
            .collect()
    }

    #[test]
    fn cities_countries_and_sites() {
        let found = places("LAGOS, Nigeria — Gunmen attacked the Grand Plaza Hotel on Saturday.");
        assert_eq!(
            found[0],
            ("Lagos".into(), PlaceKind::City, Some("Nigeria".into()))
        );
        assert_eq!(found[1], ("Nigeria".into(), PlaceKind::Country, None));
        assert_eq!(
            found[2],
            (
                "Grand Plaza Hotel".into(),
                PlaceKind::Site,
                Some("Lagos".into())
            )
        );
    }

    #[test]
    fn a_division_named_after_a_city_is_a_region_of_its_country() {
        for (text, name, country) in [
            (
                "A roadside bomb killed seven civilians in Ghazni province.",
                "Ghazni province",
                "Afghanistan",
            ),
            (
                "Gunmen attacked a camp in the Mopti Region of Mali.",
                "Mopti region",
                "Mali",
            ),
        ] {
            let found = places(text);
            assert_eq!(
                found[0],
                (name.into(), PlaceKind::Region, Some(country.into())),
                "{text}"
            );
            // The city itself is not mentioned.
            assert!(!found.iter().any(|p| p.1 == PlaceKind::City), "{found:?}");
        }
    }

    #[test]
    fn headline_words_make_no_site() {
        let found = places(
            "Defense Concedes Suspect Carried Out Riverside Marathon Bombings Share This Video. The trial went on.",
        );
        assert!(found.iter().all(|p| p.1 != PlaceKind::Site), "{found:?}");
        // A headline run into the first sentence is no part of a site named after its town.
        let found = places(
            "Bomb Suspect Sent to Federal Medical Detention Boston Marathon bombing suspect X was moved.",
        );
        let sites: Vec<&str> = found
            .iter()
            .filter(|p| p.1 == PlaceKind::Site)
            .map(|p| p.0.as_str())
            .collect();
        assert_eq!(sites, ["Boston Marathon"]);
        let found = places("Two of the wounded were taken to the Royal London Hospital.");
        assert!(
            found
                .iter()
                .any(|p| p.0 == "Royal London Hospital" && p.1 == PlaceKind::Site),
            "{found:?}"
        );
        // A site named in prose keeps its common words.
        for (text, site) in [
            (
                "The bombing of the Alfred P. Murrah Federal Building in Oklahoma City.",
                "Alfred P. Murrah Federal Building",
            ),
            (
                "LAGOS, Nigeria — Gunmen stormed the Grand Garden Hotel in Lagos on Friday.",
                "Grand Garden Hotel",
            ),
        ] {
            let found = places(text);
            assert!(found.iter().any(|p| p.0 == site), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_country_in_the_text_picks_the_city() {
        let found = places("The blast hit Hyderabad in Pakistan.");
        assert_eq!(found[0].2.as_deref(), Some("Pakistan"));
    }

    #[test]
    fn lower_case_text_still_finds_places() {
        let found = places("guerrillas attacked a farm near san salvador, el salvador.");
        assert!(found.iter().any(|p| p.0 == "San Salvador"), "{found:?}");
    }

    #[test]
    fn common_words_are_not_places() {
        let found = places("Police said the mobile unit would split up. Hope remained.");
        assert!(found.is_empty(), "{found:?}");
        // A country's acronym that is also a word, in lower-case wire copy.
        let found = places("gunmen forced him out of his car in the capital.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_given_name_is_no_other_name_of_a_town() {
        // "Ivan" is also an old name of Eyvān, Iran; "Jalalabad" is Jalālābād's own name.
        let found = places(
            "Police said bomber Ivan Petrov planted the device in Kano. Ivan was arrested later.",
        );
        assert!(
            found.iter().all(|p| p.2.as_deref() != Some("Iran")),
            "{found:?}"
        );
        let found = places("JALALABAD, Afghanistan — A bomb exploded.");
        assert!(found.iter().any(|p| p.0 == "Jalālābād"), "{found:?}");
        // A town's other name inside a longer name, and a medium named after a place.
        let found = places("Insurgents raided a village in Mozambique's Cabo Delgado province.");
        assert!(
            found.iter().all(|p| p.2.as_deref() != Some("Brazil")),
            "{found:?}"
        );
        let found = places("Saba, the news agency run by the rebels, said 15 people died.");
        assert!(found.is_empty(), "{found:?}");
        // A natural feature named after a town.
        let found = places("Bodies were found in the Kabul river.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn villages_named_as_such() {
        for (text, village) in [
            (
                "Gunmen stormed the village of Tamoro Bay in Nigeria on Monday.",
                "Tamoro Bay",
            ),
            (
                "Gunmen attacked Kelimbo village in northern Mali.",
                "Kelimbo",
            ),
        ] {
            let found = places(text);
            assert!(
                found
                    .iter()
                    .any(|p| p.0 == village && p.1 == PlaceKind::City && p.2.is_some()),
                "{text}: {found:?}"
            );
        }
        // A common word or a nationality before "village" names none.
        for text in [
            "Visitors liked the Green village fair.",
            "Gunmen attacked an Afghan village near the border.",
        ] {
            let found = places(text);
            assert!(
                found.iter().all(|p| p.1 != PlaceKind::City),
                "{text}: {found:?}"
            );
        }
    }
}
