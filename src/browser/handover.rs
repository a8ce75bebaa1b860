//! The widget ships as two wasm bundles (ARCHITECTURE.md, "Two bundles"): the questions, which
//! every visitor fetches before the first statement, and the widget with its results, which
//! `embed.js` fetches when a visitor reaches them. This is the handover between the two, through
//! the mount element: the questions' bundle asks for the results (a `zelfscan-load-results`
//! event whose `detail.loaded` `embed.js` fills with a promise), with the person's session as
//! saved-record text on the element (`data-zs-handover`), so that nothing depends on storage
//! working. The results' bundle takes that record as its start.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The event the questions' bundle sends on its mount element to ask for the results.
pub const REQUEST: &str = "zelfscan-load-results";

/// The attribute that carries the session's record from one bundle to the other.
const RECORD: &str = "data-zs-handover";

/// Asks `embed.js` to start the results' bundle in place of this one, handing over `record`
/// (none for a read-only result link, which the results' bundle reads from the address itself).
/// Resolves when the results run (this bundle is then unmounted); an error says in plain words
/// why they do not, for the console, and the caller stays as it was.
pub async fn request_results(record: Option<&str>) -> Result<(), String> {
    let element = crate::browser::page::mount_element().ok_or("no mount element")?;
    // Setting or removing an attribute fails only on a detached element.
    let _ = match record {
        Some(record) => element.set_attribute(RECORD, record),
        None => element.remove_attribute(RECORD),
    };
    let detail = js_sys::Object::new();
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(false);
    init.set_detail(&detail);
    let event = web_sys::CustomEvent::new_with_event_init_dict(REQUEST, &init)
        .map_err(|_| "the request could not be made")?;
    // Only `embed.js` listens; without it (a page that mounts the bundle itself) nothing answers.
    let _ = element.dispatch_event(&event);
    let loaded = js_sys::Reflect::get(&detail, &JsValue::from_str("loaded"))
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Promise>().ok())
        .ok_or("nothing on this page loads the results (embed.js)")?;
    JsFuture::from(loaded)
        .await
        .map(|_| ())
        .map_err(|error| error.as_string().unwrap_or_else(|| format!("{error:?}")))
}

/// The record the questions' bundle handed over, if this bundle starts in its place; it is
/// removed from the element, so a later start reads storage as usual.
pub fn take_record() -> Option<String> {
    let element = crate::browser::page::mount_element()?;
    let record = element.get_attribute(RECORD)?;
    // Removing an attribute fails only on a detached element.
    let _ = element.remove_attribute(RECORD);
    Some(record)
}

/// The handed-over record without taking it (the language to start in, before mounting).
pub fn peek_record() -> Option<String> {
    crate::browser::page::mount_element()?.get_attribute(RECORD)
}
