//! Lower-casing for the text search (a project's name, English name and
//! company; the visitor's query).
//!
//! The data is Chinese and ASCII nearly always, and those the core folds
//! itself. Any other text goes to the platform's full Unicode lower-casing,
//! which the caller gives: the browser's `toLowerCase` in the app,
//! `str::to_lowercase` natively. std's own tables are not in the wasm that
//! way: they weighed 6.8 KB gzip in the first module (measured, README
//! "Measured").

/// How search text is lower-cased: ASCII and caseless scripts here, the
/// rest by `other`.
#[derive(Clone, Copy, Debug)]
pub struct CaseFold {
    other: fn(&str) -> String,
}

impl CaseFold {
    /// Folds text outside ASCII and the caseless scripts with `other`, which
    /// must lower-case as Unicode does (`str::to_lowercase`).
    pub const fn with(other: fn(&str) -> String) -> CaseFold {
        CaseFold { other }
    }

    /// std's lower-casing for everything (native code: the tool, tests).
    pub const fn native() -> CaseFold {
        CaseFold::with(str::to_lowercase)
    }

    pub fn fold(&self, text: &str) -> String {
        if text.chars().all(|c| c.is_ascii() || is_caseless(c)) {
            text.to_ascii_lowercase()
        } else {
            (self.other)(text)
        }
    }
}

/// Blocks of characters with no lower-case form: Latin-1's signs, general
/// punctuation, CJK (symbols, kana, ideographs, Hangul, compatibility forms),
/// the full-width signs and digits (not the full-width letters). Checked
/// against std, character by character, in `tests/filtering.rs`.
pub const CASELESS: [(char, char); 10] = [
    ('\u{A0}', '\u{BF}'),
    ('\u{2000}', '\u{206F}'),
    ('\u{3000}', '\u{9FFF}'),
    ('\u{AC00}', '\u{D7A3}'),
    ('\u{F900}', '\u{FAFF}'),
    ('\u{FE30}', '\u{FE4F}'),
    ('\u{FF01}', '\u{FF20}'),
    ('\u{FF3B}', '\u{FF40}'),
    ('\u{FF5B}', '\u{FFEF}'),
    ('\u{20000}', '\u{3FFFF}'),
];

fn is_caseless(c: char) -> bool {
    CASELESS
        .iter()
        .any(|&(first, last)| (first..=last).contains(&c))
}
