//! The canonical form of a [`Quantity`]: its `Display` and the `FromStr` that reads it back,
//! side by side, so that the writer and the reader change together (see [`Quantity`]'s
//! documentation for the form).

use core::fmt;
use core::str::FromStr;

use super::{Bound, Certainty, Change, Hedge, Interval, Kind, Per, Quantity, Unit};
use crate::error::Error;
use crate::number::Number;

impl fmt::Display for Interval {
    /// `[45000, 55000]`, `(1550, ∞)`, `(-∞, 10000]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.low {
            Some(b) => write!(f, "{}{}", if b.inclusive { '[' } else { '(' }, b.value)?,
            None => f.write_str("(-∞")?,
        }
        match self.high {
            Some(b) => write!(f, ", {}{}", b.value, if b.inclusive { ']' } else { ')' }),
            None => f.write_str(", ∞)"),
        }
    }
}

impl Quantity {
    fn symbol(&self) -> &'static str {
        match self.hedge {
            Some(Hedge::AtLeast) => "≥",
            Some(Hedge::MoreThan) => ">",
            Some(Hedge::AtMost) => "≤",
            Some(Hedge::LessThan) => "<",
            _ if self.certainty == Certainty::Approximate => "≈",
            _ => "",
        }
    }
}

/// What a display symbol implies about hedge, certainty and (given a value) interval.
fn implied_by_symbol(
    symbol: &str,
    value: Option<Number>,
) -> (Option<Hedge>, Certainty, Option<Interval>) {
    let one_sided = |low: bool, inclusive: bool| {
        value.map(|v| {
            let b = Bound {
                value: v,
                inclusive,
            };
            if low {
                Interval {
                    low: Some(b),
                    high: None,
                }
            } else {
                Interval {
                    low: None,
                    high: Some(b),
                }
            }
        })
    };
    match symbol {
        "≥" => (
            Some(Hedge::AtLeast),
            Certainty::Exact,
            one_sided(true, true),
        ),
        ">" => (
            Some(Hedge::MoreThan),
            Certainty::Exact,
            one_sided(true, false),
        ),
        "≤" => (
            Some(Hedge::AtMost),
            Certainty::Exact,
            one_sided(false, true),
        ),
        "<" => (
            Some(Hedge::LessThan),
            Certainty::Exact,
            one_sided(false, false),
        ),
        "≈" => (Some(Hedge::About), Certainty::Approximate, None),
        _ => (None, Certainty::Exact, value.map(Interval::point)),
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let symbol = self.symbol();
        let (hedge, certainty, interval) = implied_by_symbol(symbol, self.value);
        f.write_str(symbol)?;
        if let Some(v) = self.value {
            write!(f, "{v}")?;
        }
        if interval != Some(self.interval) {
            if self.value.is_some() {
                f.write_str(" ")?;
            }
            write!(f, "{}", self.interval)?;
        }
        let implied_kind = self.unit.map_or(Kind::Count, Unit::kind);
        if let Some(unit) = self.unit {
            write!(f, " {unit}")?;
        }
        if self.kind != implied_kind {
            write!(f, " {}", self.kind)?;
        }
        if self.certainty != certainty {
            write!(f, " {}", self.certainty)?;
        }
        if self.hedge != hedge {
            match self.hedge {
                Some(h) => write!(f, " {h}")?,
                None => f.write_str(" unhedged")?,
            }
        }
        if let Some(change) = self.change {
            write!(f, " {change}")?;
        }
        if let Some(per) = self.per {
            write!(f, " per {per}")?;
        }
        Ok(())
    }
}

impl FromStr for Quantity {
    type Err = Error;

    /// Reads the form that `Display` writes (see [`Quantity`]).
    ///
    /// # Errors
    ///
    /// Any other string, and a form whose interval is empty (`"[5, 4]"`, `"(5, 5)"`): no
    /// claim asserts an empty interval, so no quantity holds one.
    ///
    /// ```
    /// use numeric_claims::Quantity;
    ///
    /// assert!("[4, 5)".parse::<Quantity>().is_ok());
    /// assert!("[5, 4]".parse::<Quantity>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, Error> {
        quantity(s)
    }
}

const SYMBOLS: &[&str] = &["≥", ">", "≤", "<", "≈"];

/// `[45000, 55000]`, `(1550, ∞)`, `(-∞, 5]`: an interval and the input after it.
fn interval(s: &str, at: usize) -> Result<(Interval, &str), Error> {
    let bad = |what, offset| Error::invalid_form(what, offset);
    let low_inclusive = match s.as_bytes().first() {
        Some(b'[') => true,
        Some(b'(') => false,
        _ => return Err(bad("'[' or '('", at)),
    };
    let close = s
        .find([']', ')'])
        .ok_or_else(|| bad("']' or ')' closing the interval", at + s.len()))?;
    let high_inclusive = s.as_bytes()[close] == b']';
    let inner = &s[1..close];
    let (low_text, high_text) = inner
        .split_once(", ")
        .ok_or_else(|| bad("', ' between the bounds", at + 1))?;
    let high_at = at + 1 + low_text.len() + 2;
    let low = match low_text {
        "-∞" if !low_inclusive => None,
        _ => Some(Bound {
            value: number(low_text, at + 1)?,
            inclusive: low_inclusive,
        }),
    };
    let high = match high_text {
        "∞" if !high_inclusive => None,
        _ => Some(Bound {
            value: number(high_text, high_at)?,
            inclusive: high_inclusive,
        }),
    };
    let interval = Interval { low, high };
    // No claim asserts an empty interval (the contract): "[5, 4]" and "(5, 5)" are no form
    // of one.
    if interval.is_empty() {
        return Err(bad(
            "an interval that holds a value, its low end below its high end",
            at,
        ));
    }
    Ok((interval, &s[close + 1..]))
}

