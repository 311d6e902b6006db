//! The output types: what a numeric claim resolves to.

use core::fmt;
use core::str::FromStr;

mod canonical;

use crate::error::Error;
use crate::number::Number;

/// One end of an [`Interval`]: a value and whether the value itself is included.
///
/// Build one with [`Bound::inclusive`], [`Bound::exclusive`] or [`Bound::new`]; the struct is
/// `#[non_exhaustive]`, so fields may be added without breaking code that builds it that way.
///
/// ```
/// use numeric_claims::{Bound, Number};
///
/// let b = Bound::exclusive(Number::from(1550));
/// assert!(!b.inclusive);
/// assert_eq!(b.value.to_string(), "1550");
/// assert_eq!(Bound::new(Number::from(1550), false), b);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Bound {
    /// Where the interval ends.
    pub value: Number,
    /// Whether `value` itself belongs to the interval.
    pub inclusive: bool,
}

impl Bound {
    /// A bound at `value`, including it when `inclusive` is true.
    ///
    /// ```
    /// # use numeric_claims::{Bound, Number};
    /// assert_eq!(Bound::new(Number::from(337), true), Bound::inclusive(Number::from(337)));
    /// ```
    #[must_use]
    pub const fn new(value: Number, inclusive: bool) -> Bound {
        Bound { value, inclusive }
    }

    /// A bound that includes its value.
    ///
    /// ```
    /// # use numeric_claims::{Bound, Number};
    /// assert!(Bound::inclusive(Number::from(337)).inclusive);
    /// ```
    #[must_use]
    pub const fn inclusive(value: Number) -> Bound {
        Bound {
            value,
            inclusive: true,
        }
    }

    /// A bound that excludes its value.
    ///
    /// ```
    /// # use numeric_claims::{Bound, Number};
    /// assert!(!Bound::exclusive(Number::from(337)).inclusive);
    /// ```
    #[must_use]
    pub const fn exclusive(value: Number) -> Bound {
        Bound {
            value,
            inclusive: false,
        }
    }
}

/// The set of values a claim asserts: a low and a high bound, either of which may be absent
/// (unbounded on that side).
///
/// ```
/// use numeric_claims::{parse_quantity, Number};
///
/// let q = parse_quantity("more than 1,550").unwrap();
/// assert_eq!(q.interval.low.unwrap().value, Number::from(1550));
/// assert!(!q.interval.low.unwrap().inclusive);
/// assert!(q.interval.high.is_none());
/// assert!(q.interval.contains(Number::from(1551)));
/// ```
///
/// Build one with [`Interval::new`] or [`Interval::point`] (`Interval::default()` is
/// unbounded on both sides); the struct is `#[non_exhaustive]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Interval {
    /// The lower end; `None` means unbounded below.
    pub low: Option<Bound>,
    /// The upper end; `None` means unbounded above.
    pub high: Option<Bound>,
}

impl Interval {
    /// The interval between `low` and `high`; `None` leaves that side unbounded. The bounds
    /// are taken as given: an interval whose low lies above its high holds no value.
    ///
    /// ```
    /// # use numeric_claims::{Bound, Interval, Number};
    /// let over = Interval::new(Some(Bound::exclusive(Number::from(1550))), None);
    /// assert_eq!(over.to_string(), "(1550, ∞)");
    /// assert!(over.contains(Number::from(1551)));
    /// ```
    #[must_use]
    pub const fn new(low: Option<Bound>, high: Option<Bound>) -> Interval {
        Interval { low, high }
    }

    /// The single point `[value, value]`.
    ///
    /// ```
    /// # use numeric_claims::{Interval, Number};
    /// assert!(Interval::point(Number::from(7)).contains(Number::from(7)));
    /// ```
    #[must_use]
    pub const fn point(value: Number) -> Interval {
        Interval {
            low: Some(Bound::inclusive(value)),
            high: Some(Bound::inclusive(value)),
        }
    }

    /// Whether `value` lies within the interval.
    ///
    /// ```
    /// # use numeric_claims::{parse_quantity, Number};
    /// let q = parse_quantity("between 20 and 30").unwrap();
    /// assert!(q.interval.contains(Number::from(30)));
    /// assert!(!q.interval.contains(Number::from(31)));
    /// ```
    #[must_use]
    pub fn contains(&self, value: Number) -> bool {
        let above = self.low.is_none_or(|b| {
            if b.inclusive {
                value >= b.value
            } else {
                value > b.value
            }
        });
        let below = self.high.is_none_or(|b| {
            if b.inclusive {
                value <= b.value
            } else {
                value < b.value
            }
        });
        above && below
    }
}

/// Whether a name matches, by the case rule its type declares (see `named_enum!`).
macro_rules! name_matches {
    (any_case, $name:expr, $s:expr) => {
        $name.eq_ignore_ascii_case($s)
    };
    (exact_case, $name:expr, $s:expr) => {
        $name == $s
    };
}

