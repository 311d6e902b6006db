//! Units, money and figures of general news (the contract's figures, units and money): one
//! row per unit dimension, currency form and added figure form, the exact factors of the new
//! units, sentences through `extract`, and a property over every (figure, unit) pair in each
//! written form.

mod rows;

use rows::check_all;

use numeric_claims::{Dimension, Kind, MeasureUnit, Number, extract, parse_quantity};
use proptest::prelude::*;

/// `(phrase, canonical)`: the canonical form writes value, interval, kind and unit at once.
const UNITS: &[(&str, &str)] = &[
    // Length.
    ("105mm", "105 mm"),
    ("5 cm", "5 cm"),
    ("10-km", "10 km"),
    ("84.9 m", "84.9 m"),
    ("8 inches", "8 in"),
    ("5.5-inch", "5.5 in"),
    ("260-foot", "260 ft"),
    ("1.5 feet", "1.5 ft"),
    ("565 yd", "565 yd"),
    ("50 yards", "50 yd"),
    ("26.2 miles", "26.2 mi"),
    ("6,000 nautical miles", "6000 nmi"),
    // Area.
    ("62 m²", "62 m2"),
    ("8,600 km2", "8600 km2"),
    ("4.2 million sq km", "4200000 km2"),
    ("46 square miles", "46 sqmi"),
    ("4,000 sq ft", "4000 sqft"),
    ("30 square feet", "30 sqft"),
    ("860,000 ha", "860000 ha"),
    ("2,500-acre", "2500 acre"),
    // Volume.
    ("500ml", "500 ml"),
    ("5 l", "5 l"),
    ("1.6-litre", "1.6 l"),
    ("2 liters", "2 l"),
    ("1,000 cubic metres", "1000 m3"),
    ("30 m³", "30 m3"),
    ("4 million gallons", "4000000 gal"),
    ("12.3 million barrels", "12300000 bbl"),
    ("38 bcm", "38 bcm"),
    ("38 billion cubic metres", "38 bcm"),
    ("1.5bn cubic meters", "1.5 bcm"),
    ("about 38 billion cubic metres", "≈38 [37.5, 38.5] bcm"),
    ("500 million cubic metres", "500000000 m3"),
    // Mass.
    ("20 mg", "20 mg"),
    ("5.4 g", "5.4 g"),
    ("1.24kg", "1.24 kg"),
    ("3,000-tonne", "3000 t"),
    ("5 metric tons", "5 t"),
    ("12 lbs", "12 lb"),
    ("2.1 million oz", "2100000 oz"),
    ("3 ounces", "3 oz"),
    // Speed.
    ("120 kph", "120 km/h"),
    ("44.72 km/h", "44.72 km/h"),
    ("185 miles an hour", "185 mph"),
    ("25 m/s", "25 m/s"),
    ("15 knots", "15 kn"),
    // Temperature.
    ("40.3C", "40.3 C"),
    ("-40F", "-40 F"),
    ("12 degrees Celsius", "12 C"),
    ("54 degrees Fahrenheit", "54 F"),
    ("57 °C", "57 C"),
    // Energy and charge.
    ("7.2kWh", "7.2 kWh"),
    ("12,000 kilowatt-hours", "12000 kWh"),
    ("80 terawatt hours", "80 TWh"),
    ("1,200 MWh", "1200 MWh"),
    ("164 GWh", "164 GWh"),
    ("500 Wh", "500 Wh"),
    ("120 MJ", "120 MJ"),
    ("5 joules", "5 J"),
    ("600 kcal", "600 kcal"),
    ("500 calories", "500 kcal"),
    ("4,200 mAh", "4200 mAh"),
    ("5,000mAh", "5000 mAh"),
    // Power.
    ("400W", "400 W"),
    ("2.5 watts", "2.5 W"),
    ("3kW", "3 kW"),
    ("22,500 megawatts", "22500 MW"),
    ("60-megawatt", "60 MW"),
    ("7.2 GW", "7.2 GW"),
    ("1,000 hp", "1000 hp"),
    ("250-horsepower", "250 hp"),
    ("300 bhp", "300 hp"),
    // Data and data rates.
    ("512 B", "512 B"),
    ("2 KB", "2 KB"),
    ("850MB", "850 MB"),
    ("64GB", "64 GB"),
    ("2TB", "2 TB"),
    ("20 PB", "20 PB"),
    ("3 gigabytes", "3 GB"),
    ("320kbps", "320 kbps"),
    ("100Mbps", "100 Mbps"),
    ("1 Gbps", "1 Gbps"),
    ("50 megabits per second", "50 Mbps"),
    // Frequency.
    ("120Hz", "120 Hz"),
    ("800 kHz", "800 kHz"),
    ("433 MHz", "433 MHz"),
    ("3.2GHz", "3.2 GHz"),
    // Pressure.
    ("100 Pa", "100 Pa"),
    ("101.2 kPa", "101.2 kPa"),
    ("870 hPa", "870 hPa"),
    ("960 millibars", "960 hPa"),
    ("70 bar", "70 bar"),
    ("1,015 psi", "1015 psi"),
    // Time in an adjective, and an age.
    ("45-minute", "45 minute"),
    ("23-year-old", "23 year"),
];

