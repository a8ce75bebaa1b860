//! The first screen: what the scan is, how long it takes, and that answers stay on this device.

use leptos::prelude::*;

use crate::core::session::Step;
use crate::core::texts::T;
use crate::ui::context::Ctx;

#[component]
pub fn Intro() -> impl IntoView {
    let ctx = Ctx::use_context();
    let texts = &ctx.scan.texts;
    let has_progress = move || ctx.session.with(|s| !s.answers.is_empty());
    let start = move |_| ctx.go(Step::Intro.next(ctx.scan));
    view! {
        <section class="zs-step" aria-labelledby="zs-step-heading">
            <h1 id="zs-step-heading" tabindex="-1">{move || texts.intro_title.get(ctx.lang())}</h1>
            <p>{move || texts.intro.get(ctx.lang())}</p>
            <p>{move || texts.duration.get(ctx.lang())}</p>
            <p class="zs-privacy">{move || texts.privacy.get(ctx.lang())}</p>
            <div class="zs-actions">
                <button type="button" class="zs-button zs-button--primary" data-testid="start" on:click=start>
                    {move || if has_progress() { ctx.t(T::Continue) } else { ctx.t(T::Start) }}
                </button>
            </div>
        </section>
    }
}
