//! Stories that report no attack (`tests/negatives/`): none of them may yield one.

use crate::support::root;
use newsgraph::{Inputs, extract};

#[test]
fn stories_without_violence_have_no_attack() {
    let mut files: Vec<_> = std::fs::read_dir(root().join("tests/negatives"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "negative stories missing");
    let mut with_attacks = Vec::new();
    for article in Inputs::new(files) {
        let article = article.unwrap();
        let found = extract(&article);
        if !found.attacks.is_empty() {
            with_attacks.push((article.id.clone(), found.attacks));
        }
    }
    assert!(with_attacks.is_empty(), "{with_attacks:#?}");
}
