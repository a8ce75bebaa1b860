//! Page 1 of the printed report: the title, when the scan was completed and printed, the version
//! of the statements, and a summary (the nearest archetype, the three largest gaps, the insights
//! to discuss). Hidden on screen, where the results themselves come first. Also the page rules
//! that put the title, the date and "pagina 2 van 9" on every printed page.

use leptos::prelude::*;

use crate::browser::clock::now;
use crate::ui::context::Ctx;
use zelfscan_core::model::Lang;
use zelfscan_core::score::scoring::Profile;
use zelfscan_core::view::report::{content_version, date_in_words, page_rules};
use zelfscan_core::view::texts::{fill, T};

/// Minutes east of UTC in the browser's time zone at `ms`, so dates are the person's own day.
pub fn offset_minutes(ms: u64) -> i64 {
    if cfg!(target_arch = "wasm32") {
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
        // getTimezoneOffset is UTC minus local time, in whole minutes.
        -(date.get_timezone_offset() as i64)
    } else {
        0
    }
}

/// A time as a date in words in the browser's time zone, or "not known".
fn date(ms: Option<u64>, lang: Lang) -> String {
    match ms {
        Some(ms) => date_in_words(ms, offset_minutes(ms), lang),
        None => T::ReportDateUnknown.get(lang).to_owned(),
    }
}

#[component]
pub fn ReportCover(profile: Memo<Profile>) -> impl IntoView {
    let ctx = Ctx::use_context();
    // The print date is taken when the results appear and again just before printing.
    let printed = RwSignal::new(now());
    let handle = window_event_listener_untyped("beforeprint", move |_| printed.set(now()));
    on_cleanup(move || handle.remove());
    let completed = move || ctx.session.with(|s| s.stamps.completed_at());
    let page_css = move || {
        let lang = ctx.lang();
        let running = fill(
            ctx.t(T::ReportRunning),
            &[
                ("title", ctx.t(T::ReportTitle).to_owned()),
                ("date", date(completed(), lang)),
            ],
        );
        page_rules(&running, ctx.t(T::ReportPageOf))
    };
    // Through the CSS object model, not a <style> element, for a strict style-src.
    Effect::new(move |_| crate::browser::page_style::set(&page_css()));
    on_cleanup(|| crate::browser::page_style::set(""));
    view! {
        <section class="zs-print-only zs-report-cover" data-testid="report-cover">
            <p class="zs-report-title">{ctx.tx(T::ReportTitle)}</p>
            <dl class="zs-report-facts">
                <div>
                    <dt>{ctx.tx(T::ReportCompleted)}</dt>
                    <dd data-testid="report-completed">{move || date(completed(), ctx.lang())}</dd>
                </div>
                <div>
                    <dt>{ctx.tx(T::ReportPrinted)}</dt>
                    <dd data-testid="report-printed">{move || date(Some(printed.get()), ctx.lang())}</dd>
                </div>
                <div>
                    <dt>{ctx.tx(T::ReportContentVersion)}</dt>
                    <dd data-testid="report-version">{move || content_version(zelfscan_shipped::CONTENT_VERSION, zelfscan_shipped::CONTENT_FINGERPRINT, ctx.lang())}</dd>
                </div>
            </dl>
            <h2>{ctx.tx(T::ReportSummaryTitle)}</h2>
            <p data-testid="report-nearest">{move || nearest(ctx, &profile.get())}</p>
            <h3>{ctx.tx(T::ReportGapsTitle)}</h3>
            {move || gaps(ctx, &profile.get())}
            <h3>{ctx.tx(T::ReportInsightsTitle)}</h3>
            {move || insights(ctx, &profile.get())}
            <p class="zs-progress">{ctx.tx(T::ArchetypeNote)}</p>
        </section>
    }
}

/// The sentence on the archetype, on page 1 and in the results' headline: the early profile,
/// every archetype whose traits show, or the nearest in words.
pub fn nearest(ctx: Ctx, p: &Profile) -> String {
    let lang = ctx.lang();
    let name = |m: &zelfscan_core::score::scoring::ArchetypeMatch| {
        ctx.scan
            .archetypes
            .get(m.archetype)
            .map(|a| a.name.get(lang).to_owned())
            .unwrap_or_default()
    };
    let traits = p.traits();
    match p.nearest() {
        _ if p.early => ctx.scan.texts.early_profile.get(lang).to_owned(),
        // Every archetype whose traits show, nearest first: never only the first.
        Some(_) if traits.len() > 1 => format!(
            "{} {}",
            ctx.t(T::TraitsIntro),
            traits
                .iter()
                .map(|m| name(m))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Some(m) => fill(
            ctx.t(T::ReportNearest),
            &[
                ("name", name(m)),
                ("band", T::band(m.band()).1.get(lang).to_owned()),
            ],
        ),
        None => ctx.t(T::NoArchetype).to_owned(),
    }
}

/// The largest gaps between the current and the desired situation, at most three, in words;
/// the results screen lists the same.
pub fn gap_texts(ctx: Ctx, p: &Profile) -> Vec<String> {
    let lang = ctx.lang();
    p.largest_gaps
        .iter()
        .take(3)
        .filter_map(|&i| {
            let r = p.areas.get(i)?;
            let area = ctx.scan.areas.get(i)?;
            Some(fill(
                ctx.t(T::GapItem),
                &[
                    ("area", area.name.get(lang).to_owned()),
                    ("from", r.level?.to_string()),
                    ("to", r.desired?.to_string()),
                ],
            ))
        })
        .collect()
}

/// The largest gaps, for page 1 of the report.
fn gaps(ctx: Ctx, p: &Profile) -> AnyView {
    let items = gap_texts(ctx, p);
    if items.is_empty() {
        view! { <p>{ctx.t(T::NoGaps)}</p> }.into_any()
    } else {
        view! { <ol data-testid="report-gaps">{items.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ol> }.into_any()
    }
}

/// The insights, each with its title.
fn insights(ctx: Ctx, p: &Profile) -> AnyView {
    let lang = ctx.lang();
    let items: Vec<_> = p
        .insights
        .iter()
        .filter_map(|&i| ctx.scan.rules.get(i))
        .map(|rule| {
            view! {
                <li>
                    <strong>{rule.title.get(lang).to_owned()}</strong>
                    " "
                    {rule.text.get(lang).to_owned()}
                </li>
            }
        })
        .collect();
    if items.is_empty() {
        view! { <p>{ctx.t(T::NoInsights)}</p> }.into_any()
    } else {
        view! { <ul>{items}</ul> }.into_any()
    }
}
