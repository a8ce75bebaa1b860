//! Team mode for a facilitator on one projector: colleagues' result codes in, the combined
//! picture out (per area the spread as a table and a chart of each person, desired levels,
//! domains, nearest archetypes, the statements the team disagrees on most, the advice for the
//! weakest areas). Every figure comes from `core::team`, the same as `zelfscan-content team`.
//! The team set itself is part of the saved record (`core::kept::Team`, through `Ctx`): it
//! survives a reload, follows other tabs, and goes into the answers file.

use leptos::prelude::*;

use crate::browser::download;
use crate::ui::context::Ctx;
use crate::ui::share::{error_text, layouts};
use zelfscan_core::keep::codes::{self, CodeError};
use zelfscan_core::model::answers::Answers;
use zelfscan_core::score::scoring::area_results;
use zelfscan_core::score::team::{aggregate, Team};
use zelfscan_core::view::export;
use zelfscan_core::view::team_html::{team_html, Person};
use zelfscan_core::view::texts::{fill, T, W};

/// One colleague's result in the team set, decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    /// The code in its canonical form, to recognise a duplicate however it was typed.
    pub code: String,
    /// A role, never a name; may be empty.
    pub label: String,
    /// What the code holds; an error only for a stored code that was damaged.
    pub answers: Result<Answers, CodeError>,
    /// The content version the code was made with, when it is not the shipped one.
    pub earlier_version: Option<u8>,
}

/// The saved team set, decoded.
fn members(ctx: Ctx) -> Memo<Vec<Member>> {
    // The shipped content's version, found once rather than for every code.
    let current = codes::current(layouts(), ctx.scan).map(|l| l.version);
    Memo::new(move |_| {
        ctx.session.with(|s| {
            s.team
                .entries
                .iter()
                .map(|entry| {
                    let decoded = codes::decode(layouts(), &entry.code);
                    Member {
                        code: entry.code.clone(),
                        label: entry.label.clone(),
                        earlier_version: decoded
                            .as_ref()
                            .ok()
                            .map(|d| d.version)
                            .filter(|&v| Some(v) != current),
                        answers: decoded.map(|d| d.answers),
                    }
                })
                .collect()
        })
    })
}

/// Reads pasted text, one code or link a line; returns the new codes (canonical) with the
/// label, a message per line that could not be added, and those lines, which stay in the box to
/// be corrected.
fn read_codes(
    text: &str,
    label: &str,
    known: &[Member],
    ctx: Ctx,
) -> (Vec<(String, String)>, Vec<String>, Vec<String>) {
    let mut added: Vec<(String, String)> = Vec::new();
    let mut problems = Vec::new();
    let mut kept = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let problem = match codes::decode(layouts(), line) {
            Ok(decoded) => {
                let canonical = layouts()
                    .iter()
                    .find(|l| l.version == decoded.version)
                    .map(|l| codes::encode(l, &decoded.answers))
                    .unwrap_or_default();
                let known = known.iter().any(|m| m.code == canonical);
                if known || added.iter().any(|(code, _)| *code == canonical) {
                    ctx.t(W::TeamDuplicate).to_owned()
                } else {
                    added.push((canonical, label.trim().to_owned()));
                    continue;
                }
            }
            Err(error) => error_text(error, ctx),
        };
        problems.push(fill(
            ctx.t(W::TeamLine),
            &[("line", (n + 1).to_string()), ("reason", problem)],
        ));
        kept.push(line.to_owned());
    }
    (added, problems, kept)
}

