//! Tokens, sentences and paragraphs of an article: the shared view every extractor reads.

use crate::span::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters (with inner hyphens, apostrophes and abbreviation periods), handles, hashtags.
    Word,
    /// Digits, with inner commas and decimal points.
    Number,
    /// A quotation mark, straight or curly, single or double.
    Quote,
    /// Any other punctuation character.
    Punct,
}

/// One token.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    /// Where.
    pub(crate) span: Span,
    /// What.
    pub(crate) kind: TokKind,
    /// Lower-cased, with curly apostrophes made straight: the form lexicons are matched on.
    pub(crate) norm: String,
    /// The first letter is upper case (and the text is cased).
    pub(crate) cap: bool,
    /// Index of its sentence.
    pub(crate) sent: usize,
    /// Index of its paragraph.
    pub(crate) para: usize,
}

impl Token {
    /// True for a word or number.
    #[must_use]
    pub(crate) fn is_wordlike(&self) -> bool {
        matches!(self.kind, TokKind::Word | TokKind::Number)
    }
}

/// A sentence: a range of tokens and its span.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sentence {
    /// First token.
    pub(crate) first: usize,
    /// One past the last token.
    pub(crate) end: usize,
    /// From the first token's start to the last token's end.
    pub(crate) span: Span,
    /// Paragraph index.
    pub(crate) para: usize,
}

/// The tokenised article.
#[derive(Debug)]
pub(crate) struct Doc<'a> {
    /// The text.
    pub(crate) text: &'a str,
    /// Tokens in order.
    pub(crate) tokens: Vec<Token>,
    /// Sentences in order.
    pub(crate) sentences: Vec<Sentence>,
    /// Paragraph spans, in order.
    pub(crate) paragraphs: Vec<Span>,
    /// False when the text is all lower case or all upper case: capital letters then tell
    /// nothing, and only lexicons and patterns find names.
    pub(crate) cased: bool,
}

/// Abbreviations whose final period belongs to the word.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "maj", "capt", "cpt",
    "sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "insp", "supt", "det", "rev", "fr", "st",
    "jr", "sr", "mt", "ft", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "univ",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx",
    "est", "ave", "blvd", "hon", "amb", "pres", "messrs", "gens", "cols", "lts",
];

/// Words that, capitalised after an abbreviation's period, start a new sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "in",
    "on",
    "at",
    "but",
    "and",
    "this",
    "that",
    "there",
    "his",
    "her",
    "their",
    "its",
    "when",
    "after",
    "before",
    "however",
    "some",
    "officials",
    "police",
    "earlier",
    "later",
    "meanwhile",
];

fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '‘' | '’' | '\'' | '‚' | '‛'
    )
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '&' | '_' | '‐' | '‑')
}

/// Normalises a token for lexicon lookup: lower case, curly apostrophes and hyphens made plain.
#[must_use]
pub(crate) fn normalize(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '’' | '‘' | '`' | '´' | 'ʼ' => '\'',
            '‐' | '‑' | '–' | '—' => '-',
            _ => c,
        })
        .collect()
}

