//! The grammar's entry points, and the left context the reader hands it.
//!
//! The grammar reads forward from a candidate, but some phrasings mean one thing after a
//! change word or another claim and another elsewhere: "from 6.1% to 5.9%" is a range, but
//! after "fell" it is two levels; "1-2" is a range, but after "lost" a score. The reader
//! looks at the words before a candidate once ([`Left`]) and the grammar picks the reading
//! itself, in the same pass, so no stage parses a claim twice.

use super::phrase::Phrase;

/// What the words before a candidate say: the grammar's one input besides the text. The
/// reader fills it from the word right before the candidate and from the claim before it
/// on the same line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Left {
    /// The word right before is a change verb or "up"/"down" ("rose 4.5p to 142.9p"): a
    /// figure with its own unit before "to" is the change, and the figure after "to" the
    /// new level.
    pub change_word: bool,
    /// The word right before is "by" after a change verb ("rose by 200 to 1,200", "grew by
    /// a quarter to €71.8bn"): "by" names the change and "to" the level reached, so the
    /// figure before "to" is the change and the figure after it the new level, whether or
    /// not they have units of their own.
    pub change_by: bool,
    /// The claim right before, with only spaces between, states a change ("rose 370% from
    /// 2.4 trillion naira to 11.3 trillion naira"): with a change word, "from X to Y" after
    /// it is two levels.
    pub change_claim: bool,
    /// The word right before announces a score ("lost 1-2", "voted 48-52"): a rising pair
    /// is a tally, not a range.
    pub tally_word: bool,
    /// Another claim ends right before, with only spaces between: "over" before a duration
    /// ("£30bn over five years") and a comparative ("£1,000 higher than two years ago")
    /// qualify that claim, not the figure after them.
    pub after_claim: bool,
    /// Where "over" at the candidate stands, when it may state a span of time, not a bound,
    /// as it does right after a claim ("£30bn over five years").
    pub period_over: Option<PeriodOver>,
    /// The word right before opens a verb in its base form ("to", "will"): "plans to triple
    /// output" is a factor of 3, up.
    pub verb_opener: bool,
    /// The word right before makes a qualifier after it a verb's particle: "handed over 25
    /// of its tanks" is 25, "bounced back up to 2.3%" the level 2.3 %.
    pub particle_verb: bool,
}

/// Where an "over" before a duration stands when it may state the span, not a bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PeriodOver {
    /// At the start of a sentence: a span when a comma follows the duration ("Over five
    /// years, the plan ..."; but "Over two years ago" is a bound).
    SentenceStart,
    /// After a plural noun: "strikes over three weeks".
    AfterNoun,
}

impl Left {
    /// Whether a change word or a change claim stands right before.
    pub(crate) fn after_change(self) -> bool {
        self.change_word || self.change_claim
    }
}

/// Where the grammar is entered: the BNF's `claim-in-text` and `phrase`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Entry {
    /// A claim in running text, with what the words before it say.
    InText(Left),
    /// A whole phrase on its own ([`crate::parse_quantity`]): nothing stands before it.
    Phrase,
}

impl Entry {
    /// The left context: none for a phrase on its own.
    pub(crate) fn left(self) -> Left {
        match self {
            Entry::InText(left) => left,
            Entry::Phrase => Left::default(),
        }
    }
}

/// What the grammar read at a candidate: the phrase, and where the claim starts in the
/// input when words at its start belong to something else ("from" after a change word,
/// "over" after another claim). The claim ends where the input left over begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Parsed {
    /// Where the claim starts, in bytes from the start of the input.
    pub start: usize,
    /// What the claim states.
    pub phrase: Phrase,
}

impl Parsed {
    /// A phrase that starts where the input does.
    pub(crate) fn whole(phrase: Phrase) -> Parsed {
        Parsed { start: 0, phrase }
    }
}
