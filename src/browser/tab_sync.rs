//! Keeps answers, the team set and the history in step with other tabs of the same browser: when
//! another tab saves, its record is merged into this tab's session (`Session::merge_from`). The
//! current step and the language stay this tab's own. A tab that misses an event still catches
//! up at its next save, which merges too.

use leptos::prelude::*;

use crate::storage;
use crate::ui::Ctx;

/// Listens for other tabs' saves for as long as the widget lives.
pub fn follow_other_tabs(ctx: Ctx) {
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() != Some(storage::KEY) {
            return;
        }
        if let Some(text) = event.new_value() {
            ctx.absorb_text(&text);
        }
    });
    on_cleanup(move || handle.remove());
}
