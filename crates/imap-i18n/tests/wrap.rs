//! The map image's caption lines (`wrap`): never wider than asked, words
//! kept whole where they can be, nothing lost but a space where a line breaks.
#![cfg(not(target_arch = "wasm32"))]

use imap_i18n::wrap;
use proptest::prelude::*;

fn columns(line: &str) -> usize {
    line.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

#[test]
fn a_short_text_is_one_line() {
    assert_eq!(wrap("Jiangmen", 20), ["Jiangmen"]);
    assert!(wrap("", 20).is_empty());
}

#[test]
fn english_breaks_at_spaces() {
    let lines = wrap(
        "Projects: Jiangmen Daily, 2021-03-10, via the zone's portal",
        20,
    );
    assert_eq!(
        lines,
        [
            "Projects: Jiangmen ",
            "Daily, 2021-03-10, ",
            "via the zone's ",
            "portal"
        ]
    );
}

#[test]
fn a_chinese_character_takes_two_columns() {
    assert_eq!(
        wrap("江门高新区江海区招商地图", 10),
        ["江门高新区", "江海区招商", "地图"]
    );
}

#[test]
fn a_word_longer_than_the_line_is_cut() {
    assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
}

proptest! {
    #[test]
    fn lines_fit_and_keep_every_word(
        text in "[a-z江海,.]{1,6}( [a-z江海,.]{1,6}){0,30}",
        width in 2usize..40,
    ) {
        let lines = wrap(&text, width);
        for line in &lines {
            prop_assert!(columns(line) <= width, "{line:?} is wider than {width}");
        }
        let without_spaces = |s: &str| s.replace(' ', "");
        prop_assert_eq!(without_spaces(&lines.concat()), without_spaces(&text));
        prop_assert!(lines.iter().all(|l| !l.trim().is_empty()));
    }
}
