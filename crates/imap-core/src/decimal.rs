//! Numbers to and from their decimal text without std's float code, which
//! the first module would otherwise hold (README, "First load on a
//! phone"): `parse` reads a number's text (a JSON number, a bound in a
//! link, a field's input) to the nearest `f64` exactly as `str::parse`
//! does, without the 11 KB gzip of powers of five std's parser brings;
//! `fixed` writes a number rounded to a few decimals and `shortest` one
//! that must read back exactly, both without core's float printer (9 KB).
//! A number of up to 15 significant digits with a small exponent (every
//! real amount and coordinate) takes one floating-point
//! multiplication or division, one of up to 19 digits a 128-bit one; the
//! others are worked out on all their digits with integers (slow, and
//! rare).

/// The nearest `f64` to `text`, ignoring white space around it: an
/// optional sign, digits with an optional decimal point, an optional
/// exponent (`1.5`, `.5`, `5.`, `-2e-3`). `None` for anything else,
/// including `inf` and `NaN`, which no caller accepts. Too large a number
/// is infinite, too small a one zero, as with `str::parse`.
pub fn parse(text: &str) -> Option<f64> {
    let number = Decimal::read(text.trim())?;
    let magnitude = number.nearest();
    Some(if number.negative {
        -magnitude
    } else {
        magnitude
    })
}

/// Enough digits to decide any rounding: a decimal needs at most 767
/// significant digits to fall between two doubles, so the digits past
/// these count only as "a little more".
const KEPT_DIGITS: usize = 800;

/// As many digits as always fit in a `u64`.
const LEADING_DIGITS: u32 = 19;

/// `negative`, then the significant digits (no leading or trailing zero)
/// times `10^exponent`: the first 19 as an integer, without allocating,
/// the others one by one.
struct Decimal {
    negative: bool,
    leading: u64,
    leading_digits: u32,
    rest: Vec<u8>,
    exponent: i64,
}

impl Decimal {
    fn read(text: &str) -> Option<Decimal> {
        let (negative, body) = match text.as_bytes().first()? {
            b'-' => (true, &text[1..]),
            b'+' => (false, &text[1..]),
            _ => (false, text),
        };
        let mut number = Decimal {
            negative,
            leading: 0,
            leading_digits: 0,
            rest: Vec::new(),
            exponent: 0,
        };
        let mut unread = body.as_bytes();
        let mut any_digit = false;
        let mut more_past_kept = false;
        let mut fraction = false;
        while let Some((&byte, after)) = unread.split_first() {
            match byte {
                b'0'..=b'9' => {
                    any_digit = true;
                    let digit = byte - b'0';
                    if number.leading_digits == 0 && digit == 0 {
                        // Leading zeros only move the point.
                    } else if number.leading_digits < LEADING_DIGITS {
                        number.leading = number.leading * 10 + u64::from(digit);
                        number.leading_digits += 1;
                    } else if number.rest.len() < KEPT_DIGITS {
                        number.rest.push(digit);
                    } else {
                        more_past_kept |= digit != 0;
                        number.exponent += 1;
                    }
                    number.exponent -= i64::from(fraction);
                }
                b'.' if !fraction => fraction = true,
                _ => break,
            }
            unread = after;
        }
        if !any_digit {
            return None;
        }
        if let Some((&(b'e' | b'E'), after)) = unread.split_first() {
            let (sign, digits) = match after.split_first() {
                Some((b'-', digits)) => (-1, digits),
                Some((b'+', digits)) => (1, digits),
                _ => (1, after),
            };
            if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            // Saturated: any exponent past this makes the number infinite
            // or zero whatever its digits.
            let written = digits
                .iter()
                .fold(0i64, |e, d| (e * 10 + i64::from(d - b'0')).min(1 << 40));
            number.exponent += sign * written;
        } else if !unread.is_empty() {
            return None;
        }
        if more_past_kept {
            number.rest.push(1);
            number.exponent -= 1;
        }
        while number.rest.last() == Some(&0) {
            number.rest.pop();
            number.exponent += 1;
        }
        while number.rest.is_empty() && number.leading != 0 && number.leading.is_multiple_of(10) {
            number.leading /= 10;
            number.leading_digits -= 1;
            number.exponent += 1;
        }
        Some(number)
    }

