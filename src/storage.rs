//! The one module that touches the browser's localStorage. It moves raw record text in and out;
//! what the text means is `core::saved`'s business, and how records of two tabs combine is
//! `core::merge`'s. Every failure is a value the UI shows; nothing here panics, and nothing here
//! ever deletes a record it could not read (it copies it under a backup key first).

use std::sync::Arc;

use gloo_storage::{LocalStorage, Storage as _};
use leptos::prelude::*;
use zelfscan_core::keep::saved;
use zelfscan_core::keep::session::Session;
use zelfscan_core::model::Scan;

use crate::browser::clock::now;
use crate::ui::{Clearing, Ctx};
use zelfscan_core::keep::saved::DecodeError;

/// Where the record lives in localStorage.
pub const KEY: &str = "zelfscan";

/// Unreadable records are copied under this prefix plus a time, never overwritten.
pub const BACKUP_PREFIX: &str = "zelfscan.unreadable.";

/// Why storage could not be used. The UI words these for the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// localStorage is absent or throws (private browsing, a sandboxed or third-party iframe,
    /// storage disabled): the widget runs in memory only.
    Unavailable,
    /// The browser refused the write, usually because the storage quota is full. The next
    /// change tries again with the whole record.
    WriteRefused,
    /// The stored record is unreadable and could not be copied to a backup key (the quota is
    /// full), so it is left untouched and the widget runs in memory.
    BackupRefused,
}

/// A stored record that could not be read, kept in memory so the person can download it.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    /// The record exactly as it was stored.
    pub text: Arc<str>,
    /// It was written by a newer version of the scan (rather than damaged).
    pub newer_version: bool,
    /// A copy is in localStorage under a backup key, so the record itself may be overwritten.
    pub backed_up: bool,
}

/// localStorage through gloo-storage, if it exists and answers. gloo's `LocalStorage` panics
/// when storage is blocked (a sandboxed or third-party iframe, private browsing), so the
/// window's `localStorage` is probed first and every failure becomes `Unavailable`; only then is
/// gloo used. The record is read through gloo's typed `get` (serde, into `saved::Record`); its
/// `raw()` handle serves where raw text must survive: the size guard and the comparison with
/// what this tab wrote before parsing, an unreadable record kept as a backup, and writing the
/// record's text (`saved::to_json`, written by hand: smaller in the wasm than serde's
/// serializer, see ARCHITECTURE.md).
fn local() -> Result<web_sys::Storage, StorageError> {
    if !cfg!(target_arch = "wasm32") {
        return Err(StorageError::Unavailable);
    }
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(_))) => Ok(LocalStorage::raw()),
        _ => Err(StorageError::Unavailable),
    }
}

/// True when localStorage exists and answers.
pub fn available() -> bool {
    local().is_ok()
}

/// What storage holds under [`KEY`].
pub enum Stored {
    /// No record.
    Nothing,
    /// The record this tab wrote last, unchanged (not parsed again).
    Unchanged,
    /// A record this build reads.
    Session(Box<Session>),
    /// A record this build cannot read: its text as stored, and why.
    Unreadable(String, DecodeError),
}

/// Reads the saved record: its raw text first (for [`saved::precheck`], the size guard before
/// any parsing, and to skip a record equal to `last_written`), then the record itself through
/// gloo-storage's typed `get`.
pub fn read(scan: &Scan, last_written: Option<&str>) -> Result<Stored, StorageError> {
    let Some(text) = local()?
        .get_item(KEY)
        .map_err(|_| StorageError::Unavailable)?
    else {
        return Ok(Stored::Nothing);
    };
    if last_written == Some(text.as_str()) {
        return Ok(Stored::Unchanged);
    }
    if let Err(error) = saved::precheck(&text) {
        return Ok(Stored::Unreadable(text, error));
    }
    let read = match LocalStorage::get::<saved::Record>(KEY) {
        Ok(record) => saved::from_record(record, scan),
        // Gone since the line above (another tab cleared it): nothing to read.
        Err(gloo_storage::errors::StorageError::KeyNotFound(_)) => return Ok(Stored::Nothing),
        // Not a record this build reads: the text read again says why in the person's words.
        Err(_) => saved::from_json(&text, scan),
    };
    Ok(match read {
        Ok(session) => Stored::Session(Box::new(session)),
        Err(error) => Stored::Unreadable(text, error),
    })
}

