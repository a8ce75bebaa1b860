//! One aspect area: its statements as native radio groups, each option a level descriptor,
//! and any orientation questions asked here (not scored). The desired level of every area has
//! a step of its own (`ambition_step`).

use leptos::prelude::*;

use crate::ui::context::Ctx;
use crate::ui::step_nav::StepNav;
use zelfscan_core::keep::session::Step;
use zelfscan_core::model::answers::Answer;
use zelfscan_core::model::{Lang, Orientation, Statement, Text, LEVELS};
use zelfscan_core::view::options::{shared, Shared};
use zelfscan_core::view::texts::{fill, T};

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
        let ids: Vec<&'static str> = statements.iter().map(|s| s.id).collect();
        move || {
            ctx.session
                .with(|s| ids.iter().filter(|id| s.answers.get(id).is_some()).count())
        }
    };
    view! {
        <section class="zs-step" aria-labelledby="zs-step-heading">
            <h1 id="zs-step-heading" tabindex="-1">{ctx.text(&area.name)}</h1>
            <p>{ctx.text(&area.why)}</p>
            <p class="zs-progress" data-testid="answered">
                {move || fill(ctx.t(T::Answered), &[("k", answered()), ("n", total)])}
            </p>
            {statements.into_iter().map(|s| view! { <StatementField statement=s/> }).collect_view()}
            {(!orientation.is_empty()).then(|| view! {
                <h2>{ctx.tx(T::OrientationTitle)}</h2>
                <p class="zs-progress">{ctx.tx(T::OrientationHint)}</p>
                {orientation.into_iter().map(|o| view! { <OrientationField question=o/> }).collect_view()}
            })}
            <StepNav step=Step::Area(index)/>
        </section>
    }
    .into_any()
}

/// What a choice's label shows: a UI string, a content text, or option `index` of a statement
/// without the words all its options share (`view::options`), in the current language.
#[derive(Clone, Copy)]
pub enum Label {
    Ui(T),
    Content(&'static Text),
    Option(&'static Statement, usize),
}

impl Label {
    fn get(self, lang: Lang) -> String {
        match self {
            Label::Ui(key) => key.get(lang).to_owned(),
            Label::Content(text) => text.get(lang).to_owned(),
            Label::Option(statement, index) => shared_options(statement, lang)
                .and_then(|s| s.parts.get(index).cloned())
                .or_else(|| statement.options.get(index).map(|o| o.get(lang).to_owned()))
                .unwrap_or_default(),
        }
    }
}

/// The words a statement's options share, in `lang`, if there are enough to show them once.
fn shared_options(statement: &Statement, lang: Lang) -> Option<Shared> {
    let options: Vec<&str> = statement.options.iter().map(|o| o.get(lang)).collect();
    shared(&options)
}

/// One labelled radio button; the building block of every choice in a step.
#[component]
pub fn Choice(
    /// The radio group's name.
    name: String,
    /// Unique within the page; also the base of the `data-testid`.
    id: String,
    label: Label,
    #[prop(into)] checked: Signal<bool>,
    on_choose: impl Fn() + 'static,
) -> impl IntoView {
    let ctx = Ctx::use_context();
    let input_id = format!("zs-{id}");
    let label = move || label.get(ctx.lang());
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

/// One radio button that answers the statement or orientation question `id` with `answer`;
/// `current` is that question's own answer, so a click elsewhere does not reach it.
fn answer_choice(
    ctx: Ctx,
    id: &'static str,
    current: Memo<Option<Answer>>,
    answer: Answer,
    label: Label,
    suffix: &str,
) -> impl IntoView {
    view! {
        <Choice
            name=format!("answer-{id}")
            id=format!("answer-{id}-{suffix}")
            label=label
            checked=Signal::derive(move || current.get() == Some(answer))
            on_choose=move || ctx.change(|s| s.answers.set(id, answer))
        />
    }
}

/// One statement as a fieldset of radio buttons: five levels, "don't know", "not applicable".
#[component]
fn StatementField(statement: &'static Statement) -> impl IntoView {
    let ctx = Ctx::use_context();
    let id = statement.id;
    // Only this statement's buttons follow its answer: a click elsewhere does not reach them.
    let current = Memo::new(move |_| ctx.session.with(|s| s.answers.get(id)));
    let choice = move |answer: Answer, label: Label, suffix: &str| {
        answer_choice(ctx, id, current, answer, label, suffix)
    };
    let options = statement.options.iter().zip(1..=LEVELS).map(|(_, level)| {
        choice(
            Answer::Level(level),
            Label::Option(statement, usize::from(level - 1)),
            LEVEL_NAMES[usize::from(level - 1)],
        )
    });
    // Words every option shares, shown once as the sentence the options complete.
    let template = move || shared_options(statement, ctx.lang()).map(|s| s.template());
    let described = move || {
        if template().is_some() {
            format!("zs-counts-{id} zs-template-{id}")
        } else {
            format!("zs-counts-{id}")
        }
    };
    view! {
        <fieldset class="zs-statement" id=format!("zs-statement-{id}") data-testid=format!("statement-{id}") aria-describedby=described>
            <legend>{ctx.text(&statement.text)}</legend>
            <p class="zs-counts" id=format!("zs-counts-{id}") data-testid=format!("counts-{id}")>
                <strong>{ctx.tx(T::WhatCounts)}": "</strong>{ctx.text(&statement.counts)}
            </p>
            {move || template().map(|t| view! {
                <p class="zs-template" id=format!("zs-template-{id}") data-testid=format!("template-{id}")>
                    {ctx.t(T::OptionsTemplate)}" "<span data-testid="template-text">{t}</span>
                </p>
            })}
            {options.collect_view()}
            <div class="zs-non-answers">
                {choice(Answer::DontKnow, Label::Ui(T::DontKnow), "dont-know")}
                {choice(Answer::NotApplicable, Label::Ui(T::NotApplicable), "not-applicable")}
            </div>
        </fieldset>
    }
}

/// The ids of options 1 to 5, without formatting numbers at run time.
pub const LEVEL_NAMES: [&str; LEVELS as usize] = ["1", "2", "3", "4", "5"];

/// One orientation question: an option per archetype, not a ladder, so no numbers are shown.
#[component]
fn OrientationField(question: &'static Orientation) -> impl IntoView {
    let ctx = Ctx::use_context();
    let id = question.id;
    let current = Memo::new(move |_| ctx.session.with(|s| s.answers.get(id)));
    let choice = move |answer: Answer, label: Label, suffix: &str| {
        answer_choice(ctx, id, current, answer, label, suffix)
    };
    let options = question.options.iter().zip(1..=LEVELS).map(|(option, k)| {
        choice(
            Answer::Level(k),
            Label::Content(&option.text),
            LEVEL_NAMES[usize::from(k - 1)],
        )
    });
    view! {
        <fieldset class="zs-statement" id=format!("zs-orientation-{id}") data-testid=format!("orientation-{id}")>
            <legend>{ctx.text(&question.text)}</legend>
            {options.collect_view()}
            <div class="zs-non-answers">
                {choice(Answer::DontKnow, Label::Ui(T::DontKnow), "dont-know")}
            </div>
        </fieldset>
    }
}
