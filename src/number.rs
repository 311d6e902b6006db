//! Exact rational numbers: the values of every figure, bound and rounding unit.
//!
//! No floating point is used anywhere between the text and a value: a figure is kept as a
//! reduced fraction of two `i128`s, so "1.1 million" is exactly 1100000 and "two-thirds" is
//! exactly 2/3. Arithmetic is checked; a figure whose value does not fit is reported as too
//! large rather than wrapped. [`Number::to_f64`] exists for users who plot or average values
//! afterwards; it rounds, and nothing in the crate calls it.

use core::cmp::Ordering;
use core::fmt;
use core::str::FromStr;

mod primitive;

pub use primitive::NumberConversionError;

/// An exact rational number: a stated figure, an interval bound or a rounding unit.
///
/// Always kept in lowest terms with a positive denominator, so two equal values compare equal
/// field by field. `Display` prints a plain decimal ("1550", "-20", "2.5", "0.375") when the
/// value has a finite decimal expansion, and `p/q` ("2/3") otherwise; `FromStr` reads both.
///
/// ```
/// use numeric_claims::Number;
///
/// let half: Number = "0.5".parse().unwrap();
/// assert_eq!(half, Number::ratio(1, 2).unwrap());
/// assert_eq!(Number::ratio(2, 3).unwrap().to_string(), "2/3");
/// assert_eq!(Number::from(1550).to_string(), "1550");
/// assert!(Number::from(2) > half);
/// ```
///
/// A precision rounds the exact value half away from zero and prints a decimal; width, fill
/// and alignment pad it as they pad Rust's own numbers:
///
/// ```
/// use numeric_claims::Number;
///
/// let two_thirds = Number::ratio(2, 3).unwrap();
/// assert_eq!(format!("{two_thirds:.2}"), "0.67");
/// assert_eq!(format!("{:.0}", Number::decimal(25, 1).unwrap()), "3");
/// assert_eq!(format!("{:.0}", Number::decimal(-25, 1).unwrap()), "-3");
/// assert_eq!(format!("{:.3}", Number::from(12)), "12.000");
/// assert_eq!(format!("{:<7}|", Number::from(5)), "5      |");
/// assert_eq!(format!("{:>7}|", two_thirds), "    2/3|");
/// assert_eq!(format!("{:*^9.1}", Number::from(-20)), "**-20.0**");
/// ```
///
/// It converts from every primitive integer (`From`, or `TryFrom` for `i128` and `u128`,
/// whose extremes it cannot hold), to integers with `TryFrom` when whole and in range, and to
/// the nearest `f64` with [`Number::to_f64`]:
///
/// ```
/// use numeric_claims::Number;
///
/// let n = Number::from(1550u32);
/// assert_eq!(i64::try_from(n), Ok(1550));
/// assert!(i64::try_from(Number::ratio(2, 3).unwrap()).unwrap_err().is_not_integer());
/// assert_eq!(Number::try_from(i128::MAX).unwrap().numerator(), i128::MAX);
/// assert!(Number::try_from(u128::MAX).is_err());
/// assert_eq!(Number::ratio(1, 4).unwrap().to_f64(), 0.25);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Number {
    num: i128,
    den: i128,
}

/// Why a string is not a [`Number`]; see [`Number::from_str`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseNumberError {
    offset: usize,
    too_large: bool,
}

impl ParseNumberError {
    /// The byte offset in the string where reading failed.
    ///
    /// ```
    /// # use numeric_claims::Number;
    /// assert_eq!("12x".parse::<Number>().unwrap_err().offset(), 2);
    /// ```
    #[must_use]
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// Whether the digits were well formed but the value does not fit.
    ///
    /// ```
    /// # use numeric_claims::Number;
    /// let huge = "9".repeat(60);
    /// assert!(huge.parse::<Number>().unwrap_err().is_too_large());
    /// ```
    #[must_use]
    pub fn is_too_large(&self) -> bool {
        self.too_large
    }
}

