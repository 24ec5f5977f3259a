//! Using newsgraph as a library: extract one article in memory, print what was found, store it
//! in an in-memory Oxigraph store and query it.
//!
//! Run with `cargo run --release --example library`.

use newsgraph::{Article, GraphStore, IriMinter, Origin, extract, to_quads};
use oxigraph::sparql::QueryResults;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let text = "MOGADISHU, Somalia — Gunmen stormed a hotel in Mogadishu on Friday, killing at least \
                12 people, police said. Al-Shabab claimed responsibility for the attack.\n\n\
                “We heard gunfire and explosions for hours,” said Amina Hassan, a guest who escaped.";
    let article = Article {
        id: "example-1".into(),
        title: None,
        url: None,
        published: newsgraph::Published::parse("2024-03-16"),
        text: text.into(),
        origin: Origin {
            path: "example".into(),
            line: None,
        },
    };

    // Extraction is a pure function of the article.
    let found = extract(&article);
    for attack in &found.attacks {
        println!(
            "attack: {} (date: {:?})",
            attack.label,
            attack.date.map(|d| d.to_string())
        );
    }
    for figure in &found.casualties {
        let source = figure
            .reported_by
            .map_or("(no source)", |a| found.actors[a.0].name.as_str());
        println!(
            "figure: {} {} per {source}",
            figure.count_text,
            figure.kind.as_str()
        );
    }
    for statement in &found.statements {
        let speaker = statement
            .speaker
            .map_or("(unknown)", |a| found.actors[a.0].name.as_str());
        println!("{speaker}: “{}”", statement.quote);
    }

    // Map to RDF and load into a store; the default graph of queries is the union of graphs.
    let store = GraphStore::in_memory()?;
    store.replace_graph(&to_quads(&article, &found, &IriMinter::new()))?;
    if let QueryResults::Solutions(rows) =
        store.query("SELECT ?label WHERE { ?a a ng:Actor ; rdfs:label ?label } ORDER BY ?label")?
    {
        for row in rows {
            if let Some(label) = row?.get("label") {
                println!("actor: {label}");
            }
        }
    }
    Ok(())
}
