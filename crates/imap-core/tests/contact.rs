//! Contacts and the about text: links only where safe, nothing lost.

mod common;

use common::{collection, manifest, point, two_squares};
use imap_core::model::contact::Contact;
use imap_core::model::dataset::Dataset;
use imap_core::model::manifest::Manifest;

fn contact(json: &str) -> Contact {
    serde_json::from_str(json).unwrap()
}

#[test]
fn phones_emails_and_pages_become_links_only_when_safe() {
    let c = contact(
        r#"{"phone":"+86 (750) 388-1234","email":"invest@jianghai.gov.cn","url":"https://www.jianghai.gov.cn/tzjh/"}"#,
    );
    assert_eq!(c.phone_link().as_deref(), Some("tel:+867503881234"));
    assert_eq!(
        c.email_link().as_deref(),
        Some("mailto:invest@jianghai.gov.cn")
    );
    assert_eq!(c.web_link(), Some("https://www.jianghai.gov.cn/tzjh/"));
    let odd = contact(
        r#"{"phone":"javascript:alert(1)","email":"a@b.cn?cc=x@y.cn","url":"javascript:alert(1)"}"#,
    );
    assert_eq!(
        (odd.phone_link(), odd.email_link(), odd.web_link()),
        (None, None, None)
    );
    assert!(contact("{}").is_empty());
}

#[test]
fn a_project_keeps_its_contact_and_a_malformed_one_is_only_a_warning() {
    let good = point(
        0.5,
        0.5,
        r#""id":"a","name":"甲","industry":"new_materials","status":"production","contact":{"name":{"zh":"招商局"},"phone":"0750-1234567"}"#,
    );
    let bad = point(
        0.6,
        0.6,
        r#""id":"b","name":"乙","industry":"new_materials","status":"production","contact":"call us""#,
    );
    let d = Dataset::assemble(manifest(), Ok(two_squares()), Ok(collection(&[good, bad])));
    assert_eq!(d.projects.len(), 2);
    let c = d.project("a").unwrap().contact.as_deref().unwrap();
    assert_eq!(c.name.as_ref().unwrap().zh, "招商局");
    assert!(d.project("b").unwrap().contact.is_none());
    assert_eq!(d.problems.len(), 1);
}

#[test]
fn the_manifest_carries_about_and_contact() {
    let text = r#"{"version":1,"title":{"zh":"图"},"boundaries":"b","projects":"p","industries":[{"id":"i","zh":"产业"}],"statuses":[{"id":"s","zh":"动工"}],
        "about":{"zh":"关于","en":"About","source":"报道"},"contact":{"email":"x@y.cn"}}"#;
    let m = Manifest::parse("map.json", text).unwrap();
    assert_eq!(m.about.unwrap().source, "报道");
    assert_eq!(
        m.contact.unwrap().email_link().as_deref(),
        Some("mailto:x@y.cn")
    );
}

#[test]
fn a_second_recipient_or_a_hidden_character_is_never_linked() {
    for email in [
        "invest%40jianghai.gov.cn%2Cspy@evil.example",
        "a%3Fcc%3Dspy%40evil.example@b.cn",
        "invest@jianghai.gov.cn%2Cspy@evil.example",
        "in\u{202E}vest@jianghai.gov.cn",
        "invest@jiang\u{200B}hai.gov.cn",
    ] {
        let c = Contact {
            email: Some(email.into()),
            ..Contact::default()
        };
        assert_eq!(c.email_link(), None, "{email}");
    }
    for url in [
        "https://ok.example/\u{202E}gnp.exe",
        "https://ok.example/\u{2066}x",
        "https://o\u{200D}k.example/",
        "https://ok.example/\u{FEFF}",
    ] {
        let c = Contact {
            url: Some(url.into()),
            ..Contact::default()
        };
        assert_eq!(c.web_link(), None, "{url:?}");
    }
    let phone = Contact {
        phone: Some("0750%2B1234567".into()),
        ..Contact::default()
    };
    assert_eq!(phone.phone_link(), None);
    assert_eq!(
        imap_core::model::rules::visible("https://ok.example/\u{202E}gnp.exe"),
        "https://ok.example/gnp.exe"
    );
}