/// A public enum whose variants have canonical names: `ALL`, `as_str`, a `Display` that pads
/// (`{:>8}`), and a `FromStr` (and serde) that reads the names back.
///
/// The first word says how names are read: `any_case` for word-like names, where "Count",
/// "USD" and "usd" mean one thing; `exact_case` for unit symbols, whose case carries meaning
/// (`MW` is a megawatt where `mW` would be a milliwatt, `B` a byte where `b` would be a bit).
/// `retired` lists names the crate no longer has, each with the reason its error gives.
macro_rules! named_enum {
    (
        $case:ident;
        $(retired: [$( ($old:literal, $why:literal) ),* $(,)?];)?
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$vmeta:meta])* $variant:ident => $text:literal, )* }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name { $( $(#[$vmeta])* $variant, )* }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The canonical name, as written in JSON output and by `Display`.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self { $( $name::$variant => $text, )* }
            }
        }

        impl fmt::Display for $name {
            /// The canonical name, padded to the width asked for (`{:>8}`).
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self, Error> {
                const RETIRED: &[(&str, &str)] = &[$($( ($old, $why) ),*)?];
                if let Some(v) = $name::ALL
                    .iter()
                    .copied()
                    .find(|v| name_matches!($case, v.as_str(), s))
                {
                    return Ok(v);
                }
                let why = RETIRED
                    .iter()
                    .find(|(old, _)| name_matches!($case, *old, s))
                    .map(|&(_, why)| why);
                Err(Error::unknown_name(stringify!($name), s, why))
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

named_enum! {
    any_case;
    /// How sure the claim is about its figure.
    ///
    /// ```
    /// use numeric_claims::{parse_quantity, Certainty};
    ///
    /// assert_eq!(parse_quantity("at least 337").unwrap().certainty, Certainty::Exact);
    /// assert_eq!(parse_quantity("some 50,000").unwrap().certainty, Certainty::Approximate);
    /// assert_eq!(parse_quantity("hundreds").unwrap().certainty, Certainty::Vague);
    /// assert_eq!("Exact".parse::<Certainty>().unwrap(), Certainty::Exact);
    /// assert_eq!(format!("{:<8}|", Certainty::Vague), "vague   |");
    /// ```
    ///
    /// Names are read in any case.
    pub enum Certainty {
        /// The figure is stated as such ("337", "at least 337", "between 20 and 30").
        Exact => "exact",
        /// The figure is hedged as a round estimate ("about 50", "nearly half").
        Approximate => "approximate",
        /// No figure is stated, only an order of magnitude ("hundreds", "a few").
        Vague => "vague",
    }
}

named_enum! {
    any_case;
    /// The qualifier's class, named after its most common word. The words of each class and
    /// the interval each asserts are in the [contract](crate::contract#qualifiers-and-intervals).
    /// Names are read in any case.
    ///
    /// ```
    /// use numeric_claims::{parse_quantity, Hedge};
    ///
    /// assert_eq!(parse_quantity("no fewer than 5").unwrap().hedge, Some(Hedge::AtLeast));
    /// assert_eq!(parse_quantity("roughly 126").unwrap().hedge, Some(Hedge::About));
    /// assert_eq!(Hedge::MoreThan.as_str(), "more_than");
    /// assert_eq!("At_Least".parse::<Hedge>().unwrap(), Hedge::AtLeast);
    /// assert_eq!(format!("{:^11}|", Hedge::About), "   about   |");
    /// ```
    pub enum Hedge {
        /// Lower bound, inclusive: at least, no fewer than, N or more, N+.
        AtLeast => "at_least",
        /// Lower bound, exclusive: more than, over, above, in excess of.
        MoreThan => "more_than",
        /// Upper bound, inclusive: at most, up to, no more than, N or fewer.
        AtMost => "at_most",
        /// Upper bound, exclusive: less than, fewer than, under, below.
        LessThan => "less_than",
        /// Upper extreme: as many as, as much as, as high as.
        AsManyAs => "as_many_as",
        /// Lower extreme: as few as, as little as, as low as.
        AsFewAs => "as_few_as",
        /// Approximate: about, around, roughly, some, an estimated, or so.
        About => "about",
        /// Approximate from below: nearly, almost, just under, not quite.
        Nearly => "nearly",
        /// Approximate from above: just over, a little over, slightly more than.
        JustOver => "just_over",
        /// An explicit range: between X and Y, from X to Y.
        Between => "between",
        /// A margin: "45% ± 3" is [42, 48] %, "plus or minus 2.5 percentage points" is
        /// [-2.5, 2.5] pp.
        PlusMinus => "plus_minus",
    }
}

named_enum! {
    any_case;
    /// Whether the text states the figure as a change of something: "rose 4.5%" is up,
    /// "fell by a third" is down; a level ("stood at 4.5%") has none. Names read in any case.
    ///
    /// ```
    /// use numeric_claims::{Change, Quantity};
    ///
    /// let q: Quantity = "4.5 % up".parse().unwrap();
    /// assert_eq!(q.change, Some(Change::Up));
    /// assert_eq!(Change::Down.as_str(), "down");
    /// ```
    pub enum Change {
        /// An increase: rose, grew, gained, "up N", "a rise of N", doubled.
        Up => "up",
        /// A decrease: fell, dropped, lost, "down N", "a cut of N", halved.
        Down => "down",
    }
}

named_enum! {
    any_case;
    retired: [("date", "dates are not claims, and the crate reports none")];
    /// What sort of quantity a claim states.
    ///
    /// ```
    /// use numeric_claims::{parse_quantity, Kind};
    ///
    /// assert_eq!(parse_quantity("$461 million").unwrap().kind, Kind::Money);
    /// assert_eq!(parse_quantity("approximately 85%").unwrap().kind, Kind::Percent);
    /// assert_eq!(parse_quantity("two-thirds").unwrap().kind, Kind::Fraction);
    /// assert_eq!("Count".parse::<Kind>().unwrap(), Kind::Count);
    /// assert_eq!(format!("{:>7}|", Kind::Count), "  count|");
    /// ```
    ///
    /// Names are read in any case. There is no `date` kind: dates, years and times of day are
    /// not claims, and the crate drops them (see the [contract](crate::contract#what-is-not-a-count)).
    /// Reading the name says so:
    ///
    /// ```
    /// # use numeric_claims::Kind;
    /// assert_eq!(
    ///     "date".parse::<Kind>().unwrap_err().to_string(),
    ///     "unknown Kind name 'date': dates are not claims, and the crate reports none",
    /// );
    /// ```
    pub enum Kind {
        /// A number of things.
        Count => "count",
        /// A percentage or a change in percentage points.
        Percent => "percent",
        /// A proportion stated as a fraction ("half", "two-thirds", "one in five").
        Fraction => "fraction",
        /// An amount of money, with its currency as the unit.
        Money => "money",
        /// A length of time.
        Duration => "duration",
        /// A physical measure: distance, area, mass, temperature, ...
        Measure => "measure",
        /// A position in a sequence ("first", "23rd").
        Ordinal => "ordinal",
        /// A multiple: "sixfold", "3x", "twice as many", "doubled"; the value is the
        /// multiplier.
        Factor => "factor",
    }
}

named_enum! {
    any_case;
    /// ISO 4217 currencies the grammar recognizes: every code of the contract's money table
    /// and the other currencies of world news. Codes that are also common capitalized words
    /// (ALL, TOP, CUP, COP as in "COP26", PHP the programming language) are left out, so
    /// "PHP 8" is no money.
    ///
    /// ```
    /// use numeric_claims::Currency;
    ///
    /// assert_eq!(Currency::Uah.as_str(), "UAH");
    /// assert_eq!("EUR".parse::<Currency>().unwrap(), Currency::Eur);
    /// assert_eq!("usd".parse::<Currency>().unwrap(), Currency::Usd);
    /// assert_eq!(format!("{:>5}|", Currency::Gbp), "  GBP|");
    /// ```
    ///
    /// Codes are read in any case: `usd` can only mean `USD`.
    pub enum Currency {
        /// US dollar.
        Usd => "USD",
        /// Euro.
        Eur => "EUR",
        /// Pound sterling.
        Gbp => "GBP",
        /// Ukrainian hryvnia.
        Uah => "UAH",
        /// Russian rouble.
        Rub => "RUB",
        /// Japanese yen.
        Jpy => "JPY",
        /// Chinese yuan.
        Cny => "CNY",
        /// Indian rupee.
        Inr => "INR",
        /// Swiss franc.
        Chf => "CHF",
        /// Canadian dollar.
        Cad => "CAD",
        /// Australian dollar.
        Aud => "AUD",
        /// New Zealand dollar.
        Nzd => "NZD",
        /// Hong Kong dollar.
        Hkd => "HKD",
        /// Singapore dollar.
        Sgd => "SGD",
        /// New Taiwan dollar.
        Twd => "TWD",
        /// Brazilian real.
        Brl => "BRL",
        /// Mexican peso.
        Mxn => "MXN",
        /// Argentine peso.
        Ars => "ARS",
        /// Chilean peso.
        Clp => "CLP",
        /// South Korean won.
        Krw => "KRW",
        /// Turkish lira.
        Try => "TRY",
        /// Israeli new shekel.
        Ils => "ILS",
        /// Polish zloty.
        Pln => "PLN",
        /// Czech koruna.
        Czk => "CZK",
        /// Hungarian forint.
        Huf => "HUF",
        /// Romanian leu.
        Ron => "RON",
        /// Swedish krona.
        Sek => "SEK",
        /// Norwegian krone.
        Nok => "NOK",
        /// Danish krone.
        Dkk => "DKK",
        /// South African rand.
        Zar => "ZAR",
        /// Nigerian naira.
        Ngn => "NGN",
        /// Kenyan shilling.
        Kes => "KES",
        /// Ghanaian cedi.
        Ghs => "GHS",
        /// Egyptian pound.
        Egp => "EGP",
        /// Moroccan dirham.
        Mad => "MAD",
        /// Saudi riyal.
        Sar => "SAR",
        /// UAE dirham.
        Aed => "AED",
        /// Qatari riyal.
        Qar => "QAR",
        /// Kuwaiti dinar.
        Kwd => "KWD",
        /// Pakistani rupee.
        Pkr => "PKR",
        /// Indonesian rupiah.
        Idr => "IDR",
        /// Malaysian ringgit.
        Myr => "MYR",
        /// Thai baht.
        Thb => "THB",
        /// Vietnamese dong.
        Vnd => "VND",
        /// Kazakhstani tenge.
        Kzt => "KZT",
        /// Georgian lari.
        Gel => "GEL",
        /// Belarusian rouble.
        Byn => "BYN",
        /// Afghan afghani.
        Afn => "AFN",
        /// Albanian lek.
        All => "ALL",
        /// Armenian dram.
        Amd => "AMD",
        /// Angolan kwanza.
        Aoa => "AOA",
        /// Aruban florin.
        Awg => "AWG",
        /// Azerbaijani manat.
        Azn => "AZN",
        /// Bosnia and Herzegovina convertible mark.
        Bam => "BAM",
        /// Barbadian dollar.
        Bbd => "BBD",
        /// Bangladeshi taka.
        Bdt => "BDT",
        /// Bulgarian lev.
        Bgn => "BGN",
        /// Bahraini dinar.
        Bhd => "BHD",
        /// Burundian franc.
        Bif => "BIF",
        /// Bermudian dollar.
        Bmd => "BMD",
        /// Brunei dollar.
        Bnd => "BND",
        /// Bolivian boliviano.
        Bob => "BOB",
        /// Bahamian dollar.
        Bsd => "BSD",
        /// Bhutanese ngultrum.
        Btn => "BTN",
        /// Botswana pula.
        Bwp => "BWP",
        /// Belize dollar.
        Bzd => "BZD",
        /// Congolese franc.
        Cdf => "CDF",
        /// Colombian peso.
        Cop => "COP",
        /// Costa Rican colón.
        Crc => "CRC",
        /// Cuban peso.
        Cup => "CUP",
        /// Cape Verdean escudo.
        Cve => "CVE",
        /// Djiboutian franc.
        Djf => "DJF",
        /// Dominican peso.
        Dop => "DOP",
        /// Algerian dinar.
        Dzd => "DZD",
        /// Eritrean nakfa.
        Ern => "ERN",
        /// Ethiopian birr.
        Etb => "ETB",
        /// Fijian dollar.
        Fjd => "FJD",
        /// Falkland Islands pound.
        Fkp => "FKP",
        /// Gibraltar pound.
        Gip => "GIP",
        /// Gambian dalasi.
        Gmd => "GMD",
        /// Guinean franc.
        Gnf => "GNF",
        /// Guatemalan quetzal.
        Gtq => "GTQ",
        /// Guyanese dollar.
        Gyd => "GYD",
        /// Honduran lempira.
        Hnl => "HNL",
        /// Haitian gourde.
        Htg => "HTG",
        /// Iraqi dinar.
        Iqd => "IQD",
        /// Iranian rial.
        Irr => "IRR",
        /// Icelandic króna.
        Isk => "ISK",
        /// Jamaican dollar.
        Jmd => "JMD",
        /// Jordanian dinar.
        Jod => "JOD",
        /// Kyrgyzstani som.
        Kgs => "KGS",
        /// Cambodian riel.
        Khr => "KHR",
        /// Comorian franc.
        Kmf => "KMF",
        /// North Korean won.
        Kpw => "KPW",
        /// Cayman Islands dollar.
        Kyd => "KYD",
        /// Lao kip.
        Lak => "LAK",
        /// Lebanese pound.
        Lbp => "LBP",
        /// Sri Lankan rupee.
        Lkr => "LKR",
        /// Liberian dollar.
        Lrd => "LRD",
        /// Lesotho loti.
        Lsl => "LSL",
        /// Libyan dinar.
        Lyd => "LYD",
        /// Moldovan leu.
        Mdl => "MDL",
        /// Malagasy ariary.
        Mga => "MGA",
        /// Macedonian denar.
        Mkd => "MKD",
        /// Myanmar kyat.
        Mmk => "MMK",
        /// Mongolian tögrög.
        Mnt => "MNT",
        /// Macanese pataca.
        Mop => "MOP",
        /// Mauritanian ouguiya.
        Mru => "MRU",
        /// Mauritian rupee.
        Mur => "MUR",
        /// Maldivian rufiyaa.
        Mvr => "MVR",
        /// Malawian kwacha.
        Mwk => "MWK",
        /// Mozambican metical.
        Mzn => "MZN",
        /// Namibian dollar.
        Nad => "NAD",
        /// Nicaraguan córdoba.
        Nio => "NIO",
        /// Nepalese rupee.
        Npr => "NPR",
        /// Omani rial.
        Omr => "OMR",
        /// Panamanian balboa.
        Pab => "PAB",
        /// Peruvian sol.
        Pen => "PEN",
        /// Papua New Guinean kina.
        Pgk => "PGK",
        /// Philippine peso.
        Php => "PHP",
        /// Paraguayan guaraní.
        Pyg => "PYG",
        /// Serbian dinar.
        Rsd => "RSD",
        /// Rwandan franc.
        Rwf => "RWF",
        /// Solomon Islands dollar.
        Sbd => "SBD",
        /// Seychellois rupee.
        Scr => "SCR",
        /// Sudanese pound.
        Sdg => "SDG",
        /// Saint Helena pound.
        Shp => "SHP",
        /// Sierra Leonean leone.
        Sle => "SLE",
        /// Somali shilling.
        Sos => "SOS",
        /// Surinamese dollar.
        Srd => "SRD",
        /// South Sudanese pound.
        Ssp => "SSP",
        /// São Tomé and Príncipe dobra.
        Stn => "STN",
        /// Salvadoran colón.
        Svc => "SVC",
        /// Syrian pound.
        Syp => "SYP",
        /// Eswatini lilangeni.
        Szl => "SZL",
        /// Tajikistani somoni.
        Tjs => "TJS",
        /// Turkmenistan manat.
        Tmt => "TMT",
        /// Tunisian dinar.
        Tnd => "TND",
        /// Tongan paʻanga.
        Top => "TOP",
        /// Trinidad and Tobago dollar.
        Ttd => "TTD",
        /// Tanzanian shilling.
        Tzs => "TZS",
        /// Ugandan shilling.
        Ugx => "UGX",
        /// Uruguayan peso.
        Uyu => "UYU",
        /// Uzbekistani som.
        Uzs => "UZS",
        /// Venezuelan bolívar.
        Ves => "VES",
        /// Vanuatu vatu.
        Vuv => "VUV",
        /// Samoan tālā.
        Wst => "WST",
        /// Central African CFA franc.
        Xaf => "XAF",
        /// East Caribbean dollar.
        Xcd => "XCD",
        /// Caribbean guilder.
        Xcg => "XCG",
        /// West African CFA franc.
        Xof => "XOF",
        /// CFP franc.
        Xpf => "XPF",
        /// Yemeni rial.
        Yer => "YER",
        /// Zambian kwacha.
        Zmw => "ZMW",
        /// Zimbabwe gold.
        Zwg => "ZWG",
    }
}

named_enum! {
    exact_case;
    /// Canonical units other than currencies.
    ///
    /// ```
    /// use numeric_claims::MeasureUnit;
    ///
    /// assert_eq!(MeasureUnit::SquareKilometre.as_str(), "km2");
    /// assert_eq!("hour".parse::<MeasureUnit>().unwrap(), MeasureUnit::Hour);
    /// assert_eq!("MW".parse::<MeasureUnit>().unwrap(), MeasureUnit::Megawatt);
    /// assert!("mw".parse::<MeasureUnit>().is_err());
    /// assert_eq!(format!("{:>4}|", MeasureUnit::Kilometre), "  km|");
    /// ```
    ///
    /// Symbols are read exactly as written, because their case carries meaning: `MW` is a
    /// megawatt and `mW` a milliwatt, `m` a metre and `M` the prefix mega, `B` a byte and `b`
    /// a bit. The spelled-out time units (`hour`, `year`) follow the same rule, so every name
    /// of this type is read one way.
    pub enum MeasureUnit {
        /// Percent, `%`.
        Percent => "%",
        /// Percentage points, `pp`.
        PercentagePoint => "pp",
        /// Basis points, `bp`: hundredths of a percentage point, as rates and yields move.
        BasisPoint => "bp",
        /// Second.
        Second => "second",
        /// Minute.
        Minute => "minute",
        /// Hour.
        Hour => "hour",
        /// Day.
        Day => "day",
        /// Week.
        Week => "week",
        /// Month.
        Month => "month",
        /// Year.
        Year => "year",
        /// Decade.
        Decade => "decade",
        /// Century.
        Century => "century",
        /// Millimetre.
        Millimetre => "mm",
        /// Centimetre.
        Centimetre => "cm",
        /// Metre.
        Metre => "m",
        /// Kilometre.
        Kilometre => "km",
        /// Inch (never written as a bare quote mark).
        Inch => "in",
        /// Foot.
        Foot => "ft",
        /// Yard.
        Yard => "yd",
        /// Statute mile.
        Mile => "mi",
        /// Nautical mile.
        NauticalMile => "nmi",
        /// Square metre.
        SquareMetre => "m2",
        /// Square kilometre.
        SquareKilometre => "km2",
        /// Hectare.
        Hectare => "ha",
        /// Acre.
        Acre => "acre",
        /// Square mile.
        SquareMile => "sqmi",
        /// Square foot.
        SquareFoot => "sqft",
        /// Millilitre.
        Millilitre => "ml",
        /// Litre.
        Litre => "l",
        /// Cubic metre.
        CubicMetre => "m3",
        /// US gallon.
        Gallon => "gal",
        /// Barrel (of oil).
        Barrel => "bbl",
        /// Billion cubic metres (of gas); the value stays in bcm.
        BillionCubicMetres => "bcm",
        /// Milligram.
        Milligram => "mg",
        /// Gram.
        Gram => "g",
        /// Kilogram.
        Kilogram => "kg",
        /// Metric tonne.
        Tonne => "t",
        /// Pound (mass).
        PoundMass => "lb",
        /// Ounce (avoirdupois).
        Ounce => "oz",
        /// Kilometre per hour.
        KilometrePerHour => "km/h",
        /// Mile per hour.
        MilePerHour => "mph",
        /// Metre per second.
        MetrePerSecond => "m/s",
        /// Knot (nautical mile per hour).
        Knot => "kn",
        /// Degree Celsius.
        Celsius => "C",
        /// Degree Fahrenheit.
        Fahrenheit => "F",
        /// Watt-hour.
        WattHour => "Wh",
        /// Kilowatt-hour.
        KilowattHour => "kWh",
        /// Megawatt-hour.
        MegawattHour => "MWh",
        /// Gigawatt-hour.
        GigawattHour => "GWh",
        /// Terawatt-hour.
        TerawattHour => "TWh",
        /// Joule.
        Joule => "J",
        /// Kilojoule.
        Kilojoule => "kJ",
        /// Megajoule.
        Megajoule => "MJ",
        /// Calorie.
        Calorie => "cal",
        /// Kilocalorie.
        Kilocalorie => "kcal",
        /// Milliampere-hour (electric charge, as battery capacity is written).
        MilliampHour => "mAh",
        /// Watt.
        Watt => "W",
        /// Milliwatt (`mW`; `MW` is the megawatt).
        Milliwatt => "mW",
        /// Kilowatt.
        Kilowatt => "kW",
        /// Megawatt.
        Megawatt => "MW",
        /// Gigawatt.
        Gigawatt => "GW",
        /// Mechanical horsepower.
        Horsepower => "hp",
        /// Byte.
        Byte => "B",
        /// Kilobyte (1000 bytes).
        Kilobyte => "KB",
        /// Megabyte (10⁶ bytes).
        Megabyte => "MB",
        /// Gigabyte (10⁹ bytes).
        Gigabyte => "GB",
        /// Terabyte (10¹² bytes).
        Terabyte => "TB",
        /// Petabyte (10¹⁵ bytes).
        Petabyte => "PB",
        /// Kilobit per second.
        KilobitPerSecond => "kbps",
        /// Megabit per second.
        MegabitPerSecond => "Mbps",
        /// Gigabit per second.
        GigabitPerSecond => "Gbps",
        /// Hertz.
        Hertz => "Hz",
        /// Kilohertz.
        Kilohertz => "kHz",
        /// Megahertz.
        Megahertz => "MHz",
        /// Gigahertz.
        Gigahertz => "GHz",
        /// Pascal.
        Pascal => "Pa",
        /// Kilopascal.
        Kilopascal => "kPa",
        /// Hectopascal (millibar).
        Hectopascal => "hPa",
        /// Bar.
        Bar => "bar",
        /// Pound-force per square inch.
        Psi => "psi",
        /// Cubic foot.
        CubicFoot => "ft3",
        /// Newton-metre, of torque.
        NewtonMetre => "Nm",
        /// Megapixel, of an image sensor's resolution.
        Megapixel => "MP",
        /// Nit (candela per square metre), of a screen's brightness.
        Nit => "nit",
        /// An earthquake's magnitude (moment or Richter; the text seldom says which).
        Magnitude => "mag",
        /// Degree of angle (`°` of a temperature is `C` or `F`).
        Degree => "deg",
        /// Nanometre.
        Nanometre => "nm",
        /// Micrometre (micron).
        Micrometre => "um",
        /// Light-year (the IAU's: 9,460,730,472,580,800 m exactly).
        LightYear => "ly",
        /// Astronomical unit (149,597,870,700 m exactly).
        AstronomicalUnit => "au",
        /// Metric horsepower (PS): 735.49875 W exactly.
        MetricHorsepower => "PS",
    }
}

impl MeasureUnit {
    /// Whether this is a unit of time (a quantity in it is a duration).
    pub(crate) const fn is_time(self) -> bool {
        matches!(self.kind(), Kind::Duration)
    }

    /// The kind a quantity in this unit has.
    pub(crate) const fn kind(self) -> Kind {
        use MeasureUnit::*;
        match self {
            Percent | PercentagePoint | BasisPoint => Kind::Percent,
            Second | Minute | Hour | Day | Week | Month | Year | Decade | Century => Kind::Duration,
            _ => Kind::Measure,
        }
    }
}

/// A canonical unit: a currency or a [`MeasureUnit`].
///
/// ```
/// use numeric_claims::{Currency, MeasureUnit, Unit};
///
/// assert_eq!(Unit::Currency(Currency::Usd).to_string(), "USD");
/// assert_eq!("km".parse::<Unit>().unwrap(), Unit::Measure(MeasureUnit::Kilometre));
/// assert_eq!("usd".parse::<Unit>().unwrap(), Unit::Currency(Currency::Usd));
/// assert!("KM".parse::<Unit>().is_err());
/// assert_eq!(format!("{:<4}|", Unit::Measure(MeasureUnit::Percent)), "%   |");
/// ```
///
/// A unit symbol is read exactly as written, a currency code in any case (see [`MeasureUnit`]
/// and [`Currency`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Unit {
    /// An amount of money in this currency.
    Currency(Currency),
    /// A percentage, a duration or a physical measure.
    Measure(MeasureUnit),
}

impl Unit {
    /// The canonical name: an ISO 4217 code, `%`, `pp`, `year`, `km`, ...
    ///
    /// ```
    /// # use numeric_claims::{MeasureUnit, Unit};
    /// assert_eq!(Unit::Measure(MeasureUnit::Percent).as_str(), "%");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Unit::Currency(c) => c.as_str(),
            Unit::Measure(d) => d.as_str(),
        }
    }

    /// The kind of a quantity measured in this unit.
    ///
    /// ```
    /// # use numeric_claims::{Currency, Kind, Unit};
    /// assert_eq!(Unit::Currency(Currency::Eur).kind(), Kind::Money);
    /// ```
    #[must_use]
    pub const fn kind(self) -> Kind {
        match self {
            Unit::Currency(_) => Kind::Money,
            Unit::Measure(d) => d.kind(),
        }
    }
}

