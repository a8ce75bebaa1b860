//! `make bench` in WebAssembly, in headless Chromium: loading the content, scoring one scan
//! and aggregating 50 answer sets, the same work `zelfscan-content timing` measures natively.
//! Run by `make bench` only (release build); it prints and asserts nothing about speed.
#![cfg(target_arch = "wasm32")]

use std::hint::black_box;

use wasm_bindgen_test::*;
use zelfscan_core::{content, sample, scoring, team};

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
    let scan = content::load(content::SHIPPED).expect("shipped content is valid");
    let answers = sample::sample_answers(&scan, 50);
    let load = time(20, || {
        let _ = black_box(content::load(black_box(content::SHIPPED)));
    });
    let one = time(2000, || {
        black_box(scoring::score(&scan, black_box(&answers[0])));
    });
    let fifty = time(100, || {
        black_box(team::aggregate(&scan, black_box(&answers)));
    });
    console_log!(
        "wasm: load and validate the shipped content: {load:.1} µs per operation (20 runs)"
    );
    console_log!("wasm: score one scan: {one:.2} µs per operation (2000 runs)");
    console_log!("wasm: aggregate 50 answer sets: {fifty:.1} µs per operation (100 runs)");
}
