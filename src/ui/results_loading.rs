//! The results step in the questions' bundle: its heading says the result is loading while `embed.js`
//! starts the bundle with the results in its place (`crate::browser::handover`). When that
//! fails, it says so, keeps the answers and offers to try again.

use leptos::prelude::*;

use crate::browser::handover::{request_results, Told};
use crate::ui::context::Ctx;
use zelfscan_core::keep::saved;
use zelfscan_core::view::texts::T;

/// The results step until the results' bundle runs.
#[component]
pub fn ResultsLoading() -> impl IntoView {
    let ctx = Ctx::use_context();
    let failed = RwSignal::new(false);
    let request = move || {
        failed.set(false);
        // A result link's answers are the address's, which the results' bundle reads itself.
        let record = (!ctx.read_only.get_untracked())
            .then(|| ctx.session.with_untracked(|s| saved::to_json(s, ctx.scan)));
        // What the person is being told about storage goes along, so the results say it too.
        let told = Told {
            problem: ctx.storage_problem.get_untracked(),
            unreadable: ctx.unreadable.get_untracked(),
        };
        leptos::task::spawn_local(async move {
            if let Err(problem) = request_results(record.as_deref(), &told).await {
                web_sys::console::warn_1(
                    &format!("zelfscan: the result could not be loaded: {problem}").into(),
                );
                failed.set(true);
            }
        });
    };
    // After the step is on screen (never while rendering the static first screen).
    Effect::new(move |_| request());
    // The heading says what is happening: "De uitkomst van uw zelfscan" is the results' own,
    // shown once they are there.
    view! {
        <section class="zs-step" aria-labelledby="zs-step-heading" data-testid="results-loading">
            <h1 id="zs-step-heading" tabindex="-1">
                {move || ctx.t(if failed.get() { T::ResultsNotLoaded } else { T::ResultsLoading })}
            </h1>
            {move || failed.get().then(|| view! {
                <div class="zs-notice" role="alert" data-testid="results-not-loaded">
                    <p>{ctx.t(T::ResultsNotLoadedHelp)}</p>
                    <button type="button" class="zs-button" data-testid="results-try-again" on:click=move |_| request()>
                        {ctx.t(T::ResultsTryAgain)}
                    </button>
                </div>
            })}
        </section>
    }
}