impl fmt::Display for Unit {
    /// The canonical name, padded to the width asked for (`{:>8}`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl FromStr for Unit {
    type Err = Error;

    /// Reads a unit symbol exactly as written (`MW`, `km`), or a currency code in any case
    /// (`USD`, `usd`). No code is also a symbol, so the two never compete.
    ///
    /// # Errors
    ///
    /// Any other string, such as `"mw"`, `"Km"` or `"dollars"`.
    fn from_str(s: &str) -> Result<Self, Error> {
        if let Ok(d) = s.parse() {
            return Ok(Unit::Measure(d));
        }
        s.parse()
            .map(Unit::Currency)
            .map_err(|_| Error::unknown_name("Unit", s, None))
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Unit {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A numeric claim resolved to a typed, bounded, exact quantity.
///
/// `value` is the stated figure (absent for ranges and vague amounts), `interval` what the
/// claim asserts about the true value, and the other fields say how the claim was hedged and
/// what it measures.
///
/// `Display` writes one canonical form and `FromStr` reads it back, so a quantity survives a
/// round trip through text:
///
/// ```text
/// form     = head [" "] [interval] *(" " word)
/// head     = [symbol] [value]            symbol: ≥ > ≤ < ≈
/// interval = ("[" | "(") bound ", " bound ("]" | ")")     bound: number, -∞ or ∞
/// word     = unit | kind | certainty | hedge | change     only when not implied
/// ```
///
/// The symbol names the hedge (`≥` at least, `>` more than, `≤` at most, `<` less than) or,
/// for other hedges, approximate certainty (`≈`). The interval is written unless the head
/// implies it (`337` is `[337, 337]`, `≥337` is `[337, ∞)`); the kind is written unless the
/// unit implies it (no unit: count; a currency: money; `%`: percent); the certainty and hedge
/// are written unless the symbol implies them; a change is written as `up` or `down`, last.
///
/// ```
/// use numeric_claims::{parse_quantity, Quantity};
///
/// let q = parse_quantity("some 50,000").unwrap();
/// assert_eq!(q.to_string(), "≈50000 [45000, 55000]");
/// assert_eq!(q.to_string().parse::<Quantity>().unwrap(), q);
///
/// assert_eq!(parse_quantity("at least 337").unwrap().to_string(), "≥337");
/// assert_eq!(parse_quantity("more than 1,550").unwrap().to_string(), ">1550");
/// assert_eq!(parse_quantity("20-30").unwrap().to_string(), "[20, 30]");
/// assert_eq!(parse_quantity("$461 million").unwrap().to_string(), "461000000 USD");
/// assert_eq!(parse_quantity("nearly half").unwrap().to_string(), "≈0.5 [0.375, 0.5) fraction nearly");
/// ```
///
/// The struct is `#[non_exhaustive]`, so fields may be added: build a quantity with
/// [`Quantity::new`] or [`Quantity::exact`] and the `with_*` methods, or with
/// [`parse_quantity`](crate::parse_quantity()).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Quantity {
    /// The stated figure in `unit`, exact; `None` for ranges and vague amounts.
    pub value: Option<Number>,
    /// What the claim asserts about the true value.
    pub interval: Interval,
    /// Exact, approximate or vague.
    pub certainty: Certainty,
    /// The qualifier's class, if the figure was qualified.
    pub hedge: Option<Hedge>,
    /// `Some` when the text states the figure as a change ("rose 4.5%"), `None` for a level.
    pub change: Option<Change>,
    /// Count, percent, money, ...
    pub kind: Kind,
    /// The canonical unit, if any.
    pub unit: Option<Unit>,
    /// For a rate, what the figure is per ("$3.50 a gallon", "40 deaths per day"); `None`
    /// for a figure that is no rate.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub per: Option<Per>,
}

/// The denominator of a rate: the amount and unit the figure is per. "$3.50 a gallon" is per
/// 1 `gal`, "every 21 days" per 21 `day`, "47.4 per 100,000 people" per 100000 with no unit
/// (the claim's [`per_noun`](crate::Claim::per_noun) is "people").
///
/// ```
/// use numeric_claims::{extract, MeasureUnit, Number, Unit};
///
/// let text = "Petrol cost $3.50 a gallon.";
/// let per = extract(text)[0].quantity.per.unwrap();
/// assert_eq!(per.value, Number::ONE);
/// assert_eq!(per.unit, Some(Unit::Measure(MeasureUnit::Gallon)));
/// assert_eq!(per.to_string(), "1 gal");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Per {
    /// How many of the unit (or of the counted base) the figure is per: 1 for "a day".
    pub value: Number,
    /// The unit of the base: a period or a measure; `None` for a counted base ("per 100,000
    /// people") or a bare one ("per 1,000").
    pub unit: Option<Unit>,
}

impl Per {
    /// Per `value` of `unit` (`None` for a counted or bare base).
    ///
    /// ```
    /// # use numeric_claims::{MeasureUnit, Number, Per, Unit};
    /// let per = Per::new(Number::from(21), Some(Unit::Measure(MeasureUnit::Day)));
    /// assert_eq!(per.to_string(), "21 day");
    /// ```
    #[must_use]
    pub const fn new(value: Number, unit: Option<Unit>) -> Per {
        Per { value, unit }
    }
}

impl fmt::Display for Per {
    /// The amount and the unit, if any: `1 day`, `100000`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.unit {
            Some(unit) => write!(f, "{} {unit}", self.value),
            None => write!(f, "{}", self.value),
        }
    }
}

