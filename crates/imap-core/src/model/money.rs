//! Amounts in 亿元 (CNY 100 million) as language-neutral text.

/// Up to two decimals, no trailing zeros, no grouping: "148.9", "0.05", "20".
/// Kept free of separators so `result-total` stays machine-readable.
pub fn plain_number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let text = format!("{rounded:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_string()
    } else {
        text.to_string()
    }
}
