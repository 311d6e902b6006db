//! The words that make two figures a range: "between 20 and 30", "from 20 to 30", "20 to 30",
//! "$450 through $1,600", "two or three", "20-30", "8~10".

/// Words that open a range, each with the word that joins its two ends (for "from", also any
/// of [`RANGE_JOINERS`] or a dash).
pub(crate) const RANGE_OPENERS: &[(&str, &str)] = &[("between", "and"), ("from", "to")];

/// Words that join the two ends of a range with no opener ("20 to 30", "two or three").
pub(crate) const RANGE_JOINERS: &[&str] = &["to", "or", "through"];

/// Marks that join the two ends of a range, with or without spaces ("20-30", "8~10").
pub(crate) const RANGE_DASHES: &[&str] = &["-", "~"];