impl Quantity {
    /// A bare, exact count: `value` and the point interval around it.
    ///
    /// ```
    /// # use numeric_claims::{Quantity, Number, parse_quantity};
    /// assert_eq!(Quantity::exact(Number::from(337)), parse_quantity("337").unwrap());
    /// ```
    #[must_use]
    pub const fn exact(value: Number) -> Quantity {
        Quantity {
            value: Some(value),
            interval: Interval::point(value),
            certainty: Certainty::Exact,
            hedge: None,
            change: None,
            kind: Kind::Count,
            unit: None,
            per: None,
        }
    }
}

/// Building a quantity by hand, in a test or from another source of claims.
impl Quantity {
    /// A quantity of `kind` asserting `interval`, with no stated figure, no hedge and no unit,
    /// certainty exact; the `with_*` methods set the rest.
    ///
    /// ```
    /// use numeric_claims::{parse_quantity, Bound, Hedge, Interval, Kind, Number, Quantity};
    ///
    /// let over = Interval::new(Some(Bound::exclusive(Number::from(1550))), None);
    /// let q = Quantity::new(Kind::Count, over)
    ///     .with_value(Number::from(1550))
    ///     .with_hedge(Hedge::MoreThan);
    /// assert_eq!(q, parse_quantity("more than 1,550").unwrap());
    /// ```
    #[must_use]
    pub const fn new(kind: Kind, interval: Interval) -> Quantity {
        Quantity {
            value: None,
            interval,
            kind,
            ..Quantity::exact(Number::ZERO)
        }
    }

