//! The widget's root: restores saved progress, then shows the current step. The content is
//! static data compiled in (`crates/shipped`).

use leptos::prelude::*;

use crate::storage;
use crate::ui::ambition_step::AmbitionStep;
use crate::ui::area_step::AreaStep;
use crate::ui::changed_notice::ChangedNotice;
use crate::ui::context::Ctx;
use crate::ui::domains_step::DomainsStep;
use crate::ui::intro::Intro;
use crate::ui::language_switch::LanguageSwitch;
use crate::ui::results::Results;
use crate::ui::results_loading::ResultsLoading;
use crate::ui::share::{self, BadCode, SharedBanner};
use crate::ui::step_footer::StepFooter;
use crate::ui::storage_notice::StorageNotice;
use crate::ui::summary::Summary;
use zelfscan_core::embed::address::WorkbenchView;
use zelfscan_core::embed::config::{Config, Rgb};
use zelfscan_core::embed::early::{walk_to, Early};
use zelfscan_core::embed::host::HostEvent;
use zelfscan_core::keep::codes::CodeError;
use zelfscan_core::keep::saved;
use zelfscan_core::keep::session::{Session, Step};
use zelfscan_core::model::Scan;
use zelfscan_core::view::texts::T;

/// The questions' bundle: the widget up to the summary. The results are the other bundle's
/// ([`AppWithResults`]); reaching them hands over to it (`ResultsLoading`).
#[component]
pub fn App() -> impl IntoView {
    start::<false>()
}

/// The widget with its results: every step, the results and a result link's view. `embed.js`
/// starts it on a page that opens on the results, and in place of [`App`] when a visitor reaches
/// them.
#[component]
pub fn AppWithResults() -> impl IntoView {
    start::<true>()
}

/// Restores the session (a result link's, the one handed over, or saved progress) and shows the
/// widget. `RESULTS` is the bundle: a constant, so that the questions' bundle holds none of the
/// results' code.
fn start<const RESULTS: bool>() -> AnyView {
    let scan: &'static Scan = &zelfscan_shipped::SCAN;
    let config = crate::browser::page::read_config();
    let lang = config.lang.unwrap_or_default();
    let code = crate::browser::address::code_in_address();
    let read_only = code.is_some();
    let (restored, bad_code, handed_over) = match code {
        // A result link is shown read-only and never touches storage: not even read. The
        // questions' bundle leaves the code to the results' bundle.
        Some(code) if RESULTS => {
            match zelfscan_core::keep::codes::decode(share::layouts(), &code) {
                Ok(decoded) => (shown_result(decoded.answers, lang), None, false),
                Err(error) => ((None, None, None), Some(error), false),
            }
        }
        Some(_) => (shown_result(Default::default(), lang), None, false),
        None => match crate::browser::handover::take_record().filter(|_| RESULTS) {
            Some((record, told)) => match saved::from_json(&record, scan) {
                Ok(session) => {
                    // The notices the questions showed stay: an unreadable record with its
                    // original to download, answers kept in memory only.
                    let problem = (!storage::available())
                        .then_some(storage::StorageError::Unavailable)
                        .or(told.problem);
                    ((Some(session), problem, told.unreadable), None, true)
                }
                Err(_) => (storage::restore(scan), None, false),
            },
            None => (storage::restore(scan), None, false),
        },
    };
    let ctx = Ctx::start(scan, &config, restored, read_only);
    let fresh = ctx
        .session
        .with_untracked(|s| s.step == Step::Intro && s.answers.is_empty());
    // What the visitor did on the page's static first screens before the widget ran
    // (`embed.js`): the scan goes on from there, with those choices, without showing the
    // steps again.
    let early = crate::browser::page::take_early().filter(|_| fresh && !read_only);
    let arrival = if handed_over {
        Arrival::HandedOver
    } else if let Some(early) = early.map(|text| Early::parse(&text, scan)) {
        ctx.change(|s| {
            early.apply(&mut s.answers);
            s.step = early.target(scan);
        });
        Arrival::AfterFirstScreen(early.shown)
    } else {
        Arrival::Fresh
    };
    let results: fn() -> AnyView = if RESULTS {
        || view! { <Results/> }.into_any()
    } else {
        || view! { <ResultsLoading/> }.into_any()
    };
    widget(ctx, &config, bad_code, arrival, results)
}

