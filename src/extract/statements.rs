//! Statements: direct quotations with their speakers, and reported speech.
//!
//! Quotations are found on the raw text (curly and straight double quotes, British single
//! quotes, quotes running over several paragraphs, a missing closing mark); each is then
//! attributed by the words around it:
//! - after it: `“…,” said X`, `“…,” X said`, `“…,” he said`, `“…,” the militia said in a tweet`;
//! - before it: `X said: “…”`, `X said, “…”`, `X said that … “…”` (reported), `X issued a
//!   statement saying …“…”`, a previous paragraph ending `X noted:`;
//! - neither: the speaker of the quotation just before it in the same paragraph.
//!
//! Pronouns resolve only to a single clear candidate; a quotation nobody can be credited with
//! keeps no speaker.

use super::actors::Actors;
use super::lexicon::{Entry, LEXICONS};
use super::text::{Doc, TokKind};
use crate::event::{ActorId, StatementKind};
use crate::span::Span;

/// A quotation found on the text.
#[derive(Debug, Clone)]
pub(crate) struct Quotation {
    /// The quoted words' spans (several for a quote running over paragraphs).
    pub(crate) parts: Vec<Span>,
    /// Byte offset of the opening mark.
    pub(crate) open: usize,
    /// Byte offset just after the closing mark (or the end of the last part when unclosed).
    pub(crate) close: usize,
}

impl Quotation {
    pub(crate) fn span(&self) -> Span {
        let first = self.parts.first().copied().unwrap_or_default();
        let last = self.parts.last().copied().unwrap_or_default();
        Span::new(first.start, last.end)
    }
}

/// A statement before it becomes an event: speaker, words, kind, channel.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub(crate) speaker: Option<ActorId>,
    pub(crate) quote: String,
    pub(crate) span: Span,
    pub(crate) kind: StatementKind,
    pub(crate) channel: Option<String>,
    pub(crate) confidence: Option<f64>,
    /// The sentence holding the attribution or the quote's start, for attack assignment.
    pub(crate) sentence: usize,
}

fn opens_double(c: char) -> bool {
    matches!(c, '“' | '„' | '«')
}

fn closes_double(c: char) -> bool {
    matches!(c, '”' | '»' | '‟')
}

