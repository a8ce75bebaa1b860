//! The link-styled button above every view of both pages that switches to the other language;
//! the choice is saved with the session.

use leptos::prelude::*;

use crate::ui::context::{Ctx, English};
use zelfscan_core::model::Lang;
use zelfscan_core::view::texts::T;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let ctx = Ctx::use_context();
    // From the language shown: while the English texts load (or after they failed to), the
    // page is Dutch and "English" asks for English again.
    let switch_language = move |_| {
        let shown = ctx.lang.get_untracked();
        ctx.change(|s| {
            s.lang = match shown {
                Lang::Nl => Lang::En,
                Lang::En => Lang::Nl,
            }
        })
    };
    let unavailable =
        move || ctx.english.get() == English::Failed && ctx.session.with(|s| s.lang) == Lang::En;
    view! {
        <button
            type="button"
            class="zs-link-button"
            data-testid="switch-language"
            lang=move || match ctx.lang() { Lang::Nl => "en", Lang::En => "nl" }
            on:click=switch_language
        >
            {ctx.tx(T::SwitchLanguage)}
        </button>
        // In English: the person asked for English and cannot read on in it.
        <Show when=unavailable>
            <p class="zs-notice" role="status" lang="en" data-testid="english-unavailable">
                {T::EnglishUnavailable.get(Lang::En)}
            </p>
        </Show>
    }
}
