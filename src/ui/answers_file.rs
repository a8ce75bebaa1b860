//! "Download my answers" and "Import answers file": everything entered as a file in the saved
//! format, always available (it is the way out when storage fails), and read back later. A file
//! that cannot be read changes nothing and says so.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::context::Ctx;
use crate::ui::download;
use zelfscan_core::saved;
use zelfscan_core::texts::{fill, T};

/// What the last import did: how many entries it took over, or that the file was unreadable.
#[derive(Clone, Copy, Debug, PartialEq)]
enum ImportOutcome {
    Imported(usize),
    Failed,
}

/// The download button and the import control, in the widget's footer.
#[component]
pub fn AnswersFile() -> impl IntoView {
    let ctx = Ctx::use_context();
    let outcome = RwSignal::new(None::<ImportOutcome>);
    let download = move |_| {
        let text = ctx
            .session
            .with_untracked(|s| saved::to_pretty_json(s, ctx.scan));
        // A refused download changes nothing; the answers stay on screen and in storage.
        let _ = download::offer(ctx.t(T::AnswersFileName), &text, "application/json");
    };
    let import = move |event: web_sys::Event| {
        let input = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        let Some(input) = input else { return };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Let the same file be chosen again later.
        input.set_value("");
        if file.size() > saved::MAX_RECORD_BYTES as f64 {
            outcome.set(Some(ImportOutcome::Failed));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|value| value.as_string());
            let imported = text.and_then(|text| saved::from_json(&text, ctx.scan).ok());
            let result = match imported {
                Some(imported) => {
                    let mut count = 0;
                    ctx.change(|s| count = s.answers.take_over(imported.answers));
                    ImportOutcome::Imported(count)
                }
                None => ImportOutcome::Failed,
            };
            outcome.set(Some(result));
        });
    };
    let message = move || {
        outcome.get().map(|outcome| match outcome {
            ImportOutcome::Imported(n) => fill(ctx.t(T::Imported), &[("n", n)]),
            ImportOutcome::Failed => ctx.t(T::ImportFailed).to_owned(),
        })
    };
    view! {
        <footer class="zs-answers-file" data-testid="answers-file">
            <div class="zs-actions">
                <button type="button" class="zs-button" data-testid="download-answers" on:click=download>
                    {ctx.tx(T::DownloadAnswers)}
                </button>
            </div>
            <p class="zs-import">
                <label for="zs-import-file">{ctx.tx(T::ImportAnswers)}</label>
                <input
                    type="file"
                    id="zs-import-file"
                    accept=".json,application/json"
                    aria-describedby="zs-import-hint"
                    data-testid="import-answers"
                    on:change=import
                />
                <span id="zs-import-hint" class="zs-hint">{ctx.tx(T::ImportHint)}</span>
            </p>
            <p role="status" data-testid="import-message">{message}</p>
        </footer>
    }
}
