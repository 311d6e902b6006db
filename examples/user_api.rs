//! What a user crate does with the claims' numbers: a small aligned table with rounded
//! values, whole counts as `i64`, and `f64`s for a plot; a quantity built by hand to compare
//! the claims with.
//!
//! Run with `cargo run --example user_api`.

use numeric_claims::{Bound, Hedge, Interval, Kind, Number, Quantity, Relation, extract};

fn main() {
    let text = "Ukraine launched at least 337 drones; two-thirds were shot down, and \
                about 1.25 million people lost power for 2.5 hours.";
    let mut plot: Vec<f64> = Vec::new();
    println!(
        "{:<16} {:<8} {:>10} {:>12}  whole",
        "claim", "kind", "value", "2 places"
    );
    for claim in extract(text) {
        let Some(value) = claim.quantity.value else {
            continue;
        };
        // `TryFrom` only succeeds for a whole number that fits.
        let whole = match i64::try_from(value) {
            Ok(n) => n.to_string(),
            Err(err) => format!("no: {err}"),
        };
        println!(
            "{:<16} {:<8} {value:>10} {value:>12.2}  {whole}",
            claim.text(text),
            claim.quantity.kind
        );
        plot.push(value.to_f64());
    }
    println!("for plotting: {plot:?}");

    // Into a Number from any integer type; the 128-bit ones through `TryFrom`.
    let from_u8 = Number::from(7u8);
    let from_i128 = Number::try_from(-5_i128).expect("within range");
    assert_eq!(from_u8.checked_add(from_i128), Some(Number::from(2)));
    assert!(Number::try_from(u128::MAX).is_err());

    // A quantity built by hand, as another report states it: "more than 300" drones. Kind
    // names read in any case, as a user might type them.
    let kind: Kind = "Count".parse().expect("a kind name");
    let over_300 = Interval::new(Some(Bound::exclusive(Number::from(300))), None);
    let report = Quantity::new(kind, over_300)
        .with_value(Number::from(300))
        .with_hedge(Hedge::MoreThan);
    let drones = extract(text)[0].quantity;
    assert_eq!(drones.relation(&report), Relation::Within);
    println!(
        "\"{drones}\" against \"{report}\": {}",
        drones.relation(&report)
    );
}