const MONEY: &[(&str, &str)] = &[
    // Signs before or after, glued or spaced.
    ("$5", "5 USD"),
    ("5$", "5 USD"),
    ("€ 99", "99 EUR"),
    ("549 €", "549 EUR"),
    ("1.65 €", "1.65 EUR"),
    ("£1.52", "1.52 GBP"),
    ("¥157 billion", "157000000000 JPY"),
    ("₹7,861 crore", "78610000000 INR"),
    ("₽52.40", "52.4 RUB"),
    ("₴41.5", "41.5 UAH"),
    ("₩6.6 trillion", "6600000000000 KRW"),
    ("₺32", "32 TRY"),
    ("₪8 billion", "8000000000 ILS"),
    ("₦500", "500 NGN"),
    // Prefixed dollars.
    ("US$7.1 billion", "7100000000 USD"),
    ("$US319 million", "319000000 USD"),
    ("C$1.2 billion", "1200000000 CAD"),
    ("CA$5", "5 CAD"),
    ("A$4.2bn", "4200000000 AUD"),
    ("AU$5", "5 AUD"),
    ("NZ$9.50", "9.5 NZD"),
    ("HK$3bn", "3000000000 HKD"),
    ("S$850 million", "850000000 SGD"),
    ("R$1.1 billion", "1100000000 BRL"),
    ("Mex$2.1 billion", "2100000000 MXN"),
    // ISO codes before or after, glued or spaced.
    ("USD 25 million", "25000000 USD"),
    ("25 USD", "25 USD"),
    ("15USD", "15 USD"),
    ("EUR2bn", "2000000000 EUR"),
    ("2bn EUR", "2000000000 EUR"),
    ("GEL206.3m", "206300000 GEL"),
    ("CHF 1.4bn", "1400000000 CHF"),
    ("SEK 40", "40 SEK"),
    ("RMB 5", "5 CNY"),
    ("Rs 12 lakh", "1200000 INR"),
    ("Rs. 500", "500 INR"),
    // Words, with and without a country adjective.
    ("50 dollars", "50 USD"),
    ("5 Canadian dollars", "5 CAD"),
    ("55m Australian dollars", "55000000 AUD"),
    ("5 Hong Kong dollars", "5 HKD"),
    ("3 pounds sterling", "3 GBP"),
    ("37.4 billion yen", "37400000000 JPY"),
    ("3.38 trillion yuan", "3380000000000 CNY"),
    ("5 renminbi", "5 CNY"),
    ("2 crore rupees", "20000000 INR"),
    ("5 roubles", "5 RUB"),
    ("5 lira", "5 TRY"),
    ("5 shekels", "5 ILS"),
    ("5 billion zloty", "5000000000 PLN"),
    ("5 Swiss francs", "5 CHF"),
    ("12.3 billion rand", "12300000000 ZAR"),
    ("9.2 trillion naira", "9200000000000 NGN"),
    ("75 billion riyals", "75000000000 SAR"),
    ("411 billion dirhams", "411000000000 AED"),
    ("5 Swedish kronor", "5 SEK"),
    ("145.7 million pounds", "145700000 GBP"),
    ("580 pounds", "580 lb"),
    // A currency word the text does not pin to one country: money, no unit.
    ("400 million francs", "400000000 money"),
    ("5 pesos", "5 money"),
    ("20 crowns", "20 money"),
    // Minor units, converted exactly.
    ("92p", "0.92 GBP"),
    ("0.30p", "0.003 GBP"),
    ("212 pence", "2.12 GBP"),
    ("50 cents", "0.5 USD"),
    ("7-cent", "0.07 USD"),
    ("one cent", "0.01 USD"),
    ("40 kopecks", "0.4 RUB"),
    ("20-30p", "[0.2, 0.3] GBP"),
    // Scale words after the currency.
    ("$4.2bn", "4200000000 USD"),
    ("£2.1m", "2100000 GBP"),
    ("€100 m", "100000000 EUR"),
    ("20-billion-euro", "20000000000 EUR"),
];

