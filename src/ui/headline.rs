//! The results' first screen: where the municipality stands, its strongest and weakest areas,
//! the archetype traits, the three next steps that matter most, and the way to an adviser. It
//! fits one screen at 1280×800 and at 390×844; everything else follows below it.

use leptos::prelude::*;

use crate::ui::context::Ctx;
use crate::ui::report_cover::nearest;
use zelfscan_core::score::headline::{headline, Headline};
use zelfscan_core::score::scoring::Profile;
use zelfscan_core::view::texts::{fill, T};

#[component]
pub fn HeadlineBlock(profile: Memo<Profile>) -> impl IntoView {
    let ctx = Ctx::use_context();
    let h = Memo::new(move |_| profile.with(|p| headline(ctx.scan, p)));
    view! {
        <section class="zs-headline" data-testid="headline" aria-labelledby="zs-step-heading">
            <p class="zs-headline-standing" data-testid="headline-standing">{move || standing(ctx, &h.get())}</p>
            {move || extremes(ctx, &h.get(), &profile.get())}
            // The same sentence as the report's page 1: traits only where the answers show them.
            <p class="zs-headline-traits" data-testid="headline-traits">{move || nearest(ctx, &profile.get())}</p>
            {move || steps(ctx, &h.get())}
            <p class="zs-headline-adviser">
                <a href="#zs-contact" data-testid="headline-adviser">{ctx.tx(T::TalkToAdviser)}</a>
            </p>
        </section>
    }
}

/// The sentence on where the municipality stands, with the spread of its levels.
fn standing(ctx: Ctx, h: &Headline) -> String {
    let Some((_, level)) = h.overall else {
        return ctx.t(T::HeadlineNone).to_owned();
    };
    let first = fill(
        ctx.t(T::HeadlineStanding),
        &[
            ("level", level.to_string()),
            ("k", h.scored.to_string()),
            ("n", h.areas.to_string()),
        ],
    );
    let second = match h.range {
        Some((low, high)) if low != high => fill(
            ctx.t(T::HeadlineRange),
            &[("low", low.to_string()), ("high", high.to_string())],
        ),
        _ => ctx.t(T::HeadlineSame).to_owned(),
    };
    format!("{first} {second}")
}

/// "Strongest: A (level 4), B (level 3)" and "Weakest: …", when there are scored areas.
fn extremes(ctx: Ctx, h: &Headline, p: &Profile) -> Option<impl IntoView> {
    if h.strongest.is_empty() {
        return None;
    }
    let lang = ctx.lang();
    let names = |areas: &[usize]| {
        areas
            .iter()
            .filter_map(|&i| {
                let area = ctx.scan.areas.get(i)?;
                let level = p.areas.get(i)?.level?;
                Some(fill(
                    ctx.t(T::AreaAtLevel),
                    &[
                        ("area", area.name.get(lang).to_owned()),
                        ("level", level.to_string()),
                    ],
                ))
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let weakest = (!h.weakest.is_empty()).then(|| {
        view! {
            <div>
                <dt>{ctx.t(T::Weakest)}</dt>
                <dd data-testid="headline-weakest">{names(&h.weakest)}</dd>
            </div>
        }
    });
    Some(view! {
        <dl class="zs-headline-areas">
            <div>
                <dt>{ctx.t(T::Strongest)}</dt>
                <dd data-testid="headline-strongest">{names(&h.strongest)}</dd>
            </div>
            {weakest}
        </dl>
    })
}

/// The next steps that matter most, each an action with its area and where it starts.
fn steps(ctx: Ctx, h: &Headline) -> Option<impl IntoView> {
    if h.steps.is_empty() {
        return None;
    }
    let lang = ctx.lang();
    let items = h
        .steps
        .iter()
        .filter_map(|step| {
            let statement = ctx.scan.statements.get(step.statement)?;
            let action = statement.improvement(step.from)?;
            let area = ctx.scan.areas.get(statement.area)?;
            Some(view! {
                <li data-testid=format!("top-step-{}", statement.id)>
                    <span class="zs-headline-step-area">
                        {fill(ctx.t(T::TopStepArea), &[("area", area.name.get(lang))])}
                    </span>
                    " "
                    <span class="zs-headline-step-action" data-testid="top-step-action">{action.get(lang).to_owned()}</span>
                </li>
            })
        })
        .collect_view();
    Some(view! {
        <h2 class="zs-headline-steps-title">{ctx.t(T::TopStepsTitle)}</h2>
        <ol class="zs-headline-steps" data-testid="top-steps">{items}</ol>
    })
}