/// Finds the quotations of a text.
pub(crate) fn quotations(text: &str, paragraphs: &[Span]) -> Vec<Quotation> {
    let mut out: Vec<Quotation> = Vec::new();
    // A quote left open at the end of a paragraph continues when the next paragraph opens one.
    let mut carry: Option<Quotation> = None;
    for (pi, para) in paragraphs.iter().enumerate() {
        let body = para.text(text);
        let chars: Vec<(usize, char)> = body.char_indices().collect();
        let mut open: Option<(usize, bool, usize)> = None; // (inner start, single?, mark offset)
        let mut k = 0;
        while k < chars.len() {
            let (off, c) = chars[k];
            let pos = para.start + off;
            let prev = if k > 0 { Some(chars[k - 1].1) } else { None };
            let next = chars.get(k + 1).map(|x| x.1);
            let after = pos + c.len_utf8();
            let opening_context = prev.is_none_or(|p| p.is_whitespace() || "([{—–-:,".contains(p));
            let close_here = |open: &mut Option<(usize, bool, usize)>,
                              end: usize,
                              close: usize,
                              out: &mut Vec<Quotation>,
                              carry: &mut Option<Quotation>| {
                if let Some((start, _, mark)) = open.take() {
                    let inner = Span::new(start, end);
                    if let Some(mut q) = carry
                        .take()
                        .filter(|_| start == para.start + first_inner_offset(body))
                    {
                        q.parts.push(inner);
                        q.close = close;
                        out.push(q);
                    } else {
                        if let Some(q) = carry.take() {
                            out.push(q);
                        }
                        out.push(Quotation {
                            parts: vec![inner],
                            open: mark,
                            close,
                        });
                    }
                }
            };
            if opens_double(c) || (c == '"' && open.is_none() && opening_context) {
                if open.is_some_and(|(_, single, _)| !single) {
                    // A new opening mark while one is open: the earlier one lost its closing mark.
                    let trimmed_end = trim_end(text, pos);
                    close_here(&mut open, trimmed_end, trimmed_end, &mut out, &mut carry);
                }
                if open.is_none() {
                    open = Some((after, false, pos));
                }
            } else if closes_double(c) || c == '"' {
                if open.is_some() {
                    close_here(&mut open, pos, after, &mut out, &mut carry);
                }
            } else if (c == '‘' || c == '\'')
                && open.is_none()
                && opening_context
                && next.is_some_and(char::is_alphanumeric)
                // A possessive or contraction after a stray space ("Afghanistan ‘s") opens
                // nothing.
                && !(matches!(next, Some('s' | 't' | 'd' | 'm'))
                    && chars.get(k + 2).is_none_or(|x| !x.1.is_alphanumeric()))
            {
                open = Some((after, true, pos));
            } else if (c == '’' || c == '\'')
                && open.is_some_and(|(_, single, _)| single)
                && next.is_none_or(|n| n.is_whitespace() || ".,;:!?)—–-".contains(n))
                && prev.is_some_and(|p| !p.is_whitespace())
            {
                // A plural possessive ("the soldiers’ base") also ends this way; a quote of one
                // short word that ends in "s’" is taken for one and left open.
                let start = open.map_or(pos, |(s, _, _)| s);
                let words = text[start..pos].split_whitespace().count();
                if !(words <= 1 && prev == Some('s')) {
                    close_here(&mut open, pos, after, &mut out, &mut carry);
                }
            }
            k += 1;
        }
        if let Some((start, single, mark)) = open.take() {
            let inner = Span::new(start, trim_end(text, para.end));
            let next_opens = paragraphs.get(pi + 1).is_some_and(|n| {
                n.text(text).chars().next().is_some_and(|c| {
                    opens_double(c) || c == '"' || (single && (c == '‘' || c == '\''))
                })
            });
            let q = match carry
                .take()
                .filter(|_| start == para.start + first_inner_offset(body))
            {
                Some(mut q) => {
                    q.parts.push(inner);
                    q.close = inner.end;
                    q
                }
                None => Quotation {
                    parts: vec![inner],
                    open: mark,
                    close: inner.end,
                },
            };
            if next_opens {
                carry = Some(q);
            } else {
                out.push(q);
            }
        } else if let Some(q) = carry.take() {
            out.push(q);
        }
    }
    if let Some(q) = carry {
        out.push(q);
    }
    out.retain(|q| {
        q.parts.iter().all(|p| p.end > p.start) && !q.span().text(text).trim().is_empty()
    });
    out.sort_by_key(|q| q.open);
    out
}

/// The byte offset, in a paragraph, just after a leading quotation mark (0 if none).
fn first_inner_offset(body: &str) -> usize {
    body.chars()
        .next()
        .filter(|c| opens_double(*c) || matches!(c, '"' | '‘' | '\''))
        .map_or(0, char::len_utf8)
}

fn trim_end(text: &str, end: usize) -> usize {
    text[..end].trim_end().len()
}

