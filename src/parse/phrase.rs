//! What the grammar hands to resolution: a figure as written, and a phrase's parts before
//! they become a [`Quantity`](crate::Quantity).

use crate::number::Number;
use crate::quantity::{Change, Hedge, Interval, Kind, Unit};

/// A figure as written: its exact value and its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Figure {
    /// The exact value, after scale words ("1.5 million" is 1500000).
    pub value: Number,
    /// Whether the figure is a fraction ("half", "two-thirds", "1/3", "one in five").
    pub fraction: bool,
    /// The power of ten a scale word or abbreviation multiplied the figure by ("30 million":
    /// 6), or 0 when none did; for "two million three hundred thousand", the last one (3).
    pub scale_power: i32,
    /// Whether the figure was written in digits ("337"), not in words ("seven").
    pub in_digits: bool,
}

impl Figure {
    /// A figure that is no fraction and has no scale.
    pub(crate) fn plain(value: Number, in_digits: bool) -> Figure {
        Figure {
            value,
            fraction: false,
            scale_power: 0,
            in_digits,
        }
    }

    /// A fraction.
    pub(crate) fn fraction(value: Number, in_digits: bool) -> Figure {
        Figure {
            fraction: true,
            ..Figure::plain(value, in_digits)
        }
    }

    /// The figure's rounding unit u (the contract's qualifier table): the place value of its
    /// last non-zero digit; for a fraction a/b, 1/(2b).
    pub(crate) fn rounding_unit(&self) -> Number {
        if self.fraction {
            let den = self.value.denominator();
            if let Some(u) = Number::ratio(1, den.saturating_mul(2)) {
                return u;
            }
        }
        self.value.decimal_unit().unwrap_or(Number::ONE)
    }

    /// The same figure multiplied by ten to the power `exp`.
    pub(crate) fn scale_by(self, exp: i32) -> Option<Figure> {
        Some(Figure {
            value: self.value.checked_mul(Number::pow10(exp)?)?,
            scale_power: exp,
            fraction: false,
            ..self
        })
    }

    /// Whether the figure is a bare count written in words as "one" (not "1", not a fraction).
    pub(crate) fn is_word_one(&self) -> bool {
        !self.in_digits && !self.fraction && self.value == Number::ONE
    }
}

/// What a phrase states, before it is resolved to a [`Quantity`](crate::Quantity).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Core {
    /// One figure.
    Single(Figure),
    /// Two figures bounding a range.
    Range(Figure, Figure),
    /// A vague amount with its table interval.
    Vague(Interval),
    /// A position in a sequence.
    Ordinal(Number),
    /// A multiplier ("sixfold", "3x", "twice as many", "doubled").
    Factor(Figure),
    /// A score or a vote ("2-1", "52-48"): two counts, each with where it ends and starts
    /// relative to the phrase's start.
    Tally(Figure, Figure, Tallied),
    /// Two one-sided bounds of one claim ("more than 150 but fewer than 250"): each figure
    /// with whether it is included.
    Bounds((Figure, bool), (Figure, bool)),
    /// A figure and its margin ("45% ± 3"), or a margin around zero ("± 2.5 points").
    Margin(Option<Figure>, Figure),
}

/// Where the two figures of a tally stand, in bytes from the phrase's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tallied {
    /// Where the first figure ends.
    pub first_end: usize,
    /// Where the second figure starts.
    pub second_start: usize,
}

/// A parsed phrase: its qualifier, what it states and its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Phrase {
    /// The qualifier's class, from a word before or after the figure.
    pub hedge: Option<Hedge>,
    /// The figure, range, vague amount or ordinal.
    pub core: Core,
    /// The unit, if one was written.
    pub unit: Option<Unit>,
    /// The kind a unit word of no one unit says the phrase is: money for a currency word
    /// without a country ("francs"), a measure for "degrees" of no scale; `unit` is then
    /// `None`.
    pub unnamed: Option<Kind>,
    /// The change a word of the phrase itself states ("doubled" is up, "halved" down).
    pub change: Option<Change>,
    /// Whether a minor unit of `unit` was written ("40 kopecks", "92p"), not the currency
    /// itself: the rules settle whose kopecks they are from the line around the claim.
    pub minor: bool,
}

impl Phrase {
    /// A phrase with its qualifier, what it states and what that measures.
    pub(crate) fn new(hedge: Option<Hedge>, core: Core, measure: Measure) -> Phrase {
        Phrase {
            hedge,
            core,
            unit: measure.unit,
            unnamed: measure.unnamed,
            change: None,
            minor: false,
        }
    }

    /// The phrase with the change a word of its own states.
    pub(crate) fn with_change(self, change: Option<Change>) -> Phrase {
        Phrase { change, ..self }
    }

    /// The phrase with whether a minor unit was written.
    pub(crate) fn with_minor(self, minor: bool) -> Phrase {
        Phrase { minor, ..self }
    }

    /// A single figure written in digits with no qualifier and no unit ("2022", "737"): the
    /// shape of years, days, model numbers and versions.
    pub(crate) fn is_bare_digits(&self) -> bool {
        self.hedge.is_none()
            && self.unit.is_none()
            && self.unnamed.is_none()
            && matches!(self.core, Core::Single(f) if f.in_digits)
    }
}

/// What the words around a figure say it measures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Measure {
    /// The canonical unit, if one was written.
    pub unit: Option<Unit>,
    /// The kind of a unit word that names no one unit ("francs": money, "degrees": a
    /// measure); `unit` is then `None`.
    pub unnamed: Option<Kind>,
}

impl From<Option<Unit>> for Measure {
    fn from(unit: Option<Unit>) -> Measure {
        Measure {
            unit,
            unnamed: None,
        }
    }
}

/// An amount: a figure with its currency or unit.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Amount {
    /// The figure, in the major unit ("92p" is 0.92).
    pub figure: Figure,
    /// Its currency or unit.
    pub measure: Measure,
    /// Whether the unit was a minor unit ("30p"), which the figure was divided for.
    pub minor: bool,
    /// Whether the unit was written after the figure ("20%"), not before it ("$20").
    pub unit_after: bool,
}
