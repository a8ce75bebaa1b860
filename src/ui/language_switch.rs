//! The link-styled button above every view of both pages that switches to the other language;
//! the choice is saved with the session.

use leptos::prelude::*;

use crate::ui::context::Ctx;
use zelfscan_core::model::Lang;
use zelfscan_core::view::texts::T;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let ctx = Ctx::use_context();
    let switch_language = move |_| {
        ctx.change(|s| {
            s.lang = match s.lang {
                Lang::Nl => Lang::En,
                Lang::En => Lang::Nl,
            }
        })
    };
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
    }
}
