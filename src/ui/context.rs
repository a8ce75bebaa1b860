//! The state every component shares, as one small `Copy` context, and the save path: every
//! change is stamped, merged with what another tab may have stored meanwhile, and written in the
//! same call.

use leptos::prelude::*;

use crate::storage::{self, StorageError, Unreadable};
use zelfscan_core::embed::config::Contact;
use zelfscan_core::keep::saved;
use zelfscan_core::keep::session::{Session, Step};
use zelfscan_core::model::{Lang, Scan, Text};
use zelfscan_core::view::texts::T;

/// Shared state: the questionnaire, the person's session and how saving goes. The session holds
/// the team set and the history too (`Session::team`, `Session::history`): a scan enters the
/// history when the person goes on to the results ([`Ctx::change`]) and leaves it through
/// [`Ctx::remove_from_history`] (or a `change` that removes it) or "clear my answers".
#[derive(Clone, Copy)]
pub struct Ctx {
    pub scan: &'static Scan,
    pub session: RwSignal<Session>,
    /// The session's language on its own, so that texts re-render when the language changes,
    /// not on every answer.
    pub lang: Memo<Lang>,
    /// The last storage problem, shown until a save succeeds again.
    pub storage_problem: RwSignal<Option<StorageError>>,
    /// A stored record that could not be read, offered as a download.
    pub unreadable: RwSignal<Option<Unreadable>>,
    /// The record text this tab last wrote, so a save can skip parsing a record no other tab
    /// has changed since.
    pub last_written: StoredValue<String>,
    /// The adviser's contact details, configured by the embedding page.
    pub contact: &'static Contact,
    /// A shared result opened from a link: shown, never saved, deaf to other tabs, until the
    /// person chooses "make this my scan".
    pub read_only: RwSignal<bool>,
}

/// What "clear my answers" and "start again" forget beside the current answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clearing {
    /// The completed scans ("clear my answers" does, "start again" does not).
    pub history: bool,
    /// The team set (only when the person ticks it).
    pub team: bool,
}

/// The person's calendar day of a time (year, month and day in the browser's time zone, as one
/// number), so that history keeps one scan per day as the person counts days.
pub fn local_day(time: u64) -> i64 {
    if cfg!(target_arch = "wasm32") {
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(time as f64));
        i64::from(date.get_full_year()) * 10_000
            + i64::from(date.get_month()) * 100
            + i64::from(date.get_date())
    } else {
        (time / 86_400_000) as i64
    }
}

/// The browser's clock in milliseconds since 1970, for change times.
pub fn now() -> u64 {
    if cfg!(target_arch = "wasm32") {
        // Date.now() is a non-negative whole number of milliseconds well below 2^53.
        js_sys::Date::now() as u64
    } else {
        0
    }
}

impl Ctx {
    /// The context over a session that start-up restored (or a new one).
    pub fn new(
        scan: &'static Scan,
        session: Session,
        storage_problem: Option<StorageError>,
        unreadable: Option<Unreadable>,
        contact: Contact,
        read_only: bool,
    ) -> Ctx {
        let session = RwSignal::new(session);
        Ctx {
            scan,
            session,
            lang: Memo::new(move |_| session.with(|s| s.lang)),
            storage_problem: RwSignal::new(storage_problem),
            unreadable: RwSignal::new(unreadable),
            last_written: StoredValue::new(String::new()),
            contact: Box::leak(Box::new(contact)),
            read_only: RwSignal::new(read_only),
        }
    }

