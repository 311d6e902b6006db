//! Resolution: from a parsed phrase to the interval it asserts.
//!
//! This is where the contract's qualifier → interval table (`crate::contract`) is carried
//! out. For a single figure N with rounding unit u (the place value of its last non-zero
//! digit; for a fraction a/b, 1/(2b)):
//!
//! | hedge | interval | certainty |
//! |---|---|---|
//! | none | [N, N] | exact |
//! | at_least, as_few_as | [N, ∞) | exact |
//! | more_than | (N, ∞) | exact |
//! | at_most, as_many_as | (-∞, N] | exact |
//! | less_than | (-∞, N) | exact |
//! | about | [N − u/2, N + u/2] | approximate |
//! | nearly | [N − u/2, N) | approximate |
//! | just_over | (N, N + u/2] | approximate |
//!
//! The implied interval of an approximate figure is thus as wide as the figure's precision:
//! "some 50,000" is [45000, 55000], "around 11,000" is [10500, 11500], "roughly 126" is
//! [125.5, 126.5]. It always contains N and widens as u grows.
//!
//! A compound of a lower and an upper bound ("more than 150 but fewer than 250", "at least 5
//! and at most 9") takes its low end from the first and its high end from the second: (150,
//! 250), [5, 9], exact, hedge `between`. A factor ("sixfold", "roughly twice") resolves like a
//! single figure, its value the multiplier.
//!
//! A range [X, Y] (or a vague amount's table interval) under a qualifier keeps the side the
//! qualifier speaks of: "at least 20-30" is [20, ∞), "up to 20-30" is (-∞, 30], "about 20-30"
//! is [20, 30] and approximate.

use crate::number::Number;
use crate::parse::phrase::{Core, Figure, Phrase};
use crate::quantity::{Bound, Certainty, Hedge, Interval, Kind, Quantity};

/// The interval a hedge asserts around a single figure, and its certainty.
fn hedge_figure(hedge: Option<Hedge>, figure: &Figure) -> Option<(Interval, Certainty)> {
    let n = figure.value;
    // Only the approximate qualifiers need half the rounding unit: exact claims, most of
    // them, skip the arithmetic.
    let half_u = || figure.rounding_unit().checked_div(Number::from(2));
    let incl = |v| Some(Bound::inclusive(v));
    let excl = |v| Some(Bound::exclusive(v));
    let (low, high, certainty) = match hedge {
        None | Some(Hedge::Between | Hedge::PlusMinus) => (incl(n), incl(n), Certainty::Exact),
        Some(Hedge::AtLeast | Hedge::AsFewAs) => (incl(n), None, Certainty::Exact),
        Some(Hedge::MoreThan) => (excl(n), None, Certainty::Exact),
        Some(Hedge::AtMost | Hedge::AsManyAs) => (None, incl(n), Certainty::Exact),
        Some(Hedge::LessThan) => (None, excl(n), Certainty::Exact),
        Some(Hedge::About) => (
            incl(n.checked_sub(half_u()?)?),
            incl(n.checked_add(half_u()?)?),
            Certainty::Approximate,
        ),
        Some(Hedge::Nearly) => (
            incl(n.checked_sub(half_u()?)?),
            excl(n),
            Certainty::Approximate,
        ),
        Some(Hedge::JustOver) => (
            excl(n),
            incl(n.checked_add(half_u()?)?),
            Certainty::Approximate,
        ),
    };
    Some((Interval { low, high }, certainty))
}

/// The interval a hedge asserts about a range or vague amount.
fn hedge_interval(
    hedge: Option<Hedge>,
    interval: Interval,
    certainty: Certainty,
) -> (Interval, Certainty) {
    let approximate = if certainty == Certainty::Exact {
        Certainty::Approximate
    } else {
        certainty
    };
    let low_excl = interval.low.map(|b| Bound::exclusive(b.value));
    let high_excl = interval.high.map(|b| Bound::exclusive(b.value));
    match hedge {
        None | Some(Hedge::Between | Hedge::PlusMinus) => (interval, certainty),
        Some(Hedge::AtLeast | Hedge::AsFewAs) => (
            Interval {
                high: None,
                ..interval
            },
            certainty,
        ),
        Some(Hedge::MoreThan) => (
            Interval {
                low: low_excl,
                high: None,
            },
            certainty,
        ),
        Some(Hedge::JustOver) => (
            Interval {
                low: low_excl,
                high: None,
            },
            approximate,
        ),
        Some(Hedge::AtMost | Hedge::AsManyAs) => (
            Interval {
                low: None,
                ..interval
            },
            certainty,
        ),
        Some(Hedge::LessThan) => (
            Interval {
                low: None,
                high: high_excl,
            },
            certainty,
        ),
        Some(Hedge::Nearly) => (
            Interval {
                low: None,
                high: high_excl,
            },
            approximate,
        ),
        Some(Hedge::About) => (interval, approximate),
    }
}

