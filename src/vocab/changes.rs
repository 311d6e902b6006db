//! The words that state a figure as a change (the contract's section on changes,
//! `crate::contract`): "rose 4.5%", "down 8%", "a rise of 2%", "a 25 percent rise", "£1,000
//! higher". Adding a word is one row here and one row in `tests/extract.rs`.

use crate::quantity::Change;
use crate::vocab::context::{CAPITAL_DESIGNATION_WORDS, DESIGNATION_WORDS};
use crate::vocab::factors::VERB_OPENERS;
use crate::vocab::hedges::PARTICLE_VERBS;
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
    // Market, economy and policy news: "the FTSE advanced 0.5%", "the euro eased 0.4%",
    // "raised fees by 15 per cent", "the deadline was extended by six months".
    ("advanced", Change::Up),
    ("advance", Change::Up),
    ("advances", Change::Up),
    ("advancing", Change::Up),
    ("rallied", Change::Up),
    ("rally", Change::Up),
    ("rallies", Change::Up),
    ("rallying", Change::Up),
    ("boosted", Change::Up),
    ("boost", Change::Up),
    ("boosts", Change::Up),
    ("boosting", Change::Up),
    ("hiked", Change::Up),
    ("firmed", Change::Up),
    ("eased", Change::Down),
    ("ease", Change::Down),
    ("eases", Change::Down),
    ("easing", Change::Down),
    ("retreated", Change::Down),
    ("retreat", Change::Down),
    ("retreats", Change::Down),
    ("retreating", Change::Down),
    ("reduced", Change::Down),
    ("reduce", Change::Down),
    ("reduces", Change::Down),
    ("reducing", Change::Down),
    ("sank", Change::Down),
    ("sink", Change::Down),
    ("sinks", Change::Down),
    ("sinking", Change::Down),
    ("slashed", Change::Down),
    ("slash", Change::Down),
    ("slashes", Change::Down),
    ("slashing", Change::Down),
    ("trimmed", Change::Down),
    ("trim", Change::Down),
    ("trims", Change::Down),
    ("trimming", Change::Down),
    ("leapt", Change::Up),
    ("leaped", Change::Up),
    ("leap", Change::Up),
    ("leaps", Change::Up),
    ("leaping", Change::Up),
    ("skidded", Change::Down),
    ("skid", Change::Down),
    ("skids", Change::Down),
    ("skidding", Change::Down),
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
    ("growth", Change::Up),
    ("climb", Change::Up),
    ("leap", Change::Up),
    // Plurals: "falls of more than 70 points".
    ("increases", Change::Up),
    ("rises", Change::Up),
    ("gains", Change::Up),
    ("falls", Change::Down),
    ("drops", Change::Down),
    ("declines", Change::Down),
    ("hike", Change::Up),
    ("boost", Change::Up),
    ("rebound", Change::Up),
    ("reduction", Change::Down),
    ("slump", Change::Down),
    ("contraction", Change::Down),
];

/// Nouns that state a change only after "the" and before "of": "the loss of 300 jobs" (but "a
/// pre-tax loss of £2m" is a level, the amount lost).
pub(crate) const CHANGE_NOUNS_AFTER_THE: &[(&str, Change)] = &[("loss", Change::Down)];

/// Words before a change noun that turn its direction: "negative growth of 3%" is down.
pub(crate) const NEGATING_BEFORE_NOUN: &[&str] = &["negative"];

/// Nouns that may stand between a figure and the change noun it names: "a 4% pay rise", "a
/// 0.25-point rate cut", "a 10% price increase".
pub(crate) const CHANGE_NOUN_MODIFIERS: &[&str] = &[
    "cost",
    "fare",
    "interest",
    "job",
    "output",
    "pay",
    "population",
    "price",
    "profit",
    "rate",
    "rent",
    "revenue",
    "salary",
    "sales",
    "spending",
    "tariff",
    "tax",
    "wage",
];

/// Verbs after which "up" and "down" state a change rather than a particle: "edged up
/// 0.2%", "ticked down to 4.1%", "the Dow closed up 150 points".
pub(crate) const PARTICLE_CHANGE_VERBS: &[&str] = &[
    "close", "closed", "closes", "closing", "edge", "edged", "edges", "edging", "end", "ended",
    "ends", "finish", "finished", "finishes", "inch", "inched", "inches", "inching", "move",
    "moved", "moves", "open", "opened", "opens", "settle", "settled", "settles", "settling",
    "tick", "ticked", "ticking", "ticks", "trade", "traded", "trades", "trading",
];

/// The words of an index's points, which may stand between a figure and its comparative: "the
/// FTSE closed 29.1 points lower".
pub(crate) const POINT_WORDS: &[&str] = &["point", "points"];

/// Words that may stand between a change verb and its figure: "have risen just 0.4%", "gold
/// gained ground 1.1%", "fell another 2%".
pub(crate) const CHANGE_FILLERS: &[&str] = &["another", "ground", "just", "only"];

