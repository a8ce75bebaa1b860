//! The accessibility statement (toegankelijkheidsverklaring) of the widget, after the content of
//! the Dutch model statement: what it covers (the widget, not the host page), its status, how and
//! with which tools it was evaluated, the known limitations, how to report a problem (the
//! adviser's contact from the configuration) and the date.

use leptos::prelude::*;

use crate::ui::context::Ctx;
use zelfscan_core::view::texts::T;

#[component]
pub fn AccessibilityStatement(
    /// Called by the close button; the footer hides the statement and returns focus.
    on_close: Callback<()>,
) -> impl IntoView {
    let ctx = Ctx::use_context();
    let t = move |key: T| ctx.tx(key);
    let items = move |keys: &'static [T]| {
        keys.iter()
            .map(|&key| view! { <li>{t(key)}</li> })
            .collect_view()
    };
    view! {
        <section id="zs-a11y" class="zs-a11y" aria-labelledby="zs-a11y-heading" data-testid="a11y-statement">
            <h2 id="zs-a11y-heading" tabindex="-1">{t(T::A11yTitle)}</h2>
            <p>{t(T::A11yScope)}</p>
            <h3>{t(T::A11yStatusTitle)}</h3>
            <p>{t(T::A11yStatus)}</p>
            <h3>{t(T::A11yTestedTitle)}</h3>
            <ul>
                {items(&[
                    T::A11yTestedAxe,
                    T::A11yTestedKeyboard,
                    T::A11yTestedReflow,
                    T::A11yTestedSpacing,
                    T::A11yTestedTargets,
                    T::A11yTestedMotion,
                    T::A11yTestedPrint,
                ])}
            </ul>
            <p>{t(T::A11yTools)}</p>
            <h3>{t(T::A11yLimitsTitle)}</h3>
            <ul>
                {items(&[
                    T::A11yLimitScreenReader,
                    T::A11yLimitBrowsers,
                    T::A11yLimitPdf,
                    T::A11yLimitChart,
                ])}
            </ul>
            <h3>{t(T::A11yReportTitle)}</h3>
            <p>{t(T::A11yReport)}</p>
            <ReportTo/>
            <p data-testid="a11y-date">{t(T::A11yDate)}</p>
            <button type="button" class="zs-button" data-testid="a11y-close" on:click=move |_| on_close.run(())>
                {t(T::A11yClose)}
            </button>
        </section>
    }
}

/// Where to report a problem: the adviser configured by the host page, or the host itself.
#[component]
fn ReportTo() -> impl IntoView {
    let ctx = Ctx::use_context();
    let contact = ctx.contact;
    if contact.is_empty() {
        return view! { <p data-testid="a11y-contact-host">{ctx.tx(T::A11yReportHost)}</p> }
            .into_any();
    }
    view! {
        <address class="zs-contact-card" data-testid="a11y-contact">
            {contact.name.clone().map(|n| view! { <strong>{n}</strong><br/> })}
            {contact.role.clone().map(|r| view! { <span>{r}</span><br/> })}
            {contact.email.clone().map(|e| view! { <a class="zs-contact-link" href=format!("mailto:{e}")>{e.clone()}</a><br/> })}
            {contact.phone.clone().map(|p| view! { <span>{p}</span> })}
        </address>
    }
    .into_any()
}
