//! The source article's five guiding questions on the results and in the report: per question
//! what the answers say (the statements that really ask it, each with the option chosen, the
//! weakest marked; for the domains question the domains chosen and their stage), or that it was
//! not answered, and one question for the management team to discuss.

use leptos::prelude::*;

use crate::ui::context::Ctx;
use crate::ui::summary::answer_text;
use zelfscan_core::score::guiding::{guiding, GuidingResult};
use zelfscan_core::view::texts::T;

#[component]
pub fn GuidingQuestions() -> impl IntoView {
    let ctx = Ctx::use_context();
    let results = Memo::new(move |_| ctx.session.with(|s| guiding(ctx.scan, &s.answers)));
    view! {
        <details class="zs-details zs-guiding" data-testid="guiding">
            <summary data-testid="guiding-summary"><h2>{ctx.tx(T::GuidingTitle)}</h2></summary>
            <p>{ctx.tx(T::GuidingIntro)}</p>
            {move || results.get().iter().map(|r| question(ctx, r)).collect_view()}
        </details>
    }
}

/// One guiding question with what the answers say about it.
fn question(ctx: Ctx, r: &GuidingResult) -> impl IntoView {
    let lang = ctx.lang();
    let Some(q) = ctx.scan.guiding_questions.get(r.question) else {
        return ().into_any();
    };
    let statements = r
        .statements
        .iter()
        .filter_map(|&(i, answer)| {
            let statement = ctx.scan.statements.get(i)?;
            let weakest = r.weakest == Some(i);
            let (answer, _) = answer_text(statement, answer, lang);
            Some(view! {
                <li data-testid=format!("guiding-{}-{}", q.id, statement.id) data-weakest=weakest.then_some("true")>
                    {statement.text.get(lang).to_owned()}" "
                    <em>{answer}</em>
                    {weakest.then(|| view! { " " <strong>"("{ctx.t(T::GuidingWeakest)}")"</strong> })}
                </li>
            })
        })
        .collect_view();
    let domains = (!r.domains.is_empty()).then(|| {
        let items = r
            .domains
            .iter()
            .filter_map(|&(i, stage)| {
                let domain = ctx.scan.domains.get(i)?;
                Some(view! {
                    <li data-testid=format!("guiding-domain-{}", domain.id)>
                        {format!("{}: {}", domain.name.get(lang), T::stage(stage).get(lang))}
                    </li>
                })
            })
            .collect_view();
        view! {
            <p>{ctx.t(T::GuidingDomains)}</p>
            <ul>{items}</ul>
        }
    });
    view! {
        <section class="zs-guiding-question" data-testid=format!("guiding-{}", q.id) data-answered=if r.answered() { "true" } else { "false" }>
            <h3>{q.text.get(lang).to_owned()}</h3>
            {domains}
            {if r.answered() {
                ().into_any()
            } else {
                view! { <p data-testid="guiding-not-answered">{ctx.t(T::GuidingNotAnswered)}</p> }.into_any()
            }}
            {(!r.statements.is_empty()).then(|| view! { <ul>{statements}</ul> })}
            <p data-testid="guiding-discussion"><strong>{ctx.t(T::GuidingDiscuss)}": "</strong>{q.discussion.get(lang).to_owned()}</p>
        </section>
    }
    .into_any()
}
