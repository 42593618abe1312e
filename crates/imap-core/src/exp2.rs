//! 2^x, the scale of a zoom level, without libm's `exp2`: its table of 512
//! numbers (4 KB) sat in the first module (README, "First load on a
//! phone"). The whole part of x is an exponent, set exactly; the rest, at
//! most a half, is a short Taylor series of e^t, exact to a unit or two in
//! the last place (a native test compares with std's). A whole zoom level
//! gives its power of two exactly, as tiles need.

/// 1/1!, 1/2!, … 1/13!: the series of (e^t − 1)/t, in t. For |t| ≤ ln 2 / 2
/// the first term left out is below 10^-17.
const TERMS: [f64; 13] = [
    1.0,
    0.5,
    0.166_666_666_666_666_66,
    0.041_666_666_666_666_664,
    0.008_333_333_333_333_333,
    0.001_388_888_888_888_889,
    0.000_198_412_698_412_698_4,
    2.480_158_730_158_73e-5,
    2.755_731_922_398_589_3e-6,
    2.755_731_922_398_589e-7,
    2.505_210_838_544_172e-8,
    2.087_675_698_786_81e-9,
    1.605_904_383_682_161_3e-10,
];

/// 2 to the power `x`: exact for whole `x`, 0 far below, infinity far above.
pub fn exp2(x: f64) -> f64 {
    // Past ±2,100 the result is 0 or infinity whatever the fraction. (The
    // bounds are constants: clamp's assertion on them is gone at build
    // time, and its float printer with it. NaN stays NaN.)
    let x = x.clamp(-2_100.0, 2_100.0);
    let whole = x.round();
    let t = (x - whole) * std::f64::consts::LN_2;
    let e_t = 1.0 + t * TERMS.iter().rev().fold(0.0, |sum, term| sum * t + term);
    // In two halves, so that each is a float (or 0 or infinity) on its own.
    let n = whole as i32;
    e_t * power_of_two(n / 2) * power_of_two(n - n / 2)
}

/// 2^n, built from its exponent bits; 0 below the smallest float.
fn power_of_two(n: i32) -> f64 {
    match n {
        1024.. => f64::INFINITY,
        -1022..=1023 => f64::from_bits(((n + 1023) as u64) << 52),
        -1074..=-1023 => f64::from_bits(1 << (n + 1074)),
        _ => 0.0,
    }
}
