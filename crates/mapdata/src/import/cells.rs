//! One cell's text to a property value, accepting what editors type in a
//! spreadsheet: `5亿`, `50000万元`, `2021/3/9`, `大致`.

use imap_core::model::project::is_partial_date;
use imap_core::model::rules::is_valid_investment;

use imap_core::model::sheet_fault::SheetFault;

/// An amount in 亿元: `5`, `5.0`, `5亿`, `5亿元`, `50000万元`, `5千万`, `3百万`, `1,200`;
/// empty or "未公开" means not disclosed. The digits are moved, not
/// multiplied, so `12345万` is exactly the number `1.2345` reads as.
pub fn amount(text: &str) -> Result<Option<f64>, SheetFault> {
    let bad = || SheetFault::BadAmount(text.to_string());
    let trimmed = text.trim();
    if trimmed.is_empty()
        || ["未公开", "未披露", "不详", "-", "—", "undisclosed", "n/a"]
            .contains(&trimmed.to_lowercase().as_str())
    {
        return Ok(None);
    }
    let unit_free = trimmed.strip_suffix('元').unwrap_or(trimmed).trim_end();
    let (digits, shift) = if let Some(d) = unit_free.strip_suffix('亿') {
        (d, 0)
    } else if let Some(d) = unit_free.strip_suffix("千万") {
        (d, 1)
    } else if let Some(d) = unit_free.strip_suffix("百万") {
        (d, 2)
    } else if let Some(d) = unit_free.strip_suffix('万') {
        (d, 4)
    } else {
        (unit_free, 0)
    };
    let digits: String = digits.trim().chars().filter(|c| *c != ',').collect();
    // `-0` is zero, as the app reads it; any other negative is a mistake.
    if let Some((whole, fraction)) = digits.strip_prefix('-').and_then(decimal) {
        if (whole.chars().chain(fraction.chars())).all(|c| c == '0') {
            return Ok(Some(0.0));
        }
        return Err(SheetFault::NegativeAmount(text.to_string()));
    }
    let (whole, fraction) = decimal(&digits).ok_or_else(bad)?;
    let value: f64 = shifted(whole, fraction, shift).parse().map_err(|_| bad())?;
    if is_valid_investment(value) {
        Ok(Some(value))
    } else {
        Err(SheetFault::AmountTooLarge(text.to_string()))
    }
}

/// `123` or `123.45` as its whole and fraction digits.
fn decimal(text: &str) -> Option<(&str, &str)> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    (!whole.is_empty() && digits(whole) && digits(fraction)).then_some((whole, fraction))
}

/// The decimal `whole.fraction` divided by 10^shift, as text.
fn shifted(whole: &str, fraction: &str, shift: usize) -> String {
    let padded = format!("{}{whole}", "0".repeat(shift));
    let cut = padded.len() - shift;
    format!("{}.{}{fraction}", &padded[..cut], &padded[cut..])
}

/// A land area in hectares, ≥ 0.
pub fn area(text: &str) -> Result<Option<f64>, SheetFault> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    match decimal(trimmed) {
        Some(_) => trimmed
            .parse()
            .map(Some)
            .map_err(|_| SheetFault::BadArea(text.to_string())),
        None => Err(SheetFault::BadArea(text.to_string())),
    }
}

/// A longitude or latitude in decimal degrees.
pub fn degrees(text: &str) -> Result<f64, SheetFault> {
    let trimmed = text.trim().trim_end_matches('°');
    trimmed
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| SheetFault::BadNumber(text.to_string()))
}

/// `2021`, `2021-03`, `2021-03-09`, also written `2021/3/9`, `2021.3.9` or
/// `2021年3月9日`, as the spec's `YYYY[-MM[-DD]]`.
pub fn date(text: &str) -> Result<Option<String>, SheetFault> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let parts: Vec<&str> = trimmed
        .trim_end_matches('日')
        .split(['-', '/', '.', '年', '月'])
        .collect();
    let parts: Vec<&str> = match parts.as_slice() {
        [rest @ .., ""] if trimmed.ends_with('月') || trimmed.ends_with('年') => rest.to_vec(),
        _ => parts,
    };
    let padded: Vec<String> = parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if i > 0 && p.len() == 1 {
                format!("0{p}")
            } else {
                p.to_string()
            }
        })
        .collect();
    let normalized = padded.join("-");
    if is_partial_date(&normalized) {
        Ok(Some(normalized))
    } else {
        Err(SheetFault::BadDate(text.to_string()))
    }
}

/// Whether the location is approximate: `exact` / `approximate` as the spec
/// writes them, or the Chinese words editors use.
pub fn approximate(text: &str) -> Result<bool, SheetFault> {
    match text.trim().to_lowercase().as_str() {
        "" | "exact" | "精确" | "准确" | "确切" => Ok(false),
        "approximate" | "approx" | "大致" | "近似" | "示意" | "约" => Ok(true),
        _ => Err(SheetFault::BadPrecision(text.to_string())),
    }
}

/// An `http:` or `https:` link.
pub fn link(text: &str) -> Result<Option<String>, SheetFault> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let lower = trimmed.to_ascii_lowercase();
    if (lower.starts_with("https://") || lower.starts_with("http://"))
        && !trimmed.contains(char::is_whitespace)
    {
        Ok(Some(trimmed.to_string()))
    } else {
        Err(SheetFault::BadUrl(text.to_string()))
    }
}