/// Lower case without diacritics (`Jalālābād` → `jalalabad`): how English copy spells most
/// places of the gazetteer.
pub(crate) fn fold(s: &str) -> String {
    use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
    s.nfd()
        .filter(|c| !is_combining_mark(*c) && !matches!(c, 'ʿ' | 'ʾ'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The letters of a dotted abbreviation without its periods (`u.s.` → `us`), or the input.
#[must_use]
pub(crate) fn undot(norm: &str) -> String {
    if norm.contains('.') && norm.split('.').all(|p| p.chars().count() <= 2) {
        norm.replace('.', "")
    } else {
        norm.to_owned()
    }
}

/// True when the text's letters tell names from common words by case.
fn detect_cased(text: &str) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    for c in text.chars().take(200_000) {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    let letters = upper + lower;
    letters > 0 && upper * 200 > letters && upper * 10 < letters * 6
}

/// True when lines look hard-wrapped (most lines 40–100 characters): a single newline is then
/// not a paragraph break.
fn hard_wrapped(text: &str) -> bool {
    let lines: Vec<usize> = text
        .lines()
        .map(|l| l.trim().chars().count())
        .filter(|&n| n > 0)
        .collect();
    lines.len() >= 6
        && lines.iter().filter(|&&n| (40..=100).contains(&n)).count() * 10 >= lines.len() * 7
}

impl<'a> Doc<'a> {
    /// Tokenises and segments the text.
    #[must_use]
    pub(crate) fn new(text: &'a str) -> Self {
        let cased = detect_cased(text);
        let wrapped = hard_wrapped(text);
        let mut tokens = Vec::new();
        let mut paragraphs = Vec::new();
        let mut para = 0usize;
        let mut para_start: Option<usize> = None;
        let mut last_end = 0usize;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut i = 0;
        let mut newlines = 0usize;
        while i < chars.len() {
            let (pos, c) = chars[i];
            if c.is_whitespace() {
                if c == '\n' {
                    newlines += 1;
                }
                i += 1;
                continue;
            }
            // A paragraph break: a blank line, or any newline in text that is not hard-wrapped.
            if newlines >= 2 || (newlines == 1 && !wrapped) {
                if let Some(start) = para_start.take() {
                    paragraphs.push(Span::new(start, last_end));
                    para += 1;
                }
            }
            newlines = 0;
            if para_start.is_none() {
                para_start = Some(pos);
            }
            let start = pos;
            let (end_idx, kind) = if c.is_alphanumeric()
                || ((c == '#' || c == '@')
                    && chars.get(i + 1).is_some_and(|(_, n)| n.is_alphanumeric()))
            {
                let mut j = i + 1;
                while j < chars.len() {
                    let d = chars[j].1;
                    if d.is_alphanumeric() || d == '_' {
                        j += 1;
                    } else if is_joiner(d)
                        && chars.get(j + 1).is_some_and(|(_, n)| n.is_alphanumeric())
                    {
                        // A hyphen between two digits separates a range ("10-15"): keep them apart.
                        let prev_digit = chars[j - 1].1.is_ascii_digit();
                        let next_digit = chars[j + 1].1.is_ascii_digit();
                        if d == '-' && prev_digit && next_digit {
                            break;
                        }
                        // A period joins only letters of an abbreviation ("U.S", "a.m"), or digits.
                        if d == '.' && !(prev_digit && next_digit) {
                            let seg_len = chars[..j]
                                .iter()
                                .rev()
                                .take_while(|(_, x)| x.is_alphanumeric())
                                .count();
                            if seg_len > 2 {
                                break;
                            }
                        }
                        j += 1;
                    } else if d == ','
                        && chars[j - 1].1.is_ascii_digit()
                        && chars.get(j + 1).is_some_and(|(_, n)| n.is_ascii_digit())
                    {
                        // Thousands separator.
                        j += 1;
                    } else {
                        break;
                    }
                }
                let word: String = chars[i..j].iter().map(|(_, c)| *c).collect();
                let lower = word.to_lowercase();
                // Keep the final period of abbreviations, dotted initialisms and initials.
                if chars.get(j).is_some_and(|(_, d)| *d == '.') {
                    let dotted =
                        lower.contains('.') && lower.split('.').all(|p| p.chars().count() <= 2);
                    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                    if ABBREVIATIONS.contains(&lower.as_str()) || dotted || initial {
                        j += 1;
                    }
                }
                let all_digits = chars[i..j]
                    .iter()
                    .all(|(_, c)| c.is_ascii_digit() || *c == ',' || *c == '.');
                (
                    j,
                    if all_digits && c.is_ascii_digit() {
                        TokKind::Number
                    } else {
                        TokKind::Word
                    },
                )
            } else if is_quote_char(c) {
                (i + 1, TokKind::Quote)
            } else {
                (i + 1, TokKind::Punct)
            };
            let end = chars.get(end_idx).map_or(text.len(), |(p, _)| *p);
            let mut span = Span::new(start, end);
            // Split a possessive 's off its word: "Nigeria’s" → "Nigeria" + "’s".
            let mut possessive = None;
            if kind == TokKind::Word {
                let w = span.text(text);
                for suffix in ["’s", "'s", "’S", "'S"] {
                    if w.len() > suffix.len() + 1 && w.ends_with(suffix) {
                        let cut = end - suffix.len();
                        possessive = Some(Span::new(cut, end));
                        span = Span::new(start, cut);
                        break;
                    }
                }
            }
            let word = span.text(text);
            let cap = cased
                && word
                    .chars()
                    .find(|c| c.is_alphabetic())
                    .is_some_and(char::is_uppercase);
            tokens.push(Token {
                span,
                kind,
                norm: normalize(word),
                cap,
                sent: 0,
                para,
            });
            if let Some(p) = possessive {
                tokens.push(Token {
                    span: p,
                    kind: TokKind::Word,
                    norm: "'s".into(),
                    cap: false,
                    sent: 0,
                    para,
                });
            }
            last_end = end;
            i = end_idx;
        }
        if let Some(start) = para_start {
            paragraphs.push(Span::new(start, last_end));
        }
        let sentences = split_sentences(&mut tokens, cased);
        Self {
            text,
            tokens,
            sentences,
            paragraphs,
            cased,
        }
    }

    /// The text of a token range.
    #[must_use]
    pub(crate) fn slice(&self, first: usize, end: usize) -> &'a str {
        self.span_of(first, end).text(self.text)
    }

    /// The span of a token range.
    #[must_use]
    pub(crate) fn span_of(&self, first: usize, end: usize) -> Span {
        match (
            self.tokens.get(first),
            end.checked_sub(1).and_then(|e| self.tokens.get(e)),
        ) {
            (Some(a), Some(b)) if end > first => Span::new(a.span.start, b.span.end),
            _ => Span::default(),
        }
    }

    /// The normalised form of a token, or `""` past the end.
    #[must_use]
    pub(crate) fn norm(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.norm.as_str())
    }

    /// The index of the first token starting at or after byte `pos`.
    #[must_use]
    pub(crate) fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }

    /// The sentence holding token `i`.
    #[must_use]
    pub(crate) fn sentence_of(&self, i: usize) -> Option<&Sentence> {
        self.tokens.get(i).and_then(|t| self.sentences.get(t.sent))
    }
}

