//! Time expressions: weekdays, dates, months and years, and their resolution against the
//! article's publication date ("Saturday" in an article published on Sunday 22 September 2013
//! is 21 September 2013).

use super::text::{Doc, TokKind};
use jiff::civil::{Date, Weekday};

/// A time expression in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TimeExpr {
    /// First token.
    pub(crate) first: usize,
    /// One past the last token.
    pub(crate) end: usize,
    /// What it says.
    pub(crate) value: TimeValue,
}

/// The meaning of a time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TimeValue {
    /// A weekday, resolved against the publication date.
    Weekday(Weekday),
    /// A full date.
    Date(Date),
    /// A month and day without a year.
    MonthDay(i8, i8),
    /// A month of a year.
    MonthYear(i16, i8),
    /// A year.
    Year(i16),
    /// Days before the publication date (0 today, 1 yesterday).
    DaysAgo(i8),
    /// Words like "earlier" or "so far" that place a figure in time without a date.
    Vague,
}

impl TimeValue {
    /// The year it names, if any.
    #[must_use]
    pub(crate) fn year(self) -> Option<i16> {
        match self {
            Self::Date(d) => Some(d.year()),
            Self::MonthYear(y, _) | Self::Year(y) => Some(y),
            _ => None,
        }
    }

    /// The date, when the expression and the publication date pin one down.
    #[must_use]
    pub(crate) fn resolve(self, published: Option<Date>) -> Option<Date> {
        match self {
            Self::Date(d) => Some(d),
            Self::Weekday(w) => {
                let p = published?;
                let back = (i32::from(p.weekday().to_monday_zero_offset())
                    - i32::from(w.to_monday_zero_offset()))
                .rem_euclid(7);
                p.checked_sub(jiff::Span::new().days(back)).ok()
            }
            Self::DaysAgo(n) => published?
                .checked_sub(jiff::Span::new().days(i64::from(n)))
                .ok(),
            Self::MonthDay(m, d) => {
                let p = published?;
                let this_year = Date::new(p.year(), m, d).ok()?;
                // A date well after publication must be last year's.
                if this_year > p.checked_add(jiff::Span::new().days(7)).ok()? {
                    Date::new(p.year() - 1, m, d).ok()
                } else {
                    Some(this_year)
                }
            }
            Self::MonthYear(..) | Self::Year(_) | Self::Vague => None,
        }
    }
}

/// The day of the week a day name or abbreviation names.
pub(crate) fn weekday(w: &str) -> Option<Weekday> {
    Some(match w {
        "monday" | "mon." => Weekday::Monday,
        "tuesday" | "tue." | "tues." => Weekday::Tuesday,
        "wednesday" | "wed." => Weekday::Wednesday,
        "thursday" | "thu." | "thurs." => Weekday::Thursday,
        "friday" | "fri." => Weekday::Friday,
        "saturday" | "sat." => Weekday::Saturday,
        "sunday" | "sun." => Weekday::Sunday,
        _ => return None,
    })
}

/// The month of a month name or abbreviation.
#[must_use]
pub(crate) fn month(w: &str) -> Option<i8> {
    Some(match w {
        "january" | "jan." | "jan" => 1,
        "february" | "feb." | "feb" => 2,
        "march" | "mar." => 3,
        "april" | "apr." | "apr" => 4,
        "may" => 5,
        "june" | "jun." => 6,
        "july" | "jul." => 7,
        "august" | "aug." | "aug" => 8,
        "september" | "sept." | "sep." | "sept" => 9,
        "october" | "oct." | "oct" => 10,
        "november" | "nov." | "nov" => 11,
        "december" | "dec." | "dec" => 12,
        _ => return None,
    })
}

/// A plausible year: four digits from 1900 to 2099.
#[must_use]
pub(crate) fn year(doc: &Doc<'_>, i: usize) -> Option<i16> {
    let t = doc.tokens.get(i)?;
    if t.kind != TokKind::Number || t.norm.len() != 4 {
        return None;
    }
    let y: i16 = t.norm.parse().ok()?;
    (1900..2100).contains(&y).then_some(y)
}

