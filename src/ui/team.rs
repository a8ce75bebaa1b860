//! Team mode for a facilitator on one projector: colleagues' result codes in, the combined
//! picture out (per area the spread as a table and a chart of each person, desired levels,
//! domains, nearest archetypes, the statements the team disagrees on most, the advice for the
//! weakest areas). Every figure comes from `core::team`, the same as `zelfscan-content team`.

use leptos::prelude::*;

use crate::ui::context::Ctx;
use crate::ui::download;
use crate::ui::share::{error_text, layouts};
use zelfscan_core::answers::Answers;
use zelfscan_core::chart::{range_x, RANGE_LEFT, RANGE_RIGHT};
use zelfscan_core::codes;
use zelfscan_core::export;
use zelfscan_core::scoring::area_results;
use zelfscan_core::team::{aggregate, Spread, Team};
use zelfscan_core::texts::{fill, T};

/// How many of the most disputed statements are shown.
const DISPUTED: usize = 10;

/// One colleague's result in the team set.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    /// The code in its canonical form, to recognise a duplicate however it was typed.
    pub code: String,
    /// A role, never a name; may be empty.
    pub label: String,
    pub answers: Answers,
}

/// The team set, kept for as long as the page lives.
pub type Members = RwSignal<Vec<Member>>;

/// Reads pasted text, one code or link a line; returns the new members, a message per line
/// that could not be added, and those lines, which stay in the box to be corrected.
fn read_codes(
    text: &str,
    label: &str,
    known: &[Member],
    ctx: Ctx,
) -> (Vec<Member>, Vec<String>, Vec<String>) {
    let mut added: Vec<Member> = Vec::new();
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
                if known.iter().chain(&added).any(|m| m.code == canonical) {
                    ctx.t(T::TeamDuplicate).to_owned()
                } else {
                    added.push(Member {
                        code: canonical,
                        label: label.trim().to_owned(),
                        answers: decoded.answers,
                    });
                    continue;
                }
            }
            Err(error) => error_text(error, ctx),
        };
        problems.push(fill(
            ctx.t(T::TeamLine),
            &[("line", (n + 1).to_string()), ("reason", problem)],
        ));
        kept.push(line.to_owned());
    }
    (added, problems, kept)
}