/// Qualifier words that, right after a change verb, place the new level instead of sizing
/// the change: "expects inflation to fall below 3 per cent" is a level below 3 %, and so is
/// "rose up to 6m"; "rose over 5%" and "fell by more than 3%" stay changes.
pub(crate) const LEVEL_BOUND_WORDS: &[&str] = &["above", "below", "beneath", "under", "up"];

/// Adverbs right before the figure: "up 35%", "down 2 cents".
pub(crate) const CHANGE_BEFORE: &[(&str, Change)] = &[("up", Change::Up), ("down", Change::Down)];

/// Adverbs right before a price or a percentage, as market reports write them: "Sainsbury's
/// ahead 8.8p to 358p", "Evraz off 9.7p"; before a count they say nothing ("113 off 91
/// balls").
pub(crate) const CHANGE_BEFORE_PRICE: &[(&str, Change)] =
    &[("ahead", Change::Up), ("off", Change::Down)];

/// Comparatives right after the figure: "£1,000 higher", "40% lower".
pub(crate) const CHANGE_AFTER: &[(&str, Change)] = &[
    ("higher", Change::Up),
    ("lower", Change::Down),
    // Comparatives of size, price and length that state a difference: "40 percent
    // cheaper", "six years longer". Speed ("3x faster") compares two things, not a change.
    ("bigger", Change::Up),
    ("cheaper", Change::Down),
    ("costlier", Change::Up),
    ("dearer", Change::Up),
    ("larger", Change::Up),
    ("longer", Change::Up),
    ("shorter", Change::Down),
    ("smaller", Change::Down),
];

/// Comparatives right after the figure that state a difference only before "than": "40,000
/// more than last year" (but "sent 40,000 more troops" counts troops).
pub(crate) const CHANGE_BEFORE_THAN: &[(&str, Change)] = &[
    ("fewer", Change::Down),
    ("less", Change::Down),
    ("more", Change::Up),
];

/// Words between a change noun and its figure: "a rise of 2%", "put the fall at 9 percent";
/// each with the word that must come before the noun, if any ("the fall at": "a drop at
/// three schools" is a place, not an amount).
pub(crate) const NOUN_TO_FIGURE: &[(&str, Option<&str>)] = &[("of", None), ("at", Some("the"))];

/// Change verbs whose object, when it is a bare count, is a number of things and no change:
/// "the jets dropped five bombs" (but "sales dropped 5%" is down).
pub(crate) const COUNT_OBJECT_VERBS: &[&str] = &["drop", "dropped", "dropping", "drops"];

/// Verbs that state a change only through "by": "raised fees by 15 per cent", "the
/// deadline was extended by six months"; their object is an amount, not a change ("raised
/// HK$3bn from investors", "extended 5 km").
pub(crate) const CHANGE_VERBS_BY: &[(&str, Change)] = &[
    ("extend", Change::Up),
    ("extended", Change::Up),
    ("extending", Change::Up),
    ("extends", Change::Up),
    ("raise", Change::Up),
    ("raised", Change::Up),
    ("raises", Change::Up),
    ("raising", Change::Up),
];

/// How many words before "by" a change verb may stand ("cut the family's bill by a third").
pub(crate) const BY_REACH: usize = 4;

/// Where a change word stands to the figure, by the table that holds it, with its change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// A row of [`CHANGE_VERBS`].
    Verb(Change),
    /// A row of [`CHANGE_VERBS_BY`].
    VerbBy(Change),
    /// A row of [`CHANGE_NOUNS`].
    Noun(Change),
    /// A row of [`CHANGE_BEFORE`].
    Before(Change),
    /// A row of [`CHANGE_AFTER`].
    After(Change),
    /// A row of [`CHANGE_BEFORE_THAN`].
    BeforeThan(Change),
    /// A row of [`CHANGE_BEFORE_PRICE`].
    BeforePrice(Change),
    /// A row of [`CHANGE_FILLERS`].
    Filler,
    /// A row of [`CHANGE_NOUN_MODIFIERS`].
    NounModifier,
    /// A row of [`VERB_OPENERS`]: not a change word, but a word the reader asks about before
    /// every figure, so it shares the probe.
    VerbOpener,
    /// A row of [`PARTICLE_VERBS`], likewise.
    ParticleVerb,
    /// A row of [`POINT_WORDS`].
    IndexPoint,
    /// A row of [`COUNT_OBJECT_VERBS`].
    CountObject,
    /// A row of [`DESIGNATION_WORDS`]: not a change word, but a word the rules ask about
    /// before every figure, so it shares the probe.
    Designation,
    /// A row of [`CAPITAL_DESIGNATION_WORDS`], likewise.
    CapitalDesignation,
}

