//! The years filter's arithmetic: which years a data set's dates span, the
//! histogram's stacked bars, and the brush's ends moved by keys.

use super::project::Project;

/// The first and last year of the projects' dates; `None` without dates.
pub fn span(projects: &[Project]) -> Option<(u16, u16)> {
    projects
        .iter()
        .filter_map(Project::year)
        .fold(None, |span, y| {
            Some(span.map_or((y, y), |(lo, hi): (u16, u16)| (lo.min(y), hi.max(y))))
        })
}

/// Per year of `span`, how many projects of each status (in manifest
/// order), from the (year, status) of each project.
pub fn counts(dated: &[(u16, usize)], (lo, hi): (u16, u16), statuses: usize) -> Vec<Vec<usize>> {
    let mut counts = vec![vec![0usize; statuses]; usize::from(hi - lo) + 1];
    for &(year, status) in dated {
        if let Some(n) = year
            .checked_sub(lo)
            .and_then(|i| counts.get_mut(usize::from(i)))
            .and_then(|c| c.get_mut(status))
        {
            *n += 1;
        }
    }
    counts
}

/// Each year's bars as (bottom, top) in `0..=full`, stacked in status
/// order; the tallest year reaches `full`.
pub fn stacked(counts: &[Vec<usize>], full: f64) -> Vec<Vec<(f64, f64)>> {
    let tallest = counts
        .iter()
        .map(|c| c.iter().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    counts
        .iter()
        .map(|year| {
            let mut bottom = 0.0;
            year.iter()
                .map(|&n| {
                    let top = bottom + n as f64 / tallest * full;
                    let bar = (bottom, top);
                    bottom = top;
                    bar
                })
                .collect()
        })
        .collect()
}

/// Where a brush end at `year` goes on `key` (the ARIA slider's keys: arrows
/// a year, Page Up / Page Down five, Home / End the ends), within `lo..=hi`;
/// `None` for any other key.
pub fn keyed(key: &str, year: u16, lo: u16, hi: u16) -> Option<u16> {
    let next = match key {
        "ArrowLeft" | "ArrowDown" => year.saturating_sub(1),
        "ArrowRight" | "ArrowUp" => year.saturating_add(1),
        "PageDown" => year.saturating_sub(5),
        "PageUp" => year.saturating_add(5),
        "Home" => lo,
        "End" => hi,
        _ => return None,
    };
    Some(next.clamp(lo, hi))
}