/// The cleaned words of a quotation: parts joined, white space squeezed, a trailing comma
/// (the attribution's, in American style) dropped.
fn clean_quote(text: &str, q: &Quotation) -> String {
    let joined: Vec<String> = q
        .parts
        .iter()
        .map(|p| {
            p.text(text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let mut s = joined.join(" ");
    while s.ends_with([',', ' ']) {
        s.pop();
    }
    s
}

const STOP_NP: &[&str] = &[
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    "—",
    "–",
    "in",
    "on",
    "at",
    "from",
    "after",
    "during",
    "to",
    "with",
    "about",
    "while",
    "who",
    "which",
    "that",
    "as",
    "when",
    "before",
    "adding",
    "according",
    "(",
    ")",
];

const EXTRA_SPEECH: &[&str] = &[
    "saying",
    "calling",
    "describing",
    "telling",
    "adding",
    "called",
    "noting",
    "warning",
    "insisting",
    "explaining",
    "asking",
];

/// True for a speech verb (or a participle that introduces a quote) at token `i`.
fn speech_at(doc: &Doc<'_>, keys: &[String], i: usize) -> Option<usize> {
    if EXTRA_SPEECH.contains(&keys[i].as_str()) {
        return Some(i + 1);
    }
    if keys[i] == "according" {
        return None;
    }
    LEXICONS
        .longest(doc, keys, i, |e| matches!(e, Entry::Speech))
        .map(|(end, _)| end)
}

fn is_quote_tok(doc: &Doc<'_>, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokKind::Quote)
}

/// The subject noun phrase of the speech verb at token `v`: tokens back to a clause boundary.
/// When the verb directly follows a comma or "and" (an apposition or a second verb), the
/// subject is the one of the sentence's first clause.
fn subject_before(
    doc: &Doc<'_>,
    keys: &[String],
    v: usize,
    limit: usize,
) -> Option<(usize, usize)> {
    let mut a = v;
    while a > limit {
        let w = keys[a - 1].as_str();
        if matches!(
            w,
            "," | ";"
                | ":"
                | "and"
                | "but"
                | "that"
                | "—"
                | "–"
                | "("
                | ")"
                | "then"
                | "also"
                | "later"
                | "once"
                | "again"
        ) || is_quote_tok(doc, a - 1)
        {
            break;
        }
        a -= 1;
    }
    // Skip adverbs and auxiliaries between subject and verb ("has many times warned").
    let mut b = v;
    while b > a
        && matches!(
            keys[b - 1].as_str(),
            "has"
                | "have"
                | "had"
                | "also"
                | "later"
                | "then"
                | "again"
                | "repeatedly"
                | "earlier"
                | "once"
                | "previously"
                | "times"
                | "many"
                | "publicly"
                | "privately"
                | "quickly"
                | "reportedly"
                | "is"
                | "was"
                | "were"
                | "would"
                | "will"
                | "did"
                | "further"
                | "separately"
        )
    {
        b -= 1;
    }
    // Drop a trailing time or place phrase ("Odhiambo said Sunday", "the militia in two tweets said").
    let b = (a + 1..b)
        .find(|&k| {
            matches!(
                keys[k].as_str(),
                "in" | "on" | "at" | "via" | "through" | "during"
            )
        })
        .unwrap_or(b);
    if a < b {
        return Some((a, b));
    }
    // Nothing between the boundary and the verb: the sentence's first noun phrase.
    let sent = doc.sentence_of(v)?;
    let start = sent.first.max(limit);
    let mut e = start;
    while e < v
        && !matches!(
            keys[e].as_str(),
            "," | ";" | ":" | "said" | "says" | "told" | "—"
        )
        && !is_quote_tok(doc, e)
    {
        e += 1;
    }
    (e > start && e < v).then_some((start, e))
}

/// The candidate subjects of the speech verb at token `v`, best first: an appositive name
/// right before it ("A senior official, Samuel Mwangi, said") and the plain subject.
pub(crate) fn subject_candidates(
    doc: &Doc<'_>,
    keys: &[String],
    actors: &Actors,
    v: usize,
    limit: usize,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if v > limit + 1 && keys[v - 1] == "," {
        let end = v - 1;
        let mut a = end;
        while a > limit && keys[a - 1] != "," && !is_quote_tok(doc, a - 1) {
            a -= 1;
        }
        let named_person = actors.mention_in(a, end).iter().any(|m| {
            actors.actors[m.actor.0].named
                && actors.actors[m.actor.0].kind == crate::event::ActorKind::Person
        });
        if a < end && a > limit && named_person {
            out.push((a, end));
        }
    }
    if let Some(x) = subject_before(doc, keys, v, limit) {
        out.push(x);
    }
    // A subject set off from its verb by an apposition or a participle phrase: "Bauman, at
    // the race to watch his wife run, said", "Tony Blair, speaking in Washington, said".
    let mut end = v;
    for _ in 0..4 {
        let Some(comma) = (limit..end)
            .rev()
            .find(|&k| keys[k] == "," || is_quote_tok(doc, k))
        else {
            break;
        };
        if is_quote_tok(doc, comma) {
            break;
        }
        let start = (limit..comma)
            .rev()
            .find(|&k| matches!(keys[k].as_str(), "," | ";" | ":") || is_quote_tok(doc, k))
            .map_or(limit, |k| k + 1);
        if start < comma && !out.contains(&(start, comma)) {
            out.push((start, comma));
        }
        end = comma;
    }
    out
}

/// The speaker noun phrase after a speech verb at `v_end` ("said Peter Pham, head of …").
fn subject_after(
    doc: &Doc<'_>,
    keys: &[String],
    v_end: usize,
    sent_end: usize,
) -> Option<(usize, usize)> {
    let mut b = v_end;
    while b < sent_end
        && b - v_end < 10
        && !STOP_NP.contains(&keys[b].as_str())
        && !is_quote_tok(doc, b)
        && super::dates::weekday(&keys[b]).is_none()
        && !matches!(
            keys[b].as_str(),
            "yesterday" | "today" | "earlier" | "later"
        )
    {
        b += 1;
    }
    (b > v_end).then_some((v_end, b))
}

/// A named person set off by a comma right after a description ("said the village's mayor,
/// Hamadoun Cissé"): the name says who the description is.
fn apposed_name(actors: &Actors, desc_end: usize) -> Option<(ActorId, Option<f64>)> {
    actors
        .mentions
        .iter()
        .find(|m| m.first == desc_end + 1)
        .filter(|m| {
            let a = &actors.actors[m.actor.0];
            a.named && a.kind == crate::event::ActorKind::Person
        })
        .map(|m| (m.actor, None))
}

/// The channel a statement was made through, from the words of its sentence.
fn channel(
    doc: &Doc<'_>,
    keys: &[String],
    actors: &Actors,
    first: usize,
    end: usize,
) -> Option<String> {
    let words = &keys[first..end];
    let has = |w: &str| words.iter().any(|k| k == w);
    // "told the television station KTN", "told Channel 2", "in an interview with the BBC".
    for (i, w) in words.iter().enumerate() {
        if matches!(w.as_str(), "told" | "with" | "on" | "to") {
            let from = first + i + 1;
            for m in actors.mention_in(from, (from + 5).min(end)) {
                if actors.actors[m.actor.0].kind == crate::event::ActorKind::MediaOrganization {
                    return Some(doc.slice(m.first, m.end).to_owned());
                }
            }
        }
    }
    if has("tweet") || has("tweets") || has("tweeted") || has("twitter") {
        return Some("Twitter".into());
    }
    if has("facebook") {
        return Some("Facebook".into());
    }
    if has("telegram") {
        return Some("Telegram".into());
    }
    for (cue, name) in [
        (&["news", "conference"][..], "news conference"),
        (&["press", "conference"][..], "news conference"),
        (&["text", "message"][..], "text message"),
        (&["interview"][..], "interview"),
        (&["video"][..], "video"),
        (&["statement"][..], "statement"),
        (&["communique"][..], "communique"),
        (&["broadcast"][..], "broadcast"),
        (&["radio"][..], "radio"),
        (&["television"][..], "television"),
    ] {
        if words
            .windows(cue.len())
            .any(|w| w.iter().zip(cue).all(|(a, b)| a == b))
        {
            return Some(name.into());
        }
    }
    None
}

/// Finds statements: quotations with their speakers, then reported speech.
pub(crate) fn find(doc: &Doc<'_>, keys: &[String], actors: &mut Actors) -> Vec<Found> {
    let text = doc.text;
    let quotes = quotations(text, &doc.paragraphs);
    let mut out: Vec<Found> = Vec::new();
    let mut quote_tokens = vec![false; doc.tokens.len()];
    for (qi, q) in quotes.iter().enumerate() {
        let open_tok = doc.token_at(q.open);
        let close_tok = doc.token_at(q.close);
        for t in quote_tokens
            .iter_mut()
            .take(close_tok.min(doc.tokens.len()))
            .skip(open_tok)
        {
            *t = true;
        }
        let Some(sent_open) = doc.sentence_of(open_tok).copied() else {
            continue;
        };
        let last_inner = doc.token_at(q.span().end).saturating_sub(1);
        let sent_close = doc
            .sentence_of(last_inner.max(open_tok))
            .copied()
            .unwrap_or(sent_open);
        let next_open_tok = quotes
            .get(qi + 1)
            .map_or(usize::MAX, |n| doc.token_at(n.open));
        let prev_close_tok = if qi > 0 {
            doc.token_at(quotes[qi - 1].close)
        } else {
            0
        };
        let mut speaker: Option<(ActorId, Option<f64>)> = None;
        let mut kind = StatementKind::DirectQuote;
        let mut attribution_sentence = sent_open;

        // After: the tokens from the closing mark to the end of its sentence (or the next
        // opening mark, if it comes first).
        let after_end = doc
            .sentence_of(close_tok.saturating_sub(1))
            .map_or(doc.tokens.len(), |s| s.end)
            .min(next_open_tok);
        let after_end = if close_tok < doc.tokens.len()
            && doc.tokens[close_tok].sent != doc.tokens[close_tok.saturating_sub(1)].sent
        {
            close_tok // the quote ends its sentence: nothing after it in the same sentence
        } else {
            after_end
        };
        let mut i = close_tok;
        while i < after_end && matches!(keys[i].as_str(), "," | "—" | "–") {
            i += 1;
        }
        if i < after_end {
            if let Some(v_end) = speech_at(doc, keys, i) {
                // “…,” said X
                if let Some((a, b)) = subject_after(doc, keys, v_end, after_end) {
                    speaker = apposed_name(actors, b).or_else(|| actors.resolve(doc, keys, a, b));
                }
            } else {
                // “…,” X said
                let mut v = i;
                while v < after_end
                    && v - i < 14
                    && speech_at(doc, keys, v).is_none()
                    && !matches!(keys[v].as_str(), "." | ";")
                {
                    v += 1;
                }
                if v < after_end && v > i && speech_at(doc, keys, v).is_some() {
                    speaker = actors.resolve(doc, keys, i, v);
                }
            }
            if speaker.is_some() {
                attribution_sentence = doc.sentences[doc.tokens[i].sent];
            }
        }

        // Before: the last speech verb between the sentence start (or the previous quote) and
        // the opening mark.
        if speaker.is_none() {
            let start = sent_open.first.max(prev_close_tok);
            let mut verbs: Vec<(usize, usize)> = Vec::new();
            let mut k = start;
            while k < open_tok {
                if let Some(v_end) = speech_at(doc, keys, k) {
                    if v_end <= open_tok {
                        verbs.push((k, v_end));
                        k = v_end;
                        continue;
                    }
                }
                k += 1;
            }
            'verbs: for &(v, v_end) in verbs.iter().rev() {
                // A verb whose subject is missing ("… and said that …") shares the subject of
                // the verb before it.
                let mut vv = v;
                loop {
                    for (a, b) in subject_candidates(doc, keys, actors, vv, start) {
                        if let Some(found) = actors.resolve(doc, keys, a, b) {
                            speaker = Some(found);
                            let between: Vec<&str> =
                                keys[v_end..open_tok].iter().map(String::as_str).collect();
                            let introduces = between.iter().all(|w| {
                                matches!(
                                    *w,
                                    "," | ":"
                                        | "—"
                                        | "–"
                                        | "in"
                                        | "a"
                                        | "an"
                                        | "the"
                                        | "one"
                                        | "another"
                                        | "tweet"
                                        | "tweets"
                                        | "statement"
                                        | "on"
                                        | "sunday"
                                        | "monday"
                                        | "tuesday"
                                        | "wednesday"
                                        | "thursday"
                                        | "friday"
                                        | "saturday"
                                        | "night"
                                        | "morning"
                                        | "evening"
                                        | "afternoon"
                                        | "reporters"
                                        | "journalists"
                                        | "simply"
                                        | "then"
                                )
                            });
                            if !introduces {
                                kind = StatementKind::ReportedSpeech;
                            }
                            break 'verbs;
                        }
                    }
                    let prev = verbs.iter().rev().find(|(p, _)| *p < vv);
                    let coordinated = vv > start && matches!(keys[vv - 1].as_str(), "and" | ",");
                    match prev {
                        Some(&(p, _)) if coordinated => vv = p,
                        _ => break,
                    }
                }
            }
        }

        // "According to X, he had seen “…”".
        if speaker.is_none() {
            let start = sent_open.first.max(prev_close_tok);
            if let Some(k) = (start..open_tok)
                .find(|&k| keys[k] == "according" && keys.get(k + 1).is_some_and(|w| w == "to"))
            {
                let np_end = (k + 2..open_tok)
                    .find(|&e| matches!(keys[e].as_str(), "," | ";" | ":"))
                    .unwrap_or(open_tok);
                if let Some(found) = actors.resolve(doc, keys, k + 2, np_end) {
                    speaker = Some(found);
                    kind = StatementKind::ReportedSpeech;
                }
            }
        }

        // A quote that opens its paragraph after a paragraph ending "X noted:".
        if speaker.is_none() && open_tok == sent_open.first && sent_open.para > 0 {
            if let Some(prev_para) = doc.paragraphs.get(sent_open.para - 1) {
                if prev_para.text(text).trim_end().ends_with(':') {
                    let prev_sent_idx =
                        doc.tokens[doc.token_at(prev_para.end).saturating_sub(1)].sent;
                    let ps = doc.sentences[prev_sent_idx];
                    let mut k = ps.first;
                    while k < ps.end {
                        if speech_at(doc, keys, k).is_some() {
                            if let Some((a, b)) = subject_before(doc, keys, k, ps.first) {
                                speaker = actors.resolve(doc, keys, a, b);
                            }
                            break;
                        }
                        k += 1;
                    }
                }
            }
        }

        // Neither: the previous quotation's speaker, when it is in the same paragraph (or the
        // previous one ended with a quotation) and nothing else intervenes.
        if speaker.is_none() {
            if let Some(prev) = out.last() {
                let prev_para = doc
                    .tokens
                    .get(doc.token_at(prev.span.start))
                    .map_or(usize::MAX, |t| t.para);
                let same_para = prev_para == sent_open.para;
                let gap_words = (prev_close_tok..open_tok)
                    .filter(|&k| doc.tokens[k].kind == TokKind::Word)
                    .count();
                // The quote opens the sentence right after the one of the previous quote
                // and its attribution ("“…,” said X, the …. “…”").
                let next_sentence = open_tok == sent_open.first
                    && prev_close_tok > 0
                    && doc.tokens[prev_close_tok.saturating_sub(1).min(doc.tokens.len() - 1)].sent
                        + 1
                        == doc.tokens[open_tok].sent;
                if same_para && (gap_words <= 12 || next_sentence) && prev.speaker.is_some() {
                    speaker = prev.speaker.map(|s| (s, prev.confidence));
                    kind = StatementKind::DirectQuote;
                }
            }
        }

        let quote = clean_quote(text, q);
        let words = quote.split_whitespace().count();
        if speaker.is_none() && words < 5 {
            continue;
        }
        let ch_first = attribution_sentence.first.min(sent_open.first);
        let ch_end = attribution_sentence.end.max(sent_close.end);
        out.push(Found {
            speaker: speaker.map(|s| s.0),
            confidence: speaker.and_then(|s| s.1),
            quote,
            span: q.span(),
            kind,
            channel: channel(doc, keys, actors, ch_first, ch_end),
            sentence: sent_open.first,
        });
    }
    out.extend(reported(doc, keys, actors, &quote_tokens));
    out
}

/// Reported speech without quotation marks: "X said (that) …", "according to X, …".
fn reported(doc: &Doc<'_>, keys: &[String], actors: &mut Actors, quoted: &[bool]) -> Vec<Found> {
    let mut out = Vec::new();
    for sent in doc.sentences.clone() {
        if (sent.first..sent.end).any(|k| quoted[k] || is_quote_tok(doc, k)) {
            continue;
        }
        let mut k = sent.first;
        while k < sent.end {
            // "according to X, CLAUSE" or "CLAUSE, according to X."
            if keys[k] == "according" && keys.get(k + 1).is_some_and(|x| x == "to") {
                let np_start = k + 2;
                let mut np_end = np_start;
                while np_end < sent.end && !matches!(keys[np_end].as_str(), "," | "." | ";") {
                    np_end += 1;
                }
                let (clause_a, clause_b) = if k == sent.first {
                    (np_end + 1, sent.end)
                } else {
                    (sent.first, k)
                };
                if let Some((id, conf)) = actors.resolve(doc, keys, np_start, np_end) {
                    push_reported(
                        doc, keys, &mut out, id, conf, clause_a, clause_b, sent.first,
                    );
                }
                break;
            }
            if let Some(v_end) = speech_at(doc, keys, k) {
                if matches!(
                    keys[k].as_str(),
                    "said"
                        | "says"
                        | "told"
                        | "added"
                        | "stated"
                        | "announced"
                        | "confirmed"
                        | "warned"
                        | "claimed"
                        | "declared"
                        | "insisted"
                        | "reported"
                        | "denied"
                        | "acknowledged"
                        | "estimated"
                ) {
                    // "CLAUSE, said X": the speaker follows the verb, the clause precedes it.
                    if k > sent.first + 2
                        && keys[k - 1] == ","
                        && matches!(keys[k].as_str(), "said" | "says" | "added" | "stated")
                    {
                        if let Some((a, b)) = subject_after(doc, keys, v_end, sent.end) {
                            let found =
                                apposed_name(actors, b).or_else(|| actors.resolve(doc, keys, a, b));
                            if let Some((id, conf)) = found {
                                push_reported(
                                    doc,
                                    keys,
                                    &mut out,
                                    id,
                                    conf,
                                    sent.first,
                                    k - 1,
                                    sent.first,
                                );
                            }
                        }
                        break;
                    }
                    if let Some(&(a, b)) =
                        subject_candidates(doc, keys, actors, k, sent.first).first()
                    {
                        let mut c = v_end;
                        // Skip an object, a time phrase and "that": "told reporters Sunday that".
                        let mut skipped = 0;
                        while c < sent.end && skipped < 6 && !matches!(keys[c].as_str(), "that") {
                            if matches!(
                                keys[c].as_str(),
                                "reporters"
                                    | "journalists"
                                    | "sunday"
                                    | "monday"
                                    | "tuesday"
                                    | "wednesday"
                                    | "thursday"
                                    | "friday"
                                    | "saturday"
                                    | "on"
                                    | "earlier"
                                    | "morning"
                                    | "night"
                                    | "evening"
                                    | "afternoon"
                                    | "late"
                                    | "in"
                                    | "a"
                                    | "an"
                                    | "the"
                                    | "statement"
                                    | "tweet"
                                    | "today"
                                    | "yesterday"
                                    | "him"
                                    | "her"
                                    | "them"
                                    | "us"
                            ) {
                                c += 1;
                                skipped += 1;
                            } else {
                                break;
                            }
                        }
                        if keys.get(c).is_some_and(|x| x == "that") {
                            c += 1;
                        }
                        if let Some((id, conf)) = actors.resolve(doc, keys, a, b) {
                            push_reported(doc, keys, &mut out, id, conf, c, sent.end, sent.first);
                        }
                        break;
                    }
                }
                k = v_end;
                continue;
            }
            k += 1;
        }
    }
    out
}

#[expect(clippy::too_many_arguments, reason = "a private helper of one caller")]
fn push_reported(
    doc: &Doc<'_>,
    keys: &[String],
    out: &mut Vec<Found>,
    id: ActorId,
    conf: Option<f64>,
    a: usize,
    b: usize,
    sentence: usize,
) {
    let mut b = b;
    while b > a && !doc.tokens[b - 1].is_wordlike() {
        b -= 1;
    }
    let words = (a..b)
        .filter(|&k| doc.tokens[k].kind == TokKind::Word)
        .count();
    if words < 4 || keys[a..b].iter().any(|w| w == "said") && words < 6 {
        return;
    }
    let span = doc.span_of(a, b);
    out.push(Found {
        speaker: Some(id),
        quote: span.text(doc.text).to_owned(),
        span,
        kind: StatementKind::ReportedSpeech,
        channel: None,
        confidence: conf,
        sentence,
    });
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::doc_keys;
    use super::*;

    fn quotes(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        quotations(text, &doc.paragraphs)
            .iter()
            .map(|q| clean_quote(text, q))
            .collect()
    }

    #[test]
    fn quotation_marks_of_every_kind() {
        assert_eq!(
            quotes("He said “curly one,” and \"straight two.\""),
            ["curly one", "straight two."]
        );
        assert_eq!(
            quotes("She said ‘British single’ quotes, the soldiers’ base."),
            ["British single"]
        );
        assert_eq!(
            quotes("“First. “Second without close."),
            ["First.", "Second without close."]
        );
        assert_eq!(
            quotes("“Para one\n\n“Para two,” he said."),
            ["Para one Para two"]
        );
        assert_eq!(quotes("‘Mismatched close.”"), ["Mismatched close."]);
        assert_eq!(
            quotes("It’s the Nigeria’s don’t test."),
            Vec::<String>::new()
        );
    }

    fn statements(text: &str) -> Vec<(Option<String>, String, StatementKind)> {
        let doc = Doc::new(text);
        let keys = doc_keys(&doc);
        let mut actors = Actors::find(&doc, &keys);
        let found = find(&doc, &keys, &mut actors);
        found
            .into_iter()
            .filter(|f| {
                f.kind == StatementKind::DirectQuote
                    || text[..f.span.start].ends_with(['“', '"', '‘'])
            })
            .map(|f| {
                (
                    f.speaker.map(|s| actors.actors[s.0].name.clone()),
                    f.quote,
                    f.kind,
                )
            })
            .collect()
    }

    /// One row per attribution form: the text and the expected (speaker, first words, kind).
    #[test]
    fn attribution_forms() {
        use StatementKind::{DirectQuote as D, ReportedSpeech as R};
        let cases: &[(&str, &str, &str, StatementKind)] = &[
            (
                "“We will rebuild the market,” said Amara Okoye, the governor of the province.",
                "Amara Okoye",
                "We will rebuild",
                D,
            ),
            (
                "“We will rebuild the market,” Amara Okoye said.",
                "Amara Okoye",
                "We will rebuild",
                D,
            ),
            (
                "Amara Okoye said: “We will rebuild the market.”",
                "Amara Okoye",
                "We will rebuild",
                D,
            ),
            (
                "Amara Okoye said, “We will rebuild the market.”",
                "Amara Okoye",
                "We will rebuild",
                D,
            ),
            (
                "Amara Okoye said that the town would “rebuild the market soon.”",
                "Amara Okoye",
                "rebuild the market",
                R,
            ),
            (
                "Police chief Daniel Otieno arrived. “The gunmen fled north,” he said.",
                "Daniel Otieno",
                "The gunmen fled",
                D,
            ),
            (
                "The al-Nusra militia said in a tweet, “The fighting will continue.”",
                "al-Nusra",
                "The fighting will",
                D,
            ),
            (
                "“The fighting will continue,” the Taliban said in a statement.",
                "Taliban",
                "The fighting will",
                D,
            ),
            (
                "Interior Minister Grace Wanjiru issued a statement saying the bombing was “an act of cowardice.”",
                "Grace Wanjiru",
                "an act of",
                R,
            ),
            (
                "‘We heard three blasts,’ said Tom Becker, a shopkeeper.",
                "Tom Becker",
                "We heard three",
                D,
            ),
            (
                "Around noon, said the mayor, Ana Soto. “Everything has been burned,” she said.",
                "Ana Soto",
                "Everything has been",
                D,
            ),
            (
                "\"We saw them run,\" said Ana Ruiz, a teacher.",
                "Ana Ruiz",
                "We saw them",
                D,
            ),
            (
                "After the blast, Omar Haddad, a shopkeeper near the square, said, “I saw the smoke first.”",
                "Omar Haddad",
                "I saw the smoke",
                D,
            ),
            (
                "Prime Minister Lena Varga, speaking in Brussels on Monday, said: “We will not be intimidated.”",
                "Lena Varga",
                "We will not",
                D,
            ),
            (
                "According to Colonel Ivan Petrov, the gunmen had “planned the raid for weeks.”",
                "Ivan Petrov",
                "planned the raid",
                R,
            ),
            (
                "Governor Amara Okoye said: “We have found bodies in the streets.\n\n“I ask everyone to stay calm.”",
                "Amara Okoye",
                "We have found bodies",
                D,
            ),
        ];
        for (text, speaker, start, kind) in cases {
            let found = statements(text);
            let hit = found.iter().find(|(_, q, _)| q.starts_with(start));
            let Some((got_speaker, _, got_kind)) = hit else {
                panic!("no quote starting {start:?} in {text:?}: {found:?}")
            };
            assert_eq!(
                got_speaker
                    .as_deref()
                    .map(|s| s.contains(speaker) || speaker.contains(s)),
                Some(true),
                "{text}: {found:?}"
            );
            assert_eq!(got_kind, kind, "{text}");
        }
    }

    #[test]
    fn a_quote_over_two_paragraphs_is_one_statement() {
        let found = statements(
            "Governor Amara Okoye said: “We have found bodies in the streets.\n\n“I ask everyone to stay calm.”\n\nThe army arrived later.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].1.contains("streets") && found[0].1.contains("stay calm"),
            "{found:?}"
        );
    }

    #[test]
    fn consecutive_quotes_share_the_speaker() {
        let found =
            statements("“The attack was planned,” said Mara Quinn, an analyst. “They had help.”");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].0.as_deref(), Some("Mara Quinn"));
    }

    #[test]
    fn a_quote_nobody_said_keeps_no_speaker() {
        let found =
            statements("The sign read “No entry beyond this point for any visitors today.”");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, None);
    }

    #[test]
    fn pronouns_need_one_clear_candidate() {
        let found = statements("Amara Okoye met Daniel Otieno. “It is over,” he said.");
        assert!(
            found.iter().all(|f| f.0.is_none()) || found.is_empty(),
            "{found:?}"
        );
    }

    #[test]
    fn reported_speech_without_quotes() {
        let text = "The minister Amara Okoye said that forces had rescued about 1,000 people from the mall.";
        let doc = Doc::new(text);
        let keys = doc_keys(&doc);
        let mut actors = Actors::find(&doc, &keys);
        let found = find(&doc, &keys, &mut actors);
        let r = found
            .iter()
            .find(|f| f.kind == StatementKind::ReportedSpeech)
            .expect("reported speech");
        assert_eq!(
            r.quote,
            "forces had rescued about 1,000 people from the mall"
        );
        assert_eq!(actors.actors[r.speaker.unwrap().0].name, "Amara Okoye");
    }

    #[test]
    fn channels() {
        let text = "In a tweet on Sunday, the Ruritanian Disaster Operations Center said, “Rescue is under way now.”";
        let doc = Doc::new(text);
        let keys = doc_keys(&doc);
        let mut actors = Actors::find(&doc, &keys);
        let found = find(&doc, &keys, &mut actors);
        assert_eq!(found[0].channel.as_deref(), Some("Twitter"));
    }
}
