//! History, reached from the results: the scans completed on this device with their dates, each
//! deletable (after a confirmation), two of them compared; or the current scan compared with one
//! from another device, given as a result code or an answers file (browsers clear
//! localStorage). The change per area is shown as a chart and a table, both from
//! `core::compare`, the same as `zelfscan-content compare`.
//!
//! The markup is static (`core::compare::history_html` and friends, set as `inner_html`) and
//! its clicks, submits and changes are handled once on the view's element by their
//! `data-action` or id: reactive elements per control cost the wasm several times as much. What
//! the person ticked and typed is kept from the change events (`History::chosen`, `code`), so
//! markup rendered again (another language, another tab's change) shows it still.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::answers_file::read_chosen_file;
use crate::ui::context::Ctx;
use crate::ui::report_cover::offset_minutes;
use crate::ui::share::{error_text, layouts};
use zelfscan_core::keep::codes;
use zelfscan_core::model::answers::Answers;
use zelfscan_core::score::compare::compare;
use zelfscan_core::view::compare_html::{
    compare_html, confirm_html, history_html, other_html, HistoryAction,
};
use zelfscan_core::view::report::date_in_words;
use zelfscan_core::view::team_html::escape;
use zelfscan_core::view::texts::{fill, W};

/// One side of a comparison, named in the language of the moment.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    /// A kept scan, by its completion time.
    Kept(u64),
    Other,
    Current,
}

/// When each scan kept on this device was completed, oldest first.
fn kept(ctx: Ctx) -> Vec<u64> {
    ctx.session
        .with(|s| s.history.entries.iter().map(|e| e.completed).collect())
}

/// The answers of the kept scan completed at `completed`.
fn kept_answers(ctx: Ctx, completed: u64) -> Option<Answers> {
    ctx.session
        .with_untracked(|s| s.history.get(completed).map(|e| e.answers.clone()))
}

/// The `HtmlInputElement` with this id.
fn input(id: &str) -> Option<web_sys::HtmlInputElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// The view's state: `Copy`, so its one event handler and its markup share it.
#[derive(Clone, Copy)]
struct History {
    ctx: Ctx,
    /// The kept scan whose deletion waits for a confirmation.
    confirming: RwSignal<Option<u64>>,
    message: RwSignal<String>,
    /// The two scans compared, earlier first.
    compared: RwSignal<Option<(Answers, Answers, [Side; 2])>>,
    /// The kept scans ticked to compare, so that the list rendered again keeps them ticked.
    chosen: StoredValue<Vec<u64>>,
    /// The other device's code as typed (seen at each change), kept the same way.
    code: StoredValue<String>,
}

impl History {
    fn when(self, ms: u64) -> String {
        date_in_words(ms, offset_minutes(ms), self.ctx.lang())
    }

    fn show(self, earlier: Answers, later: Answers, sides: [Side; 2]) {
        self.message.set(String::new());
        self.compared.set(Some((earlier, later, sides)));
        crate::browser::page::focus_by_id("zs-compare-title");
    }

    /// Compares a scan from another device (earlier) with the current one.
    fn show_other(self, other: Answers) {
        let current = self.ctx.session.with_untracked(|s| s.answers.clone());
        self.show(other, current, [Side::Other, Side::Current]);
    }

    fn say(self, text: String) {
        self.message.set(text);
        crate::browser::page::focus_by_id("zs-history-message");
    }

    /// Every click, submit and change in the view, by the `data-action` of its target. Not
    /// inlined: three event types call it.
    #[inline(never)]
    fn act(self, ev: web_sys::Event) {
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        if ev.type_() == "change" {
            return self.changed(ev, &target);
        }
        if ev.type_() == "submit" {
            ev.prevent_default();
        }
        let action = target
            .get_attribute("data-action")
            .and_then(|id| HistoryAction::from_id(&id));
        let Some(action) = action else { return };
        let History {
            ctx,
            confirming,
            compared,
            ..
        } = self;
        match action {
            HistoryAction::Back => {
                crate::browser::address::go_to(&crate::browser::address::widget_link());
            }
            HistoryAction::Print => {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
            }
            HistoryAction::File => {
                if let Some(file) = input("zs-other-file") {
                    file.click();
                }
            }
            HistoryAction::Delete => {
                confirming.set(
                    target
                        .get_attribute("data-time")
                        .and_then(|v| v.parse().ok()),
                );
                crate::browser::page::focus_by_id("zs-history-confirm");
            }
            HistoryAction::DeleteYes => self.delete_confirmed(),
            HistoryAction::DeleteNo => self.delete_cancelled(),
            HistoryAction::CompareChosen => self.compare_chosen(),
            // A scan from another device is taken as the earlier one; it may be the later.
            HistoryAction::Swap => {
                compared.update(|c| {
                    if let Some((earlier, later, sides)) = c {
                        std::mem::swap(earlier, later);
                        sides.swap(0, 1);
                    }
                });
                crate::browser::page::focus_by_id("zs-compare-title");
            }
            HistoryAction::CompareCode => {
                let pasted = input("zs-other-code")
                    .map(|i| i.value())
                    .unwrap_or_default();
                match codes::decode(layouts(), &pasted) {
                    Ok(decoded) => self.show_other(decoded.answers),
                    Err(error) => self.say(error_text(error, ctx)),
                }
            }
        }
    }

