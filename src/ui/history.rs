//! History, reached from the results: the scans completed on this device with their dates, each
//! deletable (after a confirmation), two of them compared; or the current scan compared with one
//! from another device, given as a result code or an answers file (browsers clear
//! localStorage). The change per area is shown as a chart and a table, both from
//! `core::compare`, the same as `zelfscan-content compare`.

use leptos::prelude::*;

use crate::ui::answers_file::read_chosen_file;
use crate::ui::context::{now, Ctx};
use crate::ui::report_cover::offset_minutes;
use crate::ui::share::{error_text, layouts};
use zelfscan_core::answers::Answers;
use zelfscan_core::codes;
use zelfscan_core::compare::{compare, compare_html};
use zelfscan_core::report::date_in_words;
use zelfscan_core::texts::{fill, T};

/// Whether the history view is open instead of the current step.
#[derive(Clone, Copy)]
pub struct HistoryOpen(pub RwSignal<bool>);

/// Opens the history view, from the results.
pub fn open() {
    if let Some(HistoryOpen(open)) = use_context::<HistoryOpen>() {
        open.set(true);
        crate::ui::focus_step_heading();
    }
}

/// One side of a comparison, named in the language of the moment.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    /// A kept scan, by its completion time.
    Kept(u64),
    Other,
    Current,
}

/// The completed scans on this device, oldest first: completion time and answers.
fn kept(ctx: Ctx) -> Vec<(u64, Answers)> {
    // Placeholder until saved format v4 (the `history` field) is in main.
    let _ = ctx;
    Vec::new()
}

/// Deletes the kept scan completed at `completed`.
fn delete(ctx: Ctx, completed: u64) {
    // Placeholder until saved format v4 (the `history` field) is in main.
    let _ = (ctx, completed, now());
}

