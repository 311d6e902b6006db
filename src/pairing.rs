//! Pairing the claims of two texts, to compare what they say about the same thing.
//!
//! Two claims pair when they count the same noun: the head word of the counted noun phrase
//! (its last word), lowercased, with the plural folded, so that "Ukrainian drones", "drones"
//! and "drone" all have the key `drone`. With `all`, claims without a noun pair too when they
//! share a kind and a scale (a dimension, a currency, or no unit): "about 5 miles" with
//! "8 km", "$5 million" with "$4.2 million".
//!
//! Pairing finds candidates for a person to check, not proof that two texts speak of the same
//! event: "337 drones" launched and "337 drones" intercepted pair just as well.
//!
//! The claims of the second text are grouped by key first, so the work grows with the number
//! of claims plus the number of pairs found, never with the product of the two claim lists.
//!
//! ```
//! use numeric_claims::{extract, pairing, Relation};
//!
//! let a = "Russia said it downed at least 337 Ukrainian drones and 12 missiles.";
//! let b = "Kyiv said it launched 337 drones; nearly 300 drones reached Russia, and 20 missiles.";
//! let (ca, cb) = (extract(a), extract(b));
//! let found: Vec<_> = pairing::pairs(&ca, a, &cb, b, false)
//!     .into_iter()
//!     .map(|p| (ca[p.a_index].text(a), p.relation, cb[p.b_index].text(b), p.key.to_string()))
//!     .collect();
//! assert_eq!(found, [
//!     ("at least 337", Relation::Contains, "337", "drone".to_string()),
//!     ("at least 337", Relation::Disjoint, "nearly 300", "drone".to_string()),
//!     ("12", Relation::Disjoint, "20", "missile".to_string()),
//! ]);
//! ```

use core::fmt;
use std::collections::HashMap;
use std::sync::Arc;

use crate::claim::Claim;
use crate::dimension::Dimension;
use crate::quantity::{Currency, Kind};
use crate::relation::{Relation, Scale, scale};
use crate::vocab::english::ENGLISH;

/// What two paired claims share: the noun they count or, for claims without a noun, their
/// kind and scale.
///
/// `Display` writes a noun key as the folded word (`drone`) and any other key in brackets,
/// so that it never reads as a noun: `(count)`, `(length)`, `(USD)`.
///
/// ```
/// use numeric_claims::pairing::Key;
/// use numeric_claims::Dimension;
///
/// assert_eq!(Key::Noun("drone".into()).to_string(), "drone");
/// assert_eq!(Key::Dimension(Dimension::Length).to_string(), "(length)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Key {
    /// Claims counting the same noun: its head word, lowercased and made singular. Shared,
    /// since every pair of a group carries it.
    Noun(Arc<str>),
    /// Claims without a noun and without a unit, of this kind (count, fraction, ordinal).
    Kind(Kind),
    /// Claims without a noun, in units of this dimension.
    Dimension(Dimension),
    /// Claims without a noun, in this currency.
    Currency(Currency),
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Key::Noun(word) => f.write_str(word),
            Key::Kind(kind) => write!(f, "({kind})"),
            Key::Dimension(dimension) => write!(f, "({dimension})"),
            Key::Currency(currency) => write!(f, "({currency})"),
        }
    }
}

/// One pair of claims, one from each text, and how the first relates to the second.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Pair {
    /// What the two claims share.
    pub key: Key,
    /// The first text's claim, as an index into its claim list.
    pub a_index: usize,
    /// The second text's claim, as an index into its claim list.
    pub b_index: usize,
    /// How the first claim relates to the second; never [`Relation::Incomparable`].
    pub relation: Relation,
}

/// The key of a counted noun phrase: its head word (the last word), lowercased, singular.
///
/// ```
/// use numeric_claims::pairing::noun_key;
///
/// assert_eq!(noun_key("Ukrainian drones"), "drone");
/// assert_eq!(noun_key("missiles"), "missile");
/// assert_eq!(noun_key("Russian civilian"), "civilian");
/// assert_eq!(noun_key("people"), "person");
/// assert_eq!(noun_key("casualties"), "casualty");
/// assert_eq!(noun_key("F-16s"), "f-16");
/// ```
#[must_use]
pub fn noun_key(phrase: &str) -> String {
    let head = phrase.split_whitespace().next_back().unwrap_or("");
    let lower = head.to_lowercase();
    (ENGLISH.morphology.singular)(&lower).into_owned()
}