fn day(doc: &Doc<'_>, i: usize) -> Option<i8> {
    let w = doc.norm(i);
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let d: i8 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];

/// The time expression starting at token `i`, if any.
#[must_use]
pub(crate) fn parse_at(doc: &Doc<'_>, i: usize) -> Option<TimeExpr> {
    let w = doc.norm(i);
    let mut first = i;
    let mut k = i;
    // "early"/"late" before a weekday or part of day.
    if matches!(w, "early" | "late")
        && (weekday(doc.norm(i + 1)).is_some() || PARTS_OF_DAY.contains(&doc.norm(i + 1)))
    {
        k += 1;
    }
    let w = doc.norm(k);
    if let Some(wd) = weekday(w) {
        let mut end = k + 1;
        if doc.norm(end) == "'s" || PARTS_OF_DAY.contains(&doc.norm(end)) {
            end += 1;
        }
        return Some(TimeExpr {
            first,
            end,
            value: TimeValue::Weekday(wd),
        });
    }
    if let Some(m) = month(w) {
        // "May" is also a verb and a name: only as a month with a day or year beside it.
        if let Some(d) = day(doc, k + 1) {
            let mut end = k + 2;
            if doc.norm(end) == "," {
                if let Some(y) = year(doc, end + 1) {
                    end += 2;
                    return Date::new(y, m, d).ok().map(|date| TimeExpr {
                        first,
                        end,
                        value: TimeValue::Date(date),
                    });
                }
            }
            if let Some(y) = year(doc, end) {
                return Date::new(y, m, d).ok().map(|date| TimeExpr {
                    first,
                    end: end + 1,
                    value: TimeValue::Date(date),
                });
            }
            return Some(TimeExpr {
                first,
                end,
                value: TimeValue::MonthDay(m, d),
            });
        }
        if let Some(y) = year(doc, k + 1) {
            return Some(TimeExpr {
                first,
                end: k + 2,
                value: TimeValue::MonthYear(y, m),
            });
        }
        return None;
    }
    // "21 September 2013", "21 September".
    if let (Some(d), Some(m)) = (day(doc, k), month(doc.norm(k + 1))) {
        if doc
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Number || t.norm.ends_with(['h', 't', 'd']))
        {
            if let Some(y) = year(doc, k + 2) {
                return Date::new(y, m, d).ok().map(|date| TimeExpr {
                    first,
                    end: k + 3,
                    value: TimeValue::Date(date),
                });
            }
            return Some(TimeExpr {
                first,
                end: k + 2,
                value: TimeValue::MonthDay(m, d),
            });
        }
    }
    if let Some(y) = year(doc, k) {
        // A year standing alone ("in 1998", "the 1998 bombings"), not a count ("1998 people").
        let prev = doc.norm(k.wrapping_sub(1));
        if matches!(
            prev,
            "in" | "since"
                | "of"
                | "the"
                | "until"
                | "from"
                | "during"
                | "by"
                | "before"
                | "after"
                | "'s"
                | ","
        ) || doc.tokens.get(k + 1).is_none_or(|t| {
            t.kind != TokKind::Word
                || t.cap
                || matches!(
                    t.norm.as_str(),
                    "attack"
                        | "attacks"
                        | "bombing"
                        | "bombings"
                        | "massacre"
                        | "siege"
                        | "shooting"
                        | "elections"
                        | "election"
                        | "war"
                )
        }) {
            return Some(TimeExpr {
                first,
                end: k + 1,
                value: TimeValue::Year(y),
            });
        }
        return None;
    }
    match w {
        "today" | "tonight" => Some(TimeExpr {
            first,
            end: k + 1,
            value: TimeValue::DaysAgo(0),
        }),
        "yesterday" => Some(TimeExpr {
            first,
            end: k + 1,
            value: TimeValue::DaysAgo(1),
        }),
        "this" | "last" if PARTS_OF_DAY.contains(&doc.norm(k + 1)) => {
            let ago = if w == "last" { 1 } else { 0 };
            Some(TimeExpr {
                first,
                end: k + 2,
                value: TimeValue::DaysAgo(ago),
            })
        }
        "earlier" | "initially" => {
            first = k;
            Some(TimeExpr {
                first,
                end: k + 1,
                value: TimeValue::Vague,
            })
        }
        "so" if doc.norm(k + 1) == "far" => Some(TimeExpr {
            first,
            end: k + 2,
            value: TimeValue::Vague,
        }),
        _ => None,
    }
}

