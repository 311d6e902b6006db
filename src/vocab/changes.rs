//! The words that state a figure as a change (SPEC.md section 2b): "rose 4.5%", "down 8%",
//! "a rise of 2%", "a 25 percent rise", "£1,000 higher". Adding a word is one row here and
//! one row in `tests/extract.rs`.

use crate::quantity::Change;
use crate::vocab::index::Lexicon;

/// Verbs whose object or "by" phrase is a change: every written form is a row.
pub(crate) const CHANGE_VERBS: &[(&str, Change)] = &[
    ("rose", Change::Up),
    ("rise", Change::Up),
    ("rises", Change::Up),
    ("risen", Change::Up),
    ("rising", Change::Up),
    ("increased", Change::Up),
    ("increase", Change::Up),
    ("increases", Change::Up),
    ("increasing", Change::Up),
    ("grew", Change::Up),
    ("grow", Change::Up),
    ("grows", Change::Up),
    ("grown", Change::Up),
    ("growing", Change::Up),
    ("gained", Change::Up),
    ("gain", Change::Up),
    ("gains", Change::Up),
    ("gaining", Change::Up),
    ("climbed", Change::Up),
    ("climb", Change::Up),
    ("climbs", Change::Up),
    ("climbing", Change::Up),
    ("jumped", Change::Up),
    ("jump", Change::Up),
    ("jumps", Change::Up),
    ("jumping", Change::Up),
    ("surged", Change::Up),
    ("surge", Change::Up),
    ("surges", Change::Up),
    ("surging", Change::Up),
    ("added", Change::Up),
    ("add", Change::Up),
    ("adds", Change::Up),
    ("adding", Change::Up),
    ("fell", Change::Down),
    ("fall", Change::Down),
    ("falls", Change::Down),
    ("fallen", Change::Down),
    ("falling", Change::Down),
    ("dropped", Change::Down),
    ("drop", Change::Down),
    ("drops", Change::Down),
    ("dropping", Change::Down),
    ("declined", Change::Down),
    ("decline", Change::Down),
    ("declines", Change::Down),
    ("declining", Change::Down),
    ("decreased", Change::Down),
    ("decrease", Change::Down),
    ("decreases", Change::Down),
    ("decreasing", Change::Down),
    ("lost", Change::Down),
    ("lose", Change::Down),
    ("loses", Change::Down),
    ("losing", Change::Down),
    ("slid", Change::Down),
    ("slide", Change::Down),
    ("slides", Change::Down),
    ("sliding", Change::Down),
    ("plunged", Change::Down),
    ("plunge", Change::Down),
    ("plunges", Change::Down),
    ("plunging", Change::Down),
    ("shed", Change::Down),
    ("sheds", Change::Down),
    ("shedding", Change::Down),
    ("cut", Change::Down),
    ("cuts", Change::Down),
    ("cutting", Change::Down),
];

/// Nouns that make the figure before them ("a 25 percent rise") or after "of" ("a rise of
/// 2%") a change.
pub(crate) const CHANGE_NOUNS: &[(&str, Change)] = &[
    ("increase", Change::Up),
    ("rise", Change::Up),
    ("gain", Change::Up),
    ("jump", Change::Up),
    ("surge", Change::Up),
    ("fall", Change::Down),
    ("drop", Change::Down),
    ("decline", Change::Down),
    ("decrease", Change::Down),
    ("cut", Change::Down),
    ("slide", Change::Down),
    ("plunge", Change::Down),
];

/// Adverbs right before the figure: "up 35%", "down 2 cents".
pub(crate) const CHANGE_BEFORE: &[(&str, Change)] = &[("up", Change::Up), ("down", Change::Down)];

/// Comparatives right after the figure: "£1,000 higher", "40% lower".
pub(crate) const CHANGE_AFTER: &[(&str, Change)] =
    &[("higher", Change::Up), ("lower", Change::Down)];

/// How many words before "by" a change verb may stand ("cut the family's bill by a third").
pub(crate) const BY_REACH: usize = 4;

/// [`CHANGE_VERBS`], indexed.
pub(crate) static CHANGE_VERBS_INDEX: Lexicon<Change> = Lexicon::new(|| CHANGE_VERBS.to_vec());

/// [`CHANGE_NOUNS`], indexed.
pub(crate) static CHANGE_NOUNS_INDEX: Lexicon<Change> = Lexicon::new(|| CHANGE_NOUNS.to_vec());

/// [`CHANGE_BEFORE`], indexed.
pub(crate) static CHANGE_BEFORE_INDEX: Lexicon<Change> = Lexicon::new(|| CHANGE_BEFORE.to_vec());

/// [`CHANGE_AFTER`], indexed.
pub(crate) static CHANGE_AFTER_INDEX: Lexicon<Change> = Lexicon::new(|| CHANGE_AFTER.to_vec());

/// The change a word of `table` states, in any case: one probe of the index, since the
/// words around every claim are looked up.
pub(crate) fn lookup(table: &Lexicon<Change>, word: &str) -> Option<Change> {
    if word.is_empty() {
        return None;
    }
    table
        .words()
        .word(word.as_bytes())
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, c)| c)
}
