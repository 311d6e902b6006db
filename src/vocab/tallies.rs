//! Scores and votes (the contract's "What is not a count", `crate::contract`): "won 2-1",
//! "passed 52-48", "a 1-3 defeat". A tally is two counts, never a range and never one half.

/// The most digits a figure of a tally has: "215-207" is a vote, "2014-2022" years.
pub(crate) const TALLY_DIGITS: usize = 3;

/// Nouns after a rising pair that make it a tally, not a range: "a 1-3 defeat".
pub(crate) const TALLY_NOUNS: &[&str] = &[
    "defeat",
    "loss",
    "win",
    "victory",
    "draw",
    "lead",
    "vote",
    "score",
    "scoreline",
    "deficit",
];

/// Words right before a pair that make it a tally even when it rises: "lost 1-2", "voted
/// 48-52".
pub(crate) const TALLY_VERBS: &[&str] = &[
    "won", "beat", "lost", "drew", "led", "trailed", "voted", "passed", "defeated", "edged",
];

/// Whether `word` is a row of [`TALLY_VERBS`], in any case.
pub(crate) fn is_tally_verb(word: &str) -> bool {
    TALLY_VERBS.iter().any(|v| v.eq_ignore_ascii_case(word))
}
