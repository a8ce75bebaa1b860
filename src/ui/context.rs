//! The state every component shares, as one small `Copy` context.

use leptos::prelude::*;

use crate::core::config::Contact;
use crate::core::model::{Lang, Scan};
use crate::core::saved;
use crate::core::session::{Session, Step};
use crate::core::texts::T;
use crate::storage::{self, StorageError};

/// Shared state: the questionnaire, the person's session and how saving goes.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub scan: &'static Scan,
    pub session: RwSignal<Session>,
    /// The last storage problem, shown until a save succeeds again.
    pub storage_problem: RwSignal<Option<StorageError>>,
    /// The adviser's contact details, configured by the embedding page.
    pub contact: &'static Contact,
}

impl Ctx {
    pub fn use_context() -> Ctx {
        expect_context::<Ctx>()
    }

    pub fn lang(self) -> Lang {
        self.session.with(|s| s.lang)
    }

    /// A UI string in the current language.
    pub fn t(self, key: T) -> &'static str {
        key.get(self.lang())
    }

    /// Changes the session and saves it at once; a failed save is remembered and shown, and the
    /// next change tries again with the whole record.
    pub fn change(self, f: impl FnOnce(&mut Session)) {
        self.session.update(f);
        self.save();
    }

    pub fn save(self) {
        let text = self
            .session
            .with_untracked(|s| saved::to_json(s, self.scan));
        let problem = storage::write(&text).err();
        if self.storage_problem.get_untracked() != problem {
            self.storage_problem.set(problem);
        }
    }

    pub fn go(self, step: Step) {
        self.change(|s| s.step = step);
    }
}
