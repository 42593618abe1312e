//! Rules every data file shares (data-format.md): how JSON text may start,
//! what an id may be, and the bounds of an amount.

/// JSON text without the UTF-8 byte-order mark Windows editors save.
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// A character that is not seen but changes what is seen: the bidi
/// embeddings, overrides, isolates and marks (U+202E shows `gnp.exe` as
/// `exe.png`), zero-width spaces and joiners, the word joiner and invisible
/// operators, the byte-order mark and the interlinear annotation marks. None
/// has a use in a phone number, an e-mail address or a link.
pub fn is_hidden_format(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// `text` without the characters of `is_hidden_format`, for showing a value
/// as it will be used.
pub fn visible(text: &str) -> String {
    text.chars().filter(|c| !is_hidden_format(*c)).collect()
}

/// `text` without the characters XML 1.0 does not allow (C0 controls but
/// tab, line feed and carriage return; U+FFFE, U+FFFF): a document holding
/// one is not XML at all, so an SVG image with one would not load.
pub fn xml_text(text: &str) -> String {
    text.chars()
        .filter(|c| match *c {
            '\t' | '\n' | '\r' => true,
            '\u{FFFE}' | '\u{FFFF}' => false,
            c => c >= ' ',
        })
        .collect()
}

/// The most characters an id may have.
pub const ID_MAX_CHARS: usize = 64;

/// 1–64 characters from `A–Z a–z 0–9 _ - .`: readable, and safe in URLs
/// and in the comma-separated lists of a link.
pub fn is_valid_id(id: &str) -> bool {
    (1..=ID_MAX_CHARS).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
}

/// The largest investment a file or a link may give, in 亿元.
pub const MAX_INVESTMENT: f64 = 100_000.0;

/// An investment amount within the format's bounds (finite, 0–100,000 亿元).
pub fn is_valid_investment(amount: f64) -> bool {
    (0.0..=MAX_INVESTMENT).contains(&amount)
}

/// The most characters a name or company shows; beyond it, the text is cut
/// (with a warning): a megabyte-long name would make every list row, label
/// and detail it appears in slow to draw.
pub const NAME_MAX_CHARS: usize = 300;
/// The same for a description.
pub const DESCRIPTION_MAX_CHARS: usize = 5_000;

/// `text` cut to `max` characters with "…", and whether it was cut.
pub fn within_chars(text: String, max: usize) -> (String, bool) {
    // No more bytes than `max`, so no more characters: the common case,
    // without decoding (which took 43 ms of a 100,000-project load in the
    // browser).
    if text.len() <= max {
        return (text, false);
    }
    match text.char_indices().nth(max) {
        Some((end, _)) => (format!("{}…", &text[..end]), true),
        None => (text, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_plain_ascii() {
        for good in [
            "a",
            "wangyi-tech-port",
            "440704",
            "A.b_c-9",
            &"x".repeat(64),
        ] {
            assert!(is_valid_id(good), "{good}");
        }
        for bad in [
            "",
            "a,b",
            "a b",
            "新材料",
            "a/b",
            "<script>",
            &"x".repeat(65),
            "a\u{feff}",
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn investments_are_finite_and_bounded() {
        for good in [0.0, 0.01, 148.9, 100_000.0] {
            assert!(is_valid_investment(good), "{good}");
        }
        for bad in [-0.5, 100_000.01, 1e308, f64::INFINITY, f64::NAN] {
            assert!(!is_valid_investment(bad), "{bad}");
        }
    }

    #[test]
    fn long_text_is_cut_at_a_character() {
        assert_eq!(
            within_chars("江门高新区".into(), 2),
            ("江门…".to_string(), true)
        );
        assert_eq!(within_chars("江门".into(), 2), ("江门".to_string(), false));
        // At most as many bytes as the limit (ASCII) and more (CJK).
        assert_eq!(within_chars("ab".into(), 2), ("ab".to_string(), false));
        assert_eq!(within_chars("abc".into(), 2), ("ab…".to_string(), true));
        assert_eq!(within_chars("江门".into(), 3), ("江门".to_string(), false));
    }

    #[test]
    fn only_a_leading_mark_is_dropped() {
        assert_eq!(without_bom("\u{feff}{}"), "{}");
        assert_eq!(without_bom("{}"), "{}");
        assert_eq!(without_bom("{\u{feff}}"), "{\u{feff}}");
    }
}
