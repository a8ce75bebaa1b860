//! The widget in a real browser (wasm-bindgen-test in headless Chromium): it mounts, and an
//! answer goes through the storage module into localStorage.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document")
}

fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
}

fn click(testid: &str) {
    let element = document()
        .query_selector(&format!("[data-testid='{testid}']"))
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no element with data-testid {testid}"));
    element
        .dyn_into::<web_sys::HtmlElement>()
        .expect("an HTML element")
        .click();
}

#[wasm_bindgen_test]
async fn an_answer_is_saved_to_local_storage_as_a_versioned_record() {
    storage().clear().expect("clear storage");
    let host = document().create_element("div").expect("div");
    host.set_id(zelfscan::browser::page::MOUNT_ID);
    document()
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    zelfscan::browser::page::mount();
    leptos::task::tick().await;

    click("start");
    leptos::task::tick().await;
    click("next");
    leptos::task::tick().await;

    let scan = &zelfscan_shipped::SCAN;
    let first = &scan.statements_of(0).next().expect("a statement").id;
    click(&format!("answer-{first}-3"));
    leptos::task::tick().await;

    let saved = storage()
        .get_item(zelfscan::storage::KEY)
        .expect("readable")
        .expect("a saved record");
    let record: serde_json::Value = serde_json::from_str(&saved).expect("JSON");
    assert_eq!(record["v"], 4);
    assert_eq!(record["answers"][first], 3);
}

#[wasm_bindgen_test]
fn an_unreadable_record_is_backed_up_once_and_clearing_removes_the_copies() {
    use zelfscan::storage::{self, BACKUP_PREFIX};
    storage().clear().expect("clear storage");
    storage::write("{\"v\":").expect("write");
    let key = storage::back_up("{\"v\":", 1).expect("backup");
    assert!(key.starts_with(BACKUP_PREFIX), "{key}");
    assert_eq!(
        storage::back_up("{\"v\":", 2),
        Ok(key.clone()),
        "no second copy"
    );
    assert_eq!(storage().length().expect("length"), 2);
    storage::clear("{\"v\":2,\"cleared\":3}").expect("clear");
    assert_eq!(storage().get_item(&key).expect("readable"), None);
    match storage::read(&zelfscan_shipped::SCAN, None) {
        Ok(storage::Stored::Session(session)) => assert_eq!(session.stamps.cleared, 3),
        _ => panic!("the cleared record reads back"),
    }
}

/// The typed read (gloo-storage's `get` into `saved::Record`) and the raw checks before it.
#[wasm_bindgen_test]
fn the_record_is_read_typed_after_the_raw_checks_and_what_cannot_be_read_keeps_its_text() {
    use zelfscan::storage::{self, Stored};
    use zelfscan_core::keep::saved::DecodeError;
    let scan = &zelfscan_shipped::SCAN;
    let first = &scan.statements_of(0).next().expect("a statement").id;
    let read = |last: Option<&str>| storage::read(scan, last).expect("storage works");
    storage().clear().expect("clear storage");
    assert!(matches!(read(None), Stored::Nothing));

    let record = format!("{{\"v\":4,\"answers\":{{\"{first}\":2}},\"lang\":\"en\"}}");
    storage::write(&record).expect("write");
    match read(None) {
        Stored::Session(session) => {
            assert_eq!(
                session.answers.statements.get(&**first),
                Some(&zelfscan_core::model::answers::Answer::Level(2))
            );
            assert_eq!(session.lang, zelfscan_core::model::Lang::En);
        }
        _ => panic!("a version 4 record reads"),
    }
    // What this tab wrote last is not parsed again.
    assert!(matches!(read(Some(&record)), Stored::Unchanged));

    // Each refusal keeps the text exactly as stored, and says why.
    let large = format!("{{\"v\":4,\"pad\":\"{}\"}}", "x".repeat(1024 * 1024));
    for (text, why) in [
        ("{\"v\":99}".to_owned(), DecodeError::FutureVersion(99)),
        // serde would fill the record from an array: refused before parsing.
        ("[4]".to_owned(), DecodeError::NoVersion),
        (large.clone(), DecodeError::TooLarge(large.len())),
    ] {
        storage::write(&text).expect("write");
        match read(None) {
            Stored::Unreadable(kept, error) => {
                assert_eq!(kept, text);
                assert_eq!(error, why);
            }
            _ => panic!("{why:?} is not read"),
        }
    }
    storage::write("{\"v\":4,\"answers\":{\"x\":9}}").expect("write");
    assert!(matches!(
        read(None),
        Stored::Unreadable(_, DecodeError::WrongShape(_))
    ));
    storage().clear().expect("clear storage");
}
