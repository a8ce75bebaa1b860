//! The professional domains of interest and, for each one chosen, how far it is; what the
//! choice changes, and a way past the step with nothing chosen.

use leptos::prelude::*;

use crate::ui::context::Ctx;
use crate::ui::step_nav::StepNav;
use zelfscan_core::keep::session::Step;
use zelfscan_core::model::answers::DomainStage;
use zelfscan_core::model::Domain;
use zelfscan_core::view::texts::{fill, T};

#[component]
pub fn DomainsStep() -> impl IntoView {
    let ctx = Ctx::use_context();
    let none_chosen = move || ctx.session.with(|s| s.answers.domains.is_empty());
    view! {
        <section class="zs-step" aria-labelledby="zs-step-heading">
            <h1 id="zs-step-heading" tabindex="-1">{ctx.tx(T::DomainsTitle)}</h1>
            <p>{ctx.tx(T::DomainsIntro)}</p>
            <p data-testid="domains-why">{ctx.tx(T::DomainsWhy)}</p>
            // The step is optional: with nothing chosen, one click goes past it.
            <Show when=none_chosen>
                <div class="zs-actions">
                    <button type="button" class="zs-button" data-testid="domains-skip" on:click=move |_| ctx.go(Step::Domains.next(ctx.scan))>
                        {ctx.tx(T::DomainsSkip)}
                    </button>
                </div>
            </Show>
            <fieldset class="zs-statement" data-testid="domains">
                <legend>{ctx.tx(T::DomainsLegend)}</legend>
                {ctx.scan.domains.iter().map(|d| view! { <DomainChoice domain=d/> }).collect_view()}
            </fieldset>
            <StepNav step=Step::Domains/>
        </section>
    }
}

/// A checkbox for one domain; once chosen, a radio group for its stage.
#[component]
fn DomainChoice(domain: &'static Domain) -> impl IntoView {
    let ctx = Ctx::use_context();
    let id = domain.id;
    let stage = move || ctx.session.with(|s| s.answers.domains.get(id).copied());
    let input_id = format!("zs-domain-{id}");
    view! {
        <div class="zs-domain">
            <div class="zs-option">
                <input
                    type="checkbox"
                    id=input_id.clone()
                    data-testid=format!("domain-{id}")
                    prop:checked=move || stage().is_some()
                    on:change=move |ev| {
                        let chosen = event_target_checked(&ev);
                        ctx.change(|s| s.answers.toggle_domain(id, chosen))
                    }
                />
                <label for=input_id>{ctx.text(&domain.name)}</label>
            </div>
            {move || stage().map(|current| view! {
                <fieldset class="zs-domain-stage">
                    <legend>{move || fill(ctx.t(T::DomainStageLegend), &[("domain", domain.name.get(ctx.lang()))])}</legend>
                    {DomainStage::ALL.into_iter().map(|option| {
                        let option_id = format!("zs-domain-{id}-{}", option.id());
                        view! {
                            <div class="zs-option">
                                <input
                                    type="radio"
                                    id=option_id.clone()
                                    name=format!("zs-domain-{id}-stage")
                                    data-testid=format!("domain-{id}-{}", option.id())
                                    prop:checked=current == option
                                    on:change=move |_| ctx.change(|s| s.answers.set_domain_stage(id, option))
                                />
                                <label for=option_id>{ctx.tx(T::stage(option))}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            })}
        </div>
    }
}
