//! `decimal::parse` reads every number as `str::parse` does, to the bit;
//! `decimal::fixed` and `padded` write what core's printer wrote, and
//! `shortest` what std's `Display` writes.
#![cfg(not(target_arch = "wasm32"))]

use imap_core::decimal::parse;
use proptest::prelude::*;

fn std_parse(text: &str) -> Option<u64> {
    text.trim().parse::<f64>().ok().map(f64::to_bits)
}

fn same_as_std(text: &str) {
    assert_eq!(parse(text).map(f64::to_bits), std_parse(text), "{text:?}");
}

#[test]
fn reads_the_hard_cases_as_std_does() {
    for text in [
        "0",
        "-0",
        "+0",
        "0.0",
        "00012.50",
        "1",
        "5.",
        ".5",
        "-.5",
        "0.1",
        "0.3",
        "0.30000000000000004",
        "12.300000000000001",
        "113.0812345",
        "22.5",
        "1e0",
        "1E5",
        "1e+5",
        "1e-5",
        "2.5e-3",
        "123456789012345678",
        "1234567890123456789",
        "12345678901234567890",
        "18446744073709551615",
        "18446744073709551616",
        // Halfway between two doubles, either side and exactly.
        "9007199254740993",
        "9007199254740993.0000000000001",
        "9007199254740995",
        "9007199254740992.9999999999999",
        "1.00000000000000011102230246251565404",
        "1.000000000000000111022302462515654042363166809082031250000000000001",
        // The ends: largest, past it, smallest normal, subnormals, past them.
        "1.7976931348623157e308",
        "1.7976931348623158e308",
        "1.7976931348623159e308",
        "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
        "1e308",
        "1e309",
        "1e400",
        "1e99999999999999999999",
        "2.2250738585072014e-308",
        "2.2250738585072011e-308",
        "4.9406564584124654e-324",
        "5e-324",
        "2.4703282292062327e-324",
        "2.4703282292062328e-324",
        "3e-324",
        "1e-323",
        "1e-324",
        "1e-325",
        "1e-400",
        "1e-99999999999999999999",
        "0.000000000000000000000000000000000000000000001",
        "1e22",
        "1e23",
        "9007199254740993e22",
        "123e-22",
        "123e-23",
        "7e-22",
        "  42  ",
        "\t-3.25\n",
    ] {
        same_as_std(text);
    }
}

#[test]
fn long_numbers_past_the_kept_digits_round_as_std_does() {
    let ones = "1".repeat(2000);
    same_as_std(&ones);
    same_as_std(&format!("0.{ones}"));
    same_as_std(&format!("{}e-2000", "9".repeat(1500)));
    // Exactly halfway after 1000 zeros, then a digit that tips it.
    let tie = format!("9007199254740993{}", "0".repeat(1000));
    same_as_std(&tie);
    same_as_std(&format!("{tie}1"));
    same_as_std(&format!("9007199254740993.{}1", "0".repeat(1000)));
}

