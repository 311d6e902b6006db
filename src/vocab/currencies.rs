//! Currencies: the signs written before or after a figure, the words written after it, the
//! minor units, the words that say "money" without naming a currency, and the ISO 4217
//! codes, read on either side.
//!
//! Every [`Currency`] is read by its code before the figure ("CAD 5", "EUR2bn") and after it
//! ("5 CAD", "15USD"), with or without a space; the code is the currency's canonical name, so
//! it is written once, in [`Currency`]. Every sign is read before the figure ("$5", "€ 5")
//! and after it ("5$", "10 €"). Adding a currency is a variant there, its signs and words
//! here, and test rows in `tests/units.rs`.

use super::index::Lexicon;
use crate::quantity::Currency;

/// Currency signs, written before a figure with or without a space ("$461 million", "€ 5",
/// "HK$3bn", "Rs 12 lakh") or after it ("549 €"). Where one sign ends another ("US$", "$"),
/// the longer match wins.
pub(crate) const CURRENCY_SIGNS: &[(&str, Currency)] = {
    use Currency as C;
    &[
        ("$", C::Usd),
        ("US$", C::Usd),
        ("$US", C::Usd),
        ("C$", C::Cad),
        ("CA$", C::Cad),
        ("A$", C::Aud),
        ("AU$", C::Aud),
        ("NZ$", C::Nzd),
        ("HK$", C::Hkd),
        ("S$", C::Sgd),
        ("NT$", C::Twd),
        ("R$", C::Brl),
        ("Mex$", C::Mxn),
        ("MX$", C::Mxn),
        ("€", C::Eur),
        ("£", C::Gbp),
        ("₴", C::Uah),
        ("₽", C::Rub),
        ("¥", C::Jpy),
        ("元", C::Cny),
        ("RMB", C::Cny),
        ("₹", C::Inr),
        ("Rs", C::Inr),
        ("Rs.", C::Inr),
        ("₩", C::Krw),
        ("₺", C::Try),
        ("₪", C::Ils),
        ("₦", C::Ngn),
        ("zł", C::Pln),
        ("RM", C::Myr),
    ]
};

/// Currency words written after a figure, any case ("50 euros", "10bn hryvnias",
/// "55m Australian dollars"). A word with a country adjective is its own row.
pub(crate) const CURRENCY_WORDS: &[(&str, Currency)] = {
    use Currency as C;
    &[
        ("dollars", C::Usd),
        ("dollar", C::Usd),
        ("bucks", C::Usd),
        ("quid", C::Gbp),
        ("US dollars", C::Usd),
        ("U.S. dollars", C::Usd),
        ("American dollars", C::Usd),
        ("Canadian dollars", C::Cad),
        ("Australian dollars", C::Aud),
        ("New Zealand dollars", C::Nzd),
        ("Hong Kong dollars", C::Hkd),
        ("Singapore dollars", C::Sgd),
        ("Taiwan dollars", C::Twd),
        ("New Taiwan dollars", C::Twd),
        ("euros", C::Eur),
        ("euro", C::Eur),
        ("pounds sterling", C::Gbp),
        ("sterling", C::Gbp),
        ("British pounds", C::Gbp),
        ("Egyptian pounds", C::Egp),
        ("hryvnias", C::Uah),
        ("hryvnia", C::Uah),
        ("hryvnas", C::Uah),
        ("hryvnya", C::Uah),
        ("roubles", C::Rub),
        ("rouble", C::Rub),
        ("rubles", C::Rub),
        ("ruble", C::Rub),
        ("Belarusian roubles", C::Byn),
        ("Belarusian rubles", C::Byn),
        ("yen", C::Jpy),
        ("yuan", C::Cny),
        ("renminbi", C::Cny),
        ("rupees", C::Inr),
        ("rupee", C::Inr),
        ("Pakistani rupees", C::Pkr),
        ("Swiss francs", C::Chf),
        ("Brazilian reais", C::Brl),
        ("reais", C::Brl),
        ("Mexican pesos", C::Mxn),
        ("Argentine pesos", C::Ars),
        ("Chilean pesos", C::Clp),
        ("won", C::Krw),
        ("lira", C::Try),
        ("liras", C::Try),
        ("Turkish lira", C::Try),
        ("shekels", C::Ils),
        ("shekel", C::Ils),
        ("zloty", C::Pln),
        ("zlotys", C::Pln),
        ("zlotych", C::Pln),
        ("Czech crowns", C::Czk),
        ("koruna", C::Czk),
        ("forints", C::Huf),
        ("forint", C::Huf),
        ("Romanian lei", C::Ron),
        ("Swedish kronor", C::Sek),
        ("Swedish crowns", C::Sek),
        ("Norwegian kroner", C::Nok),
        ("Norwegian crowns", C::Nok),
        ("Danish kroner", C::Dkk),
        ("Danish crowns", C::Dkk),
        ("rand", C::Zar),
        ("naira", C::Ngn),
        ("Kenyan shillings", C::Kes),
        ("cedis", C::Ghs),
        ("Moroccan dirhams", C::Mad),
        ("riyals", C::Sar),
        ("riyal", C::Sar),
        ("Saudi riyals", C::Sar),
        ("Qatari riyals", C::Qar),
        ("dirhams", C::Aed),
        ("dirham", C::Aed),
        ("Kuwaiti dinars", C::Kwd),
        ("rupiah", C::Idr),
        ("ringgit", C::Myr),
        ("baht", C::Thb),
        ("tenge", C::Kzt),
        ("lari", C::Gel),
    ]
};

