//! A link as a QR code that the app draws itself (no outside service): the
//! code's dark modules as one SVG path, so that a phone's camera or WeChat
//! opens the same view.

use std::fmt::Write;

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code: `size` modules square, its dark ones as an SVG path in
/// module units. The quiet zone (`QUIET` modules of light around it) is
/// the drawing's to leave.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkQr {
    pub size: usize,
    pub path: String,
}

/// The light margin a reader needs around the code, in modules.
pub const QUIET: usize = 4;

impl LinkQr {
    /// `link` at error correction M (up to 15 % of it may be unreadable: a
    /// screen photographed askew, a creased printout); `None` when it is
    /// too long for any QR code.
    pub fn of(link: &str) -> Option<LinkQr> {
        let code = QrCode::encode_binary(link.as_bytes(), QrCodeEcc::Medium).ok()?;
        let size = code.size();
        let dark = |x: i32, y: i32| code.get_module(x, y);
        let mut path = String::new();
        for y in 0..size {
            let mut x = 0;
            while x < size {
                if !dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < size && dark(x, y) {
                    x += 1;
                }
                // A run of dark modules in a row: one rectangle.
                let _ = write!(path, "M{start} {y}h{}v1H{start}z", x - start);
            }
        }
        Some(LinkQr {
            size: size as usize,
            path,
        })
    }

    /// The SVG `viewBox` that shows the code with its quiet zone.
    pub fn view_box(&self) -> String {
        let side = self.size + 2 * QUIET;
        format!("-{QUIET} -{QUIET} {side} {side}")
    }
}
