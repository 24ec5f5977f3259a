//! Content negotiation: which of the formats we can write does the client's `Accept` header
//! prefer (RFC 9110 §12.5.1)?

/// One media range of an `Accept` header, with its weight in thousandths (so that weights
/// compare exactly).
#[derive(Debug, Clone, PartialEq, Eq)]
struct MediaRange {
    kind: String,
    subtype: String,
    weight: u16,
}

fn parse_accept(header: &str) -> Vec<MediaRange> {
    header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let (kind, subtype) = parts.next()?.trim().split_once('/')?;
            let mut weight = 1000;
            for param in parts {
                if let Some((name, value)) = param.split_once('=') {
                    if name.trim().eq_ignore_ascii_case("q") {
                        weight = parse_weight(value.trim())?;
                    }
                }
            }
            Some(MediaRange {
                kind: kind.trim().to_ascii_lowercase(),
                subtype: subtype.trim().to_ascii_lowercase(),
                weight,
            })
        })
        .collect()
}

/// `q=0.8` → 800; malformed weights drop their media range.
fn parse_weight(value: &str) -> Option<u16> {
    let q: f64 = value.parse().ok()?;
    // 0 ≤ q ≤ 1 by the check, so the cast neither truncates nor loses a sign.
    (0.0..=1.0)
        .contains(&q)
        .then(|| (q * 1000.0).round() as u16)
}

/// The weight the ranges give `media_type`: that of the most specific matching range
/// (`text/csv` over `text/*` over `*/*`), or `None` when no range matches.
fn weight_of(ranges: &[MediaRange], media_type: &str) -> Option<u16> {
    let (kind, subtype) = media_type.split_once('/')?;
    ranges
        .iter()
        .filter_map(|r| {
            let specificity = match (r.kind.as_str(), r.subtype.as_str()) {
                (k, s) if k == kind && s == subtype => 3,
                (k, "*") if k == kind => 2,
                ("*", "*") => 1,
                _ => return None,
            };
            Some((specificity, r.weight))
        })
        .max_by_key(|(specificity, _)| *specificity)
        .map(|(_, weight)| weight)
}

/// Picks the offer the client likes best. `offers` lists (media type, value) in the server's
/// order of preference, which breaks ties; several media types may name the same value
/// (aliases). Without an `Accept` header (or an empty one) the first offer wins; `None` means
/// nothing offered is acceptable (HTTP 406).
pub(super) fn choose<T: Copy>(accept: Option<&str>, offers: &[(&str, T)]) -> Option<T> {
    let accept = accept.map(str::trim).filter(|a| !a.is_empty());
    let Some(accept) = accept else {
        return offers.first().map(|(_, value)| *value);
    };
    let ranges = parse_accept(accept);
    let mut best: Option<(u16, T)> = None;
    for (media_type, value) in offers {
        if let Some(weight) = weight_of(&ranges, media_type) {
            if weight > 0 && best.is_none_or(|(w, _)| weight > w) {
                best = Some((weight, *value));
            }
        }
    }
    best.map(|(_, value)| value)
}

#[cfg(test)]
mod tests {
    use super::*;

    const OFFERS: &[(&str, &str)] = &[
        ("application/sparql-results+json", "json"),
        ("application/json", "json"),
        ("application/sparql-results+xml", "xml"),
        ("application/xml", "xml"),
        ("text/csv", "csv"),
        ("text/tab-separated-values", "tsv"),
    ];

    #[test]
    fn accept_headers_pick_the_expected_format() {
        let cases: &[(Option<&str>, Option<&str>)] = &[
            (None, Some("json")),
            (Some(""), Some("json")),
            (Some("*/*"), Some("json")),
            (Some("text/csv"), Some("csv")),
            (Some("text/*"), Some("csv")),
            (
                Some("text/tab-separated-values, text/csv;q=0.5"),
                Some("tsv"),
            ),
            (
                Some("text/csv;q=0.5, text/tab-separated-values"),
                Some("tsv"),
            ),
            (Some("application/sparql-results+xml"), Some("xml")),
            (Some("APPLICATION/SPARQL-RESULTS+XML"), Some("xml")),
            (Some("application/json; charset=utf-8"), Some("json")),
            // A browser's default header: XML is named, JSON only through */*.
            (
                Some("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
                Some("xml"),
            ),
            // SPARQLWrapper's JSON request.
            (
                Some(
                    "application/sparql-results+json,application/json,text/javascript,application/javascript",
                ),
                Some("json"),
            ),
            (Some("text/csv;q=0, */*;q=0.1"), Some("json")),
            (Some("text/csv;q=0"), None),
            (Some("image/png"), None),
            (Some("text/csv;q=bad"), None),
            (Some("nonsense"), None),
        ];
        for (accept, expected) in cases {
            assert_eq!(choose(*accept, OFFERS), *expected, "Accept: {accept:?}");
        }
    }

    #[test]
    fn the_most_specific_range_sets_the_weight() {
        let ranges = parse_accept("text/*;q=0.2, text/csv;q=0.9, */*;q=0.1");
        assert_eq!(weight_of(&ranges, "text/csv"), Some(900));
        assert_eq!(weight_of(&ranges, "text/turtle"), Some(200));
        assert_eq!(weight_of(&ranges, "application/json"), Some(100));
        assert_eq!(
            weight_of(&parse_accept("text/csv"), "application/json"),
            None
        );
    }
}
