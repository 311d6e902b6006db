//! Reading back the canonical form that `Quantity`'s `Display` writes.

use crate::error::Error;
use crate::number::Number;
use crate::quantity::{
    Bound, Certainty, Hedge, Interval, Kind, Quantity, Unit, implied_by_symbol as implied,
};

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
    Ok((Interval { low, high }, &s[close + 1..]))
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

/// Reads `head [interval] words*` (see [`Quantity`]'s documentation).
pub(crate) fn quantity(s: &str) -> Result<Quantity, Error> {
    let symbol = SYMBOLS
        .iter()
        .copied()
        .find(|sym| s.starts_with(sym))
        .unwrap_or("");
    let mut rest = &s[symbol.len()..];
    let offset = |rest: &str| s.len() - rest.len();

    let mut value = None;
    if rest.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '.') {
        let end = rest.find(' ').unwrap_or(rest.len());
        value = Some(number(&rest[..end], offset(rest))?);
        rest = &rest[end..];
    }
    let (mut hedge, mut certainty, implied_interval) = implied(symbol, value);
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

    let mut unit: Option<Unit> = None;
    let mut kind: Option<Kind> = None;
    let (mut saw_certainty, mut saw_hedge) = (false, false);
    while !rest.is_empty() {
        let Some(r) = rest.strip_prefix(' ') else {
            return Err(Error::invalid_form(
                "a space before the next word",
                offset(rest),
            ));
        };
        let end = r.find(' ').unwrap_or(r.len());
        let w = &r[..end];
        let at = offset(r);
        let duplicate = || Error::invalid_form("each of unit, kind, certainty and hedge once", at);
        if let Ok(u) = w.parse::<Unit>() {
            if unit.is_some() || kind.is_some() || saw_certainty || saw_hedge {
                return Err(duplicate());
            }
            unit = Some(u);
        } else if let Ok(k) = w.parse::<Kind>() {
            if kind.is_some() || saw_certainty || saw_hedge {
                return Err(duplicate());
            }
            kind = Some(k);
        } else if let Ok(c) = w.parse::<Certainty>() {
            if saw_certainty || saw_hedge {
                return Err(duplicate());
            }
            certainty = c;
            saw_certainty = true;
        } else if w == "unhedged" || w.parse::<Hedge>().is_ok() {
            if saw_hedge {
                return Err(duplicate());
            }
            hedge = w.parse::<Hedge>().ok();
            saw_hedge = true;
        } else {
            return Err(Error::invalid_form("a unit, kind, certainty or hedge", at));
        }
        rest = &r[end..];
    }
    let kind = kind.unwrap_or_else(|| unit.map_or(Kind::Count, Unit::kind));
    Ok(Quantity {
        value,
        interval,
        certainty,
        hedge,
        kind,
        unit,
    })
}
