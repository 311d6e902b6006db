//! Whose minor unit a claim is in, where the table cannot say: kopecks are the rouble's or
//! the hryvnia's (the contract's section on money: the one the text names, the rouble when
//! it names neither).

use super::Site;
use crate::quantity::{Currency, Unit};
use crate::vocab::currencies::HRYVNIA_MARKS;

/// How far around a claim in kopecks the line is searched for the hryvnia.
const KOPECK_WINDOW: usize = 160;

/// The currency of a claim in kopecks (the grammar reads them as the rouble's) when the line
/// names the hryvnia near it: only a bounded window is read, so time stays linear.
pub(crate) fn kopecks_currency(site: &Site<'_>) -> Option<Currency> {
    let phrase = site.phrase;
    if !phrase.minor || phrase.unit != Some(Unit::Currency(Currency::Rub)) {
        return None;
    }
    let line = site.text;
    let floor = |mut i: usize| {
        while !line.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let lo = floor(site.start.saturating_sub(KOPECK_WINDOW));
    let hi = floor((site.end + KOPECK_WINDOW).min(line.len()));
    let near = line[lo..hi].to_lowercase();
    HRYVNIA_MARKS
        .iter()
        .any(|m| near.contains(m))
        .then_some(Currency::Uah)
}
