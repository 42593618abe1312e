//! A logarithmic scale for investment amounts (亿元), which span three
//! orders of magnitude (0.05 to 60 in the source): the range slider and its
//! histogram use it so small projects are not squeezed into one pixel.

/// Steps of a "nice" number within a decade.
const NICE: [f64; 10] = [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0];

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LogScale {
    pub lo: f64,
    pub hi: f64,
}

/// 0.01–100 亿元: the scale when there are no amounts to go by.
impl Default for LogScale {
    fn default() -> Self {
        LogScale {
            lo: 0.01,
            hi: 100.0,
        }
    }
}

impl LogScale {
    /// A scale from a decade boundary below the smallest disclosed amount to
    /// one above the largest; 0.01–100 when there is nothing to go by.
    pub fn for_amounts(amounts: impl IntoIterator<Item = f64>) -> LogScale {
        let (mut lo, mut hi) = (f64::INFINITY, 0.0f64);
        for v in amounts.into_iter().filter(|v| *v > 0.0 && v.is_finite()) {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        if !lo.is_finite() {
            return LogScale::default();
        }
        let lo = 10f64.powf(lo.log10().floor());
        let hi = 10f64.powf(hi.log10().ceil()).max(lo * 10.0);
        LogScale { lo, hi }
    }

    /// Where `v` sits on the scale, 0 at `lo` (and below), 1 at `hi` (and above).
    pub fn position(&self, v: f64) -> f64 {
        if v <= self.lo {
            return 0.0;
        }
        ((v.log10() - self.lo.log10()) / (self.hi.log10() - self.lo.log10())).clamp(0.0, 1.0)
    }

    /// The nice amount nearest to position `t` (0–1).
    pub fn value(&self, t: f64) -> f64 {
        let raw =
            10f64.powf(self.lo.log10() + t.clamp(0.0, 1.0) * (self.hi.log10() - self.lo.log10()));
        nice(raw).clamp(self.lo, self.hi)
    }

    /// How many of `amounts` fall in each of `bins` equal steps of the scale;
    /// amounts at or below `lo` count in the first bin.
    pub fn histogram(&self, amounts: impl IntoIterator<Item = f64>, bins: usize) -> Vec<usize> {
        let mut counts = vec![0; bins];
        if bins == 0 {
            return counts;
        }
        for v in amounts {
            let i = (self.position(v) * bins as f64).floor() as usize;
            counts[i.min(bins - 1)] += 1;
        }
        counts
    }
}

/// Rounds to the nearest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8 (× a power of ten).
pub fn nice(v: f64) -> f64 {
    if v <= 0.0 || !v.is_finite() {
        return 0.0;
    }
    let decade = 10f64.powf(v.log10().floor());
    let m = v / decade;
    let best = NICE
        .iter()
        .chain(std::iter::once(&10.0))
        .min_by(|a, b| (m - **a).abs().total_cmp(&(m - **b).abs()))
        .copied()
        .unwrap_or(1.0);
    // Round away float noise such as 0.30000000000000004.
    let digits = (-decade.log10()).max(0.0) as i32 + 2;
    let k = 10f64.powi(digits);
    (best * decade * k).round() / k
}
