//! Linear time: `extract` on news text and on each hostile pattern at 1, 4 and 16 MB. When
//! time is linear in the input, criterion's throughput (MB/s) stays flat across the sizes.
//!
//! `cargo bench --bench scaling`

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use numeric_claims::extract;

mod support;

/// `unit` repeated to `bytes` bytes (rounded up to whole units).
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

fn scaling(c: &mut Criterion) {
    let patterns: Vec<(&str, String)> = vec![
        ("news", support::corpus_text()),
        ("more-than", "more than ".to_string()),
        ("one-comma", "1,".to_string()),
        ("digits", "7".to_string()),
        ("space-groups", " 111".to_string()),
        ("open-paren", "(".to_string()),
        ("minus", "-".to_string()),
        (
            "number-words",
            "one hundred and twenty-three thousand ".to_string(),
        ),
        ("combining", "3\u{301}".to_string()),
        ("zero-width", "1\u{200b}".to_string()),
        ("nul", "\0".to_string()),
        (
            "emoji-zwj",
            "\u{1f469}\u{200d}\u{1f469}\u{200d}\u{1f467} 5 ".to_string(),
        ),
        ("lakh", "1,00,000 ".to_string()),
        ("versions", "v2.3.1 192.168.0.1 ".to_string()),
    ];
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    for (name, unit) in &patterns {
        for mb in [1usize, 4, 16] {
            let text = repeat_to(unit, mb << 20);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(*name, format!("{mb}MB")), &text, |b, t| {
                b.iter(|| extract(black_box(t)).len());
            });
        }
    }
    group.finish();
}

criterion_group!(benches, scaling);
criterion_main!(benches);