/// The session a result link shows: its answers, on the results, read-only.
fn shown_result(
    answers: zelfscan_core::model::answers::Answers,
    lang: zelfscan_core::model::Lang,
) -> (
    Option<Session>,
    Option<storage::StorageError>,
    Option<storage::Unreadable>,
) {
    (
        Some(Session {
            answers,
            step: Step::Results,
            lang,
            ..Session::default()
        }),
        None,
        None,
    )
}

/// How the widget came to be on its first step: as a new start, after the page's static first
/// screens had walked to `Step`, or handed over from the questions' bundle, which
/// has told the host already.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Arrival {
    Fresh,
    AfterFirstScreen(Step),
    HandedOver,
}

/// The first screens a visitor without saved answers sees, in Dutch with the default settings,
/// as HTML, each with its step's id (`src/bin/prerender.rs`): the intro, the domains step and
/// the first area, with nothing chosen. `scripts/post-build.mjs` puts them in `dist/index.html`,
/// so the page shows the intro, and the first statements can be answered, before the wasm has
/// arrived (`zelfscan_core::embed::early`). Rendered by the same components as the live widget,
/// so the two cannot drift apart.
#[cfg(feature = "prerender")]
pub fn first_screens_html() -> Vec<(String, String)> {
    // Effects (focus, host events) belong to the live widget: here they are never run.
    struct NoEffects;
    impl any_spawner::CustomExecutor for NoEffects {
        fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
        fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
        fn poll_local(&self) {}
    }
    // Fails only if an executor is set already, which then serves as well.
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
    let scan: &'static Scan = &zelfscan_shipped::SCAN;
    // Every step with a static screen: from the intro as far as the first area.
    let steps = walk_to(Step::Area(0), scan);
    steps
        .into_iter()
        .map(|step| (step.to_id(scan), screen_html(scan, step)))
        .collect()
}

/// The widget on `step` for a visitor without saved answers, as HTML.
#[cfg(feature = "prerender")]
fn screen_html(scan: &'static Scan, step: Step) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let config = zelfscan_core::embed::config::Config::default();
        let session = Session {
            step,
            ..Session::default()
        };
        let ctx = Ctx::new(
            scan,
            session,
            None,
            None,
            config.contact.clone(),
            config.preview,
            false,
        );
        widget(ctx, &config, None, Arrival::Fresh, || {
            view! { <ResultsLoading/> }.into_any()
        })
        .to_html()
    })
}

/// The widget's view over a context: header, current step and footer. Touches nothing of the
/// browser itself, so it renders to HTML natively too ([`first_screens_html`]). `results` is the
/// bundle's view of the results step.
fn widget(
    ctx: Ctx,
    config: &Config,
    bad_code: Option<CodeError>,
    arrival: Arrival,
    results: fn() -> AnyView,
) -> AnyView {
    provide_context(ctx);
    let step = Memo::new(move |_| ctx.session.with(|s| s.step));
    follow_steps(ctx, step, arrival);
    // The one place that decides which view is open.
    let screen = Memo::new(move |_| {
        if let Some(error) = bad_code {
            Screen::BadCode(error)
        } else {
            Screen::Step(step.get())
        }
    });
    let step_label = step_label(ctx, step);
    let lang = move || ctx.lang().code();
    let (root_class, accent, accent_dark) = root_style(config);
    view! {
        <div
            class=root_class
            lang=lang
            style=("--zs-config-accent", accent)
            style=("--zs-config-accent-dark", accent_dark)
            data-testid="widget"
        >
            {header(ctx)}
            // Shown on the question sections only; elsewhere it repeats the heading, so it is only read.
            <p
                class="zs-progress"
                class:zs-visually-hidden=move || !matches!(screen.get(), Screen::Step(Step::Area(_)))
                role="status"
                aria-live="polite"
                data-testid="step-label"
            >
                {step_label}
            </p>
            {part_progress(ctx, screen)}
            <StorageNotice/>
            <ChangedNotice/>
            <main class="zs-main">
                {move || (ctx.read_only.get() && matches!(screen.get(), Screen::Step(_))).then(|| view! { <SharedBanner/> })}
                {move || match screen.get() {
                    Screen::BadCode(error) => view! { <BadCode error=error/> }.into_any(),
                    Screen::Step(Step::Intro) => view! { <Intro/> }.into_any(),
                    Screen::Step(Step::Domains) => view! { <DomainsStep/> }.into_any(),
                    Screen::Step(Step::Area(index)) => view! { <AreaStep index=index/> }.into_any(),
                    Screen::Step(Step::Ambition) => view! { <AmbitionStep/> }.into_any(),
                    Screen::Step(Step::Summary) => view! { <Summary/> }.into_any(),
                    Screen::Step(Step::Results) => results(),
                }}
            </main>
            <StepFooter/>
        </div>
    }
    .into_any()
}

