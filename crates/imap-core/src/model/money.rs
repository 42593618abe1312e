//! Amounts in 亿元 (CNY 100 million) as language-neutral text: rounded for
//! reading, exact for links and files.

/// Up to two decimals, no trailing zeros, no grouping: "148.9", "0.05", "20".
/// Kept free of separators so `result-total` stays machine-readable.
pub fn plain_number(value: f64) -> String {
    crate::decimal::fixed(value, 2)
}

/// The shortest text that reads back as exactly `value`: no rounding, no
/// exponent. For links and exports, where a value must survive the trip
/// (0.125 stays 0.125; `plain_number` is for reading).
pub fn exact_number(value: f64) -> String {
    if value == 0.0 {
        "0".to_string()
    } else {
        crate::decimal::shortest(value)
    }
}
