//! The widget's entry point in the browser (the questions' bundle): installs the panic hook,
//! then mounts the app. The results are another bundle's (`src/bin/results.rs`), which
//! `embed.js` starts in this one's place after calling [`unmount`].

fn main() {
    zelfscan::ui::panic_screen::install();
    #[cfg(not(feature = "unsplit"))]
    zelfscan::browser::page::mount();
    // `make bench`'s reference: one bundle with everything, as before the split.
    #[cfg(feature = "unsplit")]
    {
        zelfscan::browser::page::mount_with_results();
        zelfscan::ui::workbench::keep_in_widget();
    }
    #[cfg(feature = "panic-trigger")]
    panic_trigger::arm();
}

/// Takes the widget down, for the results' bundle to mount in its place (`embed.js`).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn unmount() {
    zelfscan::browser::page::unmount();
}

/// Test-only (`--features panic-trigger`): the address `#zelfscan-panic`, at start or later,
/// makes the widget panic, so the e2e tests can see the panic hook at work.
#[cfg(feature = "panic-trigger")]
mod panic_trigger {
    const HASH: &str = "#zelfscan-panic";

    fn hash_asks_for_panic() -> bool {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .is_some_and(|hash| hash == HASH)
    }

    pub fn arm() {
        if hash_asks_for_panic() {
            panic!("deliberate panic at start ({HASH})");
        }
        let handle = leptos::prelude::window_event_listener(leptos::ev::hashchange, |_| {
            if hash_asks_for_panic() {
                panic!("deliberate panic on request ({HASH})");
            }
        });
        std::mem::forget(handle);
    }
}
