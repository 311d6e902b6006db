//! Normalization throughput on news text, pure ASCII, and text dense with changes.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use numeric_claims::normalize::normalize;

mod support;

/// About how much text each benchmark normalizes per iteration.
const SIZE: usize = 1 << 20;

/// `sample` repeated to about [`SIZE`] bytes.
fn repeat(sample: &str) -> String {
    sample.repeat(SIZE.div_ceil(sample.len()))
}

fn bench(c: &mut Criterion) {
    // The corpus articles: mostly ASCII, with curly quotes and dashes.
    let news = repeat(&support::corpus_text());
    // The corpus with every non-ASCII character spelled in ASCII: the borrowed fast path.
    let ascii = news.replace(['’', '‘'], "'").replace(['“', '”'], "\"");
    let ascii: String = ascii.chars().filter(char::is_ascii).collect();
    // Non-ASCII text that needs no change: borrowed, but every character is looked at.
    let clean = repeat("Україна запустила щонайменше 337 дронів, — заявили в Міноборони. ");
    // Something to change every few characters.
    let dense = repeat(
        "Україна: «щонайменше ３３７ дронів» – ٣٣٧ або ३३७; 1\u{202F}550\u{A0}км, 2½ роки, \
         −20 °C, Russia’s “record”\u{200B}, ﬁve\u{AD}fold. ",
    );

    let mut group = c.benchmark_group("normalize");
    for (name, text) in [
        ("ascii", &ascii),
        ("news", &news),
        ("unchanged_cyrillic", &clean),
        ("dense", &dense),
    ] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| normalize(black_box(text))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
