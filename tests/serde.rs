//! With the `serde` feature, every output type survives a JSON round trip.
#![cfg(feature = "serde")]

use numeric_claims::{Claim, Quantity, extract, parse_quantity};

#[test]
fn claims_round_trip_through_json() {
    let text = "Ukraine launched at least 337 drones, nearly half of them, and $461 million.";
    let claims = extract(text);
    assert_eq!(claims.len(), 3);
    let json = serde_json::to_string(&claims).unwrap();
    let back: Vec<Claim> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, claims);
}

#[test]
fn numbers_and_names_serialize_as_the_contract_strings() {
    let q = parse_quantity("two-thirds").unwrap();
    let json = serde_json::to_value(q).unwrap();
    assert_eq!(json["value"], "2/3");
    assert_eq!(json["kind"], "fraction");
    assert_eq!(json["certainty"], "exact");
    let q = parse_quantity("about $1.5bn").unwrap();
    let json = serde_json::to_value(q).unwrap();
    assert_eq!(json["unit"], "USD");
    assert_eq!(json["hedge"], "about");
    assert_eq!(json["interval"]["low"]["value"], "1450000000");
    assert_eq!(json["interval"]["low"]["inclusive"], true);
    let back: Quantity = serde_json::from_value(json).unwrap();
    assert_eq!(back, q);
}
