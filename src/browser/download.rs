//! Offering text as a file download, without a server: a Blob, an object URL and a click on an
//! `<a download>`.

use wasm_bindgen::{JsCast, JsValue};

/// Makes a `blob:` URL holding `text`. The caller revokes it when it is no longer needed.
pub fn blob_url(text: &str, mime: &str) -> Result<String, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    web_sys::Url::create_object_url_with_blob(&blob)
}

/// Starts the download of `text` as a file called `name`. Fails only when the browser refuses
/// to make the file; then there is nothing more to do than say so.
pub fn offer(name: &str, text: &str, mime: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let url = blob_url(text, mime)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download has started once the click is handled; free the file a little later.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}
