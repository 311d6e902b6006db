//! Turn every numeric claim in news text into a typed, bounded, exact quantity.
//!
//! "at least 337 drones" is `[337, ∞)` drones, exact; "some 50,000 soldiers" is about 50000
//! soldiers, `[45000, 55000]`; "$461 million" is 461000000 USD. Values are exact rationals
//! (no floating point anywhere between the text and a value), and every span points into the
//! caller's original text.
//!
//! The pipeline, one module each, run on one line of the text at a time (no claim or noun
//! spans a line break): [`normalize`] → [`scan`] → the grammar of [`parse_quantity()`] →
//! resolve (the intervals of SPEC.md section 2) → the context rules (what is not a count) and
//! the counted noun → [`Claim`]. Every word the crate understands is one row of a table in
//! the source's `vocab/` directory; the README lists which table holds which kind of word.
//!
//! # What is understood
//!
//! | | forms |
//! |---|---|
//! | figures | `1,550`, `1 550`, `2.5`, `.5`; scales `thousand` to `trillion`, `k m mn bn tn`, `lakh`/`lac` and `crore`/`cr` (stacked: "34.8 lakh crore"; Indian groups before them: "1,30,415 crore"); words to the trillions, "a dozen", "half a dozen", "three dozen", "half a million", "a quarter (of a) million", "three quarters of a billion"; fractions; signs `-20`, `−20`, "minus 20", "negative 10" |
//! | units | length `mm cm m km in ft yd mi nmi`; area `m2 km2 ha acre sqmi sqft`; volume `ml l m3 gal bbl bcm`; mass `mg g kg t lb oz`; speed `km/h mph m/s kn`; temperature `C F`; energy `Wh kWh MWh GWh TWh J kJ MJ cal kcal`, charge `mAh`; power `W kW MW GW hp`; data `B KB MB GB TB PB`, `kbps Mbps Gbps`; frequency `Hz kHz MHz GHz`; pressure `Pa kPa hPa bar psi`; `%`, `pp` and time — glued ("64GB", "40.3C"), spaced, spelled out in British or American spelling, singular or plural, in hyphenated adjectives ("a 10-km march", "a 23-year-old") |
//! | money | every [`Currency`] by its ISO code before or after the figure, glued or spaced ("EUR2bn", "25 USD"); signs before or after (`$ € £ ¥ ₹ ₽ ₴ ₩ ₺ ₪ ₦`, "US$", "C$", "A$", "NZ$", "HK$", "S$", "R$", "Mex$", "Rs"); words, with country adjectives ("55m Australian dollars"); minor units converted exactly ("92p" 0.92 GBP, "50 cents" 0.50 USD, "40 kopecks" 0.40 RUB); "francs", "pesos", "crowns" as money with no unit; "pounds" as sterling after a scale word ("145.7 million pounds"), as mass otherwise |
//!
//! A letter after a figure is a unit only when a table says so: "5G" and "F-16" are no
//! measures, "1.5m" is 1.5 million and "1.5 m" is metres, "€100 m" is 100 million euros.
//! Each unit converts exactly within its [`Family`] ([`Dimension::convert`]).
//!
//! ```
//! use numeric_claims::{parse_quantity, Hedge, Number};
//!
//! let q = parse_quantity("more than 1,550").unwrap();
//! assert_eq!(q.hedge, Some(Hedge::MoreThan));
//! assert_eq!(q.interval.low.unwrap().value, Number::from(1550));
//! assert_eq!(q.to_string(), ">1550");
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod claim;
mod context;
mod convert;
mod error;
pub mod normalize;
mod noun;
mod number;
mod options;
pub mod pairing;
mod parse;
mod parse_quantity;
mod quantity;
#[cfg(feature = "serde")]
mod record;
mod relation;
mod resolve;
pub mod scan;
mod span;
mod text;
mod vocab;

pub use claim::{Claim, Claims, claims, claims_with, extract, extract_with};
pub use convert::Family;
pub use error::Error;
pub use number::{Number, NumberConversionError, ParseNumberError};
pub use options::Options;
pub use parse_quantity::{parse_quantity, parse_quantity_with};
pub use quantity::{Bound, Certainty, Currency, Dimension, Hedge, Interval, Kind, Quantity, Unit};
#[cfg(feature = "serde")]
pub use record::Record;
pub use relation::Relation;
pub use span::Span;

// README.md's examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
