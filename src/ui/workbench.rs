//! The facilitator's workbench: a page of its own (`workbench.html`, its own wasm from
//! `src/bin/workbench.rs`), so that a respondent's widget never downloads it. It holds the team
//! overview and the history (comparing scans), over the same stored record as the widget: it
//! restores, saves and follows other tabs exactly as the widget does. The widget opens it in the
//! same window or frame (`crate::browser::address::workbench_link`); its way back leads to the
//! scan.

use leptos::prelude::*;

use crate::storage;
use crate::ui::context::Ctx;
use crate::ui::history::HistoryView;
use crate::ui::language_switch::LanguageSwitch;
use crate::ui::storage_notice::StorageNotice;
use crate::ui::team::TeamView;
use zelfscan_core::embed::address::WorkbenchView;
use zelfscan_core::model::Scan;
use zelfscan_core::view::texts::{T, W};

#[component]
pub fn Workbench() -> impl IntoView {
    let scan: &'static Scan = &zelfscan_shipped::SCAN;
    let config = crate::browser::page::read_config();
    let ctx = Ctx::start(scan, &config, storage::restore(scan), false);
    provide_context(ctx);
    let opened = WorkbenchView::from_fragment(crate::browser::address::opening_fragment());
    // The one place that decides which of the two views is open.
    let view = RwSignal::new(opened);
    // The person followed a link here: they start at the view's heading, as on a step change.
    crate::browser::page::focus_step_heading();
    let (root_class, accent, accent_dark) = crate::ui::app::root_style(&config);
    view! {
        <div
            class=root_class
            lang=move || ctx.lang().code()
            style=("--zs-config-accent", accent)
            style=("--zs-config-accent-dark", accent_dark)
            data-testid="workbench"
        >
            {header(ctx, view)}
            <StorageNotice/>
            <main class="zs-main">
                {move || match view.get() {
                    WorkbenchView::Team => view! { <TeamView/> }.into_any(),
                    WorkbenchView::History => view! { <HistoryView/> }.into_any(),
                }}
            </main>
        </div>
    }
}

/// The links above both views: the other language, the other view, and back to the scan.
fn header(ctx: Ctx, view: RwSignal<WorkbenchView>) -> impl IntoView {
    let other = move || match view.get() {
        WorkbenchView::Team => WorkbenchView::History,
        WorkbenchView::History => WorkbenchView::Team,
    };
    let switch_view = move |_| {
        view.set(other());
        crate::browser::page::focus_step_heading();
    };
    view! {
        <header class="zs-header">
            <LanguageSwitch/>
            <button type="button" class="zs-link-button" data-testid="workbench-switch" on:click=switch_view>
                {move || ctx.t(match other() { WorkbenchView::Team => T::TeamOpen, WorkbenchView::History => T::HistoryOpen })}
            </button>
            <a class="zs-link-button" data-testid="workbench-back" href=crate::browser::address::widget_link()>
                {ctx.tx(W::TeamBack)}
            </a>
        </header>
    }
}

/// `make bench` only (feature `unsplit`): keeps the workbench's views in the widget's wasm, as
/// they were before the split, behind a condition the compiler cannot decide (the clock is never
/// negative), so the bench can compare the bytes with and without the split.
#[cfg(feature = "unsplit")]
pub fn keep_in_widget() {
    if js_sys::Date::now() < 0.0 {
        leptos::mount::mount_to_body(Workbench);
    }
}
