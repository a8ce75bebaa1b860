//! The one module that touches the browser's storage (through gloo-storage). It moves raw
//! record text in and out of localStorage; what the text means is `core::saved`'s business.
//! Every failure is a value the UI shows; nothing here panics.

use gloo_storage::{LocalStorage, Storage};

/// Where the record lives in localStorage.
pub const KEY: &str = "zelfscan";

/// Why storage could not be used. The UI words these for the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// localStorage is absent or throws (private browsing, a sandboxed or third-party iframe,
    /// storage disabled): the widget runs in memory only.
    Unavailable,
    /// The browser refused the write, usually because the storage quota is full.
    WriteRefused,
}

/// True when localStorage exists and answers. gloo's `LocalStorage::raw()` panics when it is
/// blocked, so this probes through `web_sys` first.
pub fn available() -> bool {
    if !cfg!(target_arch = "wasm32") {
        return false;
    }
    matches!(
        web_sys::window().map(|w| w.local_storage()),
        Some(Ok(Some(_)))
    )
}

/// Reads the saved record's text, if there is one.
pub fn read() -> Result<Option<String>, StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::raw()
        .get_item(KEY)
        .map_err(|_| StorageError::Unavailable)
}

/// Writes the saved record's text.
pub fn write(text: &str) -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::raw()
        .set_item(KEY, text)
        .map_err(|_| StorageError::WriteRefused)
}

/// Removes the saved record ("clear my answers").
pub fn clear() -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::delete(KEY);
    Ok(())
}
