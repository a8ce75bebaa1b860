//! One aspect area: its statements as native radio groups, each option a level descriptor.

use leptos::prelude::*;

use crate::core::answers::Answer;
use crate::core::model::Statement;
use crate::core::session::Step;
use crate::core::texts::{fill, T};
use crate::ui::context::Ctx;

#[component]
pub fn AreaStep(
    /// Index of the area in the scan's content.
    index: usize,
) -> impl IntoView {
    let ctx = Ctx::use_context();
    let area = &ctx.scan.areas[index.min(ctx.scan.areas.len().saturating_sub(1))];
    let statements: Vec<&'static Statement> = ctx.scan.statements_of(index).collect();
    let total = statements.len();
    let answered = {
        let ids: Vec<&'static str> = statements.iter().map(|s| s.id.as_str()).collect();
        move || {
            ctx.session
                .with(|s| ids.iter().filter(|id| s.answers.get(id).is_some()).count())
        }
    };
    let step = Step::Area(index);
    view! {
        <section class="zs-step" aria-labelledby="zs-step-heading">
            <h1 id="zs-step-heading" tabindex="-1">{move || area.name.get(ctx.lang())}</h1>
            <p>{move || area.why.get(ctx.lang())}</p>
            <p class="zs-progress" role="status" data-testid="progress">
                {move || fill(ctx.t(T::Answered), &[("k", answered()), ("n", total)])}
            </p>
            {statements.into_iter().map(|s| view! { <StatementField statement=s/> }).collect_view()}
            <div class="zs-actions">
                <button type="button" class="zs-button" data-testid="back" on:click=move |_| ctx.go(step.previous(ctx.scan))>
                    {move || ctx.t(T::Back)}
                </button>
                <button type="button" class="zs-button zs-button--primary" data-testid="next" on:click=move |_| ctx.go(step.next(ctx.scan))>
                    {move || ctx.t(T::Next)}
                </button>
            </div>
        </section>
    }
}

/// One statement as a fieldset of radio buttons: five levels, "don't know", "not applicable".
#[component]
fn StatementField(statement: &'static Statement) -> impl IntoView {
    let ctx = Ctx::use_context();
    let id = statement.id.as_str();
    let current = move || ctx.session.with(|s| s.answers.get(id));
    let choice = move |answer: Answer, label: Signal<String>, testid: String| {
        let input_id = format!("zs-{id}-{testid}");
        view! {
            <div class="zs-option">
                <input
                    type="radio"
                    id=input_id.clone()
                    name=format!("zs-{id}")
                    data-testid=format!("answer-{id}-{testid}")
                    prop:checked=move || current() == Some(answer)
                    on:change=move |_| ctx.change(|s| s.answers.set(id, answer))
                />
                <label for=input_id>{label}</label>
            </div>
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
        <fieldset class="zs-statement" data-testid=format!("statement-{id}")>
            <legend>{move || statement.text.get(ctx.lang())}</legend>
            {options.collect_view()}
            <div class="zs-non-answers">
                {choice(Answer::DontKnow, Signal::derive(move || ctx.t(T::DontKnow).to_owned()), "dont-know".into())}
                {choice(Answer::NotApplicable, Signal::derive(move || ctx.t(T::NotApplicable).to_owned()), "not-applicable".into())}
            </div>
        </fieldset>
    }
}
