//! `json::from_str` reads what serde_json reads, to the same values, and
//! refuses what it refuses, with the same words at the same line; `Raw`
//! is the text serde_json's `RawValue` takes.
#![cfg(not(target_arch = "wasm32"))]

use imap_core::json::{self, JsonFault, JsonKind, Raw};
use proptest::prelude::*;
use serde_json::Value;
use serde_json::value::RawValue;

/// The outcome of both readers, for comparing: the value, or the error's
/// words (serde_json's without the position it appends) and line.
fn ours(text: &str) -> Result<Value, (String, usize)> {
    json::from_str::<Value>(text).map_err(|e| {
        let words = match &e.fault {
            JsonFault::Syntax(words) => words.clone(),
            JsonFault::TooDeep => "recursion limit exceeded".into(),
            other => format!("{other:?}"),
        };
        (words, e.line_column(text).0)
    })
}

fn theirs(text: &str) -> Result<Value, (String, usize)> {
    serde_json::from_str::<Value>(text).map_err(|e| {
        let words = e.to_string();
        let words = words
            .find(" at line ")
            .map_or(words.as_str(), |i| &words[..i]);
        (words.to_string(), e.line())
    })
}

fn same_as_serde_json(text: &str) {
    assert_eq!(ours(text), theirs(text), "{text:?}");
}

#[test]
fn reads_and_refuses_what_serde_json_does() {
    for text in [
        "null",
        " true ",
        "false",
        "0",
        "-0",
        "-0.0",
        "1",
        "-1",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "0.1",
        "113.0812345",
        "1e5",
        "1E+5",
        "2.5e-3",
        "1e308",
        "1e309",
        "-1e400",
        "1e-400",
        r#""""#,
        r#""投资江海""#,
        r#""a\"b\\c\/d\b\f\n\r\t""#,
        r#""\u0041\u00e9\u6c5f\ud83d\ude00""#,
        r#""\ud83d""#,
        r#""\ud83dx""#,
        r#""\ud83d\u0041""#,
        r#""\ude00""#,
        r#""\u12""#,
        r#""\u12x4""#,
        r#""\x""#,
        "\"a\u{1}b\"",
        "\"tab\there\"",
        r#""open"#,
        "[]",
        "[1,2,[3,{}]]",
        "[1,]",
        "[1 2]",
        "[,1]",
        "[",
        "[1",
        "[1,",
        "{}",
        r#"{"a":1,"b":[true,false,null],"c":{"d":"e"}}"#,
        r#"{"a":1,}"#,
        r#"{"a" 1}"#,
        r#"{"a":}"#,
        r#"{1:2}"#,
        r#"{"a":1 "b":2}"#,
        r#"{"a""#,
        r#"{"a":"#,
        "{",
        r#"{"a":1,"a":2}"#,
        "",
        "   ",
        "nul",
        "nulx",
        "tru",
        "+1",
        "01",
        "1.",
        "1.e5",
        ".5",
        "1e",
        "1e+",
        "-",
        "-a",
        "[1] 2",
        "[1] x",
        "{}\n\n  }",
        "x",
        "\n\n  [1,\n  2,\n  x]",
    ] {
        same_as_serde_json(text);
    }
}