/// The tables in one index: the words around every claim are looked up, so each word costs
/// one probe whatever the tables it is in ("rise" is a verb and a noun).
pub(crate) static CHANGE_WORDS: Lexicon<Role> = Lexicon::new(|| {
    let rows = |table: &'static [(&'static str, Change)], role: fn(Change) -> Role| {
        table.iter().map(move |&(w, c)| (w, role(c)))
    };
    let words = |table: &'static [&'static str], role: Role| table.iter().map(move |&w| (w, role));
    rows(CHANGE_VERBS, Role::Verb)
        .chain(rows(CHANGE_VERBS_BY, Role::VerbBy))
        .chain(rows(CHANGE_NOUNS, Role::Noun))
        .chain(rows(CHANGE_BEFORE, Role::Before))
        .chain(rows(CHANGE_AFTER, Role::After))
        .chain(rows(CHANGE_BEFORE_THAN, Role::BeforeThan))
        .chain(rows(CHANGE_BEFORE_PRICE, Role::BeforePrice))
        .chain(words(CHANGE_FILLERS, Role::Filler))
        .chain(words(CHANGE_NOUN_MODIFIERS, Role::NounModifier))
        .chain(words(VERB_OPENERS, Role::VerbOpener))
        .chain(words(PARTICLE_VERBS, Role::ParticleVerb))
        .chain(words(POINT_WORDS, Role::IndexPoint))
        .chain(words(COUNT_OBJECT_VERBS, Role::CountObject))
        .chain(words(DESIGNATION_WORDS, Role::Designation))
        .chain(words(CAPITAL_DESIGNATION_WORDS, Role::CapitalDesignation))
        .collect()
});

/// What a word says of change in each role it has: the change of its row in each table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ChangeWord {
    /// As a row of [`CHANGE_VERBS`].
    pub verb: Option<Change>,
    /// As a row of [`CHANGE_VERBS_BY`].
    pub verb_by: Option<Change>,
    /// As a row of [`CHANGE_NOUNS`].
    pub noun: Option<Change>,
    /// As a row of [`CHANGE_BEFORE`].
    pub before: Option<Change>,
    /// As a row of [`CHANGE_AFTER`].
    pub after: Option<Change>,
    /// As a row of [`CHANGE_BEFORE_THAN`].
    pub before_than: Option<Change>,
    /// As a row of [`CHANGE_BEFORE_PRICE`].
    pub before_price: Option<Change>,
    /// Whether it is a row of [`CHANGE_FILLERS`].
    pub filler: bool,
    /// Whether it is a row of [`CHANGE_NOUN_MODIFIERS`].
    pub noun_modifier: bool,
    /// Whether it is a row of [`VERB_OPENERS`] ("to", "will").
    pub verb_opener: bool,
    /// Whether it is a row of [`PARTICLE_VERBS`] ("handed", "back").
    pub particle_verb: bool,
    /// Whether it is a row of [`POINT_WORDS`].
    pub index_point: bool,
    /// Whether it is a row of [`COUNT_OBJECT_VERBS`].
    pub count_object: bool,
    /// Whether it is a row of [`DESIGNATION_WORDS`] ("Flight", "stage").
    pub designation: bool,
    /// Whether it is a row of [`CAPITAL_DESIGNATION_WORDS`] ("Day").
    pub capital_designation: bool,
}

/// What `word` says of change, in any case; all `None` for a word of no table.
pub(crate) fn change_word(word: &str) -> ChangeWord {
    let mut found = ChangeWord::default();
    if word.is_empty() {
        return found;
    }
    let rows = CHANGE_WORDS.words().word(word);
    for &(_, role) in rows.filter(|(w, _)| w.eq_ignore_ascii_case(word)) {
        let set = |slot: &mut Option<Change>, c| {
            slot.get_or_insert(c);
        };
        match role {
            Role::Verb(c) => set(&mut found.verb, c),
            Role::VerbBy(c) => set(&mut found.verb_by, c),
            Role::Noun(c) => set(&mut found.noun, c),
            Role::Before(c) => set(&mut found.before, c),
            Role::After(c) => set(&mut found.after, c),
            Role::BeforeThan(c) => set(&mut found.before_than, c),
            Role::BeforePrice(c) => set(&mut found.before_price, c),
            Role::Filler => found.filler = true,
            Role::NounModifier => found.noun_modifier = true,
            Role::VerbOpener => found.verb_opener = true,
            Role::ParticleVerb => found.particle_verb = true,
            Role::IndexPoint => found.index_point = true,
            Role::CountObject => found.count_object = true,
            Role::Designation => found.designation = true,
            Role::CapitalDesignation => found.capital_designation = true,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_read_by_binary_search_are_sorted_and_lowercase() {
        crate::vocab::assert_sorted_lowercase(&[
            PARTICLE_CHANGE_VERBS,
            LEVEL_BOUND_WORDS,
            NEGATING_BEFORE_NOUN,
            crate::vocab::hedges::PERIOD_BOUND_VERBS,
        ]);
    }
}