/// Resolves a parsed phrase; `None` when a bound does not fit.
pub(crate) fn resolve(phrase: &Phrase) -> Option<Quantity> {
    let unit_kind = phrase.unit.map(|u| u.kind()).or(phrase.unnamed);
    let (value, interval, certainty, kind) = resolve_core(phrase, unit_kind)?;
    Some(Quantity {
        value,
        interval,
        certainty,
        hedge: phrase.hedge,
        change: phrase.change,
        kind,
        unit: phrase.unit,
        per: None,
    })
}

/// The interval of two one-sided bounds, each a figure with whether it is included.
fn bounds_interval((low, low_incl): (Figure, bool), (high, high_incl): (Figure, bool)) -> Interval {
    let bound = |f: Figure, inclusive| {
        Some(Bound {
            value: f.value,
            inclusive,
        })
    };
    Interval {
        low: bound(low, low_incl),
        high: bound(high, high_incl),
    }
}

/// The interval of a margin around `center` (zero when none is written): both ends included.
fn margin_interval(center: Option<Figure>, margin: Figure) -> Option<Interval> {
    let c = center.map_or(Number::ZERO, |f| f.value);
    Some(Interval {
        low: Some(Bound::inclusive(c.checked_sub(margin.value)?)),
        high: Some(Bound::inclusive(c.checked_add(margin.value)?)),
    })
}

/// What a phrase's core states: its value, interval, certainty and kind (`unit_kind` when the
/// unit implies one).
fn resolve_core(
    phrase: &Phrase,
    unit_kind: Option<Kind>,
) -> Option<(Option<Number>, Interval, Certainty, Kind)> {
    Some(match phrase.core {
        // A tally's figures are two claims; each is resolved as a single figure.
        Core::Single(figure) | Core::Tally(figure, _, _) => {
            let (interval, certainty) = hedge_figure(phrase.hedge, &figure)?;
            let kind = unit_kind.unwrap_or(if figure.fraction {
                Kind::Fraction
            } else {
                Kind::Count
            });
            (Some(figure.value), interval, certainty, kind)
        }
        Core::Range(low, high) => {
            let interval = Interval {
                low: Some(Bound::inclusive(low.value)),
                high: Some(Bound::inclusive(high.value)),
            };
            let (interval, certainty) = hedge_interval(phrase.hedge, interval, Certainty::Exact);
            let kind = unit_kind.unwrap_or(if low.fraction && high.fraction {
                Kind::Fraction
            } else {
                Kind::Count
            });
            (None, interval, certainty, kind)
        }
        Core::Vague(interval) => {
            let (interval, certainty) = hedge_interval(phrase.hedge, interval, Certainty::Vague);
            (None, interval, certainty, unit_kind.unwrap_or(Kind::Count))
        }
        Core::Ordinal(n) => (Some(n), Interval::point(n), Certainty::Exact, Kind::Ordinal),
        Core::Factor(figure) => {
            let (interval, certainty) = hedge_figure(phrase.hedge, &figure)?;
            (Some(figure.value), interval, certainty, Kind::Factor)
        }
        Core::Margin(center, margin) => {
            let kind = unit_kind.unwrap_or(Kind::Count);
            let interval = margin_interval(center, margin)?;
            (
                center.map(|f| f.value),
                interval,
                Certainty::Approximate,
                kind,
            )
        }
        Core::Bounds(low, high) => {
            let kind = unit_kind.unwrap_or(Kind::Count);
            (None, bounds_interval(low, high), Certainty::Exact, kind)
        }
    })
}
