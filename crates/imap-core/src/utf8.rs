//! Text that arrives in pieces: each piece is checked as UTF-8 and added
//! as it comes (the app copies a large file in steps, so that no task
//! checks the whole of it), and a character cut between two pieces waits
//! for the rest.

/// A byte that is no part of UTF-8 text.
#[derive(Debug, PartialEq)]
pub struct NotUtf8;

/// `bytes` appended to `text` while they are UTF-8: `Ok` with how many
/// bytes at the end begin a character that the next bytes may complete,
/// `Err` at a byte that is not UTF-8 (what came before it appended).
pub fn append_utf8(text: &mut String, bytes: &[u8]) -> Result<usize, NotUtf8> {
    let mut left = bytes.len();
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        left -= chunk.valid().len();
        let bad = chunk.invalid();
        // Only a cut character at the very end may still be completed.
        let cut = bad.len() == left
            && matches!(std::str::from_utf8(bad), Err(e) if e.error_len().is_none());
        if !bad.is_empty() && !cut {
            return Err(NotUtf8);
        }
        left -= bad.len();
        if cut {
            return Ok(bad.len());
        }
    }
    Ok(0)
}
