//! Turn every numeric claim in news text into a typed, bounded, exact quantity.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod normalize;
mod span;

pub use span::Span;