#[component]
pub fn TeamView() -> impl IntoView {
    let ctx = Ctx::use_context();
    let members = expect_context::<Members>();
    let pasted = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let messages = RwSignal::new(Vec::<String>::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (added, mut problems, kept) = members.with_untracked(|known| {
            read_codes(&pasted.get_untracked(), &role.get_untracked(), known, ctx)
        });
        if !added.is_empty() {
            problems.insert(0, fill(ctx.t(T::TeamAdded), &[("n", added.len())]));
            members.update(|m| m.extend(added));
            role.set(String::new());
        }
        pasted.set(kept.join("\n"));
        messages.set(problems);
    };
    let team = Memo::new(move |_| {
        members.with(|m| {
            let sets: Vec<Answers> = m.iter().map(|x| x.answers.clone()).collect();
            aggregate(ctx.scan, &sets)
        })
    });
    let csv = move |_| {
        let text = team.with_untracked(|t| export::team_csv(ctx.scan, t, ctx.lang()));
        // A refused download has nothing to add: the button can be pressed again.
        let _ = download::offer(ctx.t(T::TeamCsvFileName), &text, "text/csv;charset=utf-8");
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let count = move || members.with(Vec::len);
    view! {
        <section class="zs-step zs-team" aria-labelledby="zs-step-heading" data-testid="team">
            <h1 id="zs-step-heading" tabindex="-1">{ctx.tx(T::TeamTitle)}</h1>
            <p>{ctx.tx(T::TeamIntro)}</p>
            <form class="zs-no-print" on:submit=add>
                <fieldset class="zs-fieldset">
                    <legend>{ctx.tx(T::TeamAddLegend)}</legend>
                    <p class="zs-field">
                        <label for="zs-team-codes">{ctx.tx(T::TeamCodesLabel)}</label>
                        <textarea id="zs-team-codes" rows="4" spellcheck="false" data-testid="team-codes" bind:value=pasted></textarea>
                    </p>
                    <p class="zs-field">
                        <label for="zs-team-role">{ctx.tx(T::TeamRoleLabel)}</label>
                        <input id="zs-team-role" type="text" maxlength="40" autocomplete="off" data-testid="team-role" bind:value=role/>
                    </p>
                    <button type="submit" class="zs-button zs-button--primary" data-testid="team-add">{ctx.tx(T::TeamAdd)}</button>
                </fieldset>
            </form>
            <div role="status" data-testid="team-messages">
                {move || messages.get().into_iter().map(|m| view! { <p>{m}</p> }).collect_view()}
            </div>
            <h2>{ctx.tx(T::TeamMembers)} " (" {count} ")"</h2>
            <ol class="zs-members" data-testid="team-members">
                {move || members.get().into_iter().enumerate().map(|(i, m)| {
                    let n = i + 1;
                    let remove = move |_| {
                        members.update(|all| { all.remove(i); });
                        crate::ui::focus_step_heading();
                    };
                    view! {
                        <li data-testid=format!("member-{n}")>
                            {move || fill(ctx.t(T::TeamPerson), &[("n", n)])}
                            {(!m.label.is_empty()).then(|| format!(" ({})", m.label))}
                            " " <code>{m.code.clone()}</code> " "
                            <button type="button" class="zs-link-button zs-no-print" data-testid=format!("remove-{n}") on:click=remove>
                                {move || fill(ctx.t(T::TeamRemove), &[("n", n)])}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <Show when=move || (1..3).contains(&count())>
                <p class="zs-notice" data-testid="team-few">{ctx.tx(T::TeamFew)}</p>
            </Show>
            <Show
                when=move || { count() > 0 }
                fallback=move || view! { <p data-testid="team-empty">{ctx.tx(T::TeamEmpty)}</p> }
            >
                <div class="zs-actions zs-no-print">
                    <button type="button" class="zs-button" data-testid="team-print" on:click=print>{ctx.tx(T::Print)}</button>
                    <button type="button" class="zs-button" data-testid="team-csv" on:click=csv>{ctx.tx(T::CsvDownload)}</button>
                </div>
                <TeamTable team=team/>
                <TeamChart team=team/>
                <TeamDetails team=team/>
            </Show>
        </section>
    }
}

fn cells(spread: Option<&Spread>, ctx: Ctx, id: &'static str, what: &'static str) -> impl IntoView {
    let lang = ctx.lang();
    let (n, mean, min, max, sd) = match spread {
        Some(s) => (
            s.respondents.to_string(),
            export::shown(s.mean, 1, lang),
            export::shown(s.min, 1, lang),
            export::shown(s.max, 1, lang),
            export::shown(s.std_dev, 1, lang),
        ),
        None => ("0".into(), "-".into(), "-".into(), "-".into(), "-".into()),
    };
    view! {
        <td data-testid=format!("team-{id}-{what}-n")>{n}</td>
        <td data-testid=format!("team-{id}-{what}-mean")>{mean}</td>
        <td data-testid=format!("team-{id}-{what}-min")>{min}</td>
        <td data-testid=format!("team-{id}-{what}-max")>{max}</td>
        <td data-testid=format!("team-{id}-{what}-sd")>{sd}</td>
    }
}

#[component]
fn TeamTable(team: Memo<Team>) -> impl IntoView {
    let ctx = Ctx::use_context();
    let rows = move || {
        team.with(|t| {
            t.areas
                .iter()
                .map(|a| {
                    let area = &ctx.scan.areas[a.area];
                    let lang = ctx.lang();
                    let desired = a.desired.as_ref();
                    view! {
                        <tr>
                            <th scope="row">{area.name.get(lang)}</th>
                            {cells(a.score.as_ref(), ctx, area.id, "score")}
                            <td data-testid=format!("team-{}-desired-mean", area.id)>
                                {desired.map_or_else(|| "-".to_owned(), |d| export::shown(d.mean, 1, lang))}
                            </td>
                            <td data-testid=format!("team-{}-desired-range", area.id)>
                                {desired.map_or_else(|| "-".to_owned(), |d| format!("{}-{}", export::shown(d.min, 0, lang), export::shown(d.max, 0, lang)))}
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="zs-table-wrap" tabindex="0" role="region" aria-labelledby="zs-team-caption">
            <table class="zs-table" data-testid="team-table">
                <caption id="zs-team-caption">{ctx.tx(T::TeamAreasCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{ctx.tx(T::ColArea)}</th>
                        <th scope="col">{ctx.tx(T::ColCount)}</th>
                        <th scope="col">{ctx.tx(T::ColMean)}</th>
                        <th scope="col">{ctx.tx(T::ColMin)}</th>
                        <th scope="col">{ctx.tx(T::ColMax)}</th>
                        <th scope="col">{ctx.tx(T::ColSpread)}</th>
                        <th scope="col">{ctx.tx(T::ColDesiredMean)}</th>
                        <th scope="col">{ctx.tx(T::ColDesiredRange)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Each person's score per area as a dot on one axis, the bar from lowest to highest, a tick at
/// the mean. The table above holds the same numbers.
#[component]
fn TeamChart(team: Memo<Team>) -> impl IntoView {
    let ctx = Ctx::use_context();
    let members = expect_context::<Members>();
    let height = 30 * ctx.scan.areas.len() as i32 + 30;
    let rows = move || {
        let people: Vec<Vec<Option<f64>>> = members.with(|m| {
            m.iter()
                .map(|x| {
                    area_results(ctx.scan, &x.answers)
                        .iter()
                        .map(|r| r.score)
                        .collect()
                })
                .collect()
        });
        team.with(|t| {
            t.areas
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    let y = 20 + 30 * i as i32;
                    let name = ctx.scan.areas[a.area].name.get(ctx.lang());
                    let bar = a.score.as_ref().map(|s| {
                        let (x1, x2) = (range_x(s.min), range_x(s.max));
                        let m = range_x(s.mean);
                        view! {
                            <rect class="zs-team-bar" x=x1 y=y - 5 width=(x2 - x1).max(2) height="10"/>
                            <line class="zs-team-mean" x1=m x2=m y1=y - 10 y2=y + 10/>
                        }
                    });
                    let dots = people
                        .iter()
                        .filter_map(|p| p.get(i).copied().flatten())
                        .map(|score| view! { <circle class="zs-team-dot" cx=range_x(score) cy=y r="4"/> })
                        .collect_view();
                    view! {
                        <text x="0" y=y + 4>{name}</text>
                        <line class="zs-team-axis" x1=RANGE_LEFT x2=RANGE_RIGHT y1=y y2=y/>
                        {bar}
                        {dots}
                    }
                })
                .collect_view()
        })
    };
    let bottom = height - 6;
    view! {
        <h2 id="zs-team-chart-title">{ctx.tx(T::ProfileTitle)}</h2>
        <p id="zs-team-chart-desc">{ctx.tx(T::TeamChartTitle)}</p>
        <svg class="zs-team-chart" viewBox=format!("0 0 640 {height}") role="img"
            aria-labelledby="zs-team-chart-title" aria-describedby="zs-team-chart-desc" data-testid="team-chart">
            {rows}
            <text x=RANGE_LEFT y=bottom text-anchor="middle">"0"</text>
            <text x=range_x(50.0) y=bottom text-anchor="middle">"50"</text>
            <text x=RANGE_RIGHT y=bottom text-anchor="middle">"100"</text>
        </svg>
    }
}

/// Domains, archetypes, the most disputed statements and the advice for the weakest areas.
#[component]
fn TeamDetails(team: Memo<Team>) -> impl IntoView {
    let ctx = Ctx::use_context();
    move || {
        let lang = ctx.lang();
        let t = team.get();
        let domains = ctx
            .scan
            .domains
            .iter()
            .zip(&t.domains)
            .filter(|(_, c)| c.iter().sum::<usize>() > 0)
            .map(|(d, c)| {
                view! {
                    <tr data-testid=format!("team-domain-{}", d.id)>
                        <th scope="row">{d.name.get(lang)}</th>
                        {c.iter().map(|n| view! { <td>{n.to_string()}</td> }).collect_view()}
                    </tr>
                }
            })
            .collect::<Vec<_>>();
        let domains = if domains.is_empty() {
            view! { <p>{ctx.t(T::NoDomains)}</p> }.into_any()
        } else {
            view! {
                <div class="zs-table-wrap" tabindex="0" role="region" aria-labelledby="zs-team-domains">
                    <table class="zs-table">
                        <thead><tr>
                            <th scope="col">{ctx.t(T::DomainsLegend)}</th>
                            <th scope="col">{ctx.t(T::StageNotStarted)}</th>
                            <th scope="col">{ctx.t(T::StageExperimenting)}</th>
                            <th scope="col">{ctx.t(T::StagePractice)}</th>
                        </tr></thead>
                        <tbody>{domains}</tbody>
                    </table>
                </div>
            }
            .into_any()
        };
        let archetypes = ctx
            .scan
            .archetypes
            .iter()
            .zip(t.archetype_counts(ctx.scan))
            .map(|(a, n)| {
                view! {
                    <li data-testid=format!("team-archetype-{}", a.id)>
                        {fill(ctx.t(T::TeamArchetypeCount), &[("name", a.name.get(lang).to_owned()), ("n", n.to_string())])}
                    </li>
                }
            })
            .collect_view();
        let disputed = t
            .disagreement
            .iter()
            .take(DISPUTED)
            .filter_map(|&i| {
                let statement = ctx.scan.statements.get(i)?;
                let spread = t.statements.get(i)?.level.as_ref()?;
                let counts = t.statements[i].counts;
                let options = statement
                    .options
                    .iter()
                    .map(|o| o.get(lang))
                    .chain([ctx.t(T::DontKnow), ctx.t(T::NotApplicable)])
                    .zip(counts)
                    .enumerate()
                    .map(|(k, (text, n))| {
                        view! { <li data-testid=format!("count-{}-{}", statement.id, k + 1)>{format!("{n} × {text}")}</li> }
                    })
                    .collect_view();
                Some(view! {
                    <li data-testid=format!("disputed-{}", statement.id)>
                        <p>
                            <strong>{ctx.scan.areas[statement.area].name.get(lang)}": "</strong>
                            {statement.text.get(lang)}
                        </p>
                        <p data-testid=format!("disputed-spread-{}", statement.id)>
                            {fill(ctx.t(T::TeamSpreadOf), &[
                                ("spread", export::shown(spread.std_dev, 1, lang)),
                                ("min", export::shown(spread.min, 0, lang)),
                                ("max", export::shown(spread.max, 0, lang)),
                            ])}
                        </p>
                        <ul>{options}</ul>
                    </li>
                })
            })
            .collect::<Vec<_>>();
        let disputed = if disputed.is_empty() {
            view! { <p>{ctx.t(T::TeamNoDisagreement)}</p> }.into_any()
        } else {
            view! { <ol data-testid="team-disagreement">{disputed}</ol> }.into_any()
        };
        let weakest = t
            .weakest
            .iter()
            .filter_map(|&i| {
                let area = ctx.scan.areas.get(i)?;
                let level = t.level(i)?;
                let advice = area.advice_for(level)?;
                Some(view! {
                    <section class="zs-advice" data-testid=format!("team-weakest-{}", area.id)>
                        <h3>{area.name.get(lang)}</h3>
                        <p><strong>{fill(ctx.t(T::LevelOf), &[("level", level)])}</strong></p>
                        <p><strong>{ctx.t(T::Recommendation)}": "</strong>{advice.recommendation.get(lang)}</p>
                        <p>{ctx.t(T::FollowUp)}</p>
                        <ul>{advice.follow_up.iter().map(|q| view! { <li>{q.get(lang)}</li> }).collect_view()}</ul>
                    </section>
                })
            })
            .collect_view();
        view! {
            <h2 id="zs-team-domains">{ctx.t(T::TeamDomains)}</h2>
            {domains}
            <h2>{ctx.t(T::TeamArchetypes)}</h2>
            <ul data-testid="team-archetypes">{archetypes}</ul>
            <h2>{ctx.t(T::TeamDisagreement)}</h2>
            {disputed}
            <h2>{ctx.t(T::TeamWeakest)}</h2>
            {weakest}
        }
    }
}
