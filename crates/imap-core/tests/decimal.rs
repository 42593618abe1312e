//! `decimal::parse` reads every number as `str::parse` does, to the bit.

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
