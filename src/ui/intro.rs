//! The first screen: what the scan is, what it asks, how long it takes, and that answers stay
//! on this device; start, or continue, start again and clear saved answers.

use leptos::prelude::*;

use crate::ui::answers_file::AnswersFile;
use crate::ui::context::Ctx;
use zelfscan_core::session::Step;
use zelfscan_core::texts::{fill, T};

/// Which destructive action is waiting for confirmation.
#[derive(Clone, Copy, PartialEq)]
enum Confirming {
    Nothing,
    StartAgain,
    Clear,
}

#[component]
pub fn Intro() -> impl IntoView {
    let ctx = Ctx::use_context();
    let texts = &ctx.scan.texts;
    let has_progress = move || ctx.session.with(|s| !s.answers.is_empty());
    let confirming = RwSignal::new(Confirming::Nothing);
    let cleared = RwSignal::new(false);
    let start = move |_| ctx.go(Step::Intro.next(ctx.scan));
    let resume = move |_| ctx.go(ctx.session.with(|s| Step::resume(ctx.scan, &s.answers)));
    let confirm = move |_| {
        let action = confirming.get_untracked();
        ctx.clear_answers();
        confirming.set(Confirming::Nothing);
        match action {
            Confirming::StartAgain => ctx.go(Step::Intro.next(ctx.scan)),
            _ => {
                cleared.set(true);
                crate::ui::focus_by_id("zs-cleared");
            }
        }
    };
    let ask = move |action: Confirming| {
        cleared.set(false);
        confirming.set(action);
        crate::ui::focus_by_id("zs-confirm");
    };
    let overview = move || {
        fill(
            ctx.t(T::Overview),
            &[
                ("areas", ctx.scan.areas.len()),
                ("statements", ctx.scan.statements.len()),
            ],
        )
    };
    view! {
        <section class="zs-step" aria-labelledby="zs-step-heading">
            <h1 id="zs-step-heading" tabindex="-1">{ctx.text(&texts.intro_title)}</h1>
            <p>{ctx.text(&texts.intro)}</p>
            <h2>{ctx.tx(T::WhatYouNeed)}</h2>
            <p>{overview}</p>
            <p>{ctx.text(&texts.duration)}</p>
            <p class="zs-privacy" data-testid="privacy">{ctx.text(&texts.privacy)}</p>
            <div class="zs-actions">
                <Show
                    when=has_progress
                    fallback=move || view! {
                        <button type="button" class="zs-button zs-button--primary" data-testid="start" on:click=start>
                            {ctx.tx(T::Start)}
                        </button>
                    }
                >
                    <button type="button" class="zs-button zs-button--primary" data-testid="continue" on:click=resume>
                        {ctx.tx(T::Continue)}
                    </button>
                    <button type="button" class="zs-button" data-testid="start-again" on:click=move |_| ask(Confirming::StartAgain)>
                        {ctx.tx(T::StartAgain)}
                    </button>
                    <button type="button" class="zs-button" data-testid="clear" on:click=move |_| ask(Confirming::Clear)>
                        {ctx.tx(T::ClearAnswers)}
                    </button>
                </Show>
            </div>
            <Show when=move || confirming.get() != Confirming::Nothing>
                <div class="zs-notice" id="zs-confirm" tabindex="-1" role="group" aria-labelledby="zs-confirm-text" data-testid="confirm">
                    <p id="zs-confirm-text">
                        {move || match confirming.get() {
                            Confirming::StartAgain => ctx.t(T::StartAgainConfirm),
                            _ => ctx.t(T::ClearConfirm),
                        }}
                    </p>
                    <div class="zs-actions">
                        <button type="button" class="zs-button zs-button--primary" data-testid="confirm-yes" on:click=confirm>
                            {move || match confirming.get() {
                                Confirming::StartAgain => ctx.t(T::StartAgainYes),
                                _ => ctx.t(T::ClearYes),
                            }}
                        </button>
                        <button type="button" class="zs-button" data-testid="confirm-no" on:click=move |_| confirming.set(Confirming::Nothing)>
                            {ctx.tx(T::ClearNo)}
                        </button>
                    </div>
                </div>
            </Show>
            <Show when=move || cleared.get()>
                <p class="zs-notice" id="zs-cleared" tabindex="-1" role="status" data-testid="cleared">{ctx.tx(T::Cleared)}</p>
            </Show>
            <AnswersFile/>
        </section>
    }
}