/// Writes the saved record's text.
pub fn write(text: &str) -> Result<(), StorageError> {
    local()?
        .set_item(KEY, text)
        .map_err(|_| StorageError::WriteRefused)
}

/// The stored session, when there is one this build reads.
pub fn stored_session(scan: &Scan) -> Option<Session> {
    match read(scan, None) {
        Ok(Stored::Session(session)) => Some(*session),
        _ => None,
    }
}

/// Copies an unreadable record under a new backup key (or finds the copy made earlier) and
/// returns the key. On failure nothing is changed.
pub fn back_up(text: &str, now: u64) -> Result<String, StorageError> {
    let storage = local()?;
    let existing = backup_keys(&storage)
        .into_iter()
        .find(|key| storage.get_item(key).ok().flatten().as_deref() == Some(text));
    if let Some(key) = existing {
        return Ok(key);
    }
    let key = format!("{BACKUP_PREFIX}{now}");
    storage
        .set_item(&key, text)
        .map_err(|_| StorageError::BackupRefused)?;
    Ok(key)
}

/// Copies a record that could not be read to a backup key (see [`back_up`]) and describes it
/// for the notice that offers it as a download. Start-up and every save use this.
pub fn keep_unreadable(
    text: String,
    error: &DecodeError,
    now: u64,
) -> (Unreadable, Result<(), StorageError>) {
    let backed_up = back_up(&text, now).map(|_| ());
    let unreadable = Unreadable {
        text: text.into(),
        newer_version: matches!(error, DecodeError::FutureVersion(_)),
        backed_up: backed_up.is_ok(),
    };
    (unreadable, backed_up)
}

/// What start-up found in storage: the saved session, if one could be read. A record that cannot
/// be read is copied to a backup key and offered as a download; if even the copy fails, it stays
/// untouched and the widget runs in memory.
pub fn restore(scan: &Scan) -> (Option<Session>, Option<StorageError>, Option<Unreadable>) {
    match read(scan, None) {
        Ok(Stored::Session(session)) => (Some(*session), None, None),
        Ok(Stored::Unreadable(text, error)) => {
            let (unreadable, backed_up) = keep_unreadable(text, &error, now());
            (None, backed_up.err(), Some(unreadable))
        }
        Ok(Stored::Nothing | Stored::Unchanged) => (None, None, None),
        Err(problem) => (None, Some(problem), None),
    }
}

/// Every backup key in storage.
fn backup_keys(storage: &web_sys::Storage) -> Vec<String> {
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(BACKUP_PREFIX))
        .collect()
}

/// "Clear my answers": replaces the record with `cleared_record` (a record without answers that
/// says when they were cleared, so another tab's later write cannot bring them back) and removes
/// every backup copy. Removing the record instead would let a tab that missed the clear write
/// its old answers again.
pub fn clear(cleared_record: &str) -> Result<(), StorageError> {
    let storage = local()?;
    for key in backup_keys(&storage) {
        // Removing an item does not fail in practice; a backup left behind is not lost data.
        let _ = storage.remove_item(&key);
    }
    if storage.set_item(KEY, cleared_record).is_ok() {
        return Ok(());
    }
    // The storage is full. Removing the record honours the clear (and frees room); try once
    // more to leave the marker for other tabs.
    storage
        .remove_item(KEY)
        .map_err(|_| StorageError::WriteRefused)?;
    let _ = storage.set_item(KEY, cleared_record);
    Ok(())
}

