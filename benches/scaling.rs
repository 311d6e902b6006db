//! Linear time: `extract` on news text and on each hostile pattern at 50 KB, 500 KB and 5 MB.
//! When time is linear in the input, criterion's throughput (MB/s) stays flat across the
//! sizes. The patterns are the shapes of `tests/linear.rs`, which checks the same property
//! deterministically by counting the bytes examined.
//!
//! `cargo bench --bench scaling`

use std::hint::black_box;
use std::time::Duration;

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
        ("spaced-figures", "5 ".to_string()),
        ("double-spaced", "5  ".to_string()),
        ("figure-point", "5. ".to_string()),
        ("decimals", "1.5 ".to_string()),
        ("years", "2022 ".to_string()),
        ("ranges", "5-6 ".to_string()),
        ("bracketed", "(5) ".to_string()),
        ("signed", "+5 ".to_string()),
        ("points-letters", "5.x.".to_string()),
        ("dates", "12 March ".to_string()),
        (
            "phones",
            "555-123-4567 (044) 123 45 67 +1 202 555 0100 ".to_string(),
        ),
        ("slashes", "24/7 ".to_string()),
        ("no-break", "5\u{a0}".to_string()),
        ("nbsp-soft-hyphen", "\u{a0}\u{ad}".to_string()),
        ("fullwidth", "\u{ff15} ".to_string()),
        ("arabic-indic", "\u{665} ".to_string()),
    ];
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(2));
    for (name, unit) in &patterns {
        for (size, bytes) in [("50KB", 50_000), ("500KB", 500_000), ("5MB", 5_000_000)] {
            let text = repeat_to(unit, bytes);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(*name, size), &text, |b, t| {
                b.iter(|| extract(black_box(t)).len());
            });
        }
    }
    group.finish();
}

criterion_group!(benches, scaling);
criterion_main!(benches);