#[component]
pub fn HistoryView() -> impl IntoView {
    let ctx = Ctx::use_context();
    let when = move |ms: u64| date_in_words(ms, offset_minutes(ms), ctx.lang());
    let name = move |side: Side| match side {
        Side::Kept(ms) => when(ms),
        Side::Other => ctx.t(T::OtherScan).to_owned(),
        Side::Current => ctx.t(T::CurrentScan).to_owned(),
    };
    let entries = Memo::new(move |_| kept(ctx));
    let chosen = RwSignal::new(Vec::<u64>::new());
    let confirming = RwSignal::new(None::<u64>);
    let message = RwSignal::new(String::new());
    let compared = RwSignal::new(None::<(Answers, Answers, [Side; 2])>);
    let pasted = RwSignal::new(String::new());
    let file_input = NodeRef::<leptos::html::Input>::new();

    let show = move |earlier: Answers, later: Answers, sides: [Side; 2]| {
        message.set(String::new());
        compared.set(Some((earlier, later, sides)));
        crate::ui::focus_by_id("zs-compare-title");
    };
    let current = move || ctx.session.with_untracked(|s| s.answers.clone());
    let compare_chosen = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let picked = chosen.get_untracked();
        let two: Vec<(u64, Answers)> = entries.with_untracked(|all| {
            all.iter()
                .filter(|(t, _)| picked.contains(t))
                .cloned()
                .collect()
        });
        match <[(u64, Answers); 2]>::try_from(two) {
            // Oldest first, as kept.
            Ok([(t0, a0), (t1, a1)]) => show(a0, a1, [Side::Kept(t0), Side::Kept(t1)]),
            Err(_) => message.set(ctx.t(T::HistoryChooseTwo).to_owned()),
        }
    };
    let compare_code = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match codes::decode(layouts(), &pasted.get_untracked()) {
            Ok(decoded) => show(decoded.answers, current(), [Side::Other, Side::Current]),
            Err(error) => message.set(error_text(error, ctx)),
        }
    };
    let compare_file = move |ev: web_sys::Event| {
        read_chosen_file(ev, ctx, move |read| match read {
            Some(other) => show(other.answers, current(), [Side::Other, Side::Current]),
            None => message.set(ctx.t(T::OtherFileFailed).to_owned()),
        });
    };
    let delete_confirmed = move |_| {
        if let Some(t) = confirming.get_untracked() {
            delete(ctx, t);
            chosen.update(|c| c.retain(|x| *x != t));
            compared.update(|c| {
                if c.as_ref()
                    .is_some_and(|(_, _, s)| s.contains(&Side::Kept(t)))
                {
                    *c = None;
                }
            });
            confirming.set(None);
            message.set(fill(ctx.t(T::HistoryDeleted), &[("when", when(t))]));
            crate::ui::focus_by_id("zs-history-message");
        }
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let back = move |_| {
        if let Some(HistoryOpen(open)) = use_context::<HistoryOpen>() {
            open.set(false);
            crate::ui::focus_step_heading();
        }
    };
    let list = move || {
        let all = entries.get();
        if all.is_empty() {
            return view! { <p data-testid="history-empty">{ctx.tx(T::HistoryEmpty)}</p> }
                .into_any();
        }
        view! {
            <ul class="zs-history" data-testid="history-list">
                {all.into_iter().enumerate().map(|(i, (t, _))| {
                    let n = i + 1;
                    let id = format!("zs-kept-{t}");
                    view! {
                        <li class="zs-option" data-testid=format!("kept-{n}")>
                            <input
                                type="checkbox"
                                id=id.clone()
                                data-testid=format!("choose-{n}")
                                prop:checked=move || chosen.with(|c| c.contains(&t))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    chosen.update(|c| { c.retain(|x| *x != t); if on { c.push(t); } });
                                }
                            />
                            <label for=id.clone() id=format!("{id}-label")>
                                {move || fill(ctx.t(T::HistoryScan), &[("when", when(t))])}
                            </label>
                            <button
                                type="button"
                                class="zs-link-button zs-no-print"
                                aria-describedby=format!("{id}-label")
                                data-testid=format!("delete-{n}")
                                on:click=move |_| {
                                    confirming.set(Some(t));
                                    crate::ui::focus_by_id("zs-history-confirm");
                                }
                            >
                                {ctx.tx(T::HistoryDelete)}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let figures = move || {
        compared.with(|c| {
            c.as_ref().map(|(earlier, later, sides)| {
                let labels = sides.map(name);
                compare_html(
                    ctx.scan,
                    &compare(ctx.scan, earlier, later),
                    [&labels[0], &labels[1]],
                    ctx.lang(),
                )
            })
        })
    };
    view! {
        <section class="zs-step zs-history-view" aria-labelledby="zs-step-heading" data-testid="history">
            <h1 id="zs-step-heading" tabindex="-1">{ctx.tx(T::HistoryTitle)}</h1>
            <p class="zs-no-print">{ctx.tx(T::HistoryIntro)}</p>
            <div class="zs-actions">
                <button type="button" class="zs-button" data-testid="history-back" on:click=back>{ctx.tx(T::HistoryBack)}</button>
                <button type="button" class="zs-button" data-testid="history-print" on:click=print>{ctx.tx(T::Print)}</button>
            </div>
            <form class="zs-no-print" on:submit=compare_chosen>
                <fieldset class="zs-fieldset">
                    <legend>{ctx.tx(T::HistoryLegend)}</legend>
                    {list}
                    <button type="submit" class="zs-button zs-button--primary" data-testid="compare-chosen">{ctx.tx(T::HistoryCompare)}</button>
                </fieldset>
            </form>
            <Show when=move || confirming.get().is_some()>
                <div class="zs-notice zs-no-print" id="zs-history-confirm" tabindex="-1" role="group" aria-labelledby="zs-history-confirm-text" data-testid="delete-confirm">
                    <p id="zs-history-confirm-text">
                        {move || confirming.get().map(|t| fill(ctx.t(T::HistoryDeleteConfirm), &[("when", when(t))]))}
                    </p>
                    <div class="zs-actions">
                        <button type="button" class="zs-button zs-button--primary" data-testid="delete-yes" on:click=delete_confirmed>
                            {ctx.tx(T::HistoryDeleteYes)}
                        </button>
                        <button type="button" class="zs-button" data-testid="delete-no" on:click=move |_| confirming.set(None)>
                            {ctx.tx(T::HistoryDeleteNo)}
                        </button>
                    </div>
                </div>
            </Show>
            <form class="zs-no-print" on:submit=compare_code>
                <fieldset class="zs-fieldset">
                    <legend>{ctx.tx(T::OtherLegend)}</legend>
                    <p class="zs-field">
                        <label for="zs-other-code">{ctx.tx(T::OtherCodeLabel)}</label>
                        <input id="zs-other-code" type="text" autocomplete="off" spellcheck="false" data-testid="other-code" bind:value=pasted/>
                    </p>
                    <div class="zs-actions">
                        <button type="submit" class="zs-button" data-testid="compare-code">{ctx.tx(T::OtherCompare)}</button>
                        <button type="button" class="zs-button" data-testid="compare-file-button" on:click=move |_| {
                            if let Some(input) = file_input.get() { input.click(); }
                        }>
                            {ctx.tx(T::OtherFile)}
                        </button>
                    </div>
                    <input type="file" hidden tabindex="-1" aria-hidden="true" accept=".json,application/json" data-testid="compare-file" node_ref=file_input on:change=compare_file/>
                </fieldset>
            </form>
            <p id="zs-history-message" tabindex="-1" role="status" data-testid="history-message">{move || message.get()}</p>
            <div inner_html=move || figures().unwrap_or_default()></div>
        </section>
    }
}
