//! Currencies: the signs written before a figure, the words written after it, and the ISO
//! 4217 codes, read on either side.
//!
//! Every [`Currency`] is read by its code before the figure ("CAD 5") and after it ("5 CAD"),
//! with a space between; the code is the currency's canonical name, so it is written once, in
//! [`Currency`]. Adding a currency is a variant there, its signs and words here, and test rows
//! in `tests/parse_quantity.rs`.

use super::index::Lexicon;
use crate::quantity::Currency;

/// Currency signs written before a figure, with or without a space ("$461 million", "€ 5").
/// Where one sign ends another ("US$", "$"), the longer match wins.
pub(crate) const CURRENCY_SIGNS: &[(&str, Currency)] = &[
    ("US$", Currency::Usd),
    ("C$", Currency::Cad),
    ("A$", Currency::Aud),
    ("$", Currency::Usd),
    ("€", Currency::Eur),
    ("£", Currency::Gbp),
    ("₴", Currency::Uah),
    ("₽", Currency::Rub),
    ("¥", Currency::Jpy),
    ("₹", Currency::Inr),
];

/// Currency words written after a figure, any case ("50 euros", "10bn hryvnias").
pub(crate) const CURRENCY_WORDS: &[(&str, Currency)] = &[
    ("US dollars", Currency::Usd),
    ("dollars", Currency::Usd),
    ("dollar", Currency::Usd),
    ("euros", Currency::Eur),
    ("euro", Currency::Eur),
    ("pounds sterling", Currency::Gbp),
    ("hryvnias", Currency::Uah),
    ("hryvnia", Currency::Uah),
    ("hryvnas", Currency::Uah),
    ("hryvnya", Currency::Uah),
    ("roubles", Currency::Rub),
    ("rouble", Currency::Rub),
    ("rubles", Currency::Rub),
    ("ruble", Currency::Rub),
    ("yen", Currency::Jpy),
    ("yuan", Currency::Cny),
    ("rupees", Currency::Inr),
    ("Swiss francs", Currency::Chf),
];

/// How a currency is written before a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Before {
    /// A sign, with or without a space after it: "$5", "€ 5".
    Sign,
    /// An ISO code, with a space after it: "CAD 5".
    Code,
}

/// Everything written before a figure: [`CURRENCY_SIGNS`] and every code, indexed.
pub(crate) static CURRENCY_BEFORE_INDEX: Lexicon<(Currency, Before)> = Lexicon::new(|| {
    let signs = CURRENCY_SIGNS.iter().map(|&(s, c)| (s, (c, Before::Sign)));
    let codes = Currency::ALL
        .iter()
        .map(|&c| (c.as_str(), (c, Before::Code)));
    signs.chain(codes).collect()
});

/// The first characters of the non-ASCII currency signs, which the scanner looks for.
pub(crate) fn sign_chars() -> impl Iterator<Item = char> {
    CURRENCY_SIGNS
        .iter()
        .filter_map(|(s, _)| s.chars().next())
        .filter(|c| !c.is_ascii())
}
