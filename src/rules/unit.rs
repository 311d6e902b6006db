//! Units the words around a figure give it: "a 45-degree angle" is an angle, "40.2 C" after a word of temperature on its line
//! is Celsius (a spaced "C" says nothing alone), and a glued "m" in a line about sea levels,
//! waves or depths is metres ("sea levels could rise by 1m"), not million. The words are rows
//! of [`crate::vocab::units::TEMPERATURE_WORDS`] and [`crate::vocab::units::LENGTH_WORDS`].
//!
//! Only the bytes near the claim are read ([`WINDOW`] on each side), and only for a bare
//! figure with a spaced "C" or "F" after it or a glued "m", so a long line of figures costs
//! no more per figure than a short one.

use super::Site;
use crate::number::Number;
use crate::quantity::{Bound, Interval, Kind, MeasureUnit, Quantity, Unit};
use crate::text::{in_sorted, is_word_char};
use crate::vocab::units::{ANGLE_WORDS, LENGTH_WORDS, TEMPERATURE_WORDS};
use crate::work;

/// How far before and after a claim the words that give it a unit are looked for.
const WINDOW: usize = 320;

/// Where the words that give a unit may stand: in the claim's sentence, or anywhere in its
/// line (a paragraph) within [`WINDOW`] bytes. A paragraph about a heatwave gives its spaced
/// "C" from its first sentence on; a glued "m" needs a word of length in its own sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    Sentence,
    Paragraph,
}

/// The claim at `site` with the unit its surroundings give it, and where it now ends; `None`
/// when they give none.
pub(crate) fn unit_from_context(site: &Site<'_>, quantity: &Quantity) -> Option<(Quantity, usize)> {
    if quantity.kind == Kind::Measure
        && quantity.unit.is_none()
        && angle_after(&site.text[site.end..])
    {
        let q = Quantity {
            unit: Some(Unit::Measure(MeasureUnit::Degree)),
            ..*quantity
        };
        return Some((q, site.end));
    }
    if quantity.kind != Kind::Count || quantity.unit.is_some() || quantity.per.is_some() {
        return None;
    }
    let written = &site.text[site.start..site.end];
    let after = &site.text[site.end..];
    if let Some(unit) = spaced_temperature(after)
        && near(site, TEMPERATURE_WORDS, Reach::Paragraph)
    {
        let q = Quantity {
            kind: Kind::Measure,
            unit: Some(Unit::Measure(unit)),
            ..*quantity
        };
        return Some((q, site.end + 2));
    }
    let glued_m = written
        .strip_suffix('m')
        .is_some_and(|d| d.ends_with(|c: char| c.is_ascii_digit()));
    if glued_m && near(site, LENGTH_WORDS, Reach::Sentence) {
        return Some((in_metres(quantity)?, site.end));
    }
    None
}

/// The separators between the figures of a list that shares its last figure's unit.
const LIST_SEPARATORS: &[&str] = &[", and ", ", or ", ", ", " and ", " or ", " / ", "/"];

/// How many figures a list that shares a unit may have after the first.
const LIST_ITEMS: usize = 8;

/// The unit of the last figure of the list that the bare figure ending at `end` opens: "3.6,
/// 4.5, 5.8 and 8.0 µm" are all micrometres, "307 / 252 / 222 miles" all miles, "2.27%, 5%,
/// and 6.18%" all percent. Only a measure, duration or percent is shared (a currency stands
/// before its figure), and only by a list of bare figures in digits.
pub(crate) fn list_unit(line: &str, end: usize) -> Option<Unit> {
    let mut rest = &line[end..];
    for _ in 0..LIST_ITEMS {
        let sep = LIST_SEPARATORS.iter().find(|s| rest.starts_with(*s))?;
        rest = &rest[sep.len()..];
        if !rest.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let (after, q) = crate::parse::list_item(rest)?;
        work::add(rest.len() - after.len());
        match q.unit {
            Some(Unit::Measure(u)) if q.hedge.is_none() && q.per.is_none() => {
                return Some(Unit::Measure(u));
            }
            None if q.kind == Kind::Count && q.hedge.is_none() && q.value.is_some() => rest = after,
            _ => return None,
        }
    }
    None
}

/// Whether a word of [`ANGLE_WORDS`] follows: "a 45-degree angle", "tilted 23.5 degrees
/// toward". Only a measure with no unit ("degrees") asks.
fn angle_after(after: &str) -> bool {
    let word = after.trim_start_matches(' ');
    let len = word.bytes().take_while(u8::is_ascii_alphabetic).count();
    len > 0 && in_sorted(ANGLE_WORDS, &word[..len].to_ascii_lowercase())
}

/// A spaced "C" or "F" standing alone after the figure: "40.2 C", "101.7 F".
fn spaced_temperature(after: &str) -> Option<MeasureUnit> {
    let unit = match after.as_bytes() {
        [b' ', b'C', ..] => MeasureUnit::Celsius,
        [b' ', b'F', ..] => MeasureUnit::Fahrenheit,
        _ => return None,
    };
    (!after[2..].starts_with(is_word_char)).then_some(unit)
}

/// Whether a word of `table` stands within `reach` of the claim, at most [`WINDOW`] bytes off.
fn near(site: &Site<'_>, table: &[&str], reach: Reach) -> bool {
    let text = site.text;
    let mut from = site.start.saturating_sub(WINDOW);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (site.end + WINDOW).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    work::add(to - from);
    // Within the claim's sentence: from the last sentence end before it to the first after.
    if reach == Reach::Sentence {
        if let Some(i) = text[from..site.start].rfind(". ") {
            from += i + 2;
        }
        if let Some(i) = text[site.end..to].find(". ") {
            to = site.end + i;
        }
    }
    text[from..to]
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .any(|w| w.len() > 2 && in_sorted(table, &w.to_ascii_lowercase()))
}

/// A glued-"m" figure read as million restated as metres: every value divided by 10^6.
fn in_metres(q: &Quantity) -> Option<Quantity> {
    let million = Number::pow10(6)?;
    let down = |n: Number| n.checked_div(million);
    let bound = |b: Option<Bound>| -> Option<Option<Bound>> {
        match b {
            None => Some(None),
            Some(b) => Some(Some(Bound {
                value: down(b.value)?,
                ..b
            })),
        }
    };
    let value = match q.value {
        Some(v) => Some(down(v)?),
        None => None,
    };
    Some(Quantity {
        value,
        interval: Interval {
            low: bound(q.interval.low)?,
            high: bound(q.interval.high)?,
        },
        kind: Kind::Measure,
        unit: Some(Unit::Measure(MeasureUnit::Metre)),
        ..*q
    })
}
