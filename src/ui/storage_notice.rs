//! Says in plain words when answers cannot be kept, or when stored answers could not be read,
//! and offers the unreadable original as a download.

use leptos::prelude::*;

use crate::browser::download;
use crate::storage::StorageError;
use crate::ui::context::Ctx;
use zelfscan_core::view::texts::T;

/// The storage notice: nothing when saving works.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let ctx = Ctx::use_context();
    let unreadable = move || {
        ctx.unreadable.with(|u| u.as_ref().map(|u| (u.newer_version, u.backed_up)))
            .map(|(newer_version, backed_up)| {
                let download = move |_| {
                    let text = ctx
                        .unreadable
                        .with_untracked(|u| u.as_ref().map(|u| u.text.clone()));
                    if let Some(text) = text {
                        // A refused download leaves the data where it is; nothing is lost.
                        let _ = download::offer(ctx.t(T::UnreadableFileName), &text, "text/plain");
                    }
                };
                view! {
                    <div class="zs-notice" role="status" data-testid="unreadable-notice">
                        <p>{ctx.tx(if newer_version { T::StorageNewerVersion } else { T::StorageUnreadable })}</p>
                        <p>{ctx.tx(if backed_up { T::UnreadableKept } else { T::UnreadableNotKept })}</p>
                        <button type="button" class="zs-button" data-testid="download-unreadable" on:click=download>
                            {ctx.tx(T::DownloadUnreadable)}
                        </button>
                    </div>
                }
            })
    };
    let problem = move || {
        let key = match ctx.storage_problem.get()? {
            StorageError::Unavailable => T::StorageUnavailable,
            StorageError::WriteRefused => T::StorageFull,
            // The unreadable notice above already explains this one.
            StorageError::BackupRefused => return None,
        };
        Some(view! {
            <div class="zs-notice" role="status" data-testid="storage-notice">
                <p>{ctx.tx(key)}</p>
                <p>{ctx.tx(T::DownloadToKeep)}</p>
            </div>
        })
    };
    view! { {unreadable} {problem} }
}
