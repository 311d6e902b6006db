//! Conversions between [`Number`] and Rust's primitive numbers.
//!
//! Into a `Number`, every primitive integer converts exactly: `From` where every value fits,
//! `TryFrom` for `i128` and `u128`, whose extremes do not. Out of a `Number`, integers come
//! through `TryFrom` (the value must be whole and in range) and floating point only through
//! [`Number::to_f64`], which says that it rounds.

use core::fmt;

use super::Number;

/// Why a conversion between a [`Number`] and an integer type failed: the value is not a whole
/// number, or it is outside the target type's range.
///
/// ```
/// use numeric_claims::Number;
///
/// let two_thirds = Number::ratio(2, 3).unwrap();
/// let err = i64::try_from(two_thirds).unwrap_err();
/// assert!(err.is_not_integer());
/// assert_eq!(err.to_string(), "2/3 is not a whole number, so it is no i64");
///
/// let err = u8::try_from(Number::from(300)).unwrap_err();
/// assert!(err.is_out_of_range());
/// assert_eq!(err.to_string(), "300 is outside the range of u8");
///
/// let err = Number::try_from(i128::MIN).unwrap_err();
/// assert!(err.is_out_of_range());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberConversionError {
    kind: ConversionErrorKind,
    target: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ConversionErrorKind {
    NotInteger(Number),
    OutOfRange(Number),
    /// A 128-bit integer beyond a `Number`'s range, as its sign and magnitude.
    TooWide {
        negative: bool,
        magnitude: u128,
    },
}

impl NumberConversionError {
    /// Whether the value has a fractional part (it may be out of range too).
    #[must_use]
    pub fn is_not_integer(&self) -> bool {
        matches!(self.kind, ConversionErrorKind::NotInteger(_))
    }

    /// Whether the value is whole but does not fit in the target type.
    #[must_use]
    pub fn is_out_of_range(&self) -> bool {
        !self.is_not_integer()
    }
}

impl fmt::Display for NumberConversionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let target = self.target;
        match self.kind {
            ConversionErrorKind::NotInteger(value) => {
                write!(f, "{value} is not a whole number, so it is no {target}")
            }
            ConversionErrorKind::OutOfRange(value) => {
                write!(f, "{value} is outside the range of {target}")
            }
            ConversionErrorKind::TooWide {
                negative,
                magnitude,
            } => {
                let sign = if negative { "-" } else { "" };
                write!(f, "{sign}{magnitude} is outside the range of {target}")
            }
        }
    }
}

impl std::error::Error for NumberConversionError {}

/// `From` for the integer types whose every value is a `Number`.
macro_rules! from_integer {
    ($($t:ty),*) => {$(
        impl From<$t> for Number {
            /// The integer, exactly.
            fn from(value: $t) -> Self {
                // Lossless: none of these types is wider than 64 bits.
                Number { num: value as i128, den: 1 }
            }
        }
    )*};
}

from_integer!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

/// `TryFrom<Number>` for every integer type.
macro_rules! integer_from_number {
    ($($t:ty),*) => {$(
        impl TryFrom<Number> for $t {
            type Error = NumberConversionError;

            /// The value, when it is a whole number in range.
            fn try_from(value: Number) -> Result<Self, Self::Error> {
                to_integer(value, stringify!($t))
            }
        }
    )*};
}

integer_from_number!(
    i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize
);

// `i128::MIN` and the `u128` values above `i128::MAX` are no `Number`s: a `Number` keeps its
// numerator's negation in range.

impl TryFrom<i128> for Number {
    type Error = NumberConversionError;

    /// The integer, exactly, unless it is `i128::MIN`.
    fn try_from(value: i128) -> Result<Self, Self::Error> {
        Number::ratio(value, 1).ok_or(too_wide(value < 0, value.unsigned_abs()))
    }
}

impl TryFrom<u128> for Number {
    type Error = NumberConversionError;

    /// The integer, exactly, unless it is above `i128::MAX`.
    fn try_from(value: u128) -> Result<Self, Self::Error> {
        i128::try_from(value)
            .ok()
            .and_then(|n| Number::ratio(n, 1))
            .ok_or(too_wide(false, value))
    }
}

/// The error for a 128-bit integer that is no `Number`.
fn too_wide(negative: bool, magnitude: u128) -> NumberConversionError {
    NumberConversionError {
        kind: ConversionErrorKind::TooWide {
            negative,
            magnitude,
        },
        target: "Number",
    }
}

