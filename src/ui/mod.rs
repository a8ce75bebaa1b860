//! The Leptos components: thin views over the pure core. One component per file.

mod app;
mod area_step;
mod context;
mod intro;

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
