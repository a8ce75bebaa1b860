//! Style rules the widget writes at run time (the printed report's running title and page
//! numbers as `@page` margin boxes). A `<style>` element would break a strict
//! Content-Security-Policy (`style-src 'self'`), so they go into one constructed stylesheet
//! (`new CSSStyleSheet()`, `replaceSync`) adopted by the document: CSS object model, which the
//! policy allows. Everything goes through `js_sys::Reflect` so no unstable web-sys API is needed;
//! a browser without constructed stylesheets prints without the running title.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    static SHEET: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &JsValue::from_str(name)).ok()
}

/// The widget's constructed stylesheet, created and adopted on first use.
fn sheet() -> Option<JsValue> {
    if let Some(sheet) = SHEET.with(|s| s.borrow().clone()) {
        return Some(sheet);
    }
    let window: JsValue = web_sys::window()?.into();
    let document = get(&window, "document")?;
    let constructor = get(&window, "CSSStyleSheet")?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let sheet = js_sys::Reflect::construct(&constructor, &js_sys::Array::new()).ok()?;
    let adopted = get(&document, "adoptedStyleSheets")?
        .dyn_into::<js_sys::Array>()
        .ok()?;
    adopted.push(&sheet);
    js_sys::Reflect::set(
        &document,
        &JsValue::from_str("adoptedStyleSheets"),
        &adopted,
    )
    .ok()?;
    SHEET.with(|s| *s.borrow_mut() = Some(sheet.clone()));
    Some(sheet)
}

/// Replaces the rules of the widget's constructed stylesheet with `css`.
pub fn set(css: &str) {
    let Some(sheet) = sheet() else { return };
    if let Some(replace) =
        get(&sheet, "replaceSync").and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        // Rules the browser cannot parse are dropped by it; nothing else can fail here.
        let _ = replace.call1(&sheet, &JsValue::from_str(css));
    }
}
