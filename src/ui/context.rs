//! The state every component shares, as one small `Copy` context, and the save path: every
//! change is stamped, merged with what another tab may have stored meanwhile, and written in the
//! same call.

use crate::browser::clock::{local_day, now};
use leptos::prelude::*;

use crate::storage::{StorageError, Unreadable};
use zelfscan_core::embed::config::{Config, Contact};
use zelfscan_core::keep::session::{Session, Step};
use zelfscan_core::model::{Lang, Scan, Text};
use zelfscan_core::view::texts::UiText;

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
    /// The site owner's preview (`data-preview`): what is not configured yet shows as such.
    pub preview: bool,
    /// A shared result opened from a link: shown, never saved, deaf to other tabs, until the
    /// person chooses "make this my scan".
    pub read_only: RwSignal<bool>,
    /// Whether the content's English texts can be shown (`crate::browser::english`): until they
    /// are, a session in English is shown in Dutch ([`Ctx::lang`]).
    pub english: RwSignal<English>,
}

/// Where the content's English texts are (`crate::browser::english`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum English {
    /// Compiled in, or fetched and installed.
    Ready,
    /// Not fetched yet.
    Missing,
    Loading,
    /// The last fetch failed; choosing English again tries once more.
    Failed,
}

/// What "clear my answers" and "start again" forget beside the current answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clearing {
    /// The completed scans ("clear my answers" does, "start again" does not).
    pub history: bool,
    /// The team set (only when the person ticks it).
    pub team: bool,
}

impl Ctx {
    /// The context over a session that start-up restored (or a new one).
    pub fn new(
        scan: &'static Scan,
        session: Session,
        storage_problem: Option<StorageError>,
        unreadable: Option<Unreadable>,
        contact: Contact,
        preview: bool,
        read_only: bool,
    ) -> Ctx {
        let session = RwSignal::new(session);
        let english = RwSignal::new(if crate::browser::english::missing() {
            English::Missing
        } else {
            English::Ready
        });
        Ctx {
            scan,
            session,
            // The session's language, but Dutch while the English texts are not there.
            lang: Memo::new(move |_| match session.with(|s| s.lang) {
                Lang::En if english.get() != English::Ready => Lang::Nl,
                lang => lang,
            }),
            english,
            storage_problem: RwSignal::new(storage_problem),
            unreadable: RwSignal::new(unreadable),
            last_written: StoredValue::new(String::new()),
            contact: Box::leak(Box::new(contact)),
            preview,
            read_only: RwSignal::new(read_only),
        }
    }

    /// The context both pages start from: the session start-up found (`restored`, as
    /// [`crate::storage::restore`] returns it), or a new one in the host's language, and from
    /// then on following what other tabs store.
    pub fn start(
        scan: &'static Scan,
        config: &Config,
        restored: (Option<Session>, Option<StorageError>, Option<Unreadable>),
        read_only: bool,
    ) -> Ctx {
        let (saved, problem, unreadable) = restored;
        // The host's start language, unless the visitor's saved progress has one.
        let session = saved.unwrap_or_else(|| Session {
            lang: config.lang.unwrap_or_default(),
            ..Session::default()
        });
        let ctx = Ctx::new(
            scan,
            session,
            problem,
            unreadable,
            config.contact.clone(),
            config.preview,
            read_only,
        );
        crate::browser::tab_sync::follow_other_tabs(ctx);
        ctx.fetch_english_when_chosen();
        ctx
    }

    /// Fetches the content's English texts as soon as the session is in English (chosen, or
    /// restored at start) and they are not there; the view follows when they are.
    fn fetch_english_when_chosen(self) {
        Effect::new(move |_| {
            let chosen = self.session.with(|s| s.lang) == Lang::En;
            let idle = matches!(
                self.english.get_untracked(),
                English::Missing | English::Failed
            );
            if chosen && idle {
                self.english.set(English::Loading);
                leptos::task::spawn_local(async move {
                    match crate::browser::english::fetch().await {
                        Ok(()) => self.english.set(English::Ready),
                        Err(problem) => {
                            web_sys::console::warn_1(
                                &format!(
                                    "zelfscan: the English texts could not be loaded: {problem}"
                                )
                                .into(),
                            );
                            self.english.set(English::Failed);
                        }
                    }
                });
            }
        });
    }

    pub fn use_context() -> Ctx {
        expect_context::<Ctx>()
    }

    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    /// A UI string in the current language, read once (inside a reactive closure it follows
    /// the language).
    pub fn t(self, key: impl UiText) -> &'static str {
        key.text(self.lang())
    }

    /// A UI string that follows the language. Every UI text in a view goes through this one
    /// function, so the views share one closure type instead of one per text.
    pub fn tx<K: UiText>(self, key: K) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        let lang = self.lang;
        move || key.text(lang.get())
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
