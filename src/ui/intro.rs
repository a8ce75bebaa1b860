//! The first screen: what the scan is, what it asks, how long it takes, and that answers stay
//! on this device; start, or continue, start again and clear saved answers. "Start again"
//! forgets the current answers only; "clear my answers" also the earlier scans (history), and
//! the team set only when the person ticks it (the confirmation says which).

use leptos::prelude::*;

use crate::ui::answers_file::AnswersFile;
use crate::ui::context::{Clearing, Ctx};
use zelfscan_core::keep::session::Step;
use zelfscan_core::view::texts::{fill, T};

/// Which destructive action is waiting for confirmation.
#[derive(Clone, Copy, PartialEq)]
enum Confirming {
    Nothing,
    StartAgain,
    Clear,
}

/// What the last "clear my answers" did with the team set, for the message that confirms it.
#[derive(Clone, Copy, PartialEq)]
enum ClearedTeam {
    NoTeam,
    Kept,
    Cleared,
}

#[component]
pub fn Intro() -> impl IntoView {
    let ctx = Ctx::use_context();
    let texts = &ctx.scan.texts;
    let has_progress = move || ctx.session.with(|s| !s.answers.is_empty());
    let keeps_anything = move || ctx.keeps_anything();
    let confirming = RwSignal::new(Confirming::Nothing);
    // Whether the person ticked "also clear the team set"; what the last clear did with it.
    let clear_team = RwSignal::new(false);
    let cleared = RwSignal::new(None::<ClearedTeam>);
    let start = move |_| ctx.go(Step::Intro.next(ctx.scan));
    let resume = move |_| ctx.go(ctx.session.with(|s| Step::resume(ctx.scan, &s.answers)));
    let confirm = move |_| confirm_clearing(ctx, confirming, clear_team, cleared);
    let ask = move |action: Confirming| {
        cleared.set(None);
        clear_team.set(false);
        confirming.set(action);
        crate::browser::page::focus_by_id("zs-confirm");
    };
    let overview = move || {
        fill(
            ctx.t(T::Overview),
            &[
                ("areas", ctx.scan.areas.len()),
                ("statements", ctx.scan.statements.len()),
            ],
        )
    };
    view! {
        <section class="zs-step" aria-labelledby="zs-step-heading">
            <h1 id="zs-step-heading" tabindex="-1">{ctx.text(&texts.intro_title)}</h1>
            <p>{ctx.text(&texts.intro)}</p>
            // Start comes before the details, on the first screen at any size.
            <div class="zs-actions">
                <Show
                    when=has_progress
                    fallback=move || view! {
                        <button type="button" class="zs-button zs-button--primary" data-testid="start" on:click=start>
                            {ctx.tx(T::Start)}
                        </button>
                    }
                >
                    <button type="button" class="zs-button zs-button--primary" data-testid="continue" on:click=resume>
                        {ctx.tx(T::Continue)}
                    </button>
                    <button type="button" class="zs-button" data-testid="start-again" on:click=move |_| ask(Confirming::StartAgain)>
                        {ctx.tx(T::StartAgain)}
                    </button>
                </Show>
                // Also without current answers: earlier scans or a team set can be cleared too.
                <Show when=keeps_anything>
                    <button type="button" class="zs-button" data-testid="clear" on:click=move |_| ask(Confirming::Clear)>
                        {ctx.tx(T::ClearAnswers)}
                    </button>
                </Show>
            </div>
            {move || (confirming.get() != Confirming::Nothing).then(|| confirmation(ctx, confirming, clear_team, confirm))}
            <Show when=move || cleared.get().is_some()>
                <p class="zs-notice" id="zs-cleared" tabindex="-1" role="status" data-testid="cleared">
                    {ctx.tx(T::Cleared)}
                    {move || match cleared.get() {
                        Some(ClearedTeam::Kept) => format!(" {}", ctx.t(T::ClearedTeamKept)),
                        Some(ClearedTeam::Cleared) => format!(" {}", ctx.t(T::ClearedTeamToo)),
                        _ => String::new(),
                    }}
                </p>
            </Show>
            <AnswersFile quiet=true/>
            <h2>{ctx.tx(T::WhatYouNeed)}</h2>
            <p>{overview}</p>
            <p>{ctx.text(&texts.duration)}</p>
            <details class="zs-details zs-privacy" data-testid="privacy">
                <summary><h2>{ctx.tx(T::PrivacySummary)}</h2></summary>
                <p>{ctx.text(&texts.privacy)}</p>
            </details>
        </section>
    }
}