    /// The same quantity with `value` as its stated figure (`None` for none).
    ///
    /// ```
    /// # use numeric_claims::{Number, Quantity};
    /// let q = Quantity::exact(Number::from(5)).with_value(None);
    /// assert_eq!(q.value, None);
    /// ```
    #[must_use]
    pub fn with_value(self, value: impl Into<Option<Number>>) -> Quantity {
        Quantity {
            value: value.into(),
            ..self
        }
    }

    /// The same quantity asserting `interval`.
    ///
    /// ```
    /// # use numeric_claims::{Interval, Number, Quantity};
    /// let q = Quantity::exact(Number::from(5)).with_interval(Interval::default());
    /// assert!(q.interval.contains(Number::from(6)));
    /// ```
    #[must_use]
    pub fn with_interval(self, interval: Interval) -> Quantity {
        Quantity { interval, ..self }
    }

    /// The same quantity with `certainty`.
    ///
    /// ```
    /// # use numeric_claims::{Certainty, Number, Quantity};
    /// let q = Quantity::exact(Number::from(5)).with_certainty(Certainty::Approximate);
    /// assert_eq!(q.certainty, Certainty::Approximate);
    /// ```
    #[must_use]
    pub fn with_certainty(self, certainty: Certainty) -> Quantity {
        Quantity { certainty, ..self }
    }

