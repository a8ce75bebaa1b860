//! One aspect area: its statements as native radio groups, each option a level descriptor,
//! any orientation questions asked here (not scored), then the optional desired level chosen
//! from the area's level descriptions.

use leptos::prelude::*;

use crate::ui::context::Ctx;
use crate::ui::step_nav::StepNav;
use zelfscan_core::answers::Answer;
use zelfscan_core::model::{Area, Orientation, Statement};
use zelfscan_core::session::Step;
use zelfscan_core::texts::{fill, T};

#[component]
pub fn AreaStep(
    /// Index of the area in the scan's content.
    index: usize,
) -> impl IntoView {
    let ctx = Ctx::use_context();
    let Some(area) = ctx.scan.areas.get(index) else {
        return ().into_any();
    };
    let statements: Vec<&'static Statement> = ctx.scan.statements_of(index).collect();
    let orientation: Vec<&'static Orientation> = ctx.scan.orientation_of(index).collect();
    let total = statements.len();
    let answered = {
        let ids: Vec<&'static str> = statements.iter().map(|s| s.id.as_str()).collect();
        move || {
            ctx.session
                .with(|s| ids.iter().filter(|id| s.answers.get(id).is_some()).count())
        }
    };
    view! {
        <section class="zs-step" aria-labelledby="zs-step-heading">
            <h1 id="zs-step-heading" tabindex="-1">{move || area.name.get(ctx.lang())}</h1>
            <p>{move || area.why.get(ctx.lang())}</p>
            <p class="zs-progress" data-testid="answered">
                {move || fill(ctx.t(T::Answered), &[("k", answered()), ("n", total)])}
            </p>
            {statements.into_iter().map(|s| view! { <StatementField statement=s/> }).collect_view()}
            {(!orientation.is_empty()).then(|| view! {
                <h2>{move || ctx.t(T::OrientationTitle)}</h2>
                <p class="zs-progress">{move || ctx.t(T::OrientationHint)}</p>
                {orientation.into_iter().map(|o| view! { <OrientationField question=o/> }).collect_view()}
            })}
            <DesiredLevel area=area/>
            <StepNav step=Step::Area(index)/>
        </section>
    }
    .into_any()
}

/// One labelled radio button; the building block of every choice in a step.
#[component]
pub fn Choice(
    /// The radio group's name.
    name: String,
    /// Unique within the page; also the base of the `data-testid`.
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] checked: Signal<bool>,
    on_choose: impl Fn() + 'static,
) -> impl IntoView {
    let input_id = format!("zs-{id}");
    view! {
        <div class="zs-option">
            <input
                type="radio"
                id=input_id.clone()
                name=name
                data-testid=id
                prop:checked=checked
                on:change=move |_| on_choose()
            />
            <label for=input_id>{label}</label>
        </div>
    }
}

/// One statement as a fieldset of radio buttons: five levels, "don't know", "not applicable".
#[component]
fn StatementField(statement: &'static Statement) -> impl IntoView {
    let ctx = Ctx::use_context();
    let id = statement.id.as_str();
    let choice = move |answer: Answer, label: Signal<String>, suffix: String| {
        view! {
            <Choice
                name=format!("answer-{id}")
                id=format!("answer-{id}-{suffix}")
                label=label
                checked=Signal::derive(move || ctx.session.with(|s| s.answers.get(id) == Some(answer)))
                on_choose=move || ctx.change(|s| s.answers.set(id, answer))
            />
        }
    };
    let options = statement.options.iter().enumerate().map(|(i, option)| {
        let level = i as u8 + 1;
        choice(
            Answer::Level(level),
            Signal::derive(move || option.get(ctx.lang()).to_owned()),
            level.to_string(),
        )
    });
    view! {
        <fieldset class="zs-statement" id=format!("zs-statement-{id}") data-testid=format!("statement-{id}")>
            <legend>{move || statement.text.get(ctx.lang())}</legend>
            {options.collect_view()}
            <div class="zs-non-answers">
                {choice(Answer::DontKnow, Signal::derive(move || ctx.t(T::DontKnow).to_owned()), "dont-know".into())}
                {choice(Answer::NotApplicable, Signal::derive(move || ctx.t(T::NotApplicable).to_owned()), "not-applicable".into())}
            </div>
        </fieldset>
    }
}

/// One orientation question: an option per archetype, not a ladder, so no numbers are shown.
#[component]
fn OrientationField(question: &'static Orientation) -> impl IntoView {
    let ctx = Ctx::use_context();
    let id = question.id.as_str();
    let choice = move |answer: Answer, label: Signal<String>, suffix: String| {
        view! {
            <Choice
                name=format!("answer-{id}")
                id=format!("answer-{id}-{suffix}")
                label=label
                checked=Signal::derive(move || ctx.session.with(|s| s.answers.get(id) == Some(answer)))
                on_choose=move || ctx.change(|s| s.answers.set(id, answer))
            />
        }
    };
    let options = question.options.iter().enumerate().map(|(i, option)| {
        let k = i as u8 + 1;
        choice(
            Answer::Level(k),
            Signal::derive(move || option.text.get(ctx.lang()).to_owned()),
            k.to_string(),
        )
    });
    view! {
        <fieldset class="zs-statement" id=format!("zs-orientation-{id}") data-testid=format!("orientation-{id}")>
            <legend>{move || question.text.get(ctx.lang())}</legend>
            {options.collect_view()}
            <div class="zs-non-answers">
                {choice(Answer::DontKnow, Signal::derive(move || ctx.t(T::DontKnow).to_owned()), "dont-know".into())}
            </div>
        </fieldset>
    }
}

/// The optional desired level of an area, from the area's own level descriptions.
#[component]
fn DesiredLevel(area: &'static Area) -> impl IntoView {
    let ctx = Ctx::use_context();
    let id = area.id.as_str();
    let desired = move || ctx.session.with(|s| s.answers.desired.get(id).copied());
    let choice = move |level: Option<u8>, label: Signal<String>, suffix: String| {
        view! {
            <Choice
                name=format!("desired-{id}")
                id=format!("desired-{id}-{suffix}")
                label=label
                checked=Signal::derive(move || desired() == level)
                on_choose=move || ctx.change(|s| s.answers.set_desired(id, level))
            />
        }
    };
    view! {
        <fieldset class="zs-statement zs-desired" data-testid=format!("desired-{id}")>
            <legend>{move || fill(ctx.t(T::DesiredLegend), &[("area", area.name.get(ctx.lang()))])}</legend>
            <p class="zs-progress">{move || ctx.t(T::DesiredHint)}</p>
            {area.levels.iter().enumerate().map(|(i, text)| {
                let level = i as u8 + 1;
                choice(Some(level), Signal::derive(move || text.get(ctx.lang()).to_owned()), level.to_string())
            }).collect_view()}
            <div class="zs-non-answers">
                {choice(None, Signal::derive(move || ctx.t(T::DesiredNone).to_owned()), "none".into())}
            </div>
        </fieldset>
    }
}