#[component]
pub fn TeamView() -> impl IntoView {
    let ctx = Ctx::use_context();
    let members = members(ctx);
    let pasted = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let messages = RwSignal::new(Vec::<String>::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (added, mut problems, kept) = members.with_untracked(|known| {
            read_codes(&pasted.get_untracked(), &role.get_untracked(), known, ctx)
        });
        if !added.is_empty() {
            let n = ctx.add_to_team(&added);
            let key = W::count(n, W::TeamAddedOne, W::TeamAdded);
            problems.insert(0, fill(ctx.t(key), &[("n", n)]));
            role.set(String::new());
        }
        pasted.set(kept.join("\n"));
        messages.set(problems);
    };
    let team = Memo::new(move |_| {
        members.with(|m| {
            let sets: Vec<Answers> = m.iter().filter_map(|x| x.answers.clone().ok()).collect();
            aggregate(ctx.scan, &sets)
        })
    });
    let csv = move |_| {
        let text = team.with_untracked(|t| export::team_csv(ctx.scan, t, ctx.lang()));
        // A refused download has nothing to add: the button can be pressed again.
        let _ = download::offer(ctx.t(W::TeamCsvFileName), &text, "text/csv;charset=utf-8");
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let count = move || members.with(Vec::len);
    let figures = move || figures(ctx, members, team);
    let manage = code_management(ctx, members, pasted, role, add);
    view! {
        <section class="zs-step zs-team" aria-labelledby="zs-step-heading" data-testid="team">
            <h1 id="zs-step-heading" tabindex="-1">{ctx.tx(W::TeamTitle)}</h1>
            <Show
                when=move || { count() > 0 }
                fallback=move || view! { <p data-testid="team-empty">{ctx.tx(W::TeamEmpty)}</p> }
            >
                <div inner_html=figures></div>
            </Show>
            <div role="status" data-testid="team-messages">
                {move || messages.get().into_iter().map(|m| view! { <p>{m}</p> }).collect_view()}
            </div>
            {move || earlier_version_notice(ctx, members)}
            <Show when=move || (1..3).contains(&count())>
                <p class="zs-notice" data-testid="team-few">{ctx.tx(W::TeamFew)}</p>
            </Show>
            {manage}
            <Show when=move || { count() > 0 }>
                <div class="zs-actions zs-no-print">
                    <button type="button" class="zs-button" data-testid="team-print" on:click=print>{ctx.tx(T::Print)}</button>
                    <button type="button" class="zs-button" data-testid="team-csv" on:click=csv>{ctx.tx(T::CsvDownload)}</button>
                </div>
            </Show>
        </section>
    }
}

/// Code management: open while there is nothing to show, collapsed once the team's figures
/// come first.
fn code_management(
    ctx: Ctx,
    members: Memo<Vec<Member>>,
    pasted: RwSignal<String>,
    role: RwSignal<String>,
    add: impl Fn(leptos::ev::SubmitEvent) + 'static,
) -> impl IntoView {
    let count = move || members.with(Vec::len);
    // Open for a team set still to fill; once there are codes it stays as the person leaves it.
    let open = members.with_untracked(Vec::is_empty);
    view! {
        <details class="zs-details zs-no-print" data-testid="team-manage" prop:open=open>
            <summary><h2>{move || fill(ctx.t(W::TeamManage), &[("n", count())])}</h2></summary>
            <p>{ctx.tx(W::TeamIntro)}</p>
            <form on:submit=add>
                <fieldset class="zs-fieldset">
                    <legend>{ctx.tx(W::TeamAddLegend)}</legend>
                    <p class="zs-field">
                        <label for="zs-team-codes">{ctx.tx(W::TeamCodesLabel)}</label>
                        <textarea id="zs-team-codes" rows="4" spellcheck="false" data-testid="team-codes" bind:value=pasted></textarea>
                    </p>
                    <p class="zs-field">
                        <label for="zs-team-role">{ctx.tx(W::TeamRoleLabel)}</label>
                        <input id="zs-team-role" type="text" maxlength="40" autocomplete="off" data-testid="team-role" bind:value=role/>
                    </p>
                    <button type="submit" class="zs-button zs-button--primary" data-testid="team-add">{ctx.tx(W::TeamAdd)}</button>
                </fieldset>
            </form>
            <h3>{ctx.tx(W::TeamMembers)} " (" {count} ")"</h3>
            {member_list(ctx, members)}
        </details>
    }
}

/// The codes in the team set, each with its role, an earlier content version or a problem, and
/// a remove button.
fn member_list(ctx: Ctx, members: Memo<Vec<Member>>) -> impl IntoView {
    view! {
            <ol class="zs-members" data-testid="team-members">
                {move || members.get().into_iter().enumerate().map(|(i, m)| {
                    let n = i + 1;
                    let code = m.code.clone();
                    let remove = move |_| {
                        ctx.remove_from_team(&code);
                        crate::browser::page::focus_step_heading();
                    };
                    let problem = m.answers.as_ref().err().map(|&e| format!(" {}", error_text(e, ctx)));
                    let earlier = m.earlier_version.map(|v| {
                        view! { " " <span data-testid=format!("member-{n}-earlier")>{move || fill(ctx.t(W::TeamMemberEarlierVersion), &[("v", v)])}</span> }
                    });
                    view! {
                        <li data-testid=format!("member-{n}")>
                            {move || fill(ctx.t(W::TeamPerson), &[("n", n)])}
                            {(!m.label.is_empty()).then(|| format!(" ({})", m.label))}
                            " " <code>{m.code.clone()}</code> {earlier} {problem} " "
                            <button type="button" class="zs-link-button zs-no-print" data-testid=format!("remove-{n}") on:click=remove>
                                {move || fill(ctx.t(W::TeamRemove), &[("n", n)])}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ol>
    }
}

/// Says how many codes were made with an earlier version of the statements, and what of them
/// still counts.
fn earlier_version_notice(ctx: Ctx, members: Memo<Vec<Member>>) -> Option<impl IntoView> {
    let earlier = members.with(|m| m.iter().filter(|x| x.earlier_version.is_some()).count());
    let key = W::count(earlier, W::TeamEarlierVersionOne, W::TeamEarlierVersion);
    (earlier > 0).then(|| view! {
        <p class="zs-notice" data-testid="team-earlier-version">{fill(ctx.t(key), &[("n", earlier)])}</p>
    })
}

/// The team's figures as static markup, rebuilt when the team set or the language changes (see
/// `view::team_html`).
fn figures(ctx: Ctx, members: Memo<Vec<Member>>, team: Memo<Team>) -> String {
    members.with(|m| {
        let people: Vec<Person> = m
            .iter()
            .enumerate()
            .filter_map(|(i, x)| {
                let answers = x.answers.as_ref().ok()?;
                Some(Person {
                    number: i + 1,
                    label: &x.label,
                    scores: area_results(ctx.scan, answers)
                        .iter()
                        .map(|r| r.score)
                        .collect(),
                })
            })
            .collect();
        team.with(|t| team_html(ctx.scan, t, &people, ctx.lang()))
    })
}
