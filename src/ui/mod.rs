//! The Leptos components: thin views over the pure core. One component per file.

mod accessibility;
mod answers_file;
mod app;
mod area_step;
mod changed_notice;
mod context;
mod domains_step;
mod download;
mod intro;
pub mod panic_screen;
mod radar_chart;
mod report_cover;
mod results;
mod step_footer;
mod step_nav;
mod storage_notice;
mod summary;
mod tab_sync;

pub use app::App;
pub use context::Ctx;

use wasm_bindgen::JsCast;

/// The element the widget mounts into; the body when the host page has none.
pub const MOUNT_ID: &str = "zelfscan";

/// Mounts the widget into `#zelfscan`, or into the body when that element is missing.
pub fn mount() {
    let target = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(MOUNT_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match target {
        Some(element) => leptos::mount::mount_to(element, App).forget(),
        None => leptos::mount::mount_to_body(App),
    }
}

/// The adviser's contact details from the mount element's `data-contact-*` attributes.
pub fn read_contact() -> zelfscan_core::config::Contact {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(MOUNT_ID));
    zelfscan_core::config::Contact::from_attributes(|name| {
        element.as_ref().and_then(|e| e.get_attribute(name))
    })
}

/// Moves focus to the current step's heading once it is rendered.
pub fn focus_step_heading() {
    focus_by_id("zs-step-heading");
}

/// Moves focus to the element with this id once it is rendered.
pub fn focus_by_id(id: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            // Focus can fail only on a detached element; then there is nothing to focus.
            let _ = element.focus();
        }
    });
}
