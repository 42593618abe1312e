//! A spreadsheet's bytes as text. Excel and WPS in China save "CSV" as GBK
//! (read as its superset GB18030), "CSV UTF-8" with a byte-order mark, and
//! "Unicode text" as UTF-16 with tabs.

use encoding_rs::{Encoding, GB18030};

use imap_core::model::sheet_fault::SheetFault;

pub struct Decoded {
    pub text: String,
    /// The encoding's name, for the report: `UTF-8`, `UTF-16LE`, `gb18030`.
    pub encoding: &'static str,
    pub delimiter: u8,
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, SheetFault> {
    let (encoding, body) = match Encoding::for_bom(bytes) {
        Some((encoding, bom_length)) => (encoding, &bytes[bom_length..]),
        None if std::str::from_utf8(bytes).is_ok() => (encoding_rs::UTF_8, bytes),
        None => (GB18030, bytes),
    };
    let text = encoding
        .decode_without_bom_handling_and_without_replacement(body)
        .ok_or(SheetFault::Undecodable)?
        .into_owned();
    let delimiter = delimiter(&text);
    Ok(Decoded {
        text,
        encoding: encoding.name(),
        delimiter,
    })
}

/// Tab when the header line has more tabs than commas, else comma.
fn delimiter(text: &str) -> u8 {
    let mut quoted = false;
    let (mut commas, mut tabs) = (0, 0);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ',' if !quoted => commas += 1,
            '\t' if !quoted => tabs += 1,
            _ => {}
        }
    }
    if tabs > commas { b'\t' } else { b',' }
}
