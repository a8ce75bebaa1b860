//! Passing a result on without a server: the result code and its link (the code travels in the
//! URL fragment, which browsers never send), the CSV, the message to the adviser, and the
//! read-only view of a shared link with its explicit "make this my scan".

use crate::browser::address::{host_page, link_page, page_address};
use std::sync::OnceLock;

use leptos::prelude::*;

use crate::browser::download;
use crate::storage;
use crate::ui::context::Ctx;
use zelfscan_core::keep::codes::{self, CodeError, Layout};
use zelfscan_core::keep::session::{Session, Step};
use zelfscan_core::score::scoring::area_results;
use zelfscan_core::view::export;
use zelfscan_core::view::texts::{fill, T};
use zelfscan_shipped::VERSIONS;

/// How a link's fragment starts: with the code.
const PREFIX: &str = "#r=";

/// Every registered content version; empty when `versions.txt` cannot be read (a test guards
/// that it can).
pub fn layouts() -> &'static [Layout<'static>] {
    static LAYOUTS: OnceLock<Vec<Layout<'static>>> = OnceLock::new();
    LAYOUTS.get_or_init(|| codes::layouts(VERSIONS).unwrap_or_default())
}

/// The `target` of such a link: the whole window when it points at the host page.
fn link_target() -> Option<&'static str> {
    host_page().map(|_| "_top")
}

/// Drops the fragment from the address without reloading.
fn forget_fragment() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        // Failing leaves the link in the address; the answers are saved either way.
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&page_address()));
    }
}

/// The plain message for a code that cannot be read.
pub fn error_text(error: CodeError, ctx: Ctx) -> String {
    match error {
        CodeError::NotACode => ctx.t(T::ErrNotACode).to_owned(),
        CodeError::Mistyped => ctx.t(T::ErrMistyped).to_owned(),
        CodeError::Truncated => ctx.t(T::ErrTruncated).to_owned(),
        CodeError::UnknownVersion(v) => fill(ctx.t(T::ErrUnknownVersion), &[("v", v)]),
    }
}

/// On the results step: the code, its link, the CSV and, where configured, the message to
/// the adviser, shown in full before anything opens.
#[component]
pub fn ShareBlock() -> impl IntoView {
    let ctx = Ctx::use_context();
    let layout = codes::current(layouts(), ctx.scan);
    let code =
        Memo::new(move |_| layout.map(|l| ctx.session.with(|s| codes::encode(l, &s.answers))));
    let link = move || code.get().map(|c| format!("{}{PREFIX}{c}", link_page()));
    let csv = move |_| {
        let text = ctx
            .session
            .with_untracked(|s| export::scan_csv(ctx.scan, &s.answers, ctx.lang()));
        // A refused download has nothing to add: the button can be pressed again.
        let _ = download::offer(ctx.t(T::CsvFileName), &text, "text/csv;charset=utf-8");
    };
    let body = move || {
        let lang = ctx.lang();
        let scores = ctx.session.with(|s| {
            area_results(ctx.scan, &s.answers)
                .iter()
                .map(|r| {
                    let score = r.score.map_or_else(
                        || ctx.t(T::NoScore).to_owned(),
                        |v| export::shown(v, 0, lang),
                    );
                    format!("- {}: {score}", ctx.scan.areas[r.area].name.get(lang))
                })
                .collect::<Vec<_>>()
                .join("\n")
        });
        fill(
            ctx.t(T::MailBody),
            &[
                ("code", code.get().unwrap_or_default()),
                ("link", link().unwrap_or_default()),
                ("scores", scores),
            ],
        )
    };
    let mail = ctx.contact.email.clone().map(|email| {
        let href = move || export::mailto(&email, ctx.t(T::MailSubject), &body());
        view! {
            <h3>{ctx.tx(T::SendToAdviserTitle)}</h3>
            <p id="zs-mail-preview-label">{ctx.tx(T::MailPreview)}</p>
            <pre class="zs-mail-preview" data-testid="mail-preview" aria-labelledby="zs-mail-preview-label">{body}</pre>
            <p><a class="zs-button" data-testid="mail-adviser" href=href>{ctx.tx(T::SendToAdviser)}</a></p>
        }
    });
    view! {
        <section class="zs-share zs-no-print" data-testid="share">
            <h3>{ctx.tx(T::CodeTitle)}</h3>
            {move || match code.get() {
                Some(c) => view! {
                    <p>{ctx.tx(T::CodeIntro)}</p>
                    <p class="zs-code" data-testid="result-code">{c}</p>
                    <p><a class="zs-target" data-testid="result-link" href=link target=link_target()>{ctx.tx(T::CodeLink)}</a></p>
                }.into_any(),
                None => view! { <p>{ctx.tx(T::CodeUnavailable)}</p> }.into_any(),
            }}
            <p class="zs-no-print">
                <button type="button" class="zs-button" data-testid="download-csv" on:click=csv>
                    {ctx.tx(T::CsvDownload)}
                </button>
            </p>
            {mail}
        </section>
    }
}

