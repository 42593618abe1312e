//! `FeatureScan` (features found one at a time, for the late layers) finds
//! what `FeatureReader::new` (one scan) finds, and refuses what it refuses,
//! with the error at the same line and column.

use imap_core::model::feature_collection::FeatureReader;
use imap_core::model::feature_scan::FeatureScan;
use imap_core::model::problems::FileError;

/// Every feature's raw text, or the error.
fn scanned(text: &str) -> Result<Vec<String>, FileError> {
    let mut scan = FeatureScan::new("f", text)?;
    let mut raws = Vec::new();
    while let Some(raw) = scan.next_feature()? {
        raws.push(raw.get().to_string());
    }
    scan.finish()?;
    Ok(raws)
}

fn at_once(text: &str) -> Result<usize, FileError> {
    FeatureReader::new("f", text).map(|r| r.len())
}

const F: &str = r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[113.1,22.5]},"properties":{"id":"a","s":"]},\"x"}}"#;

#[test]
fn the_scan_finds_what_one_scan_finds() {
    let good = [
        format!(r#"{{"type":"FeatureCollection","features":[{F},{F}]}}"#),
        format!(
            "\u{feff} {{ \"features\" : [ {F} ,\n {F} ] , \"type\" : \"FeatureCollection\" , \"x\": [1,{{}}] }} \n"
        ),
        r#"{"type":"FeatureCollection","name":"x","crs":{"a":[1,2]},"features":[]}"#.to_string(),
        format!(r#"{{"type":"FeatureCollection","features":[{F},5,"x",null]}}"#),
    ];
    for text in &good {
        let raws = scanned(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        assert_eq!(Ok(raws.len()), at_once(text), "{text}");
    }
    assert_eq!(scanned(&good[0]).unwrap()[1], F);
}

#[test]
fn the_scan_refuses_what_one_scan_refuses_at_the_same_place() {
    let bad = [
        String::new(),
        "[]".to_string(),
        "{}".to_string(),
        r#"{"type":"Feature","features":[]}"#.to_string(),
        r#"{"features":[]}"#.to_string(),
        r#"{"type":"FeatureCollection","features":{}}"#.to_string(),
        r#"{"type":"FeatureCollection","features":[]"#.to_string(),
        r#"{"type":"FeatureCollection","features":[] } x"#.to_string(),
        format!("{{\"type\":\"FeatureCollection\",\n\"features\":[{F},\n  {{\"type\":tru}}]}}"),
        format!("{{\"type\":\"FeatureCollection\",\"features\":[{F} {F}]}}"),
        "{\"type\":\"FeatureCollection\",\"features\":[1,,2]}".to_string(),
    ];
    for text in &bad {
        let (scan, once) = (scanned(text), at_once(text));
        assert!(
            scan.is_err() && once.is_err(),
            "{text}: {scan:?} / {once:?}"
        );
    }
    // A syntax error in a feature far down is placed where it is.
    let text = &bad[8];
    let (Err(scan), Err(once)) = (scanned(text), at_once(text)) else {
        unreachable!()
    };
    assert_eq!(scan, once);
}
