//! The fuzzing harness on stable Rust, shared by `imap-core`'s parsers
//! (`tests/fuzz.rs`) and `mapdata`'s spreadsheet importer, which includes
//! this file by path.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, TestRunner};

/// Runs `check` on values of `strategy` until the time is up; a panic
/// fails the test and prints the input that caused it.
pub fn fuzz<S: Strategy>(strategy: S, check: impl Fn(&S::Value))
where
    S::Value: std::fmt::Debug,
{
    let seconds = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut runner = TestRunner::new(Config {
        failure_persistence: None,
        ..Config::default()
    });
    let mut runs = 0u64;
    while Instant::now() < deadline {
        let input = strategy.new_tree(&mut runner).expect("a value").current();
        if catch_unwind(AssertUnwindSafe(|| check(&input))).is_err() {
            panic!("panicked on input: {input:?}");
        }
        runs += 1;
    }
    eprintln!("{runs} inputs");
}