fn split_sentences(tokens: &mut [Token], cased: bool) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut first = 0;
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        let mut boundary_after = None;
        let t = &tokens[i];
        let terminal = matches!(t.norm.as_str(), "." | "!" | "?" | "…");
        let abbrev_end = t.kind == TokKind::Word && t.norm.ends_with('.');
        if terminal || abbrev_end {
            // Closing quotes and brackets stay with the sentence they close.
            let mut j = i + 1;
            while j < n
                && tokens[j].para == t.para
                && (matches!(tokens[j].norm.as_str(), ")" | "]" | "”" | "’" | "»")
                    || (tokens[j].norm == "\""
                        && j + 1 < n
                        && (tokens[j + 1].para != t.para || tokens[j + 1].cap || !cased)))
            {
                j += 1;
            }
            if j >= n {
                boundary_after = Some(n - 1);
            } else {
                let next = &tokens[j];
                let starts = next.para != t.para
                    || if terminal {
                        !cased
                            || next.cap
                            || next.kind == TokKind::Number
                            || matches!(next.kind, TokKind::Quote)
                    } else {
                        // After an abbreviation only a clear sentence opener starts a sentence.
                        next.cap
                            && SENTENCE_STARTERS.contains(&next.norm.as_str())
                            && !t.norm.chars().rev().nth(1).is_some_and(char::is_uppercase)
                            || (!cased && SENTENCE_STARTERS[..3].contains(&next.norm.as_str()))
                    };
                if starts {
                    boundary_after = Some(j - 1);
                }
            }
        }
        if i + 1 < n && tokens[i + 1].para != tokens[i].para {
            boundary_after = Some(boundary_after.map_or(i, |b| b.max(i)));
        }
        if i + 1 == n {
            boundary_after = Some(n - 1);
        }
        if let Some(last) = boundary_after {
            let last = last.min(n - 1);
            let idx = sentences.len();
            for tok in &mut tokens[first..=last] {
                tok.sent = idx;
            }
            sentences.push(Sentence {
                first,
                end: last + 1,
                span: Span::new(tokens[first].span.start, tokens[last].span.end),
                para: tokens[first].para,
            });
            first = last + 1;
            i = last + 1;
        } else {
            i += 1;
        }
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        Doc::new(text)
            .tokens
            .iter()
            .map(|t| t.span.text(text).to_owned())
            .collect()
    }

    #[test]
    fn tokens_keep_names_numbers_and_abbreviations_whole() {
        assert_eq!(words("Nigeria’s al-Nusra"), ["Nigeria", "’s", "al-Nusra"]);
        assert_eq!(words("the U.S. Embassy"), ["the", "U.S.", "Embassy"]);
        assert_eq!(words("about 1,000 people"), ["about", "1,000", "people"]);
        assert_eq!(words("10–15 attackers"), ["10", "–", "15", "attackers"]);
        assert_eq!(words("10-15"), ["10", "-", "15"]);
        assert_eq!(words("AK-47 rifles"), ["AK-47", "rifles"]);
        assert_eq!(words("Col. Daniel Mwangi"), ["Col.", "Daniel", "Mwangi"]);
        assert_eq!(words("Michael S. Ansari"), ["Michael", "S.", "Ansari"]);
        assert_eq!(
            words("@Militia_Press #Riverside"),
            ["@Militia_Press", "#Riverside"]
        );
        assert_eq!(
            words("who’ve “quoted,”"),
            ["who’ve", "“", "quoted", ",", "”"]
        );
        assert_eq!(words("2.5 km"), ["2.5", "km"]);
    }

    #[test]
    fn sentences_split_at_terminal_punctuation_and_paragraphs() {
        let text = "Title line\n\nGunmen attacked the U.S. Embassy. The toll rose. “We are safe,” he said. Mr. Smith left.";
        let doc = Doc::new(text);
        let sents: Vec<&str> = doc.sentences.iter().map(|s| s.span.text(text)).collect();
        assert_eq!(
            sents,
            [
                "Title line",
                "Gunmen attacked the U.S. Embassy.",
                "The toll rose.",
                "“We are safe,” he said.",
                "Mr. Smith left."
            ]
        );
        assert_eq!(doc.paragraphs.len(), 2);
        assert!(doc.cased);
    }

    #[test]
    fn lower_case_text_is_uncased_and_still_split() {
        let text = "the army said guerrillas attacked a farm. two people died.";
        let doc = Doc::new(text);
        assert!(!doc.cased);
        assert_eq!(doc.sentences.len(), 2);
        assert!(doc.tokens.iter().all(|t| !t.cap));
    }

    #[test]
    fn quote_closing_marks_stay_with_their_sentence() {
        let text = "He said: “It will end tonight.” Police agreed.";
        let doc = Doc::new(text);
        let sents: Vec<&str> = doc.sentences.iter().map(|s| s.span.text(text)).collect();
        assert_eq!(sents, ["He said: “It will end tonight.”", "Police agreed."]);
    }
}