impl fmt::Display for ParseNumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.too_large {
            write!(f, "number too large at byte {}", self.offset)
        } else {
            write!(f, "invalid number at byte {}", self.offset)
        }
    }
}

impl std::error::Error for ParseNumberError {}

/// The greatest common divisor of `|a|` and `|b|` (callers keep both above `i128::MIN`).
/// Binary GCD: shifts and subtractions only, since 128-bit division is slow.
fn gcd(a: i128, b: i128) -> i128 {
    let (mut a, mut b) = (a.unsigned_abs(), b.unsigned_abs());
    if a == 0 || b == 0 {
        return (a | b) as i128;
    }
    // Whole numbers have denominator one: the commonest case, settled at once.
    if a == 1 || b == 1 {
        return 1;
    }
    if let (Ok(a), Ok(b)) = (u64::try_from(a), u64::try_from(b)) {
        return i128::from(gcd64(a, b));
    }
    let shift = (a | b).trailing_zeros();
    a >>= a.trailing_zeros();
    loop {
        b >>= b.trailing_zeros();
        if a > b {
            core::mem::swap(&mut a, &mut b);
        }
        b -= a;
        if b == 0 {
            // Both inputs were below 2^127, so the result fits.
            return (a << shift) as i128;
        }
    }
}

/// [`gcd`] of two non-zero values that fit 64 bits, the common case: 64-bit shifts and
/// subtractions are cheaper than 128-bit ones.
fn gcd64(mut a: u64, mut b: u64) -> u64 {
    let shift = (a | b).trailing_zeros();
    a >>= a.trailing_zeros();
    loop {
        b >>= b.trailing_zeros();
        if a > b {
            core::mem::swap(&mut a, &mut b);
        }
        b -= a;
        if b == 0 {
            return a << shift;
        }
    }
}

/// `a × b`, checked, in one 64-bit multiply where both fit (128-bit checked products are slow).
fn mul_whole(a: i128, b: i128) -> Option<i128> {
    match (i64::try_from(a), i64::try_from(b)) {
        // Two 64-bit factors cannot overflow 128 bits.
        (Ok(a), Ok(b)) => Some(i128::from(a) * i128::from(b)),
        _ => a.checked_mul(b),
    }
}

/// `n / d` for an exact division, in 64 bits when both fit (128-bit division is slow).
fn div_exact(n: i128, d: i128) -> i128 {
    match (i64::try_from(n), i64::try_from(d)) {
        (Ok(n), Ok(d)) if d != -1 => i128::from(n / d),
        _ => n / d,
    }
}

impl Number {
    /// Zero.
    pub const ZERO: Number = Number { num: 0, den: 1 };
    /// One.
    pub const ONE: Number = Number { num: 1, den: 1 };

    /// The fraction `num/den` in lowest terms, or `None` when `den` is zero or the value does
    /// not fit.
    ///
    /// ```
    /// # use numeric_claims::Number;
    /// assert_eq!(Number::ratio(4, 8), Number::ratio(1, 2));
    /// assert_eq!(Number::ratio(1, 0), None);
    /// ```
    #[must_use]
    pub fn ratio(num: i128, den: i128) -> Option<Number> {
        if den == 0 || num == i128::MIN || den == i128::MIN {
            return None;
        }
        if den == 1 {
            return Some(Number { num, den });
        }
        let g = gcd(num, den);
        let (mut num, mut den) = (div_exact(num, g), div_exact(den, g));
        if den < 0 {
            num = -num;
            den = -den;
        }
        Some(Number { num, den })
    }

    /// `digits × 10^-scale`: the value of a decimal written with `scale` digits after the point.
    ///
    /// ```
    /// # use numeric_claims::Number;
    /// assert_eq!(Number::decimal(25, 1).unwrap().to_string(), "2.5");
    /// ```
    #[must_use]
    pub fn decimal(digits: i128, scale: u32) -> Option<Number> {
        Number::ratio(digits, 10i128.checked_pow(scale)?)
    }

