//! The words that make two figures a range: "between 20 and 30", "from 20 to 30", "20 to 30",
//! "20 through 30", "$450 through $1,600", "8~10", "two or three".

/// Words that open a range, each with the word that joins its two ends (for "from", also any
/// of [`RANGE_JOINERS`] or a dash).
pub(crate) const RANGE_OPENERS: &[(&str, &str)] = &[("between", "and"), (RANGE_FROM, RANGE_TO)];

/// The opener of "from X to Y", which after a change word opens two levels instead.
pub(crate) const RANGE_FROM: &str = "from";

/// The word before the second end of "X to Y" and "from X to Y"; after a change word it is
/// the word before the new level instead ("rose 4.5p to 142.9p").
pub(crate) const RANGE_TO: &str = "to";

/// Words that join the two ends of a range with no opener ("20 to 30", "two or three",
/// "$450 through $1,600").
pub(crate) const RANGE_JOINERS: &[&str] = &[RANGE_TO, "or", "through"];

/// Words that may stand before an end of an explicit range without qualifying it: "between
/// just 0.3 and 0.5 per cent".
pub(crate) const RANGE_END_WORDS: &[&str] = &["just", "only"];

/// Signs that join the two ends of a range, with or without spaces ("20-30", "8~10").
pub(crate) const RANGE_SIGNS: &[&str] = &["-", "~"];