/// The root element's class (the theme) and the host's accent colours, for both pages' roots.
/// The colours are set through the CSS object model, which a strict `style-src` allows (a
/// `style` attribute it would block). Only a validated `#rrggbb` is ever written.
pub(crate) fn root_style(config: &Config) -> (String, Option<String>, Option<String>) {
    (
        format!("zs {}", config.theme.class()),
        config.accent_light.map(Rgb::hex),
        config.accent_dark.map(Rgb::hex),
    )
}

/// The links above every view: the other language, and the facilitator's workbench (a page of
/// its own, opened in this window or frame).
fn header(ctx: Ctx) -> impl IntoView {
    view! {
        <header class="zs-header">
            <LanguageSwitch/>
            <a
                class="zs-link-button"
                data-testid="team-toggle"
                href=move || crate::browser::address::workbench_link(WorkbenchView::Team)
            >
                {ctx.tx(T::TeamOpen)}
            </a>
        </header>
    }
}

/// On every step change after the first screen, focus moves to the new step's heading so
/// keyboard and screen reader users start at the top of it. The host page hears of it too.
/// The steps the static first screens showed count as shown: the host hears of each first, as
/// when the widget itself showed them, and focus moves on from the last one only if the widget
/// starts on another step. Handed over from the questions'
/// bundle, the widget focuses its step's heading, which replaced theirs, and the host has heard
/// of the step already.
fn follow_steps(ctx: Ctx, step: Memo<Step>, arrival: Arrival) {
    Effect::new(move |previous: Option<Step>| {
        let current = step.get();
        let mut events = Vec::new();
        let previous = match (previous, arrival) {
            (None, Arrival::AfterFirstScreen(shown)) => {
                let mut before = None;
                for step in walk_to(shown, ctx.scan) {
                    events.extend(HostEvent::on_step(before, step, ctx.scan));
                    before = Some(step);
                }
                before
            }
            (None, Arrival::HandedOver) => {
                crate::browser::page::focus_step_heading();
                Some(current)
            }
            (previous, _) => previous,
        };
        if previous.is_some_and(|p| p != current) {
            crate::browser::page::focus_step_heading();
        }
        events.extend(HostEvent::on_step(previous, current, ctx.scan));
        for event in events {
            crate::browser::host_events::emit(&event);
        }
        current
    });
}

/// The label above every view: on a question section its place among the sections ("Onderdeel
/// 3 van 8"), elsewhere the step's name; a status, so a change is announced.
fn step_label(ctx: Ctx, step: Memo<Step>) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || match step.get() {
        Step::Intro => ctx.t(T::IntroLabel).to_owned(),
        Step::Domains => ctx.t(T::DomainsTitle).to_owned(),
        Step::Area(i) => zelfscan_core::view::texts::fill(
            ctx.t(T::PartLabel),
            &[
                ("k", (i + 1).to_string()),
                ("n", ctx.scan.areas.len().to_string()),
                (
                    "name",
                    ctx.scan
                        .areas
                        .get(i)
                        .map_or("", |a| a.name.get(ctx.lang()))
                        .to_owned(),
                ),
            ],
        ),
        Step::Ambition => ctx.t(T::AmbitionTitle).to_owned(),
        Step::Summary => ctx.t(T::SummaryTitle).to_owned(),
        Step::Results => ctx.t(T::ResultsTitle).to_owned(),
    }
}

/// A bar under the label on the question sections: how many of them this one completes.
fn part_progress(ctx: Ctx, screen: Memo<Screen>) -> impl IntoView {
    move || {
        let Screen::Step(Step::Area(i)) = screen.get() else {
            return None;
        };
        let n = ctx.scan.areas.len();
        let label = zelfscan_core::view::texts::fill(
            ctx.t(T::PartProgress),
            &[("k", (i + 1).to_string()), ("n", n.to_string())],
        );
        Some(view! {
            <progress class="zs-part-progress" data-testid="part-progress" max=n.to_string() value=(i + 1).to_string() aria-label=label></progress>
        })
    }
}

/// Which view is open: the message for a damaged result link, or a step of the scan. (The team
/// view and the history are the workbench's, `crate::ui::workbench`.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Screen {
    BadCode(CodeError),
    Step(Step),
}