/// Does what the person confirmed: "start again" keeps the earlier scans and the team set,
/// "clear my answers" clears the earlier scans, and the team set only when ticked.
fn confirm_clearing(
    ctx: Ctx,
    confirming: RwSignal<Confirming>,
    clear_team: RwSignal<bool>,
    cleared: RwSignal<Option<ClearedTeam>>,
) {
    let team_size = move || ctx.team_size();

    let action = confirming.get_untracked();
    let had_team = team_size() > 0;
    let clearing = match action {
        Confirming::StartAgain => Clearing {
            history: false,
            team: false,
        },
        _ => Clearing {
            history: true,
            team: had_team && clear_team.get_untracked(),
        },
    };
    ctx.clear_answers(clearing);
    confirming.set(Confirming::Nothing);
    match action {
        Confirming::StartAgain => ctx.go(Step::Intro.next(ctx.scan)),
        _ => {
            cleared.set(Some(match (had_team, clearing.team) {
                (false, _) => ClearedTeam::NoTeam,
                (true, false) => ClearedTeam::Kept,
                (true, true) => ClearedTeam::Cleared,
            }));
            crate::browser::page::focus_by_id("zs-cleared");
        }
    }
}

/// The question before starting again or clearing, with "also clear the team set" when there
/// is one.
fn confirmation(
    ctx: Ctx,
    confirming: RwSignal<Confirming>,
    clear_team: RwSignal<bool>,
    confirm: impl Fn(leptos::ev::MouseEvent) + Copy + 'static,
) -> impl IntoView {
    let team_size = move || ctx.team_size();
    let asks_about_team = move || confirming.get() == Confirming::Clear && team_size() > 0;
    view! {
                <div class="zs-notice" id="zs-confirm" tabindex="-1" role="group" aria-labelledby="zs-confirm-text" data-testid="confirm">
                    <p id="zs-confirm-text">
                        {move || match confirming.get() {
                            Confirming::StartAgain => ctx.t(T::StartAgainConfirm),
                            _ => ctx.t(T::ClearConfirm),
                        }}
                    </p>
                    <Show when=asks_about_team>
                        <div class="zs-option">
                            <input
                                type="checkbox"
                                id="zs-clear-team"
                                aria-describedby="zs-clear-team-hint"
                                data-testid="clear-team"
                                bind:checked=clear_team
                            />
                            <label for="zs-clear-team">{move || {
                                let n = team_size();
                                fill(ctx.t(T::count(n, T::ClearTeamTooOne, T::ClearTeamToo)), &[("n", n)])
                            }}</label>
                        </div>
                        <p id="zs-clear-team-hint" class="zs-hint">{ctx.tx(T::ClearTeamKeptHint)}</p>
                    </Show>
                    <div class="zs-actions">
                        <button type="button" class="zs-button zs-button--primary" data-testid="confirm-yes" on:click=confirm>
                            {move || match confirming.get() {
                                Confirming::StartAgain => ctx.t(T::StartAgainYes),
                                _ => ctx.t(T::ClearYes),
                            }}
                        </button>
                        <button type="button" class="zs-button" data-testid="confirm-no" on:click=move |_| confirming.set(Confirming::Nothing)>
                            {ctx.tx(T::ClearNo)}
                        </button>
                    </div>
                </div>
    }
}
