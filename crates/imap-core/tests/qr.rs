//! The QR code of a link reads back as that link, as a phone would read it:
//! its path drawn into pixels and decoded by another library (rqrr, native
//! only).
#![cfg(not(target_arch = "wasm32"))]

use imap_core::url_state::qr::{LinkQr, QUIET};

/// Pixels per module.
const SCALE: usize = 4;

/// The code's path (`M{x} {y}h{n}v1H{x}z` per run) drawn black on white.
fn draw(qr: &LinkQr) -> (usize, Vec<bool>) {
    let side = (qr.size + 2 * QUIET) * SCALE;
    let mut dark = vec![false; side * side];
    for run in qr.path.split('z').filter(|r| !r.is_empty()) {
        let numbers: Vec<usize> = run
            .trim_start_matches('M')
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .map(|n| n.parse().unwrap())
            .collect();
        let [x, y, len, one, back] = numbers[..] else {
            panic!("a run is M x y h len v 1 H x: {run}");
        };
        assert_eq!((one, back), (1, x), "{run}");
        for module in x..x + len {
            for dy in 0..SCALE {
                for dx in 0..SCALE {
                    let px = (module + QUIET) * SCALE + dx;
                    let py = (y + QUIET) * SCALE + dy;
                    dark[py * side + px] = true;
                }
            }
        }
    }
    (side, dark)
}

fn decoded(qr: &LinkQr) -> String {
    let (side, dark) = draw(qr);
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        if dark[y * side + x] { 0 } else { 255 }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code found");
    grids[0].decode().expect("the code decodes").1
}

#[test]
fn a_long_link_with_every_parameter_reads_back_exactly() {
    let link = "https://example.org/map/index.html?lang=en&industry=new_materials,electronic_info&status=production,signed&district=jianghai,pengjiang&min=1.5&max=20&q=%E7%A7%91%E6%8A%80%E6%B8%AF&project=wangyi-tech-port&view=113.12345,22.56789,12.5&years=2019-2021&compare=a,b,c,d";
    let qr = LinkQr::of(link).expect("a link of this length fits");
    assert_eq!(decoded(&qr), link);
    assert_eq!(qr.view_box(), format!("-4 -4 {0} {0}", qr.size + 8));
}

#[test]
fn a_short_link_makes_a_small_code() {
    let qr = LinkQr::of("https://example.org/?lang=en").unwrap();
    assert_eq!(decoded(&qr), "https://example.org/?lang=en");
    assert!(qr.size <= 29, "version 3 or less: {}", qr.size);
}

#[test]
fn a_link_too_long_for_any_code_has_none() {
    assert_eq!(LinkQr::of(&"a".repeat(3000)), None);
}