fn number(s: &str, at: usize) -> Result<Number, Error> {
    s.parse::<Number>().map_err(|e| {
        if e.is_too_large() {
            Error::too_large(at)
        } else {
            Error::invalid_form("a number", at + e.offset())
        }
    })
}

/// The words after the interval, in their order: unit, kind, certainty, hedge, change.
#[derive(Default)]
struct Words {
    unit: Option<Unit>,
    kind: Option<Kind>,
    certainty: Option<Certainty>,
    /// `Some(None)` for "unhedged".
    hedge: Option<Option<Hedge>>,
    change: Option<Change>,
    /// The base after "per", which ends the form.
    per: Option<Per>,
    /// The place of the next word allowed: each word comes once, in order.
    next: u8,
}

impl Words {
    /// Reads one word `w` at byte `at`.
    fn read(&mut self, w: &str, at: usize) -> Result<(), Error> {
        let place = if let Ok(u) = w.parse::<Unit>() {
            self.unit = Some(u);
            0
        } else if let Ok(k) = w.parse::<Kind>() {
            self.kind = Some(k);
            1
        } else if let Ok(c) = w.parse::<Certainty>() {
            self.certainty = Some(c);
            2
        } else if w == "unhedged" || w.parse::<Hedge>().is_ok() {
            self.hedge = Some(w.parse::<Hedge>().ok());
            3
        } else if let Ok(c) = w.parse::<Change>() {
            self.change = Some(c);
            4
        } else {
            return Err(Error::invalid_form(
                "a unit, kind, certainty, hedge or change",
                at,
            ));
        };
        if place < self.next {
            return Err(Error::invalid_form(
                "each of unit, kind, certainty, hedge and change once",
                at,
            ));
        }
        self.next = place + 1;
        Ok(())
    }
}

/// The head of the form: its symbol and its value, if any, and the input after them.
fn head(s: &str) -> Result<(&'static str, Option<Number>, &str), Error> {
    let symbol = SYMBOLS
        .iter()
        .copied()
        .find(|sym| s.starts_with(sym))
        .unwrap_or("");
    let rest = &s[symbol.len()..];
    if !rest.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '.') {
        return Ok((symbol, None, rest));
    }
    let end = rest.find(' ').unwrap_or(rest.len());
    let value = number(&rest[..end], s.len() - rest.len())?;
    Ok((symbol, Some(value), &rest[end..]))
}

/// Reads `head [interval] words*` (see [`Quantity`]'s documentation).
fn quantity(s: &str) -> Result<Quantity, Error> {
    let offset = |rest: &str| s.len() - rest.len();
    let (symbol, value, mut rest) = head(s)?;
    let (hedge, certainty, implied_interval) = implied_by_symbol(symbol, value);
    let mut parsed_interval = None;
    let after_space = if value.is_some() {
        rest.strip_prefix(' ')
    } else {
        Some(rest)
    };
    if let Some(r) = after_space
        && r.starts_with(['[', '('])
    {
        let (iv, r) = interval(r, offset(r))?;
        parsed_interval = Some(iv);
        rest = r;
    }
    let interval = parsed_interval
        .or(implied_interval)
        .ok_or_else(|| Error::invalid_form("a value or an interval", offset(rest)))?;
    let mut words = Words::default();
    while !rest.is_empty() {
        let Some(r) = rest.strip_prefix(' ') else {
            return Err(Error::invalid_form(
                "a space before the next word",
                offset(rest),
            ));
        };
        let end = r.find(' ').unwrap_or(r.len());
        if &r[..end] == "per" {
            let (p, r) = per(&r[end..], offset(&r[end..]))?;
            words.per = Some(p);
            rest = r;
            break;
        }
        words.read(&r[..end], offset(r))?;
        rest = &r[end..];
    }
    if !rest.is_empty() {
        return Err(Error::invalid_form(
            "the end after the rate's base",
            offset(rest),
        ));
    }
    let unit = words.unit;
    Ok(Quantity {
        value,
        interval,
        certainty: words.certainty.unwrap_or(certainty),
        hedge: words.hedge.unwrap_or(hedge),
        change: words.change,
        kind: words
            .kind
            .unwrap_or_else(|| unit.map_or(Kind::Count, Unit::kind)),
        unit,
        per: words.per,
    })
}

/// ` 1 day`, ` 100000`: the base of a rate after "per", and the input after it.
fn per(s: &str, at: usize) -> Result<(Per, &str), Error> {
    let r = s
        .strip_prefix(' ')
        .ok_or_else(|| Error::invalid_form("a space and the rate's base", at))?;
    let end = r.find(' ').unwrap_or(r.len());
    let value = number(&r[..end], at + 1)?;
    let r = &r[end..];
    match r.strip_prefix(' ') {
        Some(u) => {
            let unit = u.parse::<Unit>().map_err(|_| {
                Error::invalid_form("the unit of the rate's base", at + s.len() - u.len())
            })?;
            Ok((Per::new(value, Some(unit)), ""))
        }
        None => Ok((Per::new(value, None), r)),
    }
}