    /// The numerator, in lowest terms (carries the sign).
    ///
    /// ```
    /// # use numeric_claims::Number;
    /// assert_eq!(Number::ratio(-6, 4).unwrap().numerator(), -3);
    /// ```
    #[must_use]
    pub const fn numerator(self) -> i128 {
        self.num
    }

    /// The denominator, in lowest terms (always positive).
    ///
    /// ```
    /// # use numeric_claims::Number;
    /// assert_eq!(Number::ratio(-6, 4).unwrap().denominator(), 2);
    /// ```
    #[must_use]
    pub const fn denominator(self) -> i128 {
        self.den
    }

    /// Whether the value is a whole number.
    ///
    /// ```
    /// # use numeric_claims::Number;
    /// assert!(Number::from(3).is_integer());
    /// assert!(!Number::ratio(1, 2).unwrap().is_integer());
    /// ```
    #[must_use]
    pub const fn is_integer(self) -> bool {
        self.den == 1
    }

    /// Whether the value is below zero.
    ///
    /// ```
    /// # use numeric_claims::Number;
    /// assert!(Number::from(-20).is_negative());
    /// ```
    #[must_use]
    pub const fn is_negative(self) -> bool {
        self.num < 0
    }

    /// Checked sum.
    ///
    /// ```
    /// # use numeric_claims::Number;
    /// let half = Number::ratio(1, 2).unwrap();
    /// assert_eq!(Number::from(2).checked_add(half).unwrap().to_string(), "2.5");
    /// ```
    #[must_use]
    pub fn checked_add(self, other: Number) -> Option<Number> {
        if self.den == 1 && other.den == 1 {
            // Whole numbers, the common case: no common denominator to find.
            return Number::ratio(self.num.checked_add(other.num)?, 1);
        }
        let g = gcd(self.den, other.den);
        let lhs = self.num.checked_mul(div_exact(other.den, g))?;
        let rhs = other.num.checked_mul(div_exact(self.den, g))?;
        let den = div_exact(self.den, g).checked_mul(other.den)?;
        Number::ratio(lhs.checked_add(rhs)?, den)
    }

    /// Checked difference.
    ///
    /// ```
    /// # use numeric_claims::Number;
    /// assert_eq!(Number::from(5).checked_sub(Number::from(7)), Some(Number::from(-2)));
    /// ```
    #[must_use]
    pub fn checked_sub(self, other: Number) -> Option<Number> {
        self.checked_add(other.checked_neg()?)
    }

    /// Checked product.
    ///
    /// ```
    /// # use numeric_claims::Number;
    /// let m = Number::from(1_000_000);
    /// assert_eq!(Number::decimal(11, 1).unwrap().checked_mul(m), Some(Number::from(1_100_000)));
    /// ```
    #[must_use]
    pub fn checked_mul(self, other: Number) -> Option<Number> {
        if self.den == 1 && other.den == 1 {
            // Whole numbers, the common case ("1.5 million" is 15/10 times a whole number
            // only once it is reduced): nothing to reduce.
            return Number::ratio(mul_whole(self.num, other.num)?, 1);
        }
        // Cross-reduce first so that exact products of large figures and small fractions fit.
        let g1 = gcd(self.num, other.den).max(1);
        let g2 = gcd(other.num, self.den).max(1);
        let num = div_exact(self.num, g1).checked_mul(div_exact(other.num, g2))?;
        let den = div_exact(self.den, g2).checked_mul(div_exact(other.den, g1))?;
        Number::ratio(num, den)
    }

    /// Checked quotient; `None` when dividing by zero.
    ///
    /// ```
    /// # use numeric_claims::Number;
    /// assert_eq!(Number::from(2).checked_div(Number::from(3)), Number::ratio(2, 3));
    /// ```
    #[must_use]
    pub fn checked_div(self, other: Number) -> Option<Number> {
        if other.num == 0 {
            return None;
        }
        self.checked_mul(Number::ratio(other.den, other.num)?)
    }

    /// Checked negation.
    ///
    /// ```
    /// # use numeric_claims::Number;
    /// assert_eq!(Number::from(20).checked_neg(), Some(Number::from(-20)));
    /// ```
    #[must_use]
    pub fn checked_neg(self) -> Option<Number> {
        Some(Number {
            num: self.num.checked_neg()?,
            den: self.den,
        })
    }

