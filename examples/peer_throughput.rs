//! Throughput of `numeric_claims::extract` on a text file, for the speed comparison with
//! Microsoft Recognizers-Text in `benches/peer/` (run by hand: `bash benches/peer/compare.sh`).
//!
//! The file is split into paragraphs (its non-empty lines) and `extract` is called once per
//! paragraph. A round is one pass over all paragraphs; rounds repeat until at least 2 seconds
//! have passed and at least 3 rounds have run, and the fastest round is reported as one line:
//!
//! ```text
//! numeric-claims bytes=N claims=M seconds=S mbps=X
//! ```
//!
//! `bytes` counts the paragraphs' bytes (line breaks and blank lines excluded), `claims` the
//! claims found in one round, `seconds` the fastest round, and `mbps` is `bytes / seconds`
//! in megabytes (10^6 bytes) per second.
//!
//! Usage: `cargo run --release --example peer_throughput -- FILE`

use std::time::{Duration, Instant};

/// Rounds stop once this much time has passed in all, and at least [`MIN_ROUNDS`] have run.
const MIN_TOTAL: Duration = Duration::from_secs(2);
/// The fewest rounds that are run, however long they take.
const MIN_ROUNDS: u32 = 3;

/// One round: every paragraph through `extract`, one call each; the number of claims found.
fn round(paragraphs: &[&str]) -> usize {
    paragraphs
        .iter()
        .map(|p| numeric_claims::extract(std::hint::black_box(p)).len())
        .sum()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: peer_throughput FILE")?;
    let text = std::fs::read_to_string(path)?;
    // Paragraphs are the non-empty lines; `lines` also drops a trailing '\r'.
    let paragraphs: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    if paragraphs.is_empty() {
        return Err("the file has no non-empty line".into());
    }
    let bytes: usize = paragraphs.iter().map(|p| p.len()).sum();

    let started = Instant::now();
    let mut rounds = 0u32;
    let mut best = Duration::MAX;
    let mut claims = 0;
    while rounds < MIN_ROUNDS || started.elapsed() < MIN_TOTAL {
        let t = Instant::now();
        let found = round(&paragraphs);
        let took = t.elapsed();
        if rounds > 0 && found != claims {
            return Err(format!("round {rounds} found {found} claims, round 0 {claims}").into());
        }
        claims = found;
        best = best.min(took);
        rounds += 1;
    }

    let seconds = best.as_secs_f64();
    let mbps = bytes as f64 / seconds / 1e6;
    println!("numeric-claims bytes={bytes} claims={claims} seconds={seconds:.9} mbps={mbps:.3}");
    Ok(())
}
