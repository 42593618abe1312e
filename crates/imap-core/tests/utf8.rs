//! Text read in pieces, as the app copies a large file: the same text as
//! read whole, and a bad byte found at the same place.
#![cfg(not(target_arch = "wasm32"))]

use imap_core::utf8::append_utf8;
use proptest::prelude::*;

/// `bytes` read in pieces cut at `cuts`, as `transfer::read_body` reads
/// them: the text, or the text before the first bad byte.
fn in_pieces(bytes: &[u8], cuts: &[usize]) -> Result<String, String> {
    let mut text = String::new();
    let mut step = Vec::new();
    let mut from = 0;
    let mut ends: Vec<usize> = cuts.iter().map(|c| c % (bytes.len() + 1)).collect();
    ends.push(bytes.len());
    ends.sort_unstable();
    for end in ends {
        step.extend_from_slice(&bytes[from..end]);
        from = end;
        let rest = append_utf8(&mut text, &step).map_err(|_| text.clone())?;
        step.drain(..step.len() - rest);
    }
    if step.is_empty() { Ok(text) } else { Err(text) }
}

/// What reading it whole says.
fn whole(bytes: &[u8]) -> Result<String, String> {
    String::from_utf8(bytes.to_vec())
        .map_err(|e| String::from_utf8(bytes[..e.utf8_error().valid_up_to()].to_vec()).unwrap())
}

#[test]
fn a_character_cut_anywhere_is_joined_and_a_bad_byte_is_found() {
    let text = "江门 a€😀z".as_bytes();
    for cut in 0..=text.len() {
        assert_eq!(in_pieces(text, &[cut]), whole(text), "cut at {cut}");
        for second in cut..=text.len() {
            assert_eq!(in_pieces(text, &[cut, second]), whole(text));
        }
    }
    // A file that ends inside a character, or with a byte that starts none.
    let ends_inside = &text[..text.len() - 2];
    assert_eq!(in_pieces(ends_inside, &[3]), Err("江门 a€".into()));
    assert_eq!(in_pieces(b"ab\xff", &[1]), Err("ab".into()));
    assert_eq!(in_pieces(b"a\xe6\xb1b", &[2]), Err("a".into()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5_000))]

    #[test]
    fn any_text_in_any_pieces_is_itself(text in any::<String>(), cuts in prop::collection::vec(any::<usize>(), 0..6)) {
        prop_assert_eq!(in_pieces(text.as_bytes(), &cuts), Ok(text));
    }

    #[test]
    fn any_bytes_in_any_pieces_fail_where_whole_they_do(
        bytes in prop::collection::vec(prop_oneof![any::<u8>(), 0x80u8..0xc0, 0xe0u8..0xf0], 0..24),
        cuts in prop::collection::vec(any::<usize>(), 0..6),
    ) {
        prop_assert_eq!(in_pieces(&bytes, &cuts), whole(&bytes));
    }
}
