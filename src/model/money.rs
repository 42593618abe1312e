//! Amounts in 亿元 (CNY 100 million) as text.

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

/// English wording: 20 亿元 → "CNY 2 bn", 5 亿元 → "CNY 500 m".
pub fn cny_words(yi: f64) -> String {
    if yi >= 10.0 {
        format!("CNY {} bn", plain_number(yi / 10.0))
    } else {
        format!("CNY {} m", plain_number(yi * 100.0))
    }
}