    pub fn use_context() -> Ctx {
        expect_context::<Ctx>()
    }

    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    /// A UI string in the current language, read once (inside a reactive closure it follows
    /// the language).
    pub fn t(self, key: T) -> &'static str {
        key.get(self.lang())
    }

    /// A UI string that follows the language. Every UI text in a view goes through this one
    /// function, so the views share one closure type instead of one per text.
    pub fn tx(self, key: T) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        let lang = self.lang;
        move || key.get(lang.get())
    }

    /// A content text that follows the language; the one closure type for content texts.
    pub fn text(
        self,
        text: &'static Text,
    ) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        let lang = self.lang;
        move || text.get(lang.get())
    }

    /// Changes the session, stamps every answer that changed, and saves it at once; a failed
    /// save is remembered and shown, and the next change tries again with the whole record.
    pub fn change(self, f: impl FnOnce(&mut Session)) {
        let now = now();
        self.session.update(|s| {
            let before = s.answers.clone();
            let was_at_results = s.step == Step::Results;
            f(s);
            s.stamps.record_changes(&before, &s.answers, now);
            // Going on to the results completes the scan (the report's "completed on" date)
            // and keeps it in the history.
            if s.step == Step::Results && !was_at_results {
                s.complete(now, local_day);
            }
        });
        self.save();
    }

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
        storage::write(&text)?;
        self.last_written.set_value(text);
        Ok(())
    }

    /// Merges the stored record into this tab's session, unless this tab wrote it; a record
    /// this build cannot read is backed up first.
    fn absorb_stored(self) -> Result<(), StorageError> {
        if let Some(text) = storage::read()? {
            // Unchanged since this tab wrote it: nothing to merge, and no need to parse it.
            let ours = self.last_written.with_value(|last| *last == text);
            if !ours {
                match saved::from_json(&text, self.scan) {
                    Ok(stored) => self.absorb(&stored),
                    // Someone (a newer version in another tab, or damage) wrote a record this
                    // build cannot read: keep a copy before overwriting it.
                    Err(error) => self.keep_unreadable(text, &error)?,
                }
            }
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
        let (unreadable, backed_up) = storage::keep_unreadable(text, error, now());
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

    /// Changes the team set or the history at one time later than anything seen, and saves.
    fn keep(self, f: impl FnOnce(&mut Session, u64) -> bool) -> bool {
        let now = now();
        let mut changed = false;
        self.session.update(|s| {
            let time = s.next_time(now);
            changed = f(s, time);
        });
        if changed {
            self.save();
        }
        changed
    }

    /// Adds result codes (canonical form) with their labels to the team set; returns how many
    /// were new.
    pub fn add_to_team(self, entries: &[(String, String)]) -> usize {
        let mut added = 0;
        self.keep(|s, time| {
            // One millisecond apart, so that the set keeps the order they were given in.
            let times = (time..).map(|t| t.min(zelfscan_core::keep::merge::MAX_TIME));
            added = entries
                .iter()
                .zip(times)
                .filter(|((code, label), time)| s.team.add(code, label, *time))
                .count();
            added > 0
        });
        added
    }

    /// Removes a code from the team set, here and in every other tab.
    pub fn remove_from_team(self, code: &str) -> bool {
        self.keep(|s, time| s.team.remove(code, time))
    }

    /// Deletes the scan completed at `completed` from the history, here and in every other tab.
    pub fn remove_from_history(self, completed: u64) -> bool {
        self.keep(|s, time| s.history.remove(completed, time))
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
        if !self.read_only.get_untracked() && storage::available() {
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
        let problem = storage::clear(&text).err();
        if self.storage_problem.get_untracked() != problem {
            self.storage_problem.set(problem);
        }
    }

    /// The number of codes in the team set (`Session::team`, changed through
    /// [`Ctx::add_to_team`] and [`Ctx::remove_from_team`]).
    pub fn team_size(self) -> usize {
        self.session.with(|s| s.team.entries.len())
    }

    /// Whether anything is kept here: answers, completed scans or a team set.
    pub fn keeps_anything(self) -> bool {
        self.session.with(|s| {
            !s.answers.is_empty() || !s.history.entries.is_empty() || !s.team.entries.is_empty()
        })
    }

    pub fn go(self, step: Step) {
        self.change(|s| s.step = step);
    }
}
