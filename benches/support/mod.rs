//! What the benches share: the corpus text they measure on.

use std::path::Path;

/// Every article of `corpus/articles`, in name order, each followed by a line break.
pub fn corpus_text() -> String {
    articles("corpus/articles")
}

/// Every article of `corpus/general/articles` (economy, energy, technology, weather, sport),
/// in name order: text far denser in claims, units, money and changes than the war news.
#[allow(dead_code)] // Only the pipeline bench reads it.
pub fn general_text() -> String {
    articles("corpus/general/articles")
}

/// The articles of `folder` (relative to the crate), in name order, each followed by a line
/// break.
fn articles(folder: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("a corpus folder")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("article") + "\n")
        .collect()
}