    /// The same quantity with `hedge` as its qualifier (`None` for none).
    ///
    /// ```
    /// # use numeric_claims::{Hedge, Number, Quantity};
    /// let q = Quantity::exact(Number::from(5)).with_hedge(Hedge::About);
    /// assert_eq!(q.hedge, Some(Hedge::About));
    /// ```
    #[must_use]
    pub fn with_hedge(self, hedge: impl Into<Option<Hedge>>) -> Quantity {
        Quantity {
            hedge: hedge.into(),
            ..self
        }
    }

    /// The same quantity stated as a change (`Some`) or as a level (`None`).
    ///
    /// ```
    /// # use numeric_claims::{Change, Number, Quantity};
    /// let q = Quantity::exact(Number::from(3)).with_change(Change::Up);
    /// assert_eq!(q.to_string(), "3 up");
    /// ```
    #[must_use]
    pub fn with_change(self, change: impl Into<Option<Change>>) -> Quantity {
        Quantity {
            change: change.into(),
            ..self
        }
    }

    /// The same quantity as a rate per `per` (`None` for no rate).
    ///
    /// ```
    /// # use numeric_claims::{MeasureUnit, Number, Per, Quantity, Unit};
    /// let day = Per::new(Number::ONE, Some(Unit::Measure(MeasureUnit::Day)));
    /// let q = Quantity::exact(Number::from(40)).with_per(day);
    /// assert_eq!(q.per, Some(day));
    /// ```
    #[must_use]
    pub fn with_per(self, per: impl Into<Option<Per>>) -> Quantity {
        Quantity {
            per: per.into(),
            ..self
        }
    }

    /// The same quantity of `kind`.
    ///
    /// ```
    /// # use numeric_claims::{Kind, Number, Quantity};
    /// let q = Quantity::exact(Number::from(3)).with_kind(Kind::Ordinal);
    /// assert_eq!(q.to_string(), "3 ordinal");
    /// ```
    #[must_use]
    pub fn with_kind(self, kind: Kind) -> Quantity {
        Quantity { kind, ..self }
    }

    /// The same quantity in `unit`, and of the kind the unit implies (money for a currency,
    /// percent for `%` and `pp`, duration for a time unit, measure for the others); without a
    /// unit the kind stays. Call [`Quantity::with_kind`] after it to set another kind.
    ///
    /// ```
    /// # use numeric_claims::{parse_quantity, Currency, Number, Quantity, Unit};
    /// let q = Quantity::exact(Number::from(461_000_000)).with_unit(Unit::Currency(Currency::Usd));
    /// assert_eq!(q, parse_quantity("$461 million").unwrap());
    /// ```
    #[must_use]
    pub fn with_unit(self, unit: impl Into<Option<Unit>>) -> Quantity {
        let unit = unit.into();
        Quantity {
            unit,
            kind: unit.map_or(self.kind, Unit::kind),
            ..self
        }
    }
}