const FIGURES: &[(&str, &str)] = &[
    ("12 lakh", "1200000"),
    ("5 lac", "500000"),
    ("2 crore", "20000000"),
    ("3 cr", "30000000"),
    ("34.8 lakh crore", "34800000000000"),
    ("1,30,415 crore", "1304150000000"),
    ("half a dozen", "6"),
    ("three dozen", "36"),
    ("a quarter million", "250000"),
    ("a quarter of a million", "250000"),
    ("three quarters of a billion", "750000000"),
    ("a quarter of a percentage point", "0.25 pp"),
    ("half an hour", "0.5 hour"),
    ("minus 15C", "-15 C"),
    ("minus five", "-5"),
    ("negative 0.75%", "-0.75 %"),
    ("negative 10 degrees Celsius or below", "≤-10 C"),
];

#[test]
fn every_unit_dimension_reads() {
    check_all(UNITS);
}

#[test]
fn every_money_form_reads() {
    check_all(MONEY);
}

#[test]
fn every_indian_scale_and_hyphenated_time_reads() {
    check_all(FIGURES);
}

#[test]
fn money_with_no_unit_is_money() {
    let q = parse_quantity("400 million francs").unwrap();
    assert_eq!(q.kind, Kind::Money);
    assert_eq!(q.unit, None);
}

#[test]
fn malformed_and_foreign_forms_are_rejected() {
    for phrase in [
        "1,00,000", // Indian groups only before lakh or crore
        "5G",       // a network, no unit
        "5 C",      // a spaced letter is no temperature
        "5 p",      // nor pence
        "10-m",     // a one-letter symbol is never hyphenated
        "EURO5",    // a code glued to letters is a word
    ] {
        assert!(parse_quantity(phrase).is_err(), "{phrase:?} parsed");
    }
    assert_eq!(parse_quantity("1.5m").unwrap().to_string(), "1500000");
    assert_eq!(parse_quantity("1.5 m").unwrap().to_string(), "1.5 m");
}

/// The claims of `text` as `(text, canonical quantity)`.
fn found(text: &str) -> Vec<(String, String)> {
    extract(text)
        .iter()
        .map(|c| (c.text(text).to_string(), c.quantity.to_string()))
        .collect()
}

#[track_caller]
fn expect(text: &str, want: &[(&str, &str)]) {
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(t, q)| (t.to_string(), q.to_string()))
        .collect();
    assert_eq!(found(text), want, "claims of {text:?}");
}

#[test]
fn sentences_of_general_news() {
    expect(
        "The army agreed to send 30 105mm guns.",
        &[("30", "30"), ("105mm", "105 mm")],
    );
    expect(
        "The port handled 1 550 000 containers.",
        &[("1 550 000", "1550000")],
    );
    expect(
        "The F-16 and the 5G mast cost 1.5m.",
        &[("1.5m", "1500000")],
    );
    expect("4K screens and 1080p video drew 65W.", &[("65W", "65 W")]);
    expect(
        "A loaf rose by 40 kopecks to ₽52.40.",
        &[("40 kopecks", "0.4 RUB up"), ("₽52.40", "52.4 RUB")],
    );
    expect(
        "The hryvnia slid, and bread rose by 40 kopecks.",
        &[("40 kopecks", "0.4 UAH up")],
    );
    expect(
        "Tickets cost €200,000–€400,000 a week.",
        &[("€200,000–€400,000", "[200000, 400000] EUR per 1 week")],
    );
    expect(
        "Beijing hit 44.4 °C (111.9 °F) on Monday.",
        &[("44.4 °C", "44.4 C"), ("111.9 °F", "111.9 F")],
    );
    expect(
        "It was mild.\n−2C was the low, and minus 15C the night before.",
        &[("−2C", "-2 C"), ("minus 15C", "-15 C")],
    );
    expect(
        "Rates held for a seventh meeting, a third of them said.",
        &[("seventh", "7 ordinal"), ("a third", "1/3 fraction")],
    );
    expect(
        "The Geysers' 15 geothermal plants run 8~10 hours.",
        &[("15", "15"), ("8~10 hours", "[8, 10] hour")],
    );
    expect(
        "The EUR2bn fine and Mex$2.1 billion profit.",
        &[
            ("EUR2bn", "2000000000 EUR"),
            ("Mex$2.1 billion", "2100000000 MXN"),
        ],
    );
}

