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
use crate::ui::share::{self, BadCode, SharedBanner};
use crate::ui::step_footer::StepFooter;
use crate::ui::storage_notice::StorageNotice;
use crate::ui::summary::Summary;
use zelfscan_core::embed::address::WorkbenchView;
use zelfscan_core::embed::config::{Config, Rgb};
use zelfscan_core::embed::host::HostEvent;
use zelfscan_core::keep::codes::CodeError;
use zelfscan_core::keep::session::{Session, Step};
use zelfscan_core::model::Scan;
use zelfscan_core::view::texts::T;

#[component]
pub fn App() -> impl IntoView {
    let scan: &'static Scan = &zelfscan_shipped::SCAN;
    let config = crate::browser::page::read_config();
    // A result link is shown read-only and never touches storage: not even read.
    let shared = crate::browser::address::code_in_address()
        .map(|code| zelfscan_core::keep::codes::decode(share::layouts(), &code));
    let read_only = shared.is_some();
    let bad_code = shared.as_ref().and_then(|r| r.as_ref().err().copied());
    let lang = config.lang.unwrap_or_default();
    let restored = match shared {
        Some(Ok(decoded)) => (
            Some(Session {
                answers: decoded.answers,
                step: Step::Results,
                lang,
                ..Session::default()
            }),
            None,
            None,
        ),
        Some(Err(_)) => (None, None, None),
        None => storage::restore(scan),
    };
    let ctx = Ctx::start(scan, &config, restored, read_only);
    let fresh = ctx
        .session
        .with_untracked(|s| s.step == Step::Intro && s.answers.is_empty());
    // "Start" clicked on the page's static first screen before the widget ran (`embed.js`): the
    // scan starts as that click asked, without showing the intro again.
    let shown_before =
        (crate::browser::page::take_early_start() && fresh && !read_only).then(|| {
            ctx.go(Step::Intro.next(scan));
            Step::Intro
        });
    widget(ctx, &config, bad_code, shown_before)
}

/// The first screen a visitor without saved answers sees, in Dutch with the default settings,
/// as HTML (`src/bin/prerender.rs`): `scripts/post-build.mjs` puts it in `dist/index.html`, so
/// the page shows the intro before the wasm has arrived. Rendered by the same components as
/// the live widget, so the two cannot drift apart.
#[cfg(feature = "prerender")]
pub fn first_screen_html() -> String {
    // Effects (focus, host events) belong to the live widget: here they are never run.
    struct NoEffects;
    impl any_spawner::CustomExecutor for NoEffects {
        fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
        fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
        fn poll_local(&self) {}
    }
    // Fails only if an executor is set already, which then serves as well.
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
    let owner = Owner::new();
    owner.with(|| {
        let scan: &'static Scan = &zelfscan_shipped::SCAN;
        let config = zelfscan_core::embed::config::Config::default();
        let ctx = Ctx::new(
            scan,
            Session::default(),
            None,
            None,
            config.contact.clone(),
            config.preview,
            false,
        );
        widget(ctx, &config, None, None).to_html()
    })
}

/// The widget's view over a context: header, current step and footer. Touches nothing of the
/// browser itself, so it renders to HTML natively too ([`first_screen_html`]). `shown_before`
/// is the step the page's static first screen showed when the widget starts on another one.
fn widget(
    ctx: Ctx,
    config: &Config,
    bad_code: Option<CodeError>,
    shown_before: Option<Step>,
) -> AnyView {
    provide_context(ctx);
    let step = Memo::new(move |_| ctx.session.with(|s| s.step));
    follow_steps(ctx, step, shown_before);
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
                    Screen::Step(Step::Results) => view! { <Results/> }.into_any(),
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
/// A step the static first screen showed counts as shown: focus moves on from it, and the
/// host hears of it first, as when the widget itself showed it.
fn follow_steps(ctx: Ctx, step: Memo<Step>, shown_before: Option<Step>) {
    Effect::new(move |previous: Option<Step>| {
        let current = step.get();
        let mut events = Vec::new();
        let previous = match (previous, shown_before) {
            (None, Some(before)) => {
                events = HostEvent::on_step(None, before, ctx.scan);
                Some(before)
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
