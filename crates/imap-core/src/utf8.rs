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
    // A character cut at the end is set aside first, so the rest is
    // checked once, by `from_utf8`: it checks ASCII a word at a time where
    // `utf8_chunks` goes byte by byte (which took 68 ms of a
    // 100,000-project load in the browser).
    let (whole, tail) = bytes.split_at(bytes.len() - cut_at_end(bytes));
    match std::str::from_utf8(whole) {
        Ok(checked) => text.push_str(checked),
        Err(error) => {
            // A bad byte: what came before it is checked again, but only
            // on bad input.
            if let Ok(valid) = std::str::from_utf8(&whole[..error.valid_up_to()]) {
                text.push_str(valid);
            }
            return Err(NotUtf8);
        }
    }
    // The tail begins a character the next bytes may complete, or holds a
    // bad byte.
    match std::str::from_utf8(tail) {
        Ok(_) => Ok(0),
        Err(error) if error.error_len().is_none() => Ok(tail.len()),
        Err(_) => Err(NotUtf8),
    }
}

/// How many bytes at the end (at most 3) start a character that needs
/// more: a leading byte and the continuation bytes after it.
fn cut_at_end(bytes: &[u8]) -> usize {
    for back in 1..=bytes.len().min(3) {
        let byte = bytes[bytes.len() - back];
        if byte & 0xC0 == 0x80 {
            continue;
        }
        let length = match byte {
            0xF0.. => 4,
            0xE0.. => 3,
            0xC0.. => 2,
            _ => 1,
        };
        return if length > back { back } else { 0 };
    }
    0
}
