//! The browser's clock and calendar, for change times and the history's one scan per day.
//! Natively (the prerender, native tests) the clock stands at 0.

/// The person's calendar day of a time (year, month and day in the browser's time zone, as one
/// number), so that history keeps one scan per day as the person counts days.
pub fn local_day(time: u64) -> i64 {
    if cfg!(target_arch = "wasm32") {
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(time as f64));
        i64::from(date.get_full_year()) * 10_000
            + i64::from(date.get_month()) * 100
            + i64::from(date.get_date())
    } else {
        (time / 86_400_000) as i64
    }
}

/// The browser's clock in milliseconds since 1970, for change times.
pub fn now() -> u64 {
    if cfg!(target_arch = "wasm32") {
        // Date.now() is a non-negative whole number of milliseconds well below 2^53.
        js_sys::Date::now() as u64
    } else {
        0
    }
}
