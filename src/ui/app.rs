//! The widget's root: restores saved progress, then shows the current step. The content is
//! static data compiled in (`crates/shipped`).

use leptos::prelude::*;

use crate::storage::{self, StorageError, Unreadable};
use crate::ui::area_step::AreaStep;
use crate::ui::changed_notice::ChangedNotice;
use crate::ui::context::{now, Ctx};
use crate::ui::domains_step::DomainsStep;
use crate::ui::intro::Intro;
use crate::ui::results::Results;
use crate::ui::step_footer::StepFooter;
use crate::ui::storage_notice::StorageNotice;
use crate::ui::summary::Summary;
use zelfscan_core::model::{Lang, Scan};
use zelfscan_core::saved;
use zelfscan_core::session::{Session, Step};
use zelfscan_core::texts::T;

/// What start-up found in storage. A record that cannot be read is copied to a backup key and
/// offered as a download; if even the copy fails, it stays untouched and the widget runs in memory.
fn restore(scan: &Scan) -> (Session, Option<StorageError>, Option<Unreadable>) {
    match storage::read() {
        Ok(Some(text)) => match saved::from_json(&text, scan) {
            Ok(session) => (session, None, None),
            Err(error) => {
                let (unreadable, backed_up) = storage::keep_unreadable(text, &error, now());
                (Session::default(), backed_up.err(), Some(unreadable))
            }
        },
        Ok(None) => (Session::default(), None, None),
        Err(problem) => (Session::default(), Some(problem), None),
    }
}

#[component]
pub fn App() -> impl IntoView {
    let scan: &'static Scan = &zelfscan_shipped::SCAN;
    let (session, problem, unreadable) = restore(scan);
    let session = RwSignal::new(session);
    let ctx = Ctx {
        scan,
        session,
        lang: Memo::new(move |_| session.with(|s| s.lang)),
        storage_problem: RwSignal::new(problem),
        unreadable: RwSignal::new(unreadable),
        last_written: StoredValue::new(String::new()),
        contact: Box::leak(Box::new(crate::ui::read_contact())),
    };
    provide_context(ctx);
    crate::ui::tab_sync::follow_other_tabs(ctx);
    let step = Memo::new(move |_| ctx.session.with(|s| s.step));
    // On every step change after the first screen, focus moves to the new step's heading so
    // keyboard and screen reader users start at the top of it.
    Effect::new(move |previous: Option<Step>| {
        let current = step.get();
        if previous.is_some_and(|p| p != current) {
            crate::ui::focus_step_heading();
        }
        current
    });
    let step_label = move || {
        let step = step.get();
        let name = match step {
            Step::Intro => ctx.t(T::IntroLabel),
            Step::Domains => ctx.t(T::DomainsTitle),
            Step::Area(i) => ctx.scan.areas.get(i).map_or("", |a| a.name.get(ctx.lang())),
            Step::Summary => ctx.t(T::SummaryTitle),
            Step::Results => ctx.t(T::ResultsTitle),
        };
        zelfscan_core::texts::fill(
            ctx.t(T::StepLabel),
            &[
                ("k", step.number(ctx.scan).to_string()),
                ("n", Step::count(ctx.scan).to_string()),
                ("name", name.to_owned()),
            ],
        )
    };
    let lang = move || ctx.lang().code();
    let switch_language = move |_| {
        ctx.change(|s| {
            s.lang = match s.lang {
                Lang::Nl => Lang::En,
                Lang::En => Lang::Nl,
            }
        })
    };
    view! {
        <div class="zs" lang=lang>
            <header class="zs-header">
                <button
                    type="button"
                    class="zs-link-button"
                    data-testid="switch-language"
                    lang=move || match ctx.lang() { Lang::Nl => "en", Lang::En => "nl" }
                    on:click=switch_language
                >
                    {ctx.tx(T::SwitchLanguage)}
                </button>
            </header>
            <p class="zs-progress" role="status" aria-live="polite" data-testid="step-label">{step_label}</p>
            <StorageNotice/>
            <ChangedNotice/>
            <main class="zs-main">
                {move || match step.get() {
                    Step::Intro => view! { <Intro/> }.into_any(),
                    Step::Domains => view! { <DomainsStep/> }.into_any(),
                    Step::Area(index) => view! { <AreaStep index=index/> }.into_any(),
                    Step::Summary => view! { <Summary/> }.into_any(),
                    Step::Results => view! { <Results/> }.into_any(),
                }}
            </main>
            <StepFooter/>
        </div>
    }
    .into_any()
}