/// Above a shared result: what this is, what was left out, and the explicit choice to take it
/// over, confirmed when it would replace the visitor's own answers.
#[component]
pub fn SharedBanner() -> impl IntoView {
    let ctx = Ctx::use_context();
    let gone = ctx
        .session
        .with_untracked(|s| zelfscan_core::model::answers::gone(ctx.scan, &s.answers).len());
    let confirming = RwSignal::new(false);
    let take_over = move || {
        let own = storage::stored_session(ctx.scan).unwrap_or_default();
        let shared = ctx.session.with_untracked(|s| s.answers.clone());
        let lang = ctx.lang();
        ctx.read_only.set(false);
        ctx.session.set(Session {
            step: Step::Results,
            lang,
            ..own
        });
        ctx.change(|s| s.answers = shared);
        forget_fragment();
        crate::browser::page::focus_step_heading();
    };
    let make_mine = move |_| {
        let own_answers = storage::stored_session(ctx.scan).is_some_and(|s| !s.answers.is_empty());
        if own_answers {
            confirming.set(true);
            crate::browser::page::focus_by_id("zs-confirm");
        } else {
            take_over();
        }
    };
    view! {
        <div class="zs-notice zs-no-print" role="region" aria-labelledby="zs-shared-title" data-testid="shared-banner">
            <h2 id="zs-shared-title">{ctx.tx(T::SharedTitle)}</h2>
            <p>{ctx.tx(T::SharedIntro)}</p>
            {(gone > 0).then(|| view! { <p data-testid="gone">{move || fill(ctx.t(T::count(gone, T::GoneNoticeOne, T::GoneNotice)), &[("n", gone)])}</p> })}
            <div class="zs-actions">
                <button type="button" class="zs-button" data-testid="make-mine" on:click=make_mine>{ctx.tx(T::MakeMine)}</button>
                <a class="zs-button" data-testid="own-scan" href=link_page() target=link_target()>{ctx.tx(T::OwnScan)}</a>
            </div>
            <Show when=move || confirming.get()>
                <div class="zs-notice" id="zs-confirm" tabindex="-1" role="group" aria-labelledby="zs-confirm-text" data-testid="confirm">
                    <p id="zs-confirm-text">{ctx.tx(T::MakeMineConfirm)}</p>
                    <div class="zs-actions">
                        <button type="button" class="zs-button zs-button--primary" data-testid="confirm-yes" on:click=move |_| take_over()>
                            {ctx.tx(T::MakeMineYes)}
                        </button>
                        <button type="button" class="zs-button" data-testid="confirm-no" on:click=move |_| confirming.set(false)>
                            {ctx.tx(T::ClearNo)}
                        </button>
                    </div>
                </div>
            </Show>
        </div>
    }
}

/// A link whose code cannot be read: which problem, and the way to one's own scan.
#[component]
pub fn BadCode(error: CodeError) -> impl IntoView {
    let ctx = Ctx::use_context();
    view! {
        <section class="zs-step" aria-labelledby="zs-step-heading">
            <h1 id="zs-step-heading" tabindex="-1">{ctx.tx(T::BadCodeTitle)}</h1>
            <p class="zs-notice" data-testid="bad-code">{move || error_text(error, ctx)}</p>
            <p><a class="zs-button" data-testid="own-scan" href=link_page() target=link_target()>{ctx.tx(T::OwnScan)}</a></p>
        </section>
    }
}
