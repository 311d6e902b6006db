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
// Public for the linearity test only: not part of the API.
#[doc(hidden)]
pub mod work;

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
