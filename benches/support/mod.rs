//! What the benches share: the corpus text they measure on.

use std::path::Path;

/// Every article of `corpus/articles`, in name order, each followed by a line break.
pub fn corpus_text() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/articles");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus/articles")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("article") + "\n")
        .collect()
}