// The save path: how the widget's session reaches storage and comes back from it. Every save
// reads the stored record and merges it entry by entry; failures are remembered in the context
// and shown, and the next change tries again.
impl Ctx {
    /// Saves the session: reads the stored record first and merges it entry by entry, so that
    /// what another tab saved meanwhile is kept (and shown here) even if its `storage` event was
    /// missed. Does nothing while running in memory.
    pub fn save(self) {
        if self.read_only.get_untracked() {
            return;
        }
        let problem = self.storage_problem.get_untracked();
        if matches!(
            problem,
            Some(StorageError::Unavailable | StorageError::BackupRefused)
        ) {
            return;
        }
        let problem = self.merge_and_write().err();
        if self.storage_problem.get_untracked() != problem {
            self.storage_problem.set(problem);
        }
    }

    fn merge_and_write(self) -> Result<(), StorageError> {
        self.absorb_stored()?;
        let text = self
            .session
            .with_untracked(|s| saved::to_json(s, self.scan));
        write(&text)?;
        self.last_written.set_value(text);
        Ok(())
    }

    /// Merges the stored record into this tab's session, unless this tab wrote it; a record
    /// this build cannot read is backed up first.
    fn absorb_stored(self) -> Result<(), StorageError> {
        // Unchanged since this tab wrote it: nothing to merge, and no need to parse it.
        let stored = self
            .last_written
            .with_value(|last| read(self.scan, Some(last)))?;
        match stored {
            Stored::Session(stored) => self.absorb(&stored),
            // Someone (a newer version in another tab, or damage) wrote a record this build
            // cannot read: keep a copy before overwriting it.
            Stored::Unreadable(text, error) => self.keep_unreadable(text, &error)?,
            Stored::Nothing | Stored::Unchanged => {}
        }
        Ok(())
    }

    /// Copies an unreadable stored record to a backup key and offers it as a download. When the
    /// copy fails, the record stays untouched and the widget runs in memory.
    pub fn keep_unreadable(
        self,
        text: String,
        error: &saved::DecodeError,
    ) -> Result<(), StorageError> {
        let (unreadable, backed_up) = keep_unreadable(text, error, now());
        self.unreadable.set(Some(unreadable));
        backed_up
    }

    /// Merges a record another tab stored into this tab's answers, team set and history. The
    /// step and language stay this tab's own.
    pub fn absorb(self, stored: &Session) {
        let merged = self.session.with_untracked(|s| {
            let mut merged = s.clone();
            merged.merge_from(stored);
            merged
        });
        if self.session.with_untracked(|s| *s != merged) {
            self.session.set(merged);
        }
    }

    /// Merges the text of a `storage` event from another tab; text this build cannot read is
    /// left for the next save to back up.
    pub fn absorb_text(self, text: &str) {
        if self.read_only.get_untracked() {
            return;
        }
        if let Ok(stored) = saved::from_json(text, self.scan) {
            self.absorb(&stored);
        }
    }

    /// "Clear my answers" (and "start again"): forgets the answers, and what `clearing` names,
    /// here, in storage (including backup copies of unreadable records) and in every other tab
    /// of this browser; keeps the language. The record that remains says when they were
    /// cleared, so a tab that missed this cannot bring them back with a later write. What another
    /// tab stored meanwhile is merged in first, so a team code it added is not lost with a clear
    /// that keeps the team set.
    pub fn clear_answers(self, clearing: Clearing) {
        let now = now();
        if !self.read_only.get_untracked() && available() {
            // A record that cannot be read is backed up here; the clear below removes backups,
            // as it always has (the person asked to forget).
            let _ = self.absorb_stored();
        }
        self.session
            .update(|s| s.clear(now, clearing.history, clearing.team));
        self.unreadable.set(None);
        let text = self
            .session
            .with_untracked(|s| saved::to_json(s, self.scan));
        let problem = clear(&text).err();
        if self.storage_problem.get_untracked() != problem {
            self.storage_problem.set(problem);
        }
    }
}