/// `value` as the integer type `T` named `target`, when whole and in range.
fn to_integer<T: TryFrom<i128>>(
    value: Number,
    target: &'static str,
) -> Result<T, NumberConversionError> {
    if !value.is_integer() {
        return Err(NumberConversionError {
            kind: ConversionErrorKind::NotInteger(value),
            target,
        });
    }
    T::try_from(value.num).map_err(|_| NumberConversionError {
        kind: ConversionErrorKind::OutOfRange(value),
        target,
    })
}

impl Number {
    /// The nearest `f64`: lossy, for plotting and statistics, never for comparing claims.
    ///
    /// The result is correctly rounded: of all `f64`s it is the one nearest to the exact
    /// value, ties going to the one with an even last bit, as IEEE 754 division does. It is
    /// computed from the exact numerator and denominator, so it stays correct where
    /// `numerator as f64 / denominator as f64` would round twice (numerators or denominators
    /// above 2^53). Every `Number` lies within ±2^127, far inside `f64`'s range, so the result
    /// is always finite and never subnormal; values with at most 53 significant bits over a
    /// power-of-two denominator (integers up to 2^53, 0.5, 0.375, ...) convert exactly.
    ///
    /// ```
    /// use numeric_claims::Number;
    ///
    /// assert_eq!(Number::ratio(2, 3).unwrap().to_f64(), 2.0 / 3.0);
    /// assert_eq!(Number::from(-1550).to_f64(), -1550.0);
    /// assert_eq!("0.1".parse::<Number>().unwrap().to_f64(), 0.1);
    /// ```
    #[must_use]
    pub fn to_f64(self) -> f64 {
        let magnitude = binary_fraction(self.num.unsigned_abs(), self.den.unsigned_abs());
        if self.num < 0 { -magnitude } else { magnitude }
    }
}

/// Bits of precision in an `f64`'s significand.
const SIGNIFICAND_BITS: u32 = 53;

/// `a / d` (`d > 0`, both below 2^127) rounded to the nearest `f64`, ties to even.
///
/// Long division in binary: keep the first 54 bits of the quotient (53 and a rounding bit)
/// and note whether anything non-zero was left behind.
fn binary_fraction(a: u128, d: u128) -> f64 {
    if a == 0 {
        return 0.0;
    }
    let (quotient, mut rest) = (a / d, a % d);
    let wanted = SIGNIFICAND_BITS + 1;
    let width = u128::BITS - quotient.leading_zeros();
    let (mut bits, mut exp, mut sticky) = if width > wanted {
        let drop = width - wanted;
        let dropped = quotient & ((1u128 << drop) - 1);
        (quotient >> drop, drop as i32, dropped != 0)
    } else {
        (quotient, 0i32, false)
    };
    // Each step doubles the remainder; it stays below `d` < 2^127, so doubling cannot overflow.
    while u128::BITS - bits.leading_zeros() < wanted {
        rest <<= 1;
        bits <<= 1;
        if rest >= d {
            rest -= d;
            bits |= 1;
        }
        exp -= 1;
    }
    sticky |= rest != 0;
    let round = bits & 1 == 1;
    bits >>= 1;
    exp += 1;
    if round && (sticky || bits & 1 == 1) {
        bits += 1;
        if bits == 1 << SIGNIFICAND_BITS {
            bits >>= 1;
            exp += 1;
        }
    }
    // `bits` < 2^53 converts exactly, and scaling by a power of two within range is exact.
    bits as f64 * power_of_two(exp)
}