    /// `10^exp` for `exp` from -38 to 38.
    ///
    /// ```
    /// # use numeric_claims::Number;
    /// assert_eq!(Number::pow10(-2).unwrap().to_string(), "0.01");
    /// assert_eq!(Number::pow10(3), Some(Number::from(1000)));
    /// ```
    #[must_use]
    pub fn pow10(exp: i32) -> Option<Number> {
        let p = 10i128.checked_pow(exp.unsigned_abs())?;
        if exp >= 0 {
            Some(Number { num: p, den: 1 })
        } else {
            Some(Number { num: 1, den: p })
        }
    }

    /// The rounding unit of a decimal value: the place value of its last non-zero digit
    /// (50000 → 10000, 126 → 1, 2.5 → 0.1, 0 → 1). `None` when the value has no finite decimal
    /// expansion.
    ///
    /// ```
    /// # use numeric_claims::Number;
    /// assert_eq!(Number::from(50_000).decimal_unit(), Some(Number::from(10_000)));
    /// assert_eq!(Number::from(11_000).decimal_unit(), Some(Number::from(1_000)));
    /// assert_eq!(Number::decimal(25, 1).unwrap().decimal_unit(), Number::decimal(1, 1));
    /// assert_eq!(Number::ratio(2, 3).unwrap().decimal_unit(), None);
    /// ```
    #[must_use]
    pub fn decimal_unit(self) -> Option<Number> {
        if self.num == 0 {
            return Some(Number::ONE);
        }
        let (digits, scale) = self.to_decimal_parts()?;
        let mut exp = -(scale as i32);
        match u64::try_from(digits.unsigned_abs()) {
            // Most figures fit in 64 bits, where division is cheap.
            Ok(mut small) => {
                while small % 10 == 0 {
                    small /= 10;
                    exp += 1;
                }
            }
            Err(_) => {
                let mut big = digits.unsigned_abs();
                while big % 10 == 0 {
                    big /= 10;
                    exp += 1;
                }
            }
        }
        Number::pow10(exp)
    }

    /// `(digits, scale)` with `self == digits × 10^-scale` and `scale` minimal, when the value
    /// has a finite decimal expansion that fits.
    fn to_decimal_parts(self) -> Option<(i128, u32)> {
        if self.den == 1 {
            return Some((self.num, 0));
        }
        let twos = self.den.trailing_zeros();
        let mut den = self.den >> twos;
        let mut fives = 0u32;
        while den % 5 == 0 {
            den /= 5;
            fives += 1;
        }
        if den != 1 {
            return None;
        }
        let scale = twos.max(fives);
        let factor = div_exact(10i128.checked_pow(scale)?, self.den);
        Some((self.num.checked_mul(factor)?, scale))
    }
}