/// The key a claim pairs by: its noun's, or with `all` its kind and scale; `None` when it
/// pairs with nothing.
fn key(claim: &Claim, text: &str, all: bool) -> Option<Key> {
    if let Some(noun) = claim.noun.and_then(|n| text.get(n.range())) {
        return Some(Key::Noun(noun_key(noun).into()));
    }
    if !all {
        return None;
    }
    Some(match scale(&claim.quantity)? {
        Scale::Number(kind) => Key::Kind(kind),
        Scale::Dimension(dimension) => Key::Dimension(dimension),
        Scale::Currency(currency) => Key::Currency(currency),
    })
}

/// Every pair of claims, one from `a` (extracted from `text_a`) and one from `b` (from
/// `text_b`), that share a [`Key`] and whose quantities can be compared, in order of the first
/// claim, then of the second.
///
/// Claims pair by the noun they count (see [`noun_key`]); with `all`, claims without a noun
/// also pair with the other text's claims without a noun that share their kind and scale
/// (units of one [`Dimension`], one currency, or no unit). Pairs whose quantities are
/// [`Relation::Incomparable`] are left out. A claim whose noun span does not fit its text is
/// treated as having no noun.
///
/// ```
/// use numeric_claims::{extract, pairing, Relation};
///
/// let a = "The convoy travelled about 5 miles.";
/// let b = "Witnesses said the convoy covered 8 km.";
/// let (ca, cb) = (extract(a), extract(b));
/// assert!(pairing::pairs(&ca, a, &cb, b, false).is_empty(), "no noun to pair by");
/// let found = pairing::pairs(&ca, a, &cb, b, true);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].key.to_string(), "(length)");
/// assert_eq!(found[0].relation, Relation::Contains);
/// ```
#[must_use]
pub fn pairs(a: &[Claim], text_a: &str, b: &[Claim], text_b: &str, all: bool) -> Vec<Pair> {
    pairs_iter(a, text_a, b, text_b, all).collect()
}

/// The pairs of [`pairs`], in the same order, one at a time: memory holds the claims of `b`
/// grouped by key, never the pairs, however many there are (two texts that each count
/// "drones" ten thousand times make a hundred million pairs), so a caller can stream them.
///
/// ```
/// use numeric_claims::{extract, pairing, Relation};
///
/// let a = "12 missiles and 300 drones.";
/// let b = "20 missiles were fired.";
/// let (ca, cb) = (extract(a), extract(b));
/// let mut found = pairing::pairs_iter(&ca, a, &cb, b, false);
/// let pair = found.next().unwrap();
/// assert_eq!((pair.key.to_string(), pair.relation), ("missile".to_string(), Relation::Disjoint));
/// assert_eq!(found.next(), None);
/// ```
pub fn pairs_iter<'c>(
    a: &'c [Claim],
    text_a: &'c str,
    b: &'c [Claim],
    text_b: &'c str,
    all: bool,
) -> impl Iterator<Item = Pair> + 'c {
    let mut groups: HashMap<Key, Vec<usize>> = HashMap::new();
    for (i, claim) in b.iter().enumerate() {
        if let Some(k) = key(claim, text_b, all) {
            groups.entry(k).or_default().push(i);
        }
    }
    // Shared, so that each claim of `a` takes its group along without copying it.
    let groups: HashMap<Key, Arc<[usize]>> =
        groups.into_iter().map(|(k, g)| (k, g.into())).collect();
    a.iter().enumerate().flat_map(move |(a_index, claim)| {
        let group = key(claim, text_a, all)
            .and_then(|k| groups.get_key_value(&k))
            .map(|(k, group)| (k.clone(), Arc::clone(group)));
        group.into_iter().flat_map(move |(k, group)| {
            let quantity = &a[a_index].quantity;
            (0..group.len()).filter_map(move |j| {
                let b_index = group[j];
                let relation = quantity.relation(&b[b_index].quantity);
                (relation != Relation::Incomparable).then(|| Pair {
                    key: k.clone(),
                    a_index,
                    b_index,
                    relation,
                })
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_fold_to_their_singular() {
        let table = [
            ("drones", "drone"),
            ("drone", "drone"),
            ("Missiles", "missile"),
            ("UAVs", "uav"),
            ("casualties", "casualty"),
            ("casualty", "casualty"),
            ("losses", "loss"),
            ("loss", "loss"),
            ("crashes", "crash"),
            ("boxes", "box"),
            ("churches", "church"),
            ("buses", "bus"),
            ("bus", "bus"),
            ("crisis", "crisis"),
            ("crises", "crisis"),
            ("series", "series"),
            ("species", "species"),
            ("aircraft", "aircraft"),
            ("personnel", "personnel"),
            ("children", "child"),
            ("Women", "woman"),
            ("days", "day"),
            ("ties", "tie"),
            ("Ukrainian drones", "drone"),
            ("", ""),
        ];
        for (phrase, key) in table {
            assert_eq!(noun_key(phrase), key, "{phrase}");
        }
    }
}
