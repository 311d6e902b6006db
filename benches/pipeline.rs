//! One bench per pipeline stage, all on the same sample: the corpus articles repeated to
//! 10 MiB. Criterion reports byte throughput, so each line reads in MB/s. `extract_general`
//! runs `extract` on the general-news articles repeated to 10 MiB, where claims are about
//! ten times as dense.
//!
//! `cargo bench --bench pipeline` (add `--features serde` for the JSON stage).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use numeric_claims::normalize::normalize;
use numeric_claims::scan::candidates;
use numeric_claims::{extract, parse_quantity};

mod support;

/// The corpus articles, concatenated and repeated to at least `bytes` bytes.
fn sample(bytes: usize) -> String {
    repeated(support::corpus_text(), bytes)
}

/// `one` repeated to at least `bytes` bytes.
fn repeated(one: String, bytes: usize) -> String {
    one.repeat(bytes.div_ceil(one.len()))
}

const PHRASES: &[&str] = &[
    "at least 337",
    "more than 1,550",
    "some 50,000",
    "nearly half",
    "between 20 and 30",
    "$461 million",
    "approximately 85%",
    "two and a half years",
    "hundreds of kilometers",
    "up to 10,000",
    "-20°C",
    "a dozen",
    "1.5m",
    "€50bn",
    "two-thirds",
];

fn stages(c: &mut Criterion) {
    let text = sample(10 << 20);
    let normalized = normalize(&text).into_text().into_owned();
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("normalize", |b| {
        b.iter(|| normalize(black_box(&text)).as_str().len())
    });
    group.bench_function("scan", |b| {
        b.iter(|| candidates(black_box(&normalized)).count())
    });
    group.bench_function("extract", |b| b.iter(|| extract(black_box(&text)).len()));
    let general = repeated(support::general_text(), 10 << 20);
    group.throughput(Throughput::Bytes(general.len() as u64));
    group.bench_function("extract_general", |b| {
        b.iter(|| extract(black_box(&general)).len())
    });
    group.throughput(Throughput::Bytes(text.len() as u64));
    #[cfg(feature = "serde")]
    group.bench_function("extract+json", |b| {
        let mut out = Vec::with_capacity(1 << 20);
        b.iter(|| {
            out.clear();
            for claim in numeric_claims::claims(black_box(&text)) {
                serde_json::to_writer(&mut out, &claim).expect("json");
                out.push(b'\n');
            }
            out.len()
        });
    });
    let phrase_bytes: usize = PHRASES.iter().map(|p| p.len()).sum();
    group.throughput(Throughput::Bytes(phrase_bytes as u64));
    group.bench_function("parse_quantity", |b| {
        b.iter(|| {
            PHRASES
                .iter()
                .filter(|p| parse_quantity(black_box(p)).is_ok())
                .count()
        });
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = stages
}
criterion_main!(benches);