impl PartialOrd for Number {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Number {
    fn cmp(&self, other: &Self) -> Ordering {
        if self.den == other.den {
            return self.num.cmp(&other.num);
        }
        let sign = |n: i128| n.signum();
        match sign(self.num).cmp(&sign(other.num)) {
            Ordering::Equal => {}
            unequal => return unequal,
        }
        // Same sign: compare |a|·d with |c|·b exactly in 256 bits (denominators are positive).
        let lhs = mul_wide(self.num.unsigned_abs(), other.den.unsigned_abs());
        let rhs = mul_wide(other.num.unsigned_abs(), self.den.unsigned_abs());
        if self.num < 0 {
            rhs.cmp(&lhs)
        } else {
            lhs.cmp(&rhs)
        }
    }
}

/// The full 256-bit product of two `u128`s, as `(high, low)` halves.
fn mul_wide(a: u128, b: u128) -> (u128, u128) {
    const LOW: u128 = u64::MAX as u128;
    let (a_hi, a_lo) = (a >> 64, a & LOW);
    let (b_hi, b_lo) = (b >> 64, b & LOW);
    let lo_lo = a_lo * b_lo;
    let hi_lo = a_hi * b_lo;
    let lo_hi = a_lo * b_hi;
    let hi_hi = a_hi * b_hi;
    let middle = (lo_lo >> 64) + (hi_lo & LOW) + (lo_hi & LOW);
    let low = (lo_lo & LOW) | (middle << 64);
    let high = hi_hi + (hi_lo >> 64) + (lo_hi >> 64) + (middle >> 64);
    (high, low)
}

impl fmt::Debug for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for Number {
    /// Without a precision: the exact value, as a plain decimal ("2.5") or, when it has no
    /// finite decimal expansion, as `p/q` ("2/3"). With a precision (`{:.2}`): the exact
    /// value rounded half away from zero to that many decimals ("0.67"); a value that rounds
    /// to zero prints without a sign. Width, fill, alignment, `+` and `0` work as for Rust's
    /// own numbers (right-aligned unless told otherwise).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(places) = f.precision() {
            let (negative, digits) = self.rounded_digits(places);
            return f.pad_integral(!negative, "", &digits);
        }
        let Some((digits, scale)) = self.to_decimal_parts() else {
            let magnitude = format!("{}/{}", self.num.unsigned_abs(), self.den);
            return f.pad_integral(self.num >= 0, "", &magnitude);
        };
        // Written from the right into a buffer on the stack: no allocation for the common
        // case of a decimal, which every record and canonical form prints.
        let mut buf = [0u8; DECIMAL_MAX];
        let magnitude = digits.unsigned_abs();
        let mut at = buf.len();
        if scale > 0 {
            let base = 10u128.pow(scale);
            let fraction_start = at - scale as usize;
            at = write_digits(magnitude % base, &mut buf[..at]);
            buf[fraction_start..at].fill(b'0');
            at = fraction_start - 1;
            buf[at] = b'.';
            at = write_digits(magnitude / base, &mut buf[..at]);
        } else {
            at = write_digits(magnitude, &mut buf[..at]);
        }
        let text = std::str::from_utf8(&buf[at..]).map_err(|_| fmt::Error)?;
        f.pad_integral(digits >= 0, "", text)
    }
}

/// The longest decimal a [`Number`] prints: 39 digits of an `i128`, a point, and up to 38
/// decimals.
const DECIMAL_MAX: usize = 80;

