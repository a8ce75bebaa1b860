//! `make bench` in WebAssembly, in headless Chromium: the engine work the widget really does,
//! on the compiled-in content: reading a saved record at start-up, scoring one full scan, and
//! aggregating 50 answer sets (a team view). The same sample answer sets as
//! `zelfscan-content timing`. Run by `make bench` only (release build); it prints and asserts
//! nothing about speed.
#![cfg(target_arch = "wasm32")]

use std::hint::black_box;

use wasm_bindgen_test::*;
use zelfscan_core::keep::saved;
use zelfscan_core::keep::session::Session;
use zelfscan_core::score::{sample, scoring, team};
use zelfscan_shipped::SCAN;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Microseconds per run of `work`, over `runs` runs.
fn time(runs: u32, mut work: impl FnMut()) -> f64 {
    let started = now();
    for _ in 0..runs {
        work();
    }
    (now() - started) * 1000.0 / f64::from(runs)
}

#[wasm_bindgen_test]
fn engine_timings_in_wasm() {
    let team_answers = sample::sample_answers(&SCAN, 50);
    let full = sample::full_answers(&SCAN);
    let session = Session {
        answers: full.clone(),
        ..Session::default()
    };
    let record = saved::to_json(&session, &SCAN);
    let restore = time(200, || {
        let _ = black_box(saved::from_json(black_box(&record), &SCAN));
    });
    let one = time(2000, || {
        black_box(scoring::score(&SCAN, black_box(&full)));
    });
    let fifty = time(100, || {
        black_box(team::aggregate(&SCAN, black_box(&team_answers)));
    });
    console_log!("wasm: read a saved record: {restore:.1} µs per operation (200 runs)");
    console_log!("wasm: score one full scan: {one:.2} µs per operation (2000 runs)");
    console_log!("wasm: aggregate 50 answer sets: {fifty:.1} µs per operation (100 runs)");
    console_log!(
        "wasm: score one full scan + aggregate 50 answer sets: {:.1} µs",
        one + fifty
    );
}
