//! The words that state a figure as a change (the contract's section on changes,
//! `crate::contract`): "rose 4.5%", "down 8%", "a rise of 2%", "a 25 percent rise", "£1,000
//! higher". Adding a word is one row here and one row in `tests/extract.rs`.

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
    ("soared", Change::Up),
    ("soar", Change::Up),
    ("soars", Change::Up),
    ("soaring", Change::Up),
    ("rebounded", Change::Up),
    ("rebound", Change::Up),
    ("rebounds", Change::Up),
    ("rebounding", Change::Up),
    ("expanded", Change::Up),
    ("expand", Change::Up),
    ("expands", Change::Up),
    ("expanding", Change::Up),
    ("tumbled", Change::Down),
    ("tumble", Change::Down),
    ("tumbles", Change::Down),
    ("tumbling", Change::Down),
    ("slipped", Change::Down),
    ("slip", Change::Down),
    ("slips", Change::Down),
    ("slipping", Change::Down),
    ("dipped", Change::Down),
    ("dip", Change::Down),
    ("dips", Change::Down),
    ("dipping", Change::Down),
    ("slumped", Change::Down),
    ("slump", Change::Down),
    ("slumps", Change::Down),
    ("slumping", Change::Down),
    ("plummeted", Change::Down),
    ("plummet", Change::Down),
    ("plummets", Change::Down),
    ("plummeting", Change::Down),
    ("shrank", Change::Down),
    ("shrink", Change::Down),
    ("shrinks", Change::Down),
    ("shrinking", Change::Down),
    ("shrunk", Change::Down),
    ("contracted", Change::Down),
    // A rate or a forecast moved by someone: "lifted its main rate by a quarter point".
    ("lifted", Change::Up),
    ("lowered", Change::Down),
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

/// Words between a change noun and its figure: "a rise of 2%", "put the fall at 9 percent";
/// each with the word that must come before the noun, if any ("the fall at": "a drop at
/// three schools" is a place, not an amount).
pub(crate) const NOUN_TO_FIGURE: &[(&str, Option<&str>)] = &[("of", None), ("at", Some("the"))];

/// How many words before "by" a change verb may stand ("cut the family's bill by a third").
pub(crate) const BY_REACH: usize = 4;

/// Where a change word stands to the figure, by the table that holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// A row of [`CHANGE_VERBS`].
    Verb,
    /// A row of [`CHANGE_NOUNS`].
    Noun,
    /// A row of [`CHANGE_BEFORE`].
    Before,
    /// A row of [`CHANGE_AFTER`].
    After,
}

/// The four tables in one index: the words around every claim are looked up, so each word
/// costs one probe whatever the tables it is in ("rise" is a verb and a noun).
pub(crate) static CHANGE_WORDS: Lexicon<(Role, Change)> = Lexicon::new(|| {
    let rows = |table: &'static [(&'static str, Change)], role: Role| {
        table.iter().map(move |&(w, c)| (w, (role, c)))
    };
    rows(CHANGE_VERBS, Role::Verb)
        .chain(rows(CHANGE_NOUNS, Role::Noun))
        .chain(rows(CHANGE_BEFORE, Role::Before))
        .chain(rows(CHANGE_AFTER, Role::After))
        .collect()
});

/// What a word says of change in each role it has: the change of its row in each table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ChangeWord {
    /// As a row of [`CHANGE_VERBS`].
    pub verb: Option<Change>,
    /// As a row of [`CHANGE_NOUNS`].
    pub noun: Option<Change>,
    /// As a row of [`CHANGE_BEFORE`].
    pub before: Option<Change>,
    /// As a row of [`CHANGE_AFTER`].
    pub after: Option<Change>,
}

/// What `word` says of change, in any case; all `None` for a word of no table.
pub(crate) fn change_word(word: &str) -> ChangeWord {
    let mut found = ChangeWord::default();
    if word.is_empty() {
        return found;
    }
    let rows = CHANGE_WORDS.words().word(word);
    for &(_, (role, change)) in rows.filter(|(w, _)| w.eq_ignore_ascii_case(word)) {
        let slot = match role {
            Role::Verb => &mut found.verb,
            Role::Noun => &mut found.noun,
            Role::Before => &mut found.before,
            Role::After => &mut found.after,
        };
        slot.get_or_insert(change);
    }
    found
}
