//! The ambition: the desired level of every area on one screen, after the statements. Each
//! area shows its current level beside its five level descriptions; nothing is chosen until
//! the person chooses, a choice can be cleared, and the whole step can be skipped.

use leptos::prelude::*;

use crate::ui::area_step::LEVEL_NAMES;
use crate::ui::context::Ctx;
use crate::ui::step_nav::StepNav;
use zelfscan_core::keep::session::Step;
use zelfscan_core::model::{Area, LEVELS};
use zelfscan_core::score::scoring::area_results;
use zelfscan_core::view::texts::{fill, T};

#[component]
pub fn AmbitionStep() -> impl IntoView {
    let ctx = Ctx::use_context();
    // The current level per area, as the results will show it.
    let levels = Memo::new(move |_| {
        ctx.session.with(|s| {
            area_results(ctx.scan, &s.answers)
                .into_iter()
                .map(|r| r.level)
                .collect::<Vec<_>>()
        })
    });
    let chosen = move || {
        ctx.session.with(|s| {
            ctx.scan
                .areas
                .iter()
                .filter(|a| s.answers.desired.contains_key(a.id))
                .count()
        })
    };
    let total = ctx.scan.areas.len();
    let skip = move |_| ctx.go(Step::Ambition.next(ctx.scan));
    view! {
        <section class="zs-step zs-ambition" aria-labelledby="zs-step-heading">
            <h1 id="zs-step-heading" tabindex="-1">{ctx.tx(T::AmbitionTitle)}</h1>
            <p>{ctx.tx(T::AmbitionIntro)}</p>
            <div class="zs-actions">
                <button type="button" class="zs-button" data-testid="ambition-skip" on:click=skip>
                    {ctx.tx(T::AmbitionSkip)}
                </button>
            </div>
            <p class="zs-progress" data-testid="ambition-chosen">
                {move || fill(ctx.t(T::AmbitionChosen), &[("k", chosen()), ("n", total)])}
            </p>
            <div class="zs-ambition-areas">
                {ctx.scan.areas.iter().enumerate().map(|(i, area)| {
                    let now = Signal::derive(move || levels.with(|l| l.get(i).copied().flatten()));
                    view! { <AreaAmbition area=area now=now/> }
                }).collect_view()}
            </div>
            <StepNav step=Step::Ambition/>
        </section>
    }
}

/// One area's desired level: five radio buttons with the area's level descriptions, the
/// current level marked, and a button that clears the choice.
#[component]
fn AreaAmbition(area: &'static Area, now: Signal<Option<u8>>) -> impl IntoView {
    let ctx = Ctx::use_context();
    let id = area.id;
    let desired = Memo::new(move |_| ctx.session.with(|s| s.answers.desired.get(id).copied()));
    let name = move || area.name.get(ctx.lang());
    let now_text = move || match now.get() {
        Some(level) => fill(ctx.t(T::AmbitionNow), &[("level", level)]),
        None => ctx.t(T::AmbitionNowNone).to_owned(),
    };
    let options = area
        .levels
        .iter()
        .zip(1..=LEVELS)
        .map(|(text, level)| {
            let suffix = LEVEL_NAMES[usize::from(level - 1)];
            let input_id = format!("zs-desired-{id}-{suffix}");
            view! {
                <div class="zs-option">
                    <input
                        type="radio"
                        id=input_id.clone()
                        name=format!("desired-{id}")
                        data-testid=format!("desired-{id}-{suffix}")
                        prop:checked=move || desired.get() == Some(level)
                        on:change=move |_| ctx.change(|s| s.answers.set_desired(id, Some(level)))
                    />
                    <label for=input_id>
                        <strong>{move || fill(ctx.t(T::AmbitionLevel), &[("level", level)])}</strong>
                        {move || (now.get() == Some(level)).then(|| format!(" {}", ctx.t(T::AmbitionCurrentMark)))}
                        ": "
                        {move || text.get(ctx.lang())}
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="zs-statement zs-desired" data-testid=format!("desired-{id}") aria-describedby=format!("zs-now-{id}")>
            <legend>{move || fill(ctx.t(T::AmbitionLegend), &[("area", name())])}</legend>
            <p class="zs-progress" id=format!("zs-now-{id}") data-testid=format!("ambition-now-{id}")>{now_text}</p>
            {options}
            <Show when=move || desired.get().is_some()>
                <button type="button" class="zs-link-button" data-testid=format!("desired-{id}-clear")
                    on:click=move |_| {
                        ctx.change(|s| s.answers.set_desired(id, None));
                        // The button goes with the choice: focus stays in the group.
                        crate::browser::page::focus_by_id(format!("zs-desired-{id}-1"));
                    }>
                    {move || fill(ctx.t(T::AmbitionClear), &[("area", name())])}
                </button>
            </Show>
        </fieldset>
    }
}
