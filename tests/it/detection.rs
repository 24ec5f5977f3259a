//! Attack detection on short stories: none of those in `tests/negatives/` may yield an attack,
//! and each of those in `tests/positives/` must yield one.

use crate::support::root;
use newsgraph::{Inputs, extract};

/// The extracted attacks of every story in `dir`, by article id.
fn attacks_by_story(dir: &str) -> Vec<(String, usize)> {
    let mut files: Vec<_> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "stories missing in {dir}");
    Inputs::new(files)
        .map(|article| {
            let article = article.unwrap();
            let found = extract(&article);
            (article.id.clone(), found.attacks.len())
        })
        .collect()
}

#[test]
fn stories_without_violence_have_no_attack() {
    let with_attacks: Vec<_> = attacks_by_story("tests/negatives")
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .collect();
    assert!(with_attacks.is_empty(), "{with_attacks:#?}");
}

#[test]
fn stories_of_violence_have_an_attack() {
    let without: Vec<_> = attacks_by_story("tests/positives")
        .into_iter()
        .filter(|(_, n)| *n == 0)
        .collect();
    assert!(without.is_empty(), "{without:#?}");
}