    /// A ticked or unticked scan, a typed code (kept for a re-render), or a chosen file.
    fn changed(self, ev: web_sys::Event, target: &web_sys::Element) {
        let ctx = self.ctx;
        if let Some(time) = target.id().strip_prefix("zs-kept-") {
            let checked = target
                .dyn_ref::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.checked());
            if let Ok(time) = time.parse::<u64>() {
                self.chosen.update_value(|chosen| {
                    chosen.retain(|t| *t != time);
                    if checked {
                        chosen.push(time);
                    }
                });
            }
        } else if target.id() == "zs-other-code" {
            if let Some(field) = target.dyn_ref::<web_sys::HtmlInputElement>() {
                self.code.set_value(field.value());
            }
        } else if target.id() == "zs-other-file" {
            read_chosen_file(
                ev,
                ctx,
                Box::new(
                    move |read: Option<zelfscan_core::keep::session::Session>| match read {
                        Some(other) => self.show_other(other.answers),
                        None => self.say(ctx.t(W::OtherFileFailed).to_owned()),
                    },
                ),
            );
        }
    }

    /// Deletes the scan the person confirmed, and a comparison that showed it.
    fn delete_confirmed(self) {
        let History {
            ctx,
            confirming,
            compared,
            ..
        } = self;
        if let Some(t) = confirming.get_untracked() {
            ctx.remove_from_history(t);
            compared.update(|c| {
                if c.as_ref()
                    .is_some_and(|(_, _, s)| s.contains(&Side::Kept(t)))
                {
                    *c = None;
                }
            });
            confirming.set(None);
            self.say(fill(ctx.t(W::HistoryDeleted), &[("when", self.when(t))]));
        }
    }

    /// Keeps the scan, and takes focus back to its checkbox, where the person was.
    fn delete_cancelled(self) {
        let t = self.confirming.get_untracked();
        self.confirming.set(None);
        if let Some(t) = t {
            if let Some(checkbox) = input(&format!("zs-kept-{t}")) {
                let _ = checkbox.focus();
            }
        }
    }

    /// Compares the two ticked scans, oldest first, or asks for exactly two.
    fn compare_chosen(self) {
        let ctx = self.ctx;
        let mut two = kept(ctx);
        self.chosen
            .with_value(|chosen| two.retain(|t| chosen.contains(t)));
        let pair = match two[..] {
            [t0, t1] => kept_answers(ctx, t0)
                .zip(kept_answers(ctx, t1))
                .map(|p| (p, [t0, t1])),
            _ => None,
        };
        match pair {
            Some(((a0, a1), [t0, t1])) => self.show(a0, a1, [Side::Kept(t0), Side::Kept(t1)]),
            None => self.say(ctx.t(W::HistoryChooseTwo).to_owned()),
        }
    }

    /// One block of the view's markup: 0 the kept scans, 1 the delete confirmation, 2 the
    /// other device's form, 3 the comparison.
    fn markup(self, part: u8) -> String {
        let History {
            ctx,
            confirming,
            compared,
            ..
        } = self;
        let when = |ms| self.when(ms);
        match part {
            0 => {
                let dated: Vec<(u64, String)> =
                    kept(ctx).into_iter().map(|t| (t, when(t))).collect();
                self.chosen
                    .with_value(|chosen| history_html(&dated, chosen, ctx.lang()))
            }
            1 => confirming
                .get()
                .map(|t| confirm_html(&when(t), ctx.lang()))
                .unwrap_or_default(),
            2 => {
                let lang = ctx.lang();
                self.code.with_value(|code| other_html(code, lang))
            }
            _ => compared.with(|c| {
                c.as_ref()
                    .map(|(earlier, later, sides)| {
                        let [a, b] = sides.map(|side| match side {
                            Side::Kept(ms) => when(ms),
                            Side::Other => ctx.t(W::OtherScan).to_owned(),
                            Side::Current => ctx.t(W::CurrentScan).to_owned(),
                        });
                        let mut html = compare_html(
                            ctx.scan,
                            &compare(ctx.scan, earlier, later),
                            [&a, &b],
                            ctx.lang(),
                        );
                        if sides.contains(&Side::Other) {
                            html.push_str(&format!(
                                "<p class=\"zs-no-print\"><button type=\"button\" class=\"zs-button\" \
                                 data-action=\"{}\" data-testid=\"compare-swap\">{}</button></p>",
                                HistoryAction::Swap.id(),
                                escape(ctx.t(W::CompareSwap))
                            ));
                        }
                        html
                    })
                    .unwrap_or_default()
            }),
        }
    }
}

#[component]
pub fn HistoryView() -> impl IntoView {
    let view = History {
        ctx: Ctx::use_context(),
        confirming: RwSignal::new(None),
        message: RwSignal::new(String::new()),
        compared: RwSignal::new(None),
        chosen: StoredValue::new(Vec::new()),
        code: StoredValue::new(String::new()),
    };
    let markup = move |part: u8| move || view.markup(part);
    view! {
        <section
            class="zs-step"
            aria-labelledby="zs-step-heading"
            data-testid="history"
            on:click=move |ev| view.act(ev.into())
            on:submit=move |ev| view.act(ev.into())
            on:change=move |ev| view.act(ev)
        >
            // The kept scans, the delete confirmation, the other device's form, the comparison.
            <div inner_html=markup(0)></div>
            <div inner_html=markup(1)></div>
            <div inner_html=markup(2)></div>
            <p id="zs-history-message" tabindex="-1" role="status" data-testid="history-message">{move || view.message.get()}</p>
            <div inner_html=markup(3)></div>
        </section>
    }
}