#[test]
fn new_units_convert_exactly() {
    let n = |s: &str| s.parse::<Number>().unwrap();
    let one = Number::from(1);
    for (from, to, want) in [
        (MeasureUnit::Inch, MeasureUnit::Metre, "0.0254"),
        (MeasureUnit::Yard, MeasureUnit::Metre, "0.9144"),
        (
            MeasureUnit::SquareFoot,
            MeasureUnit::SquareMetre,
            "0.09290304",
        ),
        (MeasureUnit::Millilitre, MeasureUnit::Litre, "0.001"),
        (MeasureUnit::CubicMetre, MeasureUnit::Litre, "1000"),
        (MeasureUnit::Gallon, MeasureUnit::Litre, "3.785411784"),
        (
            MeasureUnit::BillionCubicMetres,
            MeasureUnit::CubicMetre,
            "1000000000",
        ),
        (MeasureUnit::Milligram, MeasureUnit::Kilogram, "0.000001"),
        (MeasureUnit::Ounce, MeasureUnit::Kilogram, "0.028349523125"),
        (MeasureUnit::Knot, MeasureUnit::KilometrePerHour, "1.852"),
        (
            MeasureUnit::MetrePerSecond,
            MeasureUnit::KilometrePerHour,
            "3.6",
        ),
        (MeasureUnit::KilowattHour, MeasureUnit::Joule, "3600000"),
        (MeasureUnit::Kilocalorie, MeasureUnit::Joule, "4184"),
        (MeasureUnit::Calorie, MeasureUnit::Joule, "4.184"),
        (
            MeasureUnit::Horsepower,
            MeasureUnit::Watt,
            "745.69987158227022",
        ),
        (MeasureUnit::Gigabyte, MeasureUnit::Megabyte, "1000"),
        (
            MeasureUnit::GigabitPerSecond,
            MeasureUnit::KilobitPerSecond,
            "1000000",
        ),
        (MeasureUnit::Gigahertz, MeasureUnit::Hertz, "1000000000"),
        (MeasureUnit::Bar, MeasureUnit::Kilopascal, "100"),
        (MeasureUnit::Hectopascal, MeasureUnit::Pascal, "100"),
    ] {
        assert_eq!(from.convert(one, to), Some(n(want)), "{from} to {to}");
    }
    let psi = MeasureUnit::Psi.convert(one, MeasureUnit::Pascal).unwrap();
    assert_eq!(
        psi,
        Number::ratio(8_896_443_230_521, 1_290_320_000).unwrap()
    );
    assert_eq!(
        MeasureUnit::MilliampHour.dimension(),
        Dimension::ElectricCharge
    );
    assert_eq!(
        MeasureUnit::MilliampHour.convert(one, MeasureUnit::Joule),
        None
    );
    assert_eq!(
        MeasureUnit::Megabyte.convert(one, MeasureUnit::MegabitPerSecond),
        None
    );
    assert_eq!(MeasureUnit::SquareMile.as_str(), "sqmi");
}

/// How a unit's symbol may stand after its figure.
#[derive(Debug, Clone, Copy)]
enum Place {
    /// Glued, spaced or after a hyphen ("10km", "10 km", "10-km").
    Any,
    /// Only after a space ("5 m": "5m" is five million).
    Spaced,
    /// Only glued ("40C").
    Glued,
}

