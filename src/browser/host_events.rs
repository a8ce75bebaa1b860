//! Tells the host page what happens, as DOM events on the mount element (`embed.js` forwards
//! them from an iframe to the host page by `postMessage`). What an event says is decided in
//! `zelfscan_core::embed::host`: where the visitor is, never what they answered.

use wasm_bindgen::JsValue;
use zelfscan_core::embed::host::HostEvent;

/// The event's `detail`: `{ id, number, total }` for a step, an empty object otherwise.
fn detail(event: &HostEvent) -> JsValue {
    let object = js_sys::Object::new();
    if let HostEvent::StepViewed(view) = event {
        for (key, value) in [
            ("id", JsValue::from_str(&view.id)),
            ("number", JsValue::from_f64(view.number as f64)),
            ("total", JsValue::from_f64(view.total as f64)),
        ] {
            // Setting a property on a fresh plain object cannot fail.
            let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value);
        }
    }
    object.into()
}

/// Dispatches `event` on the mount element as a bubbling `CustomEvent`. Without a mount element
/// (the widget fell back to the body) there is no one to tell.
pub fn emit(event: &HostEvent) {
    let Some(element) = crate::browser::page::mount_element() else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(&detail(event));
    if let Ok(dom_event) = web_sys::CustomEvent::new_with_event_init_dict(event.name(), &init) {
        // A listener's exception is the host's; it does not stop the widget.
        let _ = element.dispatch_event(&dom_event);
    }
}