/// Every time expression in tokens `first..end`, left to right, not overlapping.
#[must_use]
pub(crate) fn find(doc: &Doc<'_>, first: usize, end: usize) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    let mut i = first;
    while i < end {
        if let Some(t) = parse_at(doc, i) {
            if t.end <= end {
                out.push(t);
                i = t.end;
                continue;
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn one(text: &str) -> (String, TimeValue) {
        let doc = Doc::new(text);
        let t = find(&doc, 0, doc.tokens.len())
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("none in {text}"));
        (doc.slice(t.first, t.end).to_owned(), t.value)
    }

    #[test]
    fn expressions() {
        assert_eq!(
            one("on Saturday afternoon"),
            (
                "Saturday afternoon".into(),
                TimeValue::Weekday(Weekday::Saturday)
            )
        );
        assert_eq!(
            one("late Sunday night"),
            (
                "late Sunday night".into(),
                TimeValue::Weekday(Weekday::Sunday)
            )
        );
        assert_eq!(
            one("Now, Saturday’s attack"),
            ("Saturday’s".into(), TimeValue::Weekday(Weekday::Saturday))
        );
        assert_eq!(
            one("on Sept. 21, 2013, gunmen"),
            ("Sept. 21, 2013".into(), TimeValue::Date(date(2013, 9, 21)))
        );
        assert_eq!(
            one("on 21 September 2013"),
            (
                "21 September 2013".into(),
                TimeValue::Date(date(2013, 9, 21))
            )
        );
        assert_eq!(
            one("in July 2010"),
            ("July 2010".into(), TimeValue::MonthYear(2010, 7))
        );
        assert_eq!(
            one("in 1998, killing"),
            ("1998".into(), TimeValue::Year(1998))
        );
        assert_eq!(
            one("the 1998 bombings"),
            ("1998".into(), TimeValue::Year(1998))
        );
        assert_eq!(
            one("yesterday"),
            ("yesterday".into(), TimeValue::DaysAgo(1))
        );
        assert_eq!(one("rescued so far"), ("so far".into(), TimeValue::Vague));
    }

    #[test]
    fn weekdays_resolve_to_the_last_one_before_publication() {
        let published = date(2013, 9, 22); // a Sunday
        assert_eq!(
            TimeValue::Weekday(Weekday::Saturday).resolve(Some(published)),
            Some(date(2013, 9, 21))
        );
        assert_eq!(
            TimeValue::Weekday(Weekday::Sunday).resolve(Some(published)),
            Some(published)
        );
        assert_eq!(
            TimeValue::Weekday(Weekday::Monday).resolve(Some(published)),
            Some(date(2013, 9, 16))
        );
        assert_eq!(TimeValue::Weekday(Weekday::Monday).resolve(None), None);
        assert_eq!(
            TimeValue::MonthDay(12, 30).resolve(Some(date(2014, 1, 2))),
            Some(date(2013, 12, 30))
        );
        assert_eq!(TimeValue::Year(1998).resolve(Some(published)), None);
    }

    #[test]
    fn may_is_a_month_only_with_a_day_or_year() {
        let doc = Doc::new("Police may act. On May 3 a bomb exploded.");
        let found = find(&doc, 0, doc.tokens.len());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].value, TimeValue::MonthDay(5, 3));
    }
}