/// `2^exp` for an `exp` in the normal range of `f64` (-1022 to 1023).
fn power_of_two(exp: i32) -> f64 {
    let biased = u64::try_from(exp + 1023).expect("exponent within f64's normal range");
    f64::from_bits(biased << 52)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(num: i128, den: i128) -> Number {
        Number::ratio(num, den).unwrap()
    }

    #[test]
    fn integers_convert_exactly_both_ways() {
        assert_eq!(Number::from(i8::MIN).numerator(), -128);
        assert_eq!(Number::from(u64::MAX).numerator(), i128::from(u64::MAX));
        assert_eq!(Number::from(usize::MAX).to_string(), usize::MAX.to_string());
        assert_eq!(i64::try_from(Number::from(i64::MIN)), Ok(i64::MIN));
        assert_eq!(i64::try_from(Number::from(i64::MAX)), Ok(i64::MAX));
        assert_eq!(u8::try_from(Number::from(255u8)), Ok(255));
        assert_eq!(
            i128::try_from(Number::try_from(i128::MAX).unwrap()),
            Ok(i128::MAX)
        );
        assert_eq!(
            i128::try_from(Number::try_from(i128::MIN + 1).unwrap()),
            Ok(i128::MIN + 1)
        );
        assert_eq!(
            u128::try_from(Number::try_from(i128::MAX as u128).unwrap()),
            Ok(i128::MAX as u128)
        );
    }

    #[test]
    fn wide_values_a_number_cannot_hold_are_errors() {
        let err = Number::try_from(i128::MIN).unwrap_err();
        assert!(err.is_out_of_range());
        assert_eq!(
            err.to_string(),
            format!("{} is outside the range of Number", i128::MIN)
        );
        assert_eq!(
            Number::try_from(u128::MAX).unwrap_err().to_string(),
            format!("{} is outside the range of Number", u128::MAX)
        );
        assert!(Number::try_from(i128::MAX as u128 + 1).is_err());
    }

    #[test]
    fn out_of_range_and_fractions_are_told_apart() {
        let past_i64 = Number::from(i64::MAX).checked_add(Number::ONE).unwrap();
        let err = i64::try_from(past_i64).unwrap_err();
        assert!(err.is_out_of_range() && !err.is_not_integer());
        assert_eq!(
            err.to_string(),
            "9223372036854775808 is outside the range of i64"
        );
        assert!(i64::try_from(Number::from(i64::MIN).checked_sub(Number::ONE).unwrap()).is_err());
        assert!(
            u64::try_from(Number::from(-1))
                .unwrap_err()
                .is_out_of_range()
        );
        let err = i128::try_from(n(-5, 2)).unwrap_err();
        assert!(err.is_not_integer());
        assert_eq!(
            err.to_string(),
            "-2.5 is not a whole number, so it is no i128"
        );
    }

    #[test]
    fn to_f64_matches_ieee_division_where_that_is_exact() {
        // Both operands below 2^53 convert exactly, and IEEE division rounds correctly once.
        let cases = [
            (1, 3),
            (2, 3),
            (-2, 3),
            (1, 10),
            (7, 1),
            (0, 1),
            (123_456_789, 1_000),
            (1, 9_007_199_254_740_991),
            (9_007_199_254_740_991, 9_007_199_254_740_990),
            (-4_503_599_627_370_497, 3),
        ];
        for (num, den) in cases {
            assert_eq!(n(num, den).to_f64(), num as f64 / den as f64, "{num}/{den}");
        }
    }

    #[test]
    fn to_f64_of_integers_matches_the_rounding_cast() {
        // `as f64` on an integer rounds to nearest, ties to even.
        let cases = [
            i128::MAX,
            i128::MIN + 1,
            (1 << 53) + 1,
            (1 << 53) + 3,
            (1 << 54) + 2,
            (1 << 54) + 6,
            (1 << 100) + (1 << 47),
            (1 << 100) + (1 << 47) + 1,
            (1 << 100) + (3 << 47),
            -((1 << 90) + 12345),
        ];
        for value in cases {
            assert_eq!(n(value, 1).to_f64(), value as f64, "{value}");
        }
    }

    #[test]
    fn to_f64_of_binary_fractions_is_the_integer_scaled() {
        for (num, shift) in [(3, 126), (-1, 126), (i128::MAX, 1), ((1 << 60) + 1, 70)] {
            let den = 1i128 << shift;
            let expected = num as f64 / den as f64;
            assert_eq!(n(num, den).to_f64(), expected, "{num}/2^{shift}");
        }
    }

    #[test]
    fn to_f64_rounds_once_where_float_division_rounds_twice() {
        // Python's `n / d` on integers is correctly rounded; these are its answers, for
        // quotients whose operands lose bits in `as f64`.
        let cases: [(i128, i128, f64); 6] = [
            (
                294_074_568_487_191_761,
                109_666_245_364_995_451,
                2.681541321200898,
            ),
            (
                108_212_732_716_620_077,
                31_430_692_423_593,
                3442.9000563599334,
            ),
            (
                800_241_972_155_818_478_297,
                7_786_676_433_640_950_851,
                102.77067231129772,
            ),
            (
                865_344_930_438_859_410_141_965_494_513,
                157_865_553_156_208_427_182_224_543_111,
                5.481531044220889,
            ),
            (
                1_238_625_715_694_040_505_287_515_101_743_177_141,
                1_366_650_881_531_446_397_849_742_221_957,
                906321.9673967188,
            ),
            (
                82_141_059_924_770_949_003_399_139_526_608_090_603,
                3_404_874_131_448_667_956_724_239_497_801,
                24124551.08577611,
            ),
        ];
        for (num, den, expected) in cases {
            let naive = num as f64 / den as f64;
            assert_ne!(naive, expected, "a case where float division rounds twice");
            assert_eq!(n(num, den).to_f64(), expected, "{num}/{den}");
            assert_eq!(n(-num, den).to_f64(), -expected, "-{num}/{den}");
        }
    }
}