/// Each unit of the contract's units table with its symbol, where the symbol may stand, and
/// its spelling in the plural and the singular (the singular is what a hyphenated adjective takes).
type Forms = (
    &'static str,
    Option<(&'static str, Place)>,
    Option<&'static str>,
    Option<&'static str>,
);

const FORMS: &[Forms] = {
    use Place::{Any, Glued, Spaced};
    &[
        (
            "mm",
            Some(("mm", Any)),
            Some("millimetres"),
            Some("millimetre"),
        ),
        (
            "cm",
            Some(("cm", Any)),
            Some("centimeters"),
            Some("centimeter"),
        ),
        ("m", Some(("m", Spaced)), Some("metres"), Some("metre")),
        (
            "km",
            Some(("km", Any)),
            Some("kilometers"),
            Some("kilometre"),
        ),
        ("in", None, Some("inches"), Some("inch")),
        ("ft", Some(("ft", Any)), Some("feet"), Some("foot")),
        ("yd", Some(("yd", Any)), Some("yards"), Some("yard")),
        ("mi", Some(("mi", Spaced)), Some("miles"), Some("mile")),
        (
            "nmi",
            Some(("nmi", Any)),
            Some("nautical miles"),
            Some("nautical mile"),
        ),
        (
            "m2",
            Some(("m2", Any)),
            Some("square metres"),
            Some("square meter"),
        ),
        (
            "km2",
            Some(("km2", Any)),
            Some("square kilometres"),
            Some("square kilometre"),
        ),
        (
            "ha",
            Some(("ha", Spaced)),
            Some("hectares"),
            Some("hectare"),
        ),
        ("acre", None, Some("acres"), Some("acre")),
        (
            "sqmi",
            Some(("sqmi", Any)),
            Some("square miles"),
            Some("square mile"),
        ),
        (
            "sqft",
            Some(("sqft", Any)),
            Some("square feet"),
            Some("square foot"),
        ),
        (
            "ml",
            Some(("ml", Any)),
            Some("millilitres"),
            Some("milliliter"),
        ),
        ("l", Some(("l", Spaced)), Some("litres"), Some("liter")),
        (
            "m3",
            Some(("m3", Any)),
            Some("cubic metres"),
            Some("cubic meter"),
        ),
        ("gal", Some(("gal", Any)), Some("gallons"), Some("gallon")),
        ("bbl", Some(("bbl", Any)), Some("barrels"), Some("barrel")),
        ("bcm", Some(("bcm", Any)), None, None),
        (
            "mg",
            Some(("mg", Any)),
            Some("milligrams"),
            Some("milligram"),
        ),
        ("g", Some(("g", Spaced)), Some("grams"), Some("gram")),
        ("kg", Some(("kg", Any)), Some("kilograms"), Some("kilogram")),
        ("t", None, Some("tonnes"), Some("tonne")),
        ("lb", Some(("lb", Any)), None, None),
        ("oz", Some(("oz", Any)), Some("ounces"), Some("ounce")),
        (
            "km/h",
            Some(("km/h", Any)),
            Some("kilometres per hour"),
            None,
        ),
        ("mph", Some(("mph", Any)), Some("miles per hour"), None),
        ("m/s", Some(("m/s", Any)), Some("metres per second"), None),
        ("kn", Some(("kn", Any)), Some("knots"), Some("knot")),
        ("C", Some(("C", Glued)), Some("degrees Celsius"), None),
        ("F", Some(("F", Glued)), Some("degrees Fahrenheit"), None),
        (
            "Wh",
            Some(("Wh", Any)),
            Some("watt-hours"),
            Some("watt-hour"),
        ),
        (
            "kWh",
            Some(("kWh", Any)),
            Some("kilowatt hours"),
            Some("kilowatt-hour"),
        ),
        (
            "MWh",
            Some(("MWh", Any)),
            Some("megawatt-hours"),
            Some("megawatt-hour"),
        ),
        (
            "GWh",
            Some(("GWh", Any)),
            Some("gigawatt-hours"),
            Some("gigawatt-hour"),
        ),
        (
            "TWh",
            Some(("TWh", Any)),
            Some("terawatt hours"),
            Some("terawatt-hour"),
        ),
        ("J", None, Some("joules"), Some("joule")),
        (
            "kJ",
            Some(("kJ", Any)),
            Some("kilojoules"),
            Some("kilojoule"),
        ),
        (
            "MJ",
            Some(("MJ", Any)),
            Some("megajoules"),
            Some("megajoule"),
        ),
        // News's "calories" are food calories, kilocalories; "cal" stays the small calorie.
        ("cal", Some(("cal", Any)), None, None),
        (
            "kcal",
            Some(("kcal", Any)),
            Some("kilocalories"),
            Some("kilocalorie"),
        ),
        ("mAh", Some(("mAh", Any)), Some("milliamp-hours"), None),
        ("W", Some(("W", Any)), Some("watts"), Some("watt")),
        ("kW", Some(("kW", Any)), Some("kilowatts"), Some("kilowatt")),
        ("MW", Some(("MW", Any)), Some("megawatts"), Some("megawatt")),
        ("GW", Some(("GW", Any)), Some("gigawatts"), Some("gigawatt")),
        (
            "hp",
            Some(("hp", Any)),
            Some("horsepower"),
            Some("horsepower"),
        ),
        ("B", Some(("B", Spaced)), Some("bytes"), Some("byte")),
        ("KB", Some(("KB", Any)), Some("kilobytes"), Some("kilobyte")),
        ("MB", Some(("MB", Any)), Some("megabytes"), Some("megabyte")),
        ("GB", Some(("GB", Any)), Some("gigabytes"), Some("gigabyte")),
        ("TB", Some(("TB", Any)), Some("terabytes"), Some("terabyte")),
        ("PB", Some(("PB", Any)), Some("petabytes"), Some("petabyte")),
        (
            "kbps",
            Some(("kbps", Any)),
            Some("kilobits per second"),
            None,
        ),
        (
            "Mbps",
            Some(("Mbps", Any)),
            Some("megabits per second"),
            None,
        ),
        (
            "Gbps",
            Some(("Gbps", Any)),
            Some("gigabits per second"),
            None,
        ),
        ("Hz", Some(("Hz", Any)), Some("hertz"), Some("hertz")),
        (
            "kHz",
            Some(("kHz", Any)),
            Some("kilohertz"),
            Some("kilohertz"),
        ),
        (
            "MHz",
            Some(("MHz", Any)),
            Some("megahertz"),
            Some("megahertz"),
        ),
        (
            "GHz",
            Some(("GHz", Any)),
            Some("gigahertz"),
            Some("gigahertz"),
        ),
        ("Pa", Some(("Pa", Any)), Some("pascals"), Some("pascal")),
        (
            "kPa",
            Some(("kPa", Any)),
            Some("kilopascals"),
            Some("kilopascal"),
        ),
        (
            "hPa",
            Some(("hPa", Any)),
            Some("hectopascals"),
            Some("hectopascal"),
        ),
        ("bar", Some(("bar", Any)), None, None),
        ("psi", Some(("psi", Any)), None, None),
    ]
};

/// Every way the table says `forms` may be written after `figure`.
fn written_forms(figure: &str, forms: &Forms) -> Vec<String> {
    let (_, symbol, plural, singular) = *forms;
    let mut out = Vec::new();
    if let Some((s, place)) = symbol {
        if !matches!(place, Place::Spaced) {
            out.push(format!("{figure}{s}"));
        }
        if !matches!(place, Place::Glued) {
            out.push(format!("{figure} {s}"));
        }
        if matches!(place, Place::Any) {
            out.push(format!("{figure}-{s}"));
        }
    }
    if let Some(p) = plural {
        out.push(format!("{figure} {p}"));
    }
    if let Some(s) = singular {
        out.push(format!("{figure}-{s}"));
    }
    out
}

/// A figure as written, and its value written plainly.
fn figure() -> impl Strategy<Value = (String, String)> {
    prop_oneof![
        (1u32..1000).prop_map(|n| (n.to_string(), n.to_string())),
        (1u32..1000, 1u32..10).prop_map(|(n, d)| (format!("{n}.{d}"), format!("{n}.{d}"))),
        (1u32..100, 0u32..1000)
            .prop_map(|(t, u)| (format!("{t},{u:03}"), format!("{}", t * 1000 + u))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any (figure, unit) pair of the table, in each written form, is one claim in a sentence:
    /// its span is the written form, its value the figure and its unit the canonical one.
    #[test]
    fn every_unit_form_reads_in_a_sentence(
        (written_figure, value) in figure(),
        row in 0..FORMS.len(),
        pick in 0usize..8,
    ) {
        let forms = &FORMS[row];
        let all = written_forms(&written_figure, forms);
        let written = &all[pick % all.len()];
        let text = format!("The report said a {written} was measured.");
        let claims = extract(&text);
        prop_assert_eq!(claims.len(), 1, "{:?}: {:?}", text, claims);
        let q = claims[0].quantity;
        prop_assert_eq!(claims[0].text(&text), written.as_str());
        prop_assert_eq!(q.value, Some(value.parse::<Number>().unwrap()), "{:?}", text);
        prop_assert_eq!(q.unit.map(|u| u.as_str()), Some(forms.0), "{:?}", text);
    }
}
