//! "Download my answers" and "Import answers file": everything entered as a file in the saved
//! format, and read back later. The download is always at hand (it is the way out when storage
//! fails): here, and as a quiet link in every step's footer. A file that cannot be read changes
//! nothing and says so. The file is the whole saved record (format 4): with the answers it
//! carries the team set and the history, and an import merges those in (`kept::*::take_over`:
//! whatever this browser lacks is added, nothing here is removed).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::clock::now;
use crate::browser::download;
use crate::ui::context::Ctx;
use zelfscan_core::keep::saved;
use zelfscan_core::view::texts::{fill, T};

/// What the last import did: how many answers, team codes and earlier scans it took over, or
/// that the file was unreadable.
#[derive(Clone, Copy, Debug, PartialEq)]
enum ImportOutcome {
    Imported {
        answers: usize,
        team: usize,
        history: usize,
    },
    Failed,
}

/// Offers everything entered as the answers file, in the saved format.
pub fn download_answers(ctx: Ctx) {
    let text = ctx
        .session
        .with_untracked(|s| saved::to_pretty_json(s, ctx.scan));
    // A refused download changes nothing; the answers stay on screen and in storage.
    let _ = download::offer(ctx.t(T::AnswersFileName), &text, "application/json");
}

/// Reads the answers file chosen in a file input (its `change` event) and hands the session it
/// holds to `done`, or `None` when it is too large or cannot be read; nothing when no file was
/// chosen. The input is emptied so that the same file can be chosen again.
pub fn read_chosen_file(
    event: web_sys::Event,
    ctx: Ctx,
    done: Box<dyn FnOnce(Option<zelfscan_core::keep::session::Session>)>,
) {
    let input = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
    let Some(input) = input else { return };
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return;
    };
    input.set_value("");
    if file.size() > saved::MAX_RECORD_BYTES as f64 {
        done(None);
        return;
    }
    leptos::task::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|value| value.as_string());
        done(text.and_then(|text| saved::from_json(&text, ctx.scan).ok()));
    });
}

/// The download button and the import control, where people look for them: the summary and
/// the results. On the intro (`quiet`) it is one quiet link that continues from a file. The
/// native file input is hidden: its "Choose file" would speak the browser's language, not the
/// widget's, so a labelled button in the widget's language opens it.
#[component]
pub fn AnswersFile(
    /// Only the import, as a link: the intro's way back in with a saved file.
    #[prop(optional)]
    quiet: bool,
    /// Behind a closed `<details>` whose summary is the heading (the results' exports).
    #[prop(optional)]
    collapsed: bool,
) -> impl IntoView {
    let ctx = Ctx::use_context();
    let outcome = RwSignal::new(None::<ImportOutcome>);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let choose = move |_| {
        if let Some(input) = input_ref.get() {
            input.click();
        }
    };
    let import = move |event: web_sys::Event| import_file(event, ctx, outcome);
    let message = move || outcome.get().map(|outcome| outcome_text(ctx, outcome));
    let input = view! {
        <input
            type="file"
            hidden
            tabindex="-1"
            aria-hidden="true"
            accept=".json,application/json"
            data-testid="import-answers"
            node_ref=input_ref
            on:change=import
        />
    };
    if quiet {
        return view! {
            <div class="zs-answers-file zs-no-print" data-testid="answers-file">
                <button type="button" class="zs-link-button" aria-describedby="zs-import-hint" data-testid="import-button" on:click=choose>
                    {ctx.tx(T::ReturnWithFile)}
                </button>
                {input}
                // The description the link announces; on screen the link says enough.
                <p id="zs-import-hint" hidden>{ctx.tx(T::ImportHint)}</p>
                <p role="status" data-testid="import-message">{message}</p>
            </div>
        }
        .into_any();
    }
    let body = view! {
        <p>{ctx.tx(T::AnswersFileIntro)}</p>
        <div class="zs-file-actions">
            <button type="button" class="zs-button" data-testid="download-answers" on:click=move |_| download_answers(ctx)>
                {ctx.tx(T::DownloadAnswers)}
            </button>
            <button
                type="button"
                class="zs-button"
                aria-describedby="zs-import-hint"
                data-testid="import-button"
                on:click=choose
            >
                {ctx.tx(T::ChooseAnswersFile)}
            </button>
        </div>
        {input}
        <p id="zs-import-hint" class="zs-hint">{ctx.tx(T::ImportHint)}</p>
        <p role="status" data-testid="import-message">{message}</p>
    };
    if collapsed {
        return view! {
            <details class="zs-details zs-answers-file zs-no-print" data-testid="answers-file">
                <summary><h3 id="zs-answers-file-title">{ctx.tx(T::AnswersFileTitle)}</h3></summary>
                {body}
            </details>
        }
        .into_any();
    }
    view! {
        <section class="zs-answers-file zs-no-print" aria-labelledby="zs-answers-file-title" data-testid="answers-file">
            <h2 id="zs-answers-file-title">{ctx.tx(T::AnswersFileTitle)}</h2>
            {body}
        </section>
    }
    .into_any()
}

/// Takes over a chosen answers file: the answers, team codes and earlier scans this browser
/// lacks; says how many, or that the file could not be read.
fn import_file(event: web_sys::Event, ctx: Ctx, outcome: RwSignal<Option<ImportOutcome>>) {
    read_chosen_file(
        event,
        ctx,
        Box::new(move |imported| {
            let result = match imported {
                Some(imported) => {
                    let (mut answers, mut team, mut history) = (0, 0, 0);
                    let now = now();
                    ctx.change(|s| {
                        answers = s.answers.take_over(imported.answers);
                        let time = s.next_time(now);
                        team = s.team.take_over(&imported.team, time);
                        history = s.history.take_over(&imported.history, time);
                    });
                    ImportOutcome::Imported {
                        answers,
                        team,
                        history,
                    }
                }
                None => ImportOutcome::Failed,
            };
            outcome.set(Some(result));
        }),
    );
}

/// What an import did, in words.
fn outcome_text(ctx: Ctx, outcome: ImportOutcome) -> String {
    match outcome {
        ImportOutcome::Imported {
            answers,
            team,
            history,
        } => {
            let imported = T::count(answers, T::ImportedOne, T::Imported);
            let mut text = fill(ctx.t(imported), &[("n", answers)]);
            // A sentence each for the team codes and the earlier scans, only when there are any.
            let kept = [
                (team, T::ImportedCodesOne, T::ImportedCodes),
                (history, T::ImportedScansOne, T::ImportedScans),
            ];
            for (n, one, many) in kept.into_iter().filter(|&(n, _, _)| n > 0) {
                text.push(' ');
                text.push_str(&fill(ctx.t(T::count(n, one, many)), &[("n", n)]));
            }
            text
        }
        ImportOutcome::Failed => ctx.t(T::ImportFailed).to_owned(),
    }
}