/// Writes the decimal digits of `n` at the end of `buf` and returns where they start. Above
/// `u64` one digit costs a 128-bit division; the rest is done in 64 bits.
fn write_digits(mut n: u128, buf: &mut [u8]) -> usize {
    let mut at = buf.len();
    while n > u128::from(u64::MAX) {
        at -= 1;
        // A remainder of ten fits a byte.
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    let mut small = n as u64;
    loop {
        at -= 1;
        buf[at] = b'0' + (small % 10) as u8;
        small /= 10;
        if small == 0 {
            return at;
        }
    }
}

impl Number {
    /// The value rounded half away from zero to `places` decimals: whether it is below zero
    /// after rounding, and its magnitude's digits with a point when `places > 0`.
    ///
    /// Long division digit by digit, with the remainder kept below the denominator, so no
    /// product can overflow whatever the value or the number of places.
    fn rounded_digits(self, places: usize) -> (bool, String) {
        let den = self.den.unsigned_abs();
        let magnitude = self.num.unsigned_abs();
        let mut whole = magnitude / den;
        let mut rest = magnitude % den;
        let mut decimals = Vec::with_capacity(places);
        for _ in 0..places {
            if rest == 0 {
                decimals.resize(places, b'0');
                break;
            }
            let (digit, next) = times_ten(rest, den);
            decimals.push(b'0' + digit);
            rest = next;
        }
        // Half away from zero: round up when the remainder is at least half the denominator.
        if rest >= den - rest && carry(&mut decimals) {
            whole += 1;
        }
        let is_zero = whole == 0 && decimals.iter().all(|&d| d == b'0');
        let mut text = whole.to_string();
        if places > 0 {
            text.push('.');
            text.extend(decimals.iter().map(|&d| char::from(d)));
        }
        (self.num < 0 && !is_zero, text)
    }
}

/// `(10·rest) / den` and `(10·rest) % den` for `rest < den`, by ten additions that each stay
/// below `den`, so that nothing overflows even when `den` is near 2^127.
fn times_ten(rest: u128, den: u128) -> (u8, u128) {
    let (mut digit, mut acc) = (0u8, 0u128);
    for _ in 0..10 {
        if acc >= den - rest {
            acc -= den - rest;
            digit += 1;
        } else {
            acc += rest;
        }
    }
    (digit, acc)
}

/// Adds one in the last place of the decimal digits `decimals`; `true` when it carries out
/// of them into the whole part.
fn carry(decimals: &mut [u8]) -> bool {
    for digit in decimals.iter_mut().rev() {
        if *digit == b'9' {
            *digit = b'0';
        } else {
            *digit += 1;
            return false;
        }
    }
    true
}

impl FromStr for Number {
    type Err = ParseNumberError;

    /// Reads the canonical forms `Display` writes: an optional `-`, digits with an optional
    /// fractional part (`2.5`, `.5`), or a ratio `p/q` of two integers.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let fail = |offset: usize, too_large: bool| ParseNumberError { offset, too_large };
        if let Some((p, q)) = s.split_once('/') {
            let num = parse_decimal(p).map_err(|(o, big)| fail(o, big))?;
            let den = parse_decimal(q).map_err(|(o, big)| fail(p.len() + 1 + o, big))?;
            if den == Number::ZERO {
                return Err(fail(p.len() + 1, false));
            }
            return num.checked_div(den).ok_or_else(|| fail(0, true));
        }
        parse_decimal(s).map_err(|(o, big)| fail(o, big))
    }
}

