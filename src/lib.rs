//! Turn every numeric claim in news text into a typed, bounded, exact quantity.
//!
//! "at least 337 drones" is `[337, ∞)` drones, exact; "some 50,000 soldiers" is about 50000
//! soldiers, `[45000, 55000]`; "$461 million" is 461000000 USD. Values are exact rationals
//! (no floating point anywhere between the text and a value), and every span points into the
//! caller's original text. What the crate finds, what it reports and which interval each
//! qualifier asserts is written down in [`contract`]: the output fields, the qualifier →
//! interval table with the rule for approximate figures, figures, units, money, what is not a
//! count, lines, bad input and comparing claims.
//!
//! # Every claim of a text: [`extract`]
//!
//! ```
//! use numeric_claims::{extract, Hedge, Kind, Number};
//!
//! let text = "Ukraine launched at least 337 drones, and $461 million was pledged.";
//! let claims = extract(text);
//! assert_eq!(claims.len(), 2);
//! assert_eq!(claims[0].text(text), "at least 337");
//! assert_eq!(claims[0].noun_text(text), Some("drones"));
//! assert_eq!(claims[0].quantity.hedge, Some(Hedge::AtLeast));
//! assert_eq!(claims[0].quantity.interval.to_string(), "[337, ∞)");
//! assert_eq!(claims[1].quantity.kind, Kind::Money);
//! assert_eq!(claims[1].quantity.value, Some(Number::from(461_000_000)));
//! ```
//!
//! [`claims`] yields the same claims one at a time, and [`extract_with`] takes [`Options`]
//! (the decimal comma).
//!
//! # One phrase: [`parse_quantity()`]
//!
//! [`parse_quantity()`] reads one phrase on its own, from qualifier to unit, into a
//! [`Quantity`]; a phrase that is no quantity gets an [`Error`] that says what was expected
//! and where.
//!
//! ```
//! use numeric_claims::{parse_quantity, Hedge, Number};
//!
//! let q = parse_quantity("more than 1,550").unwrap();
//! assert_eq!(q.hedge, Some(Hedge::MoreThan));
//! assert_eq!(q.interval.low.unwrap().value, Number::from(1550));
//! assert_eq!(q.to_string(), ">1550");
//! assert_eq!(
//!     parse_quantity("at least drones").unwrap_err().to_string(),
//!     "expected a number after 'at least' at byte 9",
//! );
//! ```
//!
//! A [`Quantity`] prints in a canonical form that reads back with `FromStr`; two quantities
//! compare exactly with [`Quantity::relation`], and [`pairing`] pairs the claims of two texts.
//! [`Number`] converts to `f64` (lossy) and to integers, and formats with a precision.
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
//! Each unit converts exactly within its [`Dimension`] ([`MeasureUnit::convert`]).
//!
//! # One flat record per claim: `Record` (feature `serde`)
//!
//! `Record` is a claim as the command-line tool writes it: one JSON object with the fields of
//! the [contract](contract#output-fields). It serializes to exactly that line, and a line of
//! the tool's output deserializes back into it.
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use numeric_claims::{extract, Record};
//!
//! let text = "About 40 tanks.";
//! let record = Record::new(&extract(text)[0], text).with_file("-");
//! let line = serde_json::to_string(&record).unwrap();
//! assert!(line.starts_with(r#"{"file":"-","start":0,"end":8,"text":"About 40","kind":"count""#));
//! let back: Record<'static> = serde_json::from_str(&line).unwrap();
//! assert_eq!(back, record);
//! # }
//! ```
//!
//! # Features
//!
//! - `serde`: `Serialize` and `Deserialize` for every output type, and `Record`.
//! - `batch`: the module `batch`, many texts (or one long text cut at line breaks) on
//!   several threads, each text's claims in input order, with bounded memory; std threads
//!   only, no dependency.
//! - `cli`: the `numeric-claims` command-line tool (turns on `serde` and `batch`). Library users need
//!   neither; the tool's dependencies are compiled only with `cli`.
//!
//! # The command-line tool
//!
//! `cargo install numeric-claims --features cli` installs `numeric-claims`, which reads files
//! (or standard input) and writes one JSON object per claim (`--format jsonl`, the default),
//! or `json`, `csv`, `tsv` or an aligned `table`. `--kind money,percent` keeps some kinds,
//! `--count` counts claims per kind per file, `-r` reads directories, `-H` leaves out file
//! names, `--lossy` replaces bytes that are not UTF-8, `--decimal-comma` reads `1.234,5`, and
//! `--completions SHELL` prints a completion script; `numeric-claims --help` shows examples.
//!
//! # How it works, and where each word lives
//!
//! The pipeline, one module each, runs on one line of the text at a time (no claim or noun
//! spans a line break): [`normalize`] → [`scan`] → the grammar of [`parse_quantity()`] →
//! resolve (the intervals of the [contract](contract#qualifiers-and-intervals)) → the context
//! rules (what is not a count) and the counted noun → [`Claim`].
//!
//! Every word the crate understands is one row of a table in the source's `src/vocab/`
//! directory; adding a word is that row and a test row. Which table holds which kind of word
//! is the table in the module documentation of `src/vocab/mod.rs`.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(feature = "batch")]
pub mod batch;
mod claim;
#[doc = include_str!("contract.md")]
pub mod contract {}
mod dimension;
mod error;
pub mod normalize;
mod number;
mod options;
pub mod pairing;
mod parse;
mod parse_quantity;
mod quantity;
mod reader;
#[cfg(feature = "serde")]
mod record;
mod relation;
mod resolve;
mod rules;
pub mod scan;
mod span;
mod text;
mod vocab;
// Public for the linearity test only: not part of the API.
#[doc(hidden)]
pub mod work;

pub use claim::{Claim, Claims, claims, claims_with, extract, extract_with};
pub use dimension::Dimension;
pub use error::Error;
pub use number::{Number, NumberConversionError, ParseNumberError};
pub use options::Options;
pub use parse_quantity::{parse_quantity, parse_quantity_with};
pub use quantity::{
    Bound, Certainty, Change, Currency, Hedge, Interval, Kind, MeasureUnit, Per, Quantity, Unit,
};
#[cfg(feature = "serde")]
pub use record::{Record, RecordPer};
pub use relation::Relation;
pub use span::Span;

// README.md's examples run as doctests (with `serde`, which its `Record` example needs).
#[cfg(all(doctest, feature = "serde"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