#[test]
fn refuses_what_is_no_decimal_number() {
    for text in [
        "",
        " ",
        ".",
        "-",
        "+",
        "+-1",
        "--1",
        "1.2.3",
        "1e",
        "1e+",
        "e5",
        ".e5",
        "1_0",
        "0x10",
        "1,5",
        "١",
        "1e5x",
        "inf",
        "-infinity",
        "NaN",
        "nan",
    ] {
        assert_eq!(parse(text), None, "{text:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn every_double_written_any_way_reads_back(bits in any::<u64>(), places in 0usize..30) {
        let x = f64::from_bits(bits);
        prop_assume!(x.is_finite());
        for text in [format!("{x}"), format!("{x:e}"), format!("{x:.places$}"), format!("{x:.places$e}")] {
            same_as_std(&text);
        }
    }

    #[test]
    fn any_decimal_text_reads_as_std_does(
        text in "[+-]?[0-9]{0,30}(\\.[0-9]{0,30})?([eE][+-]?[0-9]{1,3})?",
    ) {
        same_as_std(&text);
    }

    #[test]
    fn tiny_and_huge_ones_too(digits in "[1-9][0-9]{0,40}", exponent in -380i32..330) {
        same_as_std(&format!("{digits}e{exponent}"));
        same_as_std(&format!("0.{digits}e{exponent}"));
    }
}

/// What the first module wrote with core's printer before `fixed`: the
/// value rounded on `value × 10^places`, then printed with that many
/// decimals, trailing zeros and point dropped.
fn printed_by_core(value: f64, places: u32) -> String {
    let unit = 10f64.powi(places as i32);
    let rounded = (value * unit).round() / unit;
    let text = format!("{rounded:.*}", places as usize);
    let text = match places {
        0 => &text,
        _ => text.trim_end_matches('0').trim_end_matches('.'),
    };
    if text == "-0" { "0" } else { text }.to_string()
}

#[test]
fn fixed_writes_what_people_read() {
    use imap_core::decimal::fixed;
    for (value, places, text) in [
        (148.9, 2, "148.9"),
        (25.05, 2, "25.05"),
        (20.0, 2, "20"),
        (0.1 + 0.2, 2, "0.3"),
        (0.0, 2, "0"),
        (-0.0, 2, "0"),
        (-0.001, 2, "0"),
        (-0.25, 2, "-0.25"),
        (0.005, 2, "0.01"),
        (1.0 / 3.0, 9, "0.333333333"),
        (0.001953125, 9, "0.001953125"),
        (12.04, 1, "12"),
        (1e15, 2, "1000000000000000"),
        (1e17, 2, "100000000000000000"),
        (-1.5e300, 2, &format!("{:.0}", -1.5e300)),
        (f64::MAX, 0, &format!("{:.0}", f64::MAX)),
        (f64::NAN, 2, "NaN"),
        (f64::INFINITY, 2, "inf"),
        (f64::NEG_INFINITY, 2, "-inf"),
    ] {
        assert_eq!(fixed(value, places), text, "{value} to {places}");
    }
}

#[test]
fn bounded_keeps_a_value_within_and_never_panics() {
    use imap_core::bounded::bounded;
    assert_eq!(bounded(5.0, 0.0, 1.0), 1.0);
    assert_eq!(bounded(-5.0, 0.0, 1.0), 0.0);
    assert_eq!(bounded(0.5, 0.0, 1.0), 0.5);
    assert_eq!(bounded(f64::NAN, 0.0, 1.0), 0.0);
    // Crossed bounds (std's clamp panics): the upper one.
    assert_eq!(bounded(0.5, 1.0, 0.0), 0.0);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn fixed_is_what_core_printed(value in -1e13f64..1e13, places in 0u32..3) {
        prop_assert_eq!(imap_core::decimal::fixed(value, places), printed_by_core(value, places));
    }

    #[test]
    fn fixed_reads_back_within_half_its_last_place(
        value in prop_oneof![-1e9f64..1e9, -1f64..1.0],
        places in 0u32..10,
    ) {
        let unit = 10f64.powi(places as i32);
        // Below 2^50, `value × 10^places` is off by at most 1/16 of a unit.
        prop_assume!((value * unit).abs() < 1.1e15);
        let text = imap_core::decimal::fixed(value, places);
        let back: f64 = text.parse().unwrap();
        // Half the last place, and the float error of the scaling and the
        // reading back.
        let slop = (0.5 + 1.0 / 16.0) / unit + 2.0 * f64::EPSILON * value.abs();
        prop_assert!((back - value).abs() <= slop, "{} → {}", value, text);
    }
}

#[test]
fn shortest_writes_what_display_writes() {
    use imap_core::decimal::shortest;
    for value in [
        0.0,
        -0.0,
        1.0,
        -20.0,
        0.1 + 0.2,
        0.125,
        113.12345,
        1e15,
        1e16,
        1.5e21,
        1e-7,
        -1.2345e-300,
        5e-324,
        f64::MIN_POSITIVE,
        f64::MAX,
        f64::MIN,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ] {
        assert_eq!(shortest(value), format!("{value}"), "{value:e}");
    }
    // The tie: both texts read back; Ryū's last digit is the even one.
    let tie = f64::from_bits(4827897607901631650);
    assert_eq!(shortest(tie), "567800873478804.2");
    assert_eq!(format!("{tie}"), "567800873478804.3");
}

#[test]
fn padded_keeps_every_decimal() {
    use imap_core::decimal::padded;
    for (value, places, text) in [
        (113.12, 5, "113.12000"),
        (12.5, 2, "12.50"),
        (12.0, 2, "12.00"),
        (0.0, 1, "0.0"),
        (-0.001, 2, "0.00"),
        (22.555555, 5, "22.55556"),
        (7.0, 0, "7"),
        (f64::NAN, 2, "NaN"),
    ] {
        assert_eq!(padded(value, places), text, "{value} to {places}");
    }
}

/// `shortest(value)` is what `Display` writes, but for an exact tie between
/// two shortest texts (567800873478804.25 lies halfway between …804.2 and
/// …804.3, and both read back as it): Ryū takes the even last digit, std
/// the larger. Both are as short, and both read back exactly.
fn same_as_display(value: f64) -> Result<(), TestCaseError> {
    let ours = imap_core::decimal::shortest(value);
    let std = format!("{value}");
    if ours != std {
        prop_assert_eq!(ours.len(), std.len(), "{} against {}", ours, std);
        prop_assert_eq!(&ours[..ours.len() - 1], &std[..std.len() - 1]);
        prop_assert_eq!(ours.parse::<f64>().map(f64::to_bits), Ok(value.to_bits()));
        let last = |text: &str| text.as_bytes()[text.len() - 1];
        prop_assert!(
            last(&ours) % 2 == 0 && last(&std) == last(&ours) + 1,
            "{} against {}",
            ours,
            std
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn shortest_is_display_for_any_double(bits in any::<u64>()) {
        same_as_display(f64::from_bits(bits))?;
    }

    #[test]
    fn shortest_is_display_for_everyday_numbers(value in -1e6f64..1e6) {
        same_as_display(value)?;
    }

    #[test]
    // Within 2^53 units of the last place, where `fixed` rounds exactly.
    fn padded_is_what_core_printed(value in -1e9f64..1e9, places in 0u32..7) {
        let printed = printed_by_core(value, places);
        let expected = match (printed.split_once('.'), places as usize) {
            (_, 0) => printed.clone(),
            (Some((_, decimals)), places) => format!("{printed}{}", "0".repeat(places - decimals.len())),
            (None, places) => format!("{printed}.{}", "0".repeat(places)),
        };
        prop_assert_eq!(imap_core::decimal::padded(value, places), expected);
    }
}
