//! The footer under every step: one quiet link to download the answers once anything is kept
//! (the way out when storage fails) and the accessibility statement, which opens in place, below the link, so the
//! step a person is on stays where it is.

use leptos::prelude::*;

use crate::ui::accessibility::AccessibilityStatement;
use crate::ui::answers_file::download_answers;
use crate::ui::context::Ctx;
use zelfscan_core::view::texts::T;

#[component]
pub fn StepFooter() -> impl IntoView {
    let ctx = Ctx::use_context();
    let open = RwSignal::new(false);
    let toggle = move |_| {
        let opening = !open.get_untracked();
        open.set(opening);
        if opening {
            crate::browser::page::focus_by_id("zs-a11y-heading");
        }
    };
    let close = Callback::new(move |()| {
        open.set(false);
        crate::browser::page::focus_by_id("zs-a11y-toggle");
    });
    view! {
        <footer class="zs-footer zs-no-print" aria-label=ctx.tx(T::FooterLabel) data-testid="step-footer">
            <ul class="zs-footer-links">
                // Nothing to download before anything is kept.
                <Show when=move || ctx.keeps_anything()>
                    <li>
                        <button type="button" class="zs-link-button" data-testid="footer-download" on:click=move |_| download_answers(ctx)>
                            {ctx.tx(T::DownloadAnswers)}
                        </button>
                    </li>
                </Show>
                <li>
                    <button
                        type="button"
                        class="zs-link-button"
                        id="zs-a11y-toggle"
                        aria-expanded=move || if open.get() { "true" } else { "false" }
                        aria-controls="zs-a11y"
                        data-testid="a11y-toggle"
                        on:click=toggle
                    >
                        {ctx.tx(T::A11yLink)}
                    </button>
                </li>
            </ul>
            <Show when=move || open.get()>
                <AccessibilityStatement on_close=close/>
            </Show>
        </footer>
    }
}
