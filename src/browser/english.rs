//! The English content, fetched when a visitor first needs English: the widget's wasm leaves
//! the English texts of the content out (`zelfscan-shipped`'s `fetch-english`), so that Dutch
//! visitors never download them. The table lies beside the widget's files under a name with its
//! own fingerprint (`scripts/post-build.mjs` writes it).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use zelfscan_core::model::vocab::{english_installed, install_english};
use zelfscan_core::model::{Lang, Scan};

/// Whether English texts still have to be fetched before they can be shown.
pub fn missing() -> bool {
    zelfscan_shipped::FETCHES_ENGLISH && !english_installed()
}

/// Whether the page starts in English: the host asks for it (`data-lang`), or the visitor's
/// saved progress (or the session handed over, `crate::browser::handover`) is in English. Read without side effects, before the widget mounts.
pub fn starts_in_english(scan: &Scan) -> bool {
    let asked = crate::browser::page::mount_element()
        .and_then(|e| e.get_attribute("data-lang"))
        .is_some_and(|lang| lang.trim().eq_ignore_ascii_case("en"));
    let handed_over = crate::browser::handover::peek_record()
        .and_then(|record| zelfscan_core::keep::saved::from_json(&record, scan).ok());
    let saved = handed_over
        .or_else(|| crate::storage::stored_session(scan))
        .map(|s| s.lang);
    saved == Some(Lang::En) || (saved.is_none() && asked)
}

/// Fetches the English table and installs it. The error says in plain words what went wrong,
/// for the console; the widget stays in Dutch.
pub async fn fetch() -> Result<(), String> {
    if !missing() {
        return Ok(());
    }
    let (name, count) = zelfscan_shipped::ENGLISH_FILE;
    let address = format!("{}{name}", crate::browser::address::files_folder());
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&address))
        .await
        .map_err(|_| format!("{address} could not be fetched"))?
        .dyn_into()
        .map_err(|_| "the fetch gave no response".to_owned())?;
    if !response.ok() {
        return Err(format!("{address} gave HTTP {}", response.status()));
    }
    let parsed = response
        .json()
        .map_err(|_| format!("{address} could not be read"))?;
    let value = JsFuture::from(parsed)
        .await
        .map_err(|_| format!("{address} is not valid JSON"))?;
    let texts: Option<Vec<String>> = value
        .dyn_into::<js_sys::Array>()
        .ok()
        .map(|list| list.iter().map(|t| t.as_string()).collect())
        .and_then(|texts: Option<Vec<String>>| texts);
    let texts = texts.ok_or_else(|| format!("{address} is not a list of texts"))?;
    install_english(texts, count)
        .map_err(|e| format!("{address} does not fit this build of the widget ({e:?})"))
}