/// Reads `-?digits(.digits)?` exactly; errors carry the failing offset and whether the
/// digits were fine but too many.
fn parse_decimal(s: &str) -> Result<Number, (usize, bool)> {
    let bytes = s.as_bytes();
    let mut i = 0;
    let negative = bytes.first() == Some(&b'-');
    if negative {
        i = 1;
    }
    let mut digits: i128 = 0;
    let mut scale: u32 = 0;
    let mut seen_digit = false;
    let mut seen_point = false;
    let mut overflow = false;
    while i < bytes.len() {
        match bytes[i] {
            b'0'..=b'9' => {
                seen_digit = true;
                let d = i128::from(bytes[i] - b'0');
                match digits.checked_mul(10).and_then(|x| x.checked_add(d)) {
                    Some(v) => digits = v,
                    None => overflow = true,
                }
                if seen_point {
                    scale += 1;
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => return Err((i, false)),
        }
        i += 1;
    }
    if !seen_digit {
        return Err((bytes.len(), false));
    }
    if overflow {
        return Err((0, true));
    }
    if negative {
        digits = -digits;
    }
    Number::decimal(digits, scale).ok_or((0, true))
}

#[cfg(feature = "serde")]
impl serde::Serialize for Number {
    /// A `Number` serializes as its exact decimal (or ratio) string, as in the output contract.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Number {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparison_is_exact_where_cross_products_overflow() {
        let big = i128::MAX / 3;
        let a = Number::ratio(big, 7).unwrap();
        let b = Number::ratio(big - 1, 7).unwrap();
        let c = Number::ratio(big, 11).unwrap();
        assert!(a > b && b > c && a > c);
        assert_eq!(a.cmp(&a), Ordering::Equal);
        let x = Number::ratio(i128::MAX - 1, i128::MAX).unwrap();
        let y = Number::ratio(i128::MAX - 2, i128::MAX - 1).unwrap();
        assert!(x > y, "1 - 1/M > 1 - 1/(M-1)");
        assert!(x.checked_neg().unwrap() < y.checked_neg().unwrap());
        assert!(Number::from(-1) < x);
    }

    fn n(num: i128, den: i128) -> Number {
        Number::ratio(num, den).unwrap()
    }

    #[test]
    fn precision_rounds_the_exact_value_half_away_from_zero() {
        let cases = [
            (n(2, 3), 2, "0.67"),
            (n(-2, 3), 2, "-0.67"),
            (n(1, 3), 10, "0.3333333333"),
            (n(5, 2), 0, "3"),
            (n(-5, 2), 0, "-3"),
            (n(7, 2), 0, "4"),
            (n(1, 2), 0, "1"),
            (n(-1, 2), 0, "-1"),
            (n(49, 100), 0, "0"),
            (n(1, 8), 2, "0.13"),
            (n(-1, 8), 2, "-0.13"),
            (n(9995, 1000), 2, "10.00"),
            (n(-9995, 1000), 2, "-10.00"),
            (n(999, 1), 0, "999"),
            (n(5, 2), 4, "2.5000"),
            (n(-20, 1), 1, "-20.0"),
            (n(0, 1), 3, "0.000"),
            (n(1, 7), 20, "0.14285714285714285714"),
        ];
        for (value, places, expected) in cases {
            assert_eq!(format!("{value:.places$}"), expected, "{value} to {places}");
        }
    }

    #[test]
    fn values_that_round_to_zero_print_no_sign() {
        assert_eq!(format!("{:.2}", n(-1, 1000)), "0.00");
        assert_eq!(format!("{:.0}", n(-1, 3)), "0");
        assert_eq!(format!("{:.2}", n(-1, 200)), "-0.01");
    }

    #[test]
    fn precision_at_the_extremes_of_i128() {
        let max = n(i128::MAX, 1);
        assert_eq!(format!("{max:.1}"), format!("{}.0", i128::MAX));
        let min = n(-i128::MAX, 1);
        assert_eq!(format!("{min:.0}"), format!("{}", -i128::MAX));
        // Just under one, with a denominator near 2^127: every step of the long division
        // works with remainders close to the denominator.
        let near_one = n(i128::MAX - 1, i128::MAX);
        assert_eq!(format!("{near_one:.5}"), "1.00000");
        assert_eq!(
            format!("{near_one:.40}"),
            "0.9999999999999999999999999999999999999941"
        );
        let tiny = n(1, i128::MAX);
        assert_eq!(
            format!("{tiny:.40}"),
            "0.0000000000000000000000000000000000000059"
        );
        assert_eq!(format!("{:.3}", tiny.checked_neg().unwrap()), "0.000");
        // Far more places than the value needs: exact zeros, no overflow.
        assert_eq!(
            format!("{:.60}", n(3, 4)),
            format!("0.75{}", "0".repeat(58))
        );
        let quarter_of_max = n(i128::MAX, 4);
        assert_eq!(
            format!("{quarter_of_max:.1}"),
            "42535295865117307932921825928971026431.8"
        );
    }

    #[test]
    fn width_fill_and_alignment_pad_like_numbers() {
        assert_eq!(format!("{:<7}|", Number::from(5)), "5      |");
        assert_eq!(format!("{:7}|", Number::from(5)), "      5|");
        assert_eq!(format!("{:^7}|", n(-5, 2)), " -2.5  |");
        assert_eq!(format!("{:_>6}", n(2, 3)), "___2/3");
        assert_eq!(format!("{:08.2}", n(-2, 3)), "-0000.67");
        assert_eq!(format!("{:+.1}", n(2, 3)), "+0.7");
        assert_eq!(format!("{:+}", Number::from(20)), "+20");
        assert_eq!(format!("{:>10.3}|", n(1, 3)), "     0.333|");
        // Narrower than the text: nothing is cut.
        assert_eq!(format!("{:2}", Number::from(1550)), "1550");
        assert_eq!(format!("{:?}", n(-1, 3)), "-1/3");
    }

    #[test]
    fn wide_multiplication() {
        assert_eq!(mul_wide(u128::MAX, u128::MAX), (u128::MAX - 1, 1));
        assert_eq!(mul_wide(1 << 64, 1 << 64), (1, 0));
        assert_eq!(mul_wide(12345, 678), (0, 12345 * 678));
    }
}
