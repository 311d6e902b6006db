//! Comparing two texts of about 1 MB each: pairing their claims (claims already extracted),
//! and the whole comparison (extracting both, then pairing). Pairing groups claims by key, so
//! it grows with the claims plus the pairs found, not with their product.
//!
//! `cargo bench --bench compare`

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use numeric_claims::{extract, pairing};

/// The corpus articles whose names start with one of `prefixes`, concatenated and repeated
/// to at least 1 MiB.
fn text(prefixes: &[&str]) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/articles");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus/articles")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            prefixes.iter().any(|prefix| name.starts_with(prefix))
        })
        .collect();
    paths.sort();
    let one: String = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("article") + "\n")
        .collect();
    one.repeat((1usize << 20).div_ceil(one.len()))
}

fn compare(c: &mut Criterion) {
    // Two texts that report overlapping events, with many counts of the same nouns.
    let (a, b) = (text(&["01", "02", "03"]), text(&["04", "05"]));
    let (ca, cb) = (extract(&a), extract(&b));
    let mut group = c.benchmark_group("compare");
    group.sample_size(10);
    group.throughput(Throughput::Bytes((a.len() + b.len()) as u64));
    group.bench_function("pairs", |bench| {
        bench.iter(|| pairing::pairs(black_box(&ca), &a, black_box(&cb), &b, false).len())
    });
    group.bench_function("pairs --all", |bench| {
        bench.iter(|| pairing::pairs(black_box(&ca), &a, black_box(&cb), &b, true).len())
    });
    group.bench_function("extract+pairs", |bench| {
        bench.iter(|| {
            let (ca, cb) = (extract(black_box(&a)), extract(black_box(&b)));
            pairing::pairs(&ca, &a, &cb, &b, false).len()
        })
    });
    group.finish();
}

criterion_group!(benches, compare);
criterion_main!(benches);
