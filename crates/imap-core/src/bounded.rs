//! A number kept within bounds, without `f64::clamp`'s assertion.

/// `value` kept within `low..=high` (`high` when the bounds cross, `low`
/// for NaN). Never panics: `f64::clamp` asserts that its bounds are in
/// order, and the assertion's message prints both with core's float
/// printer, which then stays in the first module (README, "First load on a
/// phone").
pub fn bounded(value: f64, low: f64, high: f64) -> f64 {
    value.max(low).min(high)
}
