//! Extraction: an article's text in, attacks, actors, casualty figures and statements out.
//!
//! [`extract`] is a pure function: no I/O, no failure, the same output for the same article.
//! The stages share one tokenised view of the text ([`text::Doc`]) and the lexicons, built once
//! per process:
//!
//! ```text
//! text ─▶ tokens, sentences ─▶ actors ─▶ places ─▶ statements ─▶ attacks ─▶ casualty figures
//! ```
//!
//! Later stages may add described actors ("officials") when they need a speaker or a source.

mod actors;
mod attacks;
mod casualties;
mod dates;
mod lexicon;
mod number;
mod places;
mod roles;
mod statements;
mod text;

use crate::article::Article;
use crate::event::{ActorId, AttackId, Diagnostic, Extraction, Place, PlaceId, Statement};
use std::collections::BTreeMap;

/// Extracts everything from one article.
#[must_use]
pub fn extract(article: &Article) -> Extraction {
    let doc = text::Doc::new(&article.text);
    let keys = lexicon::doc_keys(&doc);
    let published = article.published.map(crate::article::Published::date);
    let mut diagnostics = Vec::new();

    let mut actors = actors::Actors::find(&doc, &keys);
    let places = places::Places::find(&doc, &keys, &actors);
    let found_statements = statements::find(&doc, &keys, &mut actors);
    let found = attacks::find(&doc, &keys, &mut actors, &places, published);
    let casualties = casualties::find(
        &doc,
        &keys,
        &mut actors,
        &found,
        &found_statements,
        published,
    );

    if found.attacks.is_empty() {
        diagnostics.push(Diagnostic {
            span: None,
            message: "no attack reported".into(),
        });
    }

    // Statements are about the attack their sentence reports, else the main one.
    let statements = found_statements
        .into_iter()
        .map(|s| {
            let sent = doc.tokens.get(s.sentence).map_or(0, |t| t.sent);
            let about = found
                .sentence_attack
                .get(sent)
                .copied()
                .flatten()
                .or(found.main)
                .map(AttackId);
            Statement {
                speaker: s.speaker,
                quote: s.quote,
                quote_span: s.span,
                kind: s.kind,
                about,
                channel: s.channel,
                confidence: s.confidence,
            }
        })
        .collect();

    // Keep only the places attacks use (with the places that contain them), renumbered.
    let mut attacks = found.attacks;
    let mut used: BTreeMap<PlaceId, PlaceId> = BTreeMap::new();
    let mut kept: Vec<Place> = Vec::new();
    for attack in &mut attacks {
        if let Some(loc) = attack.location {
            for p in places.chain(loc) {
                if let std::collections::btree_map::Entry::Vacant(slot) = used.entry(p) {
                    slot.insert(PlaceId(kept.len()));
                    kept.push(places.places[p.0].clone());
                }
            }
            attack.location = used.get(&loc).copied();
        }
    }
    for place in &mut kept {
        place.within = place.within.and_then(|w| used.get(&w).copied());
    }

    let actors_out = actors.actors;
    debug_assert!(
        actors_out
            .iter()
            .all(|a| a.affiliation.is_none_or(|ActorId(i)| i < actors_out.len()))
    );
    Extraction {
        actors: actors_out,
        places: kept,
        attacks,
        casualties,
        statements,
        diagnostics,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Origin;

    fn article(text: &str) -> Article {
        Article {
            id: "t".into(),
            title: None,
            url: None,
            published: None,
            text: text.into(),
            origin: Origin {
                path: "t.txt".into(),
                line: None,
            },
        }
    }

    #[test]
    fn victim_descriptions_only_narrow_the_count() {
        let x = extract(&article(
            "A bomb exploded at the market, killing four people. The court was shown photos of \
             the four dead victims. Two wounded soldiers were carried out.",
        ));
        let described: Vec<Option<&str>> = x
            .casualties
            .iter()
            .map(|c| c.victim_description.as_deref())
            .collect();
        // "the four dead victims" tells the first figure again.
        assert_eq!(described, [None, Some("soldiers")], "{described:?}");
    }

    /// Each figure's count and the name of who gave it.
    fn counts_and_sources(x: &Extraction) -> Vec<(u64, Option<&str>)> {
        x.casualties
            .iter()
            .map(|c| {
                (
                    c.count.unwrap_or_default(),
                    c.reported_by.map(|id| x.actors[id.0].name.as_str()),
                )
            })
            .collect()
    }

    #[test]
    fn a_figure_told_again_is_one_figure_and_two_sources_are_two() {
        let x = extract(&article(
            "Gunmen kill 12 at bar in Irapuato\n\nGunmen opened fire in a bar on Saturday, an \
             attack that left 12 dead, prosecutor Ana Ruiz said. The Red Cross said 12 people \
             were killed and 7 wounded. Police said 15 people had been killed.",
        ));
        let figures = counts_and_sources(&x);
        assert_eq!(
            figures,
            [
                (12, Some("Ana Ruiz")),
                (12, Some("Red Cross")),
                (7, Some("Red Cross")),
                (15, Some("Police"))
            ],
            "{figures:?}"
        );
        // The telling kept is the one with the source and the time.
        assert_eq!(x.casualties[0].as_of_text.as_deref(), Some("Saturday"));
    }

    #[test]
    fn a_separate_event_without_an_attack_word_gives_no_figure() {
        let x = extract(&article(
            "Gunmen killed 12 people at a bar in Irapuato on Saturday, police said. Separately, a \
             fuel tanker explosion in the state last week killed 86 people.",
        ));
        let counts: Vec<u64> = x.casualties.iter().filter_map(|c| c.count).collect();
        assert_eq!(counts, [12], "{counts:?}");
    }

    #[test]
    fn who_puts_the_toll_at_a_number_tells_it() {
        let x = extract(&article(
            "Gunmen attacked the village of Kuru on Sunday. Local officials put the number of \
             civilian lives lost at 20, and the Red Cross put the toll at 23.",
        ));
        let figures = counts_and_sources(&x);
        assert_eq!(
            figures,
            [(20, Some("Local officials")), (23, Some("Red Cross"))],
            "{figures:?}"
        );
    }

    #[test]
    fn the_force_is_the_police_force_named_before() {
        let x = extract(&article(
            "Five people were stabbed in Leeds on Monday, West Riverside Police said. Two of the \
             victims were in a serious condition in hospital, the force said.",
        ));
        let sources: Vec<Option<&str>> = x
            .casualties
            .iter()
            .map(|c| c.reported_by.map(|id| x.actors[id.0].name.as_str()))
            .collect();
        assert_eq!(
            sources,
            [Some("West Riverside Police"), Some("West Riverside Police")],
            "{sources:?}"
        );
    }

    #[test]
    fn a_figure_counts_for_the_attack_word_before_it() {
        let x = extract(&article(
            "Militants ambushed an army convoy near Srinagar on Thursday, killing nine soldiers. \
             The ambush was the deadliest since February 2019, when a suicide car bombing in \
             Pulwama killed 40 paramilitary police.",
        ));
        let attack_of = |n: u64| {
            let c = x
                .casualties
                .iter()
                .find(|c| c.count == Some(n))
                .expect("figure");
            &x.attacks[c.attack.0]
        };
        assert!(!attack_of(9).cited, "{:?}", attack_of(9).label);
        assert!(attack_of(40).cited, "{:?}", attack_of(40).label);
        // The cited attack's date is not the main attack's.
        let main = x.attacks.iter().find(|a| !a.cited).expect("main attack");
        assert_eq!(
            main.date_text.as_ref().map(|d| d.0.as_str()),
            Some("Thursday")
        );
    }
}
