//! A logarithmic scale for investment amounts (亿元), which span three
//! orders of magnitude (0.05 to 60 in the source): the range slider and its
//! histogram use it so small projects are not squeezed into one pixel.

use crate::bounded::bounded;
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
        self.positions()(v)
    }

    /// `position`, with the logarithms of the ends taken once: a histogram
    /// places every disclosed amount on each filter change (100,000 at
    /// most), and three logarithms each took 2 ms of it in the browser.
    fn positions(&self) -> impl Fn(f64) -> f64 {
        let (lo, from, span) = (self.lo, self.lo.log10(), self.hi.log10() - self.lo.log10());
        move |v| {
            if v <= lo {
                return 0.0;
            }
            bounded((v.log10() - from) / span, 0.0, 1.0)
        }
    }

    /// The nice amount nearest to position `t` (0–1).
    pub fn value(&self, t: f64) -> f64 {
        let raw = 10f64
            .powf(self.lo.log10() + bounded(t, 0.0, 1.0) * (self.hi.log10() - self.lo.log10()));
        bounded(nice(raw), self.lo, self.hi)
    }

    /// How many of `amounts` fall in each of `bins` equal steps of the scale;
    /// amounts at or below `lo` count in the first bin.
    pub fn histogram(&self, amounts: impl IntoIterator<Item = f64>, bins: usize) -> Vec<usize> {
        let mut counts = vec![0; bins];
        if bins == 0 {
            return counts;
        }
        let position = self.positions();
        for v in amounts {
            let i = (position(v) * bins as f64).floor() as usize;
            counts[i.min(bins - 1)] += 1;
        }
        counts
    }

    /// Whether bin `i` of `bins` lies wholly outside the range `min`–`max`.
    pub fn bin_outside(&self, i: usize, bins: usize, min: Option<f64>, max: Option<f64>) -> bool {
        let start = i as f64 / bins as f64;
        let end = (i + 1) as f64 / bins as f64;
        min.is_some_and(|v| self.position(v) >= end)
            || max.is_some_and(|v| self.position(v) <= start)
    }
}

/// Bar heights 0–`full` for histogram counts, the tallest bar full height.
pub fn bar_heights(counts: &[usize], full: f64) -> Vec<f64> {
    let top = counts.iter().copied().max().unwrap_or(0).max(1) as f64;
    counts.iter().map(|&n| n as f64 / top * full).collect()
}

/// Positions of the range slider: 0..=SLIDER_STEPS along the scale.
pub const SLIDER_STEPS: f64 = 1000.0;

/// A key's step along the slider: a fiftieth of the scale (the ARIA
/// slider pattern's "small" step); Page Up and Page Down take ten.
pub const KEY_STEP: f64 = SLIDER_STEPS / 50.0;
pub const PAGE_STEP: f64 = KEY_STEP * 10.0;

/// Where a slider handle at `pos` goes for a key (the ARIA slider
/// pattern), kept within `lo..=hi` (the other handle bounds it); `None`
/// for a key the slider leaves alone.
pub fn keyed(pos: f64, key: &str, lo: f64, hi: f64) -> Option<f64> {
    let to = match key {
        "ArrowRight" | "ArrowUp" => pos + KEY_STEP,
        "ArrowLeft" | "ArrowDown" => pos - KEY_STEP,
        "PageUp" => pos + PAGE_STEP,
        "PageDown" => pos - PAGE_STEP,
        "Home" => lo,
        "End" => hi,
        _ => return None,
    };
    Some(bounded(to, lo, hi))
}

/// The slider position under a pointer `x` px along a track `width` px wide.
pub fn position_at(x: f64, width: f64) -> f64 {
    if width > 0.0 {
        bounded(x / width, 0.0, 1.0) * SLIDER_STEPS
    } else {
        0.0
    }
}

/// One handle of the range slider. Values snap to nice numbers, so many
/// positions share one value; a handle stays where it was put while its
/// value is unchanged, instead of jumping to the value's own position. At
/// its own end it means "no bound".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SliderHandle {
    end: f64,
    last: f64,
}

impl SliderHandle {
    /// The lower handle: no bound at the left end.
    pub fn lower() -> SliderHandle {
        SliderHandle {
            end: 0.0,
            last: 0.0,
        }
    }

    /// The upper handle: no bound at the right end.
    pub fn upper() -> SliderHandle {
        SliderHandle {
            end: SLIDER_STEPS,
            last: SLIDER_STEPS,
        }
    }

    fn value_at(&self, scale: &LogScale, pos: f64) -> Option<f64> {
        (pos != self.end).then(|| scale.value(pos / SLIDER_STEPS))
    }

    /// Where the handle shows `bound`.
    pub fn position(&self, scale: &LogScale, bound: Option<f64>) -> f64 {
        if self.value_at(scale, self.last) == bound {
            return self.last;
        }
        bound.map_or(self.end, |v| (scale.position(v) * SLIDER_STEPS).round())
    }

    /// Puts the handle at `pos`; returns the bound it now sets.
    pub fn put(&mut self, scale: &LogScale, pos: f64) -> Option<f64> {
        self.last = pos;
        self.value_at(scale, pos)
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