    /// The nearest `f64` to the number without its sign.
    fn nearest(&self) -> f64 {
        if self.leading == 0 {
            return 0.0;
        }
        // The number is below 10^magnitude and at least a tenth of it.
        let magnitude = i64::from(self.leading_digits) + self.rest.len() as i64 + self.exponent;
        if magnitude > 310 {
            return f64::INFINITY;
        }
        if magnitude < -324 {
            return 0.0;
        }
        if self.rest.is_empty() {
            let whole = self.leading;
            // Both the digits and the power of ten are exact doubles (10^22
            // is the last that is), so one division or multiplication
            // rounds correctly (Clinger's fast path).
            if whole <= 1 << 53 && self.exponent.abs() <= 22 {
                let power = (0..self.exponent.abs()).fold(1.0, |p: f64, _| p * 10.0);
                let whole = whole as f64;
                return if self.exponent < 0 {
                    whole / power
                } else {
                    whole * power
                };
            }
            let whole = u128::from(whole);
            if let Ok(places) = u32::try_from(self.exponent) {
                if let Some(exact) = 10u128
                    .checked_pow(places)
                    .and_then(|power| power.checked_mul(whole))
                {
                    return round(exact, false, 0);
                }
            } else if self.exponent >= -22 {
                // 10^22 < 2^74: the quotient of the left-aligned digits
                // keeps at least 54 bits.
                let power = 10u128.pow(self.exponent.unsigned_abs() as u32);
                let shift = whole.leading_zeros();
                let aligned = whole << shift;
                let quotient = aligned / power;
                let exact = quotient * power == aligned;
                return round(quotient, !exact, i64::from(shift));
            }
        }
        let mut numerator = Big::of(self.leading);
        for &digit in &self.rest {
            numerator.multiply_add(10, u32::from(digit));
        }
        let mut denominator = Big::of(1);
        if self.exponent >= 0 {
            numerator.times_power_of_ten(self.exponent);
        } else {
            denominator.times_power_of_ten(-self.exponent);
        }
        // Scaled so that the quotient has 55 or 56 bits.
        let shift = 55 - (numerator.bits() - denominator.bits());
        if shift >= 0 {
            numerator.shift_left(shift);
        } else {
            denominator.shift_left(-shift);
        }
        let quotient = numerator.take_quotient(&denominator, 56);
        round(u128::from(quotient), !numerator.is_zero(), shift)
    }
}

/// The nearest `f64` to `(whole + a fraction) / 2^shift`, the fraction
/// non-zero exactly when `more`; ties to even.
fn round(whole: u128, more: bool, shift: i64) -> f64 {
    if whole == 0 {
        return 0.0;
    }
    // Left-aligned, so that whole always has more bits than a mantissa.
    let spare = whole.leading_zeros();
    let (whole, shift) = (whole << spare, shift + i64::from(spare));
    // The low bits below a double's last place: a normal double keeps 53
    // bits; a subnormal one's last place is 2^-1074.
    let dropped = (128 - 53).max(shift - 1074);
    if dropped > 128 {
        // Below half the smallest subnormal.
        return 0.0;
    }
    let (kept, rest) = match dropped {
        128 => (0, whole),
        _ => (whole >> dropped, whole & ((1u128 << dropped) - 1)),
    };
    let half = 1u128 << (dropped - 1);
    let up = rest > half || (rest == half && (more || kept & 1 == 1));
    let mantissa = (kept + u128::from(up)) as u64;
    // The value is mantissa · 2^unit.
    let unit = dropped - shift;
    const HIDDEN: u64 = 1 << 52;
    if mantissa < HIDDEN {
        // Subnormal: unit is -1074, the exponent field 0.
        return f64::from_bits(mantissa);
    }
    let (mantissa, unit) = if mantissa == 2 * HIDDEN {
        (HIDDEN, unit + 1)
    } else {
        (mantissa, unit)
    };
    let biased = unit + 52 + 1023;
    if biased >= 2047 {
        return f64::INFINITY;
    }
    f64::from_bits(((biased as u64) << 52) | (mantissa - HIDDEN))
}

