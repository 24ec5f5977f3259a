//! The query page and what it loads, compiled into the binary so that it works with no
//! network: the HTML, the bundle built from `web/` (see `web/README.md`), its licence
//! notices, and the example queries of `queries/`.

use serde_json::json;

/// The example queries shipped in `queries/`, by file stem (a test checks that none is
/// missing).
pub(super) const EXAMPLES: [(&str, &str); 9] = [
    ("attacks", include_str!("../../queries/attacks.rq")),
    (
        "casualties_by_source",
        include_str!("../../queries/casualties_by_source.rq"),
    ),
    (
        "conflicting_figures",
        include_str!("../../queries/conflicting_figures.rq"),
    ),
    (
        "who_said_what",
        include_str!("../../queries/who_said_what.rq"),
    ),
    (
        "actors_by_role",
        include_str!("../../queries/actors_by_role.rq"),
    ),
    ("evidence", include_str!("../../queries/evidence.rq")),
    (
        "canonical_attacks",
        include_str!("../../queries/canonical_attacks.rq"),
    ),
    (
        "figures_by_canonical_attack",
        include_str!("../../queries/figures_by_canonical_attack.rq"),
    ),
    (
        "figure_summary",
        include_str!("../../queries/figure_summary.rq"),
    ),
];

/// A static file of the page: its media type and bytes.
pub(super) struct Asset {
    pub(super) media_type: &'static str,
    pub(super) bytes: &'static [u8],
}

/// The file served at `path`, if any.
pub(super) fn asset(path: &str) -> Option<Asset> {
    let (media_type, bytes): (&str, &[u8]) = match path {
        "/" | "/index.html" => ("text/html; charset=utf-8", include_bytes!("web/index.html")),
        "/assets/app.js" => (
            "text/javascript; charset=utf-8",
            include_bytes!("web/dist/app.js"),
        ),
        "/assets/app.css" => (
            "text/css; charset=utf-8",
            include_bytes!("web/dist/app.css"),
        ),
        "/assets/licenses.txt" => (
            "text/plain; charset=utf-8",
            include_bytes!("web/dist/licenses.txt"),
        ),
        _ => return None,
    };
    Some(Asset { media_type, bytes })
}

/// The examples as JSON for the page: name, the header comment as a description, the text.
pub(super) fn examples_json() -> String {
    let examples: Vec<_> = EXAMPLES
        .iter()
        .map(|(name, text)| {
            let description: Vec<&str> = text
                .lines()
                .map_while(|line| line.strip_prefix('#'))
                .map(str::trim)
                .collect();
            json!({ "name": name, "description": description.join(" "), "query": text })
        })
        .collect();
    serde_json::Value::Array(examples).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_query_file_is_an_example() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("queries");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "rq"))
            .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let mut names: Vec<String> = EXAMPLES.iter().map(|(n, _)| (*n).to_owned()).collect();
        names.sort();
        assert_eq!(files, names);
    }

    #[test]
    fn examples_carry_their_description() {
        let json: serde_json::Value = serde_json::from_str(&examples_json()).unwrap();
        let first = &json[0];
        assert_eq!(first["name"], "attacks");
        assert!(
            first["description"]
                .as_str()
                .unwrap()
                .starts_with("Attacks with their place"),
            "{first}"
        );
        assert!(first["query"].as_str().unwrap().contains("SELECT"));
    }

    #[test]
    fn the_page_loads_the_bundle() {
        let page = std::str::from_utf8(asset("/").unwrap().bytes).unwrap();
        assert!(page.contains("/assets/app.js") && page.contains("/assets/app.css"));
        assert!(asset("/assets/app.js").unwrap().bytes.len() > 1000);
        assert!(asset("/nope").is_none());
    }
}
