//! The grammar of counts in news text: digits and words, qualifiers and ranges.
//!
//! "68", "some 175", "close to 50", "up to 30", "at least five", "more than 200", "10 to 15",
//! "10–15", "two dozen", "dozens", "a 28th person", "no Americans" (0).

use super::text::{Doc, TokKind};
use crate::event::Qualifier;

/// A number phrase found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Count {
    /// First token (the qualifier's, when there is one).
    pub(crate) first: usize,
    /// One past the last token.
    pub(crate) end: usize,
    /// The number, or the lower bound.
    pub(crate) count: u64,
    /// The upper bound, for ranges and "up to".
    pub(crate) max: Option<u64>,
    /// How to read it.
    pub(crate) qualifier: Qualifier,
    /// True for "a"/"an"/"one" and "no": they count only in tight patterns.
    pub(crate) weak: bool,
}

const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["at", "least"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["more", "than"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["well", "over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["nearly"], Qualifier::About),
    (&["almost"], Qualifier::About),
    (&["close", "to"], Qualifier::About),
    (&["an", "estimated"], Qualifier::About),
    (&["estimated"], Qualifier::About),
    (&["the", "roughly"], Qualifier::About),
    (&["the", "estimated"], Qualifier::About),
    (&["an", "approximate"], Qualifier::About),
    (&["up", "to"], Qualifier::UpTo),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["as", "many"], Qualifier::UpTo),
    (&["at", "most"], Qualifier::UpTo),
    (&["no", "more", "than"], Qualifier::UpTo),
    (&["fewer", "than"], Qualifier::UpTo),
    (&["less", "than"], Qualifier::UpTo),
    (&["under"], Qualifier::UpTo),
];

fn unit(word: &str) -> Option<u64> {
    Some(match word {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

fn multiplier(word: &str) -> Option<u64> {
    Some(match word {
        "hundred" => 100,
        "thousand" => 1_000,
        "million" => 1_000_000,
        "dozen" => 12,
        _ => return None,
    })
}

/// A number word or hyphenated compound ("twenty-five").
fn word_number(word: &str) -> Option<u64> {
    if let Some(n) = unit(word) {
        return Some(n);
    }
    let (tens, ones) = word.split_once('-')?;
    let (t, o) = (unit(tens)?, unit(ones)?);
    (t >= 20 && t % 10 == 0 && o < 10).then_some(t + o)
}

/// True for a number in one word: "five", "twenty-five", "dozens", "12".
pub(crate) fn is_number_word(word: &str) -> bool {
    word_number(word).is_some() || multiplier(word).is_some() || digits(word).is_some()
}

/// Digits with thousands separators ("1,000") or a decimal ("2.5", with a multiplier after).
fn digits(word: &str) -> Option<f64> {
    let clean: String = word.chars().filter(|c| *c != ',').collect();
    if clean.is_empty() || !clean.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    clean.parse().ok()
}

/// An ordinal in digits or words: "28th", "third".
fn ordinal(word: &str) -> Option<u64> {
    for suffix in ["st", "nd", "rd", "th"] {
        if let Some(n) = word
            .strip_suffix(suffix)
            .and_then(|d| d.parse::<u64>().ok())
        {
            return Some(n);
        }
    }
    Some(match word {
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        _ => return None,
    })
}

/// Parses a bare number (no qualifier) at token `i`: its value and end token.
fn bare(doc: &Doc<'_>, i: usize) -> Option<(u64, usize, bool)> {
    let tok = doc.tokens.get(i)?;
    let w = tok.norm.as_str();
    // Vague plurals: a lower bound, read conservatively.
    let vague = match w {
        "dozens" => Some(24),
        "scores" => Some(40),
        "hundreds" => Some(200),
        "thousands" => Some(2_000),
        _ => None,
    };
    if let Some(n) = vague {
        // "dozens of", "hundreds of": the "of" belongs to the phrase.
        return Some((n, i + 1, true));
    }
    let (mut value, mut end) = if tok.kind == TokKind::Number {
        // A year or a clock time is not a count.
        if doc.norm(i + 1) == ":" {
            return None;
        }
        let d = digits(w)?;
        (d, i + 1)
    } else if let Some(n) = word_number(w) {
        (n as f64, i + 1)
    } else if (w == "a" || w == "an") && multiplier(doc.norm(i + 1)).is_some() {
        (1.0, i + 1)
    } else {
        return None;
    };
    // "two hundred", "2.5 million", "two dozen", "one hundred and twenty".
    while let Some(m) = multiplier(doc.norm(end)) {
        value *= m as f64;
        end += 1;
        if doc.norm(end) == "and" {
            if let Some(n) = word_number(doc.norm(end + 1)) {
                value += n as f64;
                end += 2;
            }
        }
    }
    if value < 0.0 || value.fract() != 0.0 || value > 1e12 {
        return None;
    }
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "checked integral and in range"
    )]
    Some((value as u64, end, false))
}

/// True for a word that can be a person's age in apposition: one or two digits ("X, 29,").
#[must_use]
pub(crate) fn is_age(word: &str) -> bool {
    (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// Parses a count starting at token `i`: a qualifier, a number, maybe a range.
#[must_use]
pub(crate) fn parse_at(doc: &Doc<'_>, i: usize) -> Option<Count> {
    let w = doc.norm(i);
    // "no Americans", "none of the": zero.
    if w == "no" || w == "none" {
        let next = doc.tokens.get(i + 1)?;
        if next.kind == TokKind::Word
            && !matches!(
                next.norm.as_str(),
                "one"
                    | "longer"
                    | "more"
                    | "less"
                    | "fewer"
                    | "doubt"
                    | "immediate"
                    | "word"
                    | "claim"
                    | "further"
                    | "other"
                    | "sign"
                    | "reports"
                    | "details"
                    | "information"
                    | "group"
                    | "casualties"
                    | "injuries"
                    | "deaths"
            )
        {
            return Some(Count {
                first: i,
                end: i + 1,
                count: 0,
                max: None,
                qualifier: Qualifier::Exact,
                weak: true,
            });
        }
        return None;
    }
    // "a 28th person": the ordinal of a running count.
    if (w == "a" || w == "an") && doc.tokens.get(i + 1).is_some() {
        if let Some(n) = ordinal(doc.norm(i + 1)) {
            return Some(Count {
                first: i,
                end: i + 2,
                count: n,
                max: None,
                qualifier: Qualifier::Exact,
                weak: false,
            });
        }
    }
    let mut qualifier = Qualifier::Exact;
    let mut start = i;
    for (words, q) in QUALIFIERS {
        if words
            .iter()
            .enumerate()
            .all(|(k, word)| doc.norm(i + k) == *word)
        {
            qualifier = *q;
            start = i + words.len();
            break;
        }
    }
    let (count, mut end, vague) = bare(doc, start)?;
    let mut max = None;
    let mut first = i;
    if vague {
        if qualifier == Qualifier::Exact {
            qualifier = Qualifier::AtLeast;
        }
    } else {
        // Ranges: "10 to 15", "10-15", "10–15", "10 or 15", "between 10 and 15" (the "between"
        // is before `i`, and part of the count's words).
        let sep = doc.norm(end);
        if matches!(sep, "to" | "-" | "–" | "—" | "or" | "and") {
            if let Some((hi, hi_end, false)) = bare(doc, end + 1) {
                let joined = !matches!(sep, "and") || doc.norm(i.wrapping_sub(1)) == "between";
                if joined && hi > count {
                    if sep == "and" {
                        first = i - 1;
                    }
                    max = Some(hi);
                    end = hi_end;
                    if qualifier == Qualifier::Exact {
                        qualifier = Qualifier::AtLeast;
                    }
                }
            }
        }
        if qualifier == Qualifier::UpTo && max.is_none() {
            max = Some(count);
        }
    }
    // "a dozen" alone (no other number) is a real count, but a bare "a" never reaches here.
    let weak = !vague && start == i && matches!(doc.norm(start), "one") && end == start + 1;
    Some(Count {
        first,
        end,
        count,
        max,
        qualifier,
        weak,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_qualifiers() {
        let cases: &[(&str, u64, Option<u64>, Qualifier, &str)] = &[
            ("68 dead", 68, None, Qualifier::Exact, "68"),
            ("some 175 injured", 175, None, Qualifier::About, "some 175"),
            (
                "close to 50 still missing",
                50,
                None,
                Qualifier::About,
                "close to 50",
            ),
            ("up to 30 people", 30, Some(30), Qualifier::UpTo, "up to 30"),
            (
                "at least five people",
                5,
                None,
                Qualifier::AtLeast,
                "at least five",
            ),
            (
                "more than 200 people",
                200,
                None,
                Qualifier::MoreThan,
                "more than 200",
            ),
            (
                "10 to 15 attackers",
                10,
                Some(15),
                Qualifier::AtLeast,
                "10 to 15",
            ),
            ("10–15 attackers", 10, Some(15), Qualifier::AtLeast, "10–15"),
            ("10-15 attackers", 10, Some(15), Qualifier::AtLeast, "10-15"),
            ("two dozen people", 24, None, Qualifier::Exact, "two dozen"),
            ("a dozen people", 12, None, Qualifier::Exact, "a dozen"),
            ("dozens of people", 24, None, Qualifier::AtLeast, "dozens"),
            (
                "hundreds of people",
                200,
                None,
                Qualifier::AtLeast,
                "hundreds",
            ),
            (
                "about 1,000 people",
                1000,
                None,
                Qualifier::About,
                "about 1,000",
            ),
            (
                "twenty-five soldiers",
                25,
                None,
                Qualifier::Exact,
                "twenty-five",
            ),
            (
                "two hundred people",
                200,
                None,
                Qualifier::Exact,
                "two hundred",
            ),
            (
                "2.5 million people",
                2_500_000,
                None,
                Qualifier::Exact,
                "2.5 million",
            ),
            ("a 28th person", 28, None, Qualifier::Exact, "a 28th"),
            ("No Americans were hurt", 0, None, Qualifier::Exact, "No"),
            ("nearly 40 people", 40, None, Qualifier::About, "nearly 40"),
            (
                "as many as 10 or 15",
                10,
                Some(15),
                Qualifier::UpTo,
                "as many as 10 or 15",
            ),
            (
                "an estimated 300 people",
                300,
                None,
                Qualifier::About,
                "an estimated 300",
            ),
            (
                "one or two people",
                1,
                Some(2),
                Qualifier::AtLeast,
                "one or two",
            ),
        ];
        for (text, count, max, qualifier, span) in cases {
            let doc = Doc::new(text);
            let c = parse_at(&doc, 0).unwrap_or_else(|| panic!("no count in {text:?}"));
            assert_eq!(
                (c.count, c.max, c.qualifier),
                (*count, *max, *qualifier),
                "{text}"
            );
            assert_eq!(doc.slice(c.first, c.end), *span, "{text}");
        }
    }

    #[test]
    fn non_counts() {
        for text in ["the attack", "10:30 p.m.", "no longer", "no one", "a man"] {
            let doc = Doc::new(text);
            assert_eq!(parse_at(&doc, 0), None, "{text}");
        }
    }
}
