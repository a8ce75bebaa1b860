//! All answers per area, unanswered ones marked, each area with a way back to change it.

use leptos::prelude::*;

use crate::ui::answers_file::AnswersFile;
use crate::ui::context::Ctx;
use crate::ui::step_nav::StepNav;
use zelfscan_core::keep::session::{Session, Step};
use zelfscan_core::model::answers::Answer;
use zelfscan_core::model::{Lang, Orientation, Scan, Statement};
use zelfscan_core::view::texts::{fill, T};

/// The words for a person's answer to a statement, and whether it counts as answered.
pub fn answer_text(statement: &Statement, answer: Option<Answer>, lang: Lang) -> (String, bool) {
    match answer {
        Some(Answer::Level(k)) => match statement.options.get(usize::from(k).wrapping_sub(1)) {
            // The words only: a number would read as a score (the overview is for checking).
            Some(option) => (option.get(lang).to_owned(), true),
            None => (T::Unanswered.get(lang).to_owned(), false),
        },
        Some(Answer::DontKnow) => (T::DontKnow.get(lang).to_owned(), true),
        Some(Answer::NotApplicable) => (T::NotApplicable.get(lang).to_owned(), true),
        None => (T::Unanswered.get(lang).to_owned(), false),
    }
}

/// The words for a person's answer to an orientation question (no number: not a ladder).
pub fn orientation_text(
    question: &Orientation,
    answer: Option<Answer>,
    lang: Lang,
) -> (String, bool) {
    match answer {
        Some(Answer::Level(k)) => match question.options.get(usize::from(k).wrapping_sub(1)) {
            Some(option) => (option.text.get(lang).to_owned(), true),
            None => (T::Unanswered.get(lang).to_owned(), false),
        },
        Some(Answer::DontKnow) => (T::DontKnow.get(lang).to_owned(), true),
        Some(Answer::NotApplicable) => (T::NotApplicable.get(lang).to_owned(), true),
        None => (T::Unanswered.get(lang).to_owned(), false),
    }
}

/// The desired level of an area in words, if one was chosen.
pub fn desired_text(scan: &Scan, session: &Session, area: usize, lang: Lang) -> Option<String> {
    let area = scan.areas.get(area)?;
    let level = *session.answers.desired.get(area.id)?;
    let text = area.level_text(level)?;
    Some(text.get(lang).to_owned())
}

#[component]
pub fn Summary() -> impl IntoView {
    let ctx = Ctx::use_context();
    view! {
        <section class="zs-step" aria-labelledby="zs-step-heading">
            <h1 id="zs-step-heading" tabindex="-1">{ctx.tx(T::SummaryTitle)}</h1>
            <p>{ctx.tx(T::SummaryIntro)}</p>
            <AnswerList editable=true/>
            <StepNav step=Step::Summary next_label=T::ShowResults/>
            <AnswersFile/>
        </section>
    }
}

/// Every statement with its answer, per area; with "change" buttons when `editable`.
#[component]
pub fn AnswerList(editable: bool) -> impl IntoView {
    let ctx = Ctx::use_context();
    let scan = ctx.scan;
    scan.areas
        .iter()
        .enumerate()
        .map(|(index, area)| {
            let rows = scan
                .statements_of(index)
                .map(|statement| {
                    let id = statement.id;
                    let answer = move || {
                        ctx.session.with(|s| answer_text(statement, s.answers.get(id), ctx.lang()))
                    };
                    view! {
                        <div class="zs-answer" data-testid=format!("summary-{id}")>
                            <dt>{ctx.text(&statement.text)}</dt>
                            <dd class:zs-unanswered=move || !answer().1>{move || answer().0}</dd>
                            // The report's appendix says what each statement counted.
                            {(!editable).then(|| view! {
                                <dd class="zs-counts" data-testid=format!("report-counts-{id}")>
                                    {ctx.tx(T::WhatCounts)}": "{ctx.text(&statement.counts)}
                                </dd>
                            })}
                        </div>
                    }
                })
                .collect_view();
            let orientation = scan
                .orientation_of(index)
                .map(|question| {
                    let id = question.id;
                    let answer = move || {
                        ctx.session.with(|s| orientation_text(question, s.answers.get(id), ctx.lang()))
                    };
                    view! {
                        <div class="zs-answer" data-testid=format!("summary-{id}")>
                            <dt>{move || question.text.get(ctx.lang())}</dt>
                            <dd class:zs-unanswered=move || !answer().1>{move || answer().0}</dd>
                        </div>
                    }
                })
                .collect_view();
            let desired = move || ctx.session.with(|s| desired_text(scan, s, index, ctx.lang()));
            view! {
                <section class="zs-summary-area" data-testid=format!("summary-area-{}", area.id)>
                    <h2>{ctx.text(&area.name)}</h2>
                    <dl>
                        {rows}
                        {orientation}
                        <div class="zs-answer">
                            <dt>{ctx.tx(T::DesiredLevel)}</dt>
                            <dd class:zs-unanswered=move || desired().is_none()>
                                {move || desired().unwrap_or_else(|| ctx.t(T::Unanswered).to_owned())}
                            </dd>
                        </div>
                    </dl>
                    {editable.then(|| view! {
                        <button
                            type="button"
                            class="zs-button"
                            data-testid=format!("change-{}", area.id)
                            on:click=move |_| ctx.go(Step::Area(index))
                        >
                            {move || fill(ctx.t(T::ChangeArea), &[("area", area.name.get(ctx.lang()))])}
                        </button>
                    })}
                </section>
            }
        })
        .collect_view()
}
