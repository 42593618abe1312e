//! GCJ-02 ⇄ WGS84 against published pairs.

use imap_core::geo::datum::{Datum, convert, gcj02_to_wgs84, wgs84_to_gcj02};

/// (WGS84 lon, lat) → (GCJ-02 lon, lat), from the test suites of the
/// eviltransform and coordtransform libraries (the reference formula).
const PAIRS: [((f64, f64), (f64, f64)); 4] = [
    (
        (121.5272106, 31.1774276),
        (121.531541859215, 31.17530398364597),
    ),
    (
        (113.912316, 22.543847),
        (113.9171764808363, 22.540796131694766),
    ),
    (
        (116.377817, 39.911954),
        (116.38404722455657, 39.91334545536069),
    ),
    ((116.404, 39.915), (116.41024449916938, 39.91640428150164)),
];

/// The district seat of Jianghai in both datums, as ../shared/geodata's
/// jianghai_pins_candidates files give it (WGS84, GCJ-02).
const JIANGHAI_SEAT: ((f64, f64), (f64, f64)) =
    ((113.115_144, 22.574_903), (113.120_601, 22.572_211));

#[test]
fn wgs84_to_gcj02_matches_published_pairs() {
    for (wgs, gcj) in PAIRS {
        let got = wgs84_to_gcj02(wgs.0, wgs.1);
        assert!(
            (got.0 - gcj.0).abs() < 1e-9 && (got.1 - gcj.1).abs() < 1e-9,
            "{wgs:?}: {got:?}"
        );
    }
}

#[test]
fn gcj02_to_wgs84_inverts_it_to_a_millimetre() {
    for (wgs, gcj) in PAIRS {
        let got = gcj02_to_wgs84(gcj.0, gcj.1);
        assert!(
            (got.0 - wgs.0).abs() < 1e-8 && (got.1 - wgs.1).abs() < 1e-8,
            "{gcj:?}: {got:?}"
        );
    }
    // In Jianghai the datums differ by about 560 m east, 300 m south.
    let (wgs, gcj) = JIANGHAI_SEAT;
    let got = convert(gcj.0, gcj.1, Datum::Gcj02, Datum::Wgs84);
    assert!(
        (got.0 - wgs.0).abs() < 2e-6 && (got.1 - wgs.1).abs() < 2e-6,
        "{got:?}"
    );
}

#[test]
fn outside_china_and_within_one_datum_nothing_moves() {
    assert_eq!(wgs84_to_gcj02(-0.1276, 51.5072), (-0.1276, 51.5072));
    assert_eq!(
        convert(113.1, 22.5, Datum::Wgs84, Datum::Wgs84),
        (113.1, 22.5)
    );
    assert_eq!(Datum::parse("GCJ-02"), Some(Datum::Gcj02));
    assert_eq!(Datum::parse("BD-09"), None);
}