/// Minor units, each a hundredth of its currency, converted exactly: "92p" is 0.92 GBP,
/// "50 cents" 0.50 USD, "a 7-cent dividend" 0.07 USD. Cents are dollar cents unless a
/// currency is named with them; kopecks are the rouble's.
pub(crate) const MINOR_UNITS: &[(&str, Currency)] = {
    use Currency as C;
    &[
        ("pence", C::Gbp),
        ("penny", C::Gbp),
        ("cents", C::Usd),
        ("cent", C::Usd),
        ("euro cents", C::Eur),
        ("euro cent", C::Eur),
        ("kopecks", C::Rub),
        ("kopeck", C::Rub),
        ("kopeks", C::Rub),
        ("kopek", C::Rub),
        ("paise", C::Inr),
    ]
};

/// What names the hryvnia on a line, which makes its kopecks the hryvnia's ("40 kopecks" is
/// 0.40 UAH beside "₴41.5" or "the hryvnia", and 0.40 RUB otherwise). Matched in any case.
pub(crate) const HRYVNIA_MARKS: &[&str] = &["₴", "uah", "hryvn"];

/// Minor units written as a letter glued to the figure: "92p", "0.30p", "34c" (cents are
/// dollar cents, as the words are). Exact case: "40C" is a temperature.
/// "ppl" is pence per litre, whose base the rate rule reads from the symbol.
pub(crate) const MINOR_LETTERS: &[(&str, Currency)] = &[
    ("c", Currency::Usd),
    ("p", Currency::Gbp),
    ("ppl", Currency::Gbp),
];

/// Currency words that many countries use: money, with no unit ("400 million francs").
pub(crate) const MONEY_WORDS: &[&str] = &[
    "francs",
    "franc",
    "pesos",
    "peso",
    "crowns",
    "kronor",
    "kroner",
    "krona",
    "krone",
    "dinars",
    "dinar",
    "shillings",
    "rials",
    "rial",
];

/// "pounds": sterling after a scale word ("145.7 million pounds" of profit), mass otherwise
/// ("580 pounds"); "pounds sterling" and "British pounds" are always sterling.
pub(crate) const POUNDS: &[&str] = &["pounds", "pound"];

/// How a currency is written before a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Before {
    /// A sign, with or without a space after it: "$5", "€ 5".
    Sign,
    /// An ISO code, glued or with one space after it: "CAD 5", "EUR2bn".
    Code,
}

/// Codes that are also words or names written in capitals beside a figure ("ALL 5
/// SURVIVORS", "TOP 10", "AMD 7950X", "3.2KGS", "NIO ES8"): they name their currency when read
/// back as a unit ("ALL".parse()), but in running text they are not read as money.
pub(crate) const CODES_ALSO_WORDS: &[Currency] = {
    use Currency as C;
    &[
        C::All,
        C::Amd,
        C::Bam,
        C::Bob,
        C::Cup,
        C::Cve,
        C::Kgs,
        C::Mop,
        C::Nio,
        C::Pen,
        C::Sos,
        C::Tmt,
        C::Top,
    ]
};

/// The codes read in running text: every [`Currency`] but [`CODES_ALSO_WORDS`].
pub(crate) fn codes_in_text() -> impl Iterator<Item = Currency> {
    Currency::ALL
        .iter()
        .copied()
        .filter(|c| !CODES_ALSO_WORDS.contains(c))
}

/// Everything written before a figure: [`CURRENCY_SIGNS`] and every code, indexed.
pub(crate) static CURRENCY_BEFORE_INDEX: Lexicon<(Currency, Before)> = Lexicon::new(|| {
    let signs = CURRENCY_SIGNS.iter().map(|&(s, c)| (s, (c, Before::Sign)));
    let codes = codes_in_text().map(|c| (c.as_str(), (c, Before::Code)));
    signs.chain(codes).collect()
});

/// The first characters of the non-ASCII currency signs, which the scanner looks for.
pub(crate) fn sign_chars() -> impl Iterator<Item = char> {
    CURRENCY_SIGNS
        .iter()
        .filter_map(|(s, _)| s.chars().next())
        .filter(|c| !c.is_ascii())
}