/// A non-negative integer of any size, 32 bits a limb, least first; only
/// what the exact reading needs.
struct Big(Vec<u32>);

impl Big {
    fn of(value: u64) -> Big {
        let mut big = Big(vec![value as u32, (value >> 32) as u32]);
        big.trim();
        big
    }

    fn multiply_add(&mut self, factor: u32, mut carry: u32) {
        for limb in &mut self.0 {
            let product = u64::from(*limb) * u64::from(factor) + u64::from(carry);
            *limb = product as u32;
            carry = (product >> 32) as u32;
        }
        if carry != 0 {
            self.0.push(carry);
        }
    }

    fn times_power_of_ten(&mut self, mut exponent: i64) {
        while exponent > 0 {
            let step = exponent.min(9);
            self.multiply_add(10u32.pow(step as u32), 0);
            exponent -= step;
        }
    }

    fn bits(&self) -> i64 {
        self.0.last().map_or(0, |top| {
            32 * self.0.len() as i64 - i64::from(top.leading_zeros())
        })
    }

    fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    fn shift_left(&mut self, bits: i64) {
        let (limbs, bits) = ((bits / 32) as usize, (bits % 32) as u32);
        if bits > 0 {
            let mut carry = 0;
            for limb in &mut self.0 {
                let wide = (u64::from(*limb) << bits) | carry;
                *limb = wide as u32;
                carry = wide >> 32;
            }
            if carry != 0 {
                self.0.push(carry as u32);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    /// Divides by `divisor`, giving back the remainder.
    fn divide_small(&mut self, divisor: u32) -> u32 {
        let mut rest = 0u64;
        for limb in self.0.iter_mut().rev() {
            let wide = (rest << 32) | u64::from(*limb);
            *limb = (wide / u64::from(divisor)) as u32;
            rest = wide % u64::from(divisor);
        }
        self.trim();
        rest as u32
    }

    fn shift_right_one(&mut self) {
        let mut carry = 0;
        for limb in self.0.iter_mut().rev() {
            let low = *limb & 1;
            *limb = (*limb >> 1) | (carry << 31);
            carry = low;
        }
        self.trim();
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn at_least(&self, other: &Big) -> bool {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
            != std::cmp::Ordering::Less
    }

    fn subtract(&mut self, other: &Big) {
        let mut borrow = false;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let (less, under) = limb.overflowing_sub(other.0.get(i).copied().unwrap_or(0));
            let (less, under_again) = less.overflowing_sub(u32::from(borrow));
            *limb = less;
            borrow = under || under_again;
        }
        self.trim();
    }

    /// `self / divisor` when it is below `2^bits`, leaving the remainder
    /// in `self`.
    fn take_quotient(&mut self, divisor: &Big, bits: u32) -> u64 {
        let mut step = Big(divisor.0.clone());
        step.shift_left(i64::from(bits - 1));
        let mut quotient = 0;
        for bit in (0..bits).rev() {
            if self.at_least(&step) {
                self.subtract(&step);
                quotient |= 1 << bit;
            }
            step.shift_right_one();
        }
        quotient
    }
}

/// `value` rounded to `places` decimals (at most 9), half away from zero
/// on `value × 10^places`, written without trailing zeros or point: `12.5`,
/// `20`, `-0.25`, never `-0`. Written with integers, so that the first
/// module needs none of core's float printer: only the map's numbers
/// (SVG paths, positions, radii) and amounts as people read them go
/// through here, never a number that must read back exactly (`exact_number`
/// is for links and exports). From `2^63 / 10^places` up, only the whole
/// number is written, exactly.
pub fn fixed(value: f64, places: u32) -> String {
    let mut text = String::new();
    write_fixed(&mut text, value, places);
    text
}

/// The shortest text that reads back as exactly `value`, as std's
/// `Display` writes it: no exponent (`1e21` is a 1 and 21 zeros), `-0` for
/// negative zero, `NaN`, `inf`, `-inf`; only where two texts are as short
/// and as close (a value halfway between them) the last digit is the even
/// one, where std takes the larger. The digits are Ryū's (the `ryu`
/// crate with its small tables), only laid out here: core's float printer
/// weighed 9 KB gzip in the later module, and its callers were the links,
/// the exports and a few styles (README, "First load on a phone").
pub fn shortest(value: f64) -> String {
    if !value.is_finite() {
        let mut text = String::new();
        write_fixed(&mut text, value, 0);
        return text;
    }
    let mut buffer = ryu::Buffer::new();
    // Ryū writes `d.ddde±x` or a plain decimal with at least one digit
    // after the point: its digits and where the point goes are all we keep.
    let written = buffer.format_finite(value);
    let (negative, written) = match written.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, written),
    };
    let (mantissa, exponent) = written.split_once('e').unwrap_or((written, "0"));
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let (whole, part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{part}");
    let leading = digits.len() - digits.trim_start_matches('0').len();
    let digits = digits.trim_matches('0');
    // Where the point goes, counted in digits from the first kept one.
    let point = whole.len() as i64 + exponent - leading as i64;
    let mut text = String::from(if negative { "-" } else { "" });
    if digits.is_empty() {
        text.push('0');
    } else if point <= 0 {
        text.push_str("0.");
        text.extend(std::iter::repeat_n('0', point.unsigned_abs() as usize));
        text.push_str(digits);
    } else if point as usize >= digits.len() {
        text.push_str(digits);
        text.extend(std::iter::repeat_n('0', point as usize - digits.len()));
    } else {
        let (before, after) = digits.split_at(point as usize);
        text.push_str(before);
        text.push('.');
        text.push_str(after);
    }
    text
}

/// `value` rounded as `fixed` rounds it, with exactly `places` decimals
/// (at most 9), as `format!("{value:.places$}")` writes it: `113.12000`,
/// `12.50`, `0.0`. For text whose width should not jump with the value (a
/// link's view, an export's coordinates, a reading in a sentence).
pub fn padded(value: f64, places: u32) -> String {
    let mut text = fixed(value, places);
    let places = places.min(9) as usize;
    if places > 0 && value.is_finite() {
        let decimals = match text.find('.') {
            Some(point) => text.len() - point - 1,
            None => {
                text.push('.');
                0
            }
        };
        text.extend(std::iter::repeat_n('0', places - decimals));
    }
    text
}

/// `fixed`, written at the end of `out`: an SVG path writes every
/// coordinate this way, without a string of its own.
pub fn write_fixed(out: &mut String, value: f64, places: u32) {
    use std::fmt::Write;
    if !value.is_finite() {
        out.push_str(if value.is_nan() {
            "NaN"
        } else if value > 0.0 {
            "inf"
        } else {
            "-inf"
        });
        return;
    }
    let unit = 10u64.pow(places.min(9));
    let scaled = (value * unit as f64).round();
    let sign = if scaled < 0.0 { "-" } else { "" };
    if scaled.abs() >= 9.2e18 {
        out.push_str(sign);
        out.push_str(&whole_digits(value.abs().round()));
        return;
    }
    let scaled = scaled.abs() as u64;
    let (whole, mut part) = (scaled / unit, scaled % unit);
    if part == 0 {
        let _ = match whole {
            0 => write!(out, "0"),
            _ => write!(out, "{sign}{whole}"),
        };
        return;
    }
    let mut width = places.min(9) as usize;
    while part % 10 == 0 {
        part /= 10;
        width -= 1;
    }
    let _ = write!(out, "{sign}{whole}.{part:0width$}");
}

/// The decimal digits of a whole, non-negative, finite `value`.
fn whole_digits(value: f64) -> String {
    let bits = value.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    // A whole number's bits below the point are all zero.
    let mantissa = mantissa >> (-exponent).clamp(0, 63);
    let mut big = Big::of(mantissa);
    big.shift_left(exponent.max(0));
    let mut chunks = Vec::new();
    while !big.is_zero() {
        chunks.push(big.divide_small(1_000_000_000));
    }
    let mut text = chunks
        .pop()
        .map_or_else(|| String::from("0"), |top| top.to_string());
    for chunk in chunks.iter().rev() {
        text.push_str(&format!("{chunk:09}"));
    }
    text
}