#[test]
fn nesting_past_the_limit_is_refused_as_serde_json_refuses_it() {
    for depth in [127, 128, 129, 10_000] {
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        same_as_serde_json(&text);
        let text = format!("{}1{}", r#"{"a":"#.repeat(depth), "}".repeat(depth));
        same_as_serde_json(&text);
    }
    let deep = format!("[{}{}]", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(
        json::from_str::<Value>(&deep).unwrap_err().fault,
        JsonFault::TooDeep
    );
    // A raw value's brackets are matched at any depth (the first 64 are
    // kept apart from the deeper ones).
    for depth in 62..68 {
        let good = format!("[{}{{}}{}]", "[{\"a\":".repeat(depth), "}]".repeat(depth));
        assert!(json::from_str::<Vec<Raw>>(&good).is_ok(), "{depth}");
        let crossed = format!("[{}{{}}{}]", "[{\"a\":".repeat(depth), "]}".repeat(depth));
        let theirs = serde_json::from_str::<Vec<&RawValue>>(&crossed).map(|_| ());
        let ours = json::from_str::<Vec<Raw>>(&crossed).map(|_| ());
        assert_eq!(ours.is_err(), theirs.is_err(), "{depth}");
    }
    // A raw value is only checked, however deep: its reading comes later.
    let raws: Vec<Raw> = json::from_str(&deep).unwrap();
    assert_eq!(raws[0].get().len(), 200_000);
}

#[test]
fn a_raw_value_is_the_text_serde_json_takes_for_one() {
    for text in [
        r#"[ 1 , "a\"b" ,{"x" : [ null ] } , -2.5e3, true ]"#,
        "[\"投资\",\n{}\n]",
    ] {
        let ours: Vec<Raw> = json::from_str(text).unwrap();
        let theirs: Vec<&RawValue> = serde_json::from_str(text).unwrap();
        let ours: Vec<&str> = ours.iter().map(|r| r.get()).collect();
        let theirs: Vec<&str> = theirs.iter().map(|r| r.get()).collect();
        assert_eq!(ours, theirs);
    }
    let (raw, end) = json::raw_at("xx  [1, 2]  ", 2).unwrap();
    assert_eq!((raw.get(), end), ("[1, 2]", 10));
    assert!(!raw.is_null() && json::raw_at("null", 0).unwrap().0.is_null());
}

#[test]
fn an_error_is_placed_at_its_line_and_character() {
    let text = "{\n  \"名称\": \"江门\",\n  \"x\": tru,\n}";
    let e = json::from_str::<Value>(text).unwrap_err();
    assert_eq!(e.fault, JsonFault::Syntax("expected ident".into()));
    assert_eq!(e.line_column(text), (3, 11));
    let text = "[\"江门\", 江]";
    let e = json::from_str::<Value>(text).unwrap_err();
    assert_eq!(e.fault, JsonFault::Syntax("expected value".into()));
    assert_eq!(e.line_column(text), (1, 8));
    // At the end of a text that ends with a line break: column 0.
    let text = "{\n  \"version\": 1,\n  \"title\": \n";
    let e = json::from_str::<Value>(text).unwrap_err();
    assert_eq!(e.line_column(text), (4, 0));
}

#[derive(serde::Deserialize, Debug)]
#[allow(dead_code)]
struct Typed {
    name: String,
    zoom: Option<u8>,
}

#[test]
fn a_type_that_refuses_a_value_names_what_it_found() {
    let fault = |text: &str| json::from_str::<Typed>(text).unwrap_err().fault;
    assert_eq!(
        fault(r#"{"zoom": 3}"#),
        JsonFault::MissingField("name".into())
    );
    assert_eq!(
        fault(r#"{"name": 5}"#),
        JsonFault::WrongKind(JsonKind::Number)
    );
    assert_eq!(
        fault(r#"{"name": "a", "zoom": 2.5}"#),
        JsonFault::WrongKind(JsonKind::Number)
    );
    assert_eq!(
        fault(r#"{"name": ["a"]}"#),
        JsonFault::WrongKind(JsonKind::Array)
    );
    assert_eq!(
        fault(r#"{"name": "a", "zoom": 300}"#),
        JsonFault::Other("invalid value: integer `300`, expected u8".into())
    );
    assert_eq!(
        fault("[]"),
        JsonFault::Other("invalid length 0, expected struct Typed with 2 elements".into())
    );
}

/// Any JSON value, with its numbers as JSON writes them.
fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        "[\"\\\\a\u{1}-\u{1f}投 ]{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(("[a-z投\"]{0,4}", inner), 0..6)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// Characters that make or break JSON, for mutating a valid text.
const MUTATIONS: &[char] = &[
    '{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\n', '0', '1', '-', '+', '.', 'e', 't', 'n',
    'u', 'x', '\u{1}', '投',
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3_000))]

    #[test]
    fn any_value_written_any_way_reads_as_serde_json_reads_it(value in value(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            serde_json::to_string(&value).unwrap()
        };
        prop_assert_eq!(ours(&text), Ok(value));
    }

    #[test]
    fn any_broken_text_is_refused_as_serde_json_refuses_it(
        value in value(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<bool>(), prop::sample::select(MUTATIONS)), 1..4),
    ) {
        let mut text: Vec<char> = serde_json::to_string_pretty(&value).unwrap().chars().collect();
        for (at, insert, c) in edits {
            let at = at.index(text.len() + 1);
            if insert || at == text.len() {
                text.insert(at, c);
            } else {
                text.remove(at);
            }
        }
        let text: String = text.into_iter().collect();
        prop_assert_eq!(ours(&text), theirs(&text), "{:?}", text);
    }
}
