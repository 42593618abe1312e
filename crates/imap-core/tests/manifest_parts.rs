//! The manifest's optional parts (basemap, contact, about, attribution, the
//! other files' paths): one that cannot be used is left out with a problem
//! naming its field, one too long is cut; the rest of the map still draws.

mod common;

use common::{MANIFEST, collection, point, two_squares};
use imap_core::model::dataset::Dataset;
use imap_core::model::manifest::{ATTRIBUTION_MAX_CHARS, Manifest, TITLE_MAX_CHARS};
use imap_core::model::problems::{JsonKind, Place, Reason, Severity};

/// The test manifest with `extra` members added.
fn with(extra: &str) -> Manifest {
    let text = MANIFEST.replacen('{', &format!("{{{extra},"), 1);
    Manifest::parse("map.json", &text).unwrap_or_else(|e| panic!("{extra}: {e:?}"))
}

/// The manifest's problems as (field, severity, reason).
fn problems(m: &Manifest) -> Vec<(&'static str, Severity, Reason)> {
    m.problems
        .iter()
        .map(|p| match p.place {
            Place::Field(field) => (field, p.severity, p.reason.clone()),
            Place::Feature(_) => panic!("a manifest problem names a field"),
        })
        .collect()
}

fn wrong_type(property: &'static str, expected: JsonKind) -> Reason {
    Reason::WrongType { property, expected }
}

#[test]
fn a_basemap_that_cannot_be_drawn_is_left_out_with_its_reason() {
    let template = "https://t0.example.cn/{z}/{x}/{y}.png";
    let good = with(&format!(
        r#""basemap":{{"url":"{template}","crs":"GCJ-02"}}"#
    ));
    assert_eq!(good.problems, []);
    assert_eq!(good.basemap.unwrap().max_zoom, 18);
    assert!(
        with(r#""basemap":{"url":"tiles/{z}/{x}/{y}.png"}"#)
            .basemap
            .is_some()
    );
    let cases = [
        (
            format!(r#""basemap":{{"url":"{template}","crs":"BD-09"}}"#),
            "basemap.crs",
            Reason::InvalidChoice {
                property: "basemap.crs",
                value: "BD-09".into(),
            },
        ),
        (
            format!(r#""basemap":{{"url":"{template}","max_zoom":-1}}"#),
            "basemap.max_zoom",
            wrong_type("basemap.max_zoom", JsonKind::Integer),
        ),
        (
            format!(r#""basemap":{{"url":"{template}","max_zoom":23}}"#),
            "basemap.max_zoom",
            Reason::TooLarge {
                property: "basemap.max_zoom",
                max: Some(22.0),
            },
        ),
        (
            format!(r#""basemap":{{"url":"{template}","max_zoom":4294967295}}"#),
            "basemap.max_zoom",
            Reason::TooLarge {
                property: "basemap.max_zoom",
                max: Some(22.0),
            },
        ),
        (
            r#""basemap":{"url":"https://t0.example.cn/tile.png"}"#.into(),
            "basemap.url",
            Reason::TileTemplate("https://t0.example.cn/tile.png".into()),
        ),
        (
            r#""basemap":{"url":"javascript:alert('{z}{x}{y}')"}"#.into(),
            "basemap.url",
            Reason::UnsafeUrl("javascript:alert('{z}{x}{y}')".into()),
        ),
        (
            r#""basemap":{"url":"//evil.example/{z}/{x}/{y}.png"}"#.into(),
            "basemap.url",
            Reason::UnsafeUrl("//evil.example/{z}/{x}/{y}.png".into()),
        ),
        (
            r#""basemap":{"url":"data:image/png,{z}{x}{y}"}"#.into(),
            "basemap.url",
            Reason::UnsafeUrl("data:image/png,{z}{x}{y}".into()),
        ),
        (
            r#""basemap":"satellite""#.into(),
            "basemap",
            wrong_type("basemap", JsonKind::Object),
        ),
        (
            r#""basemap":{"crs":"WGS84"}"#.into(),
            "basemap.url",
            Reason::MissingProperty("basemap.url"),
        ),
    ];
    for (extra, field, reason) in cases {
        let m = with(&extra);
        assert_eq!(m.basemap, None, "{extra}");
        assert_eq!(
            problems(&m),
            [(field, Severity::Skipped, reason)],
            "{extra}"
        );
    }
}

#[test]
fn a_contact_or_about_of_the_wrong_shape_is_left_out_not_the_map() {
    let m = with(r#""contact":"call us""#);
    assert_eq!(m.contact, None);
    assert_eq!(
        problems(&m),
        [(
            "contact",
            Severity::Skipped,
            wrong_type("contact", JsonKind::Object)
        )]
    );
    let m = with(r#""contact":{"phone":7503881234,"email":"invest@jianghai.gov.cn"}"#);
    let contact = m.contact.as_ref().unwrap();
    assert_eq!(
        (contact.phone.as_deref(), contact.email.as_deref()),
        (None, Some("invest@jianghai.gov.cn")),
        "only the phone is left out"
    );
    assert_eq!(
        problems(&m),
        [(
            "contact.phone",
            Severity::Skipped,
            wrong_type("contact.phone", JsonKind::Text)
        )]
    );
    let m = with(r#""about":{"zh":"关于"}"#);
    assert_eq!(m.about, None);
    assert_eq!(
        problems(&m),
        [(
            "about.source",
            Severity::Skipped,
            Reason::MissingProperty("about.source")
        )]
    );
    let m = with(r#""sites":5,"updated":20240501,"attribution":"© 自然资源局""#);
    assert_eq!(
        (&m.sites, &m.updated, &m.attribution),
        (&None, &None, &None)
    );
    assert_eq!(problems(&m).len(), 3);
}

#[test]
fn a_title_or_credit_too_long_is_cut_and_noted() {
    let long = "长".repeat(4000);
    let text = MANIFEST.replacen(
        r#""title": {"zh": "测试", "en": "Test"}"#,
        &format!(r#""title":{{"zh":"{long}","en":"Map"}},"attribution":{{"zh":"{long}"}}"#),
        1,
    );
    assert_ne!(text, MANIFEST);
    let m = Manifest::parse("map.json", &text).unwrap();
    assert_eq!(m.title.zh.chars().count(), TITLE_MAX_CHARS + 1, "with “…”");
    assert_eq!(m.title.en.as_deref(), Some("Map"));
    let credit = m.attribution.as_ref().unwrap();
    assert_eq!(credit.zh.chars().count(), ATTRIBUTION_MAX_CHARS + 1);
    assert_eq!(
        problems(&m),
        [
            (
                "title",
                Severity::Warning,
                Reason::TooLong {
                    property: "title",
                    max_chars: TITLE_MAX_CHARS
                }
            ),
            (
                "attribution",
                Severity::Warning,
                Reason::TooLong {
                    property: "attribution",
                    max_chars: ATTRIBUTION_MAX_CHARS
                }
            ),
        ]
    );
}

#[test]
fn the_data_set_lists_the_manifests_problems_first() {
    let m = with(r#""contact":"call us""#);
    let project = point(
        0.5,
        0.5,
        r#""id":"a","name":"甲","industry":"new_materials","status":"production""#,
    );
    let d = Dataset::assemble(m, Ok(two_squares()), Ok(collection(&[project])));
    assert_eq!(d.projects.len(), 1);
    assert_eq!(d.problems.len(), 1);
    assert_eq!(d.problems[0].place, Place::Field("contact"));
    assert!(d.manifest.problems.is_empty(), "handed to the data set");
}
