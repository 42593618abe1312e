//! Sine and cosine for the map's angles without libm's reduction of huge
//! angles (`rem_pio2` and its table of 2/π, 3.6 KB gzip of the first
//! module; README, "First load on a phone"). The map's angles stay below a
//! thousand radians (GCJ-02's waves; latitudes and a spread of pins are
//! below 2π): three parts of π/2 take the quarter turns off them exactly
//! enough, and a Taylor series on the quarter turn around zero is exact to
//! a unit or two in the last place (a native test compares with std's).

/// π/2 in three parts of 33 bits or fewer, so that `n × part` is exact for
/// any `n` below 2^20.
const HALF_PI: [f64; 3] = [
    1.570_796_326_734_125_6,
    6.077_100_506_303_966e-11,
    2.022_266_248_795_950_6e-21,
];

/// The sine and the cosine of `x` (radians): within two units in the last
/// place of std's for |x| up to 1,000 (tested; of 0.5, near a zero),
/// drifting slowly further out, bounded but inexact past 2^19.
pub fn sin_cos(x: f64) -> (f64, f64) {
    let turns = (x * std::f64::consts::FRAC_2_PI).round();
    let r = HALF_PI.iter().fold(x, |r, part| r - turns * part);
    let (s, c) = (sine_near_zero(r), cosine_near_zero(r));
    // `turns` is whole: its remainder by 4 picks the quadrant.
    match (turns as i64).rem_euclid(4) {
        0 => (s, c),
        1 => (c, -s),
        2 => (-s, -c),
        _ => (-c, s),
    }
}

pub fn sin(x: f64) -> f64 {
    sin_cos(x).0
}

/// 1/3!, 1/5!, … 1/17!: the series of sin(r)/r − 1, in r².
const SINE_TERMS: [f64; 8] = [
    -0.166_666_666_666_666_66,
    0.008_333_333_333_333_333,
    -0.000_198_412_698_412_698_4,
    2.755_731_922_398_589_3e-6,
    -2.505_210_838_544_172e-8,
    1.605_904_383_682_161_3e-10,
    -7.647_163_731_819_816e-13,
    2.811_457_254_345_520_6e-15,
];

/// 1/2!, 1/4!, … 1/18!: the series of cos(r) − 1, in r².
const COSINE_TERMS: [f64; 9] = [
    -0.5,
    0.041_666_666_666_666_664,
    -0.001_388_888_888_888_889,
    2.480_158_730_158_73e-5,
    -2.755_731_922_398_589e-7,
    2.087_675_698_786_81e-9,
    -1.147_074_559_772_972_5e-11,
    4.779_477_332_387_385e-14,
    -1.561_920_696_858_622_5e-16,
];

/// `terms` summed as a polynomial in `r2` (Horner), lowest first.
fn series(terms: &[f64], r2: f64) -> f64 {
    terms.iter().rev().fold(0.0, |sum, term| sum * r2 + term)
}

/// sin(r) for |r| ≤ π/4: the series' last term is below 10^-19 there.
fn sine_near_zero(r: f64) -> f64 {
    let r2 = r * r;
    r + r * r2 * series(&SINE_TERMS, r2)
}

fn cosine_near_zero(r: f64) -> f64 {
    let r2 = r * r;
    1.0 + r2 * series(&COSINE_TERMS, r2)
}
