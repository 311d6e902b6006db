//! Race and lap times written with colons: "finished in 2:05:41", "a time of 3:43.13". A time
//! of hours, minutes and seconds, or of minutes and seconds with a fraction of a second, is
//! a duration in seconds; hours and minutes alone ("at 10:30") stay a time of day, which the
//! rules drop.
//!
//! ```text
//! race-time = group ":" two ":" two ("." digit+)?   -- "2:05:41", "1:01:24.5"
//!           | group ":" two "." digit+              -- "3:43.13"
//! group     = digit digit?
//! two       = digit digit                           -- 00 to 59
//! ```

use super::error::{Res, no_match};
use super::phrase::Figure;
use crate::number::Number;

/// The most digits of a fraction of a second read.
const FRACTION_DIGITS: usize = 4;

/// A race time at the start of `input`, as a figure in seconds.
pub(super) fn race_time(input: &str) -> Res<'_, Figure> {
    let bytes = input.as_bytes();
    // A colon after one or two digits, or no race time: two bytes settle almost every figure.
    if !(bytes.get(1) == Some(&b':') || bytes.get(2) == Some(&b':')) {
        return Err(no_match(input));
    }
    let digits = |from: usize| {
        bytes[from.min(bytes.len())..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let lead = digits(0);
    if !(1..=2).contains(&lead) || bytes.get(lead) != Some(&b':') {
        return Err(no_match(input));
    }
    let mut groups = [0i128; 3];
    let mut count = 0;
    let mut at = 0;
    let mut len = lead;
    loop {
        groups[count] = number_at(bytes, at, len);
        count += 1;
        at += len;
        if count == 3 || bytes.get(at) != Some(&b':') {
            break;
        }
        len = digits(at + 1);
        if len != 2 || number_at(bytes, at + 1, 2) > 59 {
            return Err(no_match(input));
        }
        at += 1;
    }
    let fraction = match bytes.get(at) {
        Some(b'.') => digits(at + 1),
        _ => 0,
    };
    // "10:30" is a time of day; a fraction or a third group makes a race time.
    if count < 2 || (count == 2 && fraction == 0) || fraction > FRACTION_DIGITS {
        return Err(no_match(input));
    }
    let end = if fraction > 0 { at + 1 + fraction } else { at };
    if bytes
        .get(end)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b':')
    {
        return Err(no_match(input));
    }
    let whole = groups[..count].iter().fold(0i128, |sum, &g| sum * 60 + g);
    let mut value = Number::ratio(whole, 1).ok_or_else(|| no_match(input))?;
    if fraction > 0 {
        let part: Number = format!("0.{}", &input[at + 1..end])
            .parse()
            .map_err(|_| no_match(input))?;
        value = value.checked_add(part).ok_or_else(|| no_match(input))?;
    }
    Ok((&input[end..], Figure::plain(value, true)))
}

/// The ASCII digits `bytes[at..at + len]` as a number (at most two digits).
fn number_at(bytes: &[u8], at: usize, len: usize) -> i128 {
    bytes[at..at + len]
        .iter()
        .fold(0, |n, &b| n * 10 + i128::from(b - b'0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn race_times_read_in_seconds_and_times_of_day_do_not() {
        let seconds = |s: &str| {
            race_time(s)
                .ok()
                .map(|(rest, f)| (f.value.to_string(), rest.len()))
        };
        assert_eq!(seconds("2:05:41 in Berlin"), Some(("7541".into(), 10)));
        assert_eq!(seconds("3:43.13"), Some(("223.13".into(), 0)));
        assert_eq!(seconds("1:01:24.5,"), Some(("3684.5".into(), 1)));
        for no in [
            "10:30",
            "2:61:00",
            "123:00:00",
            "2:5:41",
            "1:2:3",
            "2:05:41:10",
            "3:43.12345",
            "2:05:41am",
        ] {
            assert_eq!(seconds(no), None, "{no}");
        }
    }
}
