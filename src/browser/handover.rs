//! The widget ships as two wasm bundles (ARCHITECTURE.md, "Two bundles"): the questions, which
//! every visitor fetches before the first statement, and the widget with its results, which
//! `embed.js` fetches when a visitor reaches them. This is the handover between the two, through
//! the mount element: the questions' bundle asks for the results (a `zelfscan-load-results`
//! event whose `detail.loaded` `embed.js` fills with a promise), with the person's session as
//! saved-record text on the element (`data-zs-handover`), so that nothing depends on storage
//! working. The results' bundle takes that record as its start, and with it what the person was
//! told about storage (`data-zs-handover-notice`): a record that could not be read, with the
//! original to download, or answers kept in memory only, stay said on the results.

use std::sync::Arc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::storage::{StorageError, Unreadable};

/// The event the questions' bundle sends on its mount element to ask for the results.
pub const REQUEST: &str = "zelfscan-load-results";

/// The attribute that carries the session's record from one bundle to the other.
const RECORD: &str = "data-zs-handover";

/// The attribute that carries the storage notices along with the record ([`Told`]).
const NOTICE: &str = "data-zs-handover-notice";

/// What the questions' bundle was telling the person about storage when it handed over.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Told {
    pub problem: Option<StorageError>,
    pub unreadable: Option<Unreadable>,
}

impl Told {
    /// As one attribute value: a letter for the problem, then, for an unreadable record, a
    /// letter for why, a digit for whether it was backed up, and its text as it was stored.
    fn encode(&self) -> String {
        let problem = match self.problem {
            None => '-',
            Some(StorageError::Unavailable) => 'u',
            Some(StorageError::WriteRefused) => 'w',
            Some(StorageError::BackupRefused) => 'b',
        };
        match &self.unreadable {
            None => format!("{problem}-"),
            Some(u) => format!(
                "{problem}{}{}{}",
                if u.newer_version { 'n' } else { 'd' },
                u8::from(u.backed_up),
                u.text
            ),
        }
    }

    /// The value [`Told::encode`] wrote; anything else (a page that set it by hand) tells
    /// nothing.
    fn decode(value: &str) -> Told {
        let mut chars = value.chars();
        let problem = match chars.next() {
            Some('u') => Some(StorageError::Unavailable),
            Some('w') => Some(StorageError::WriteRefused),
            Some('b') => Some(StorageError::BackupRefused),
            _ => None,
        };
        let unreadable = match (chars.next(), chars.next()) {
            (Some(why @ ('n' | 'd')), Some(copy @ ('0' | '1'))) => Some(Unreadable {
                text: Arc::from(chars.as_str()),
                newer_version: why == 'n',
                backed_up: copy == '1',
            }),
            _ => None,
        };
        Told {
            problem,
            unreadable,
        }
    }
}

/// Asks `embed.js` to start the results' bundle in place of this one, handing over `record`
/// (none for a read-only result link, which the results' bundle reads from the address itself)
/// and what the person has been `told` about storage. Resolves when the results run (this
/// bundle is then unmounted); an error says in plain words why they do not, for the console,
/// and the caller stays as it was.
pub async fn request_results(record: Option<&str>, told: &Told) -> Result<(), String> {
    let element = crate::browser::page::mount_element().ok_or("no mount element")?;
    // Setting or removing an attribute fails only on a detached element.
    let _ = match record {
        Some(record) => element.set_attribute(RECORD, record),
        None => element.remove_attribute(RECORD),
    };
    let _ = element.set_attribute(NOTICE, &told.encode());
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

/// The record the questions' bundle handed over, if this bundle starts in its place, with what
/// the person was told about storage. Both are removed from the element, so a later start
/// reads storage as usual.
pub fn take_record() -> Option<(String, Told)> {
    let element = crate::browser::page::mount_element()?;
    let record = element.get_attribute(RECORD)?;
    let told = element
        .get_attribute(NOTICE)
        .map(|value| Told::decode(&value))
        .unwrap_or_default();
    // Removing an attribute fails only on a detached element.
    let _ = element.remove_attribute(RECORD);
    let _ = element.remove_attribute(NOTICE);
    Some((record, told))
}

/// The handed-over record without taking it (the language to start in, before mounting).
pub fn peek_record() -> Option<String> {
    crate::browser::page::mount_element()?.get_attribute(RECORD)
}
