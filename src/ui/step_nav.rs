//! Back and next buttons under a step.

use leptos::prelude::*;

use crate::ui::context::Ctx;
use zelfscan_core::keep::session::Step;
use zelfscan_core::view::texts::T;

#[component]
pub fn StepNav(
    /// The step these buttons belong to.
    step: Step,
    /// What the forward button says, when more than "next" (the overview's "show the result").
    #[prop(optional)]
    next_label: Option<T>,
) -> impl IntoView {
    let ctx = Ctx::use_context();
    view! {
        <div class="zs-actions">
            <button type="button" class="zs-button" data-testid="back" on:click=move |_| ctx.go(step.previous(ctx.scan))>
                {ctx.tx(T::Back)}
            </button>
            <button type="button" class="zs-button zs-button--primary" data-testid="next" on:click=move |_| ctx.go(step.next(ctx.scan))>
                {ctx.tx(next_label.unwrap_or(T::Next))}
            </button>
        </div>
    }
}
