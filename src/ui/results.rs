//! The result: first the headline (`headline.rs`), then the profile chart and table, the gaps
//! (or an invitation to set an ambition), the insights; then, each behind a closed `<details>`,
//! the advice per area, the five questions, the archetypes and every answer; the adviser; and
//! last, once, everything to keep, share or print.

use leptos::prelude::*;
use zelfscan_core::embed::address::WorkbenchView;

use crate::ui::answers_file::AnswersFile;
use crate::ui::context::Ctx;
use crate::ui::guiding_questions::GuidingQuestions;
use crate::ui::headline::HeadlineBlock;
use crate::ui::radar_chart::RadarChart;
use crate::ui::report_cover::{gap_texts, ReportCover};
use crate::ui::share::ShareBlock;
use crate::ui::summary::AnswerList;
use zelfscan_core::keep::session::Step;
use zelfscan_core::score::scoring::{score, ArchetypeMatch, AreaResult, Profile};
use zelfscan_core::view::texts::{fill, T};

/// A score as shown: a whole number (no float formatting in the wasm).
fn shown(score: f64) -> String {
    (score.round() as i64).to_string()
}

#[component]
pub fn Results() -> impl IntoView {
    let ctx = Ctx::use_context();
    let profile = Memo::new(move |_| ctx.session.with(|s| score(ctx.scan, &s.answers)));
    // Whether any area has a desired level: without one there is no gap to show or promise.
    let ambition =
        Memo::new(move |_| profile.with(|p| p.areas.iter().any(|a| a.desired.is_some())));
    open_details_for_print();
    let print = move |_| {
        crate::browser::page::open_all_details();
        if let Some(window) = web_sys::window() {
            // Printing is the browser's; if it refuses there is nothing useful to add.
            let _ = window.print();
        }
    };
    view! {
        <section class="zs-step zs-results" aria-labelledby="zs-step-heading">
            <ReportCover profile=profile/>
            <h1 id="zs-step-heading" class="zs-no-print" tabindex="-1">{ctx.tx(T::ResultsTitle)}</h1>
            <div class="zs-no-print">
                <HeadlineBlock profile=profile/>
            </div>
            <div class="zs-report-profile">
                <h2>{ctx.tx(T::ProfileTitle)}</h2>
                <RadarChart profile=profile ambition=ambition/>
                <ResultsTable profile=profile ambition=ambition/>
            </div>
            // The report's summary page already holds these two.
            <div class="zs-no-print">
                {move || if ambition.get() {
                    view! { <Gaps profile=profile/> }.into_any()
                } else {
                    view! { <AmbitionInvite/> }.into_any()
                }}
                <Insights profile=profile/>
            </div>
            <AdvicePerArea profile=profile/>
            <GuidingQuestions/>
            <ArchetypeBlock profile=profile/>
            // The adviser closes the report's body; the answers, for reference, follow as its
            // appendix, so the contact never lands alone on a last page.
            <section class="zs-contact" id="zs-contact" data-testid="contact">
                <h2>{ctx.tx(T::ContactTitle)}</h2>
                <ContactBlock/>
                <p>{ctx.tx(T::NothingSent)}</p>
            </section>
            <details class="zs-details zs-report-answers" data-testid="report-answers">
                <summary><h2>{ctx.tx(T::AnswersTitle)}</h2></summary>
                <DomainList/>
                <AnswerList editable=false/>
            </details>
            // The closing speaks to the screen ("you now see..."); the report ends with the answers.
            <div class="zs-no-print">
                <h2>{ctx.tx(T::ClosingTitle)}</h2>
                <p>{ctx.text(&ctx.scan.texts.closing)}</p>
            </div>
            <section class="zs-exports zs-no-print" data-testid="exports" aria-labelledby="zs-exports-title">
                <h2 id="zs-exports-title">{ctx.tx(T::ExportsTitle)}</h2>
                <div class="zs-actions">
                    <button type="button" class="zs-button zs-button--primary" data-testid="print" on:click=print>
                        {ctx.tx(T::Print)}
                    </button>
                    <Show when=move || !ctx.read_only.get()>
                        <button type="button" class="zs-button" data-testid="back" on:click=move |_| ctx.go(Step::Summary)>
                            {ctx.tx(T::Back)}
                        </button>
                        <a class="zs-button" data-testid="history-open" href=move || crate::browser::address::workbench_link(WorkbenchView::History)>
                            {ctx.tx(T::HistoryOpen)}
                        </a>
                    </Show>
                </div>
                <Show when=move || !ctx.read_only.get()>
                    <ShareBlock/>
                    <AnswersFile collapsed=true/>
                </Show>
            </section>
        </section>
    }
}

/// Every section of the results is in the printed report: closed `<details>` open just before
/// printing (Ctrl+P as well as the print button) and close again after.
fn open_details_for_print() {
    let opened = StoredValue::new(Vec::<web_sys::Element>::new());
    let before = window_event_listener_untyped("beforeprint", move |_| {
        opened.set_value(crate::browser::page::open_all_details());
    });
    let after = window_event_listener_untyped("afterprint", move |_| {
        for element in opened.get_value() {
            let _ = element.remove_attribute("open");
        }
        opened.set_value(Vec::new());
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
}

/// Without any desired level: an invitation to set one, in place of the gaps.
#[component]
fn AmbitionInvite() -> impl IntoView {
    let ctx = Ctx::use_context();
    view! {
        <section data-testid="ambition-invite">
            <h2>{ctx.tx(T::AmbitionTitle)}</h2>
            <p>{ctx.tx(T::AmbitionInvite)}</p>
            <Show when=move || !ctx.read_only.get()>
                <button type="button" class="zs-button" data-testid="ambition-set" on:click=move |_| ctx.go(Step::Ambition)>
                    {ctx.tx(T::AmbitionSet)}
                </button>
            </Show>
        </section>
    }
}

/// A gap as the table shows it: "+2", "-1", and "0" without a sign.
fn signed_gap(gap: i8) -> String {
    if gap == 0 {
        "0".to_owned()
    } else {
        format!("{gap:+}")
    }
}

/// The table alternative of the chart: the same numbers, readable by everyone.
#[component]
fn ResultsTable(profile: Memo<Profile>, ambition: Memo<bool>) -> impl IntoView {
    let ctx = Ctx::use_context();
    let rows = move || {
        profile.with(|p| {
            p.areas
                .iter()
                .map(|r| {
                    let area = &ctx.scan.areas[r.area];
                    let id = area.id;
                    let dash = || ctx.t(T::NoScore).to_owned();
                    view! {
                        <tr data-testid=format!("result-{id}")>
                            <th scope="row">{area.name.get(ctx.lang()).to_owned()}</th>
                            <td data-testid=format!("score-{id}")>{r.score.map(shown).unwrap_or_else(dash)}</td>
                            <td data-testid=format!("level-{id}")>{r.level.map(|l| l.to_string()).unwrap_or_else(dash)}</td>
                            {ambition.get().then(|| view! {
                                <td data-testid=format!("desired-level-{id}")>{r.desired.map(|l| l.to_string()).unwrap_or_else(|| "-".into())}</td>
                                <td data-testid=format!("gap-{id}")>{r.gap.map(signed_gap).unwrap_or_else(|| "-".into())}</td>
                            })}
                            <td>{format!("{}/{}", r.answered, r.statements)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="zs-table-wrap" tabindex="0" role="region" aria-labelledby="zs-table-caption">
        <table class="zs-table" data-testid="results-table">
            <caption id="zs-table-caption">{move || ctx.t(if ambition.get() { T::TableCaption } else { T::TableCaptionNow })}</caption>
            <thead>
                <tr>
                    <th scope="col">{ctx.tx(T::ColArea)}</th>
                    <th scope="col">{ctx.tx(T::ColScore)}</th>
                    <th scope="col">{ctx.tx(T::ColLevel)}</th>
                    {move || ambition.get().then(|| view! {
                        <th scope="col">{ctx.tx(T::ColDesired)}</th>
                        <th scope="col">{ctx.tx(T::ColGap)}</th>
                    })}
                    <th scope="col">{ctx.tx(T::ColAnswered)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
    }
}

/// One archetype described: name, how strongly the answers resemble it (in words), text,
/// strengths, pitfalls and the next step.
fn archetype_card(ctx: Ctx, m: &ArchetypeMatch) -> impl IntoView {
    let lang = ctx.lang();
    let archetype = &ctx.scan.archetypes[m.archetype];
    let list = |items: &'static [zelfscan_core::model::Text]| {
        items
            .iter()
            .map(|t| view! { <li>{t.get(lang).to_owned()}</li> })
            .collect_view()
    };
    let band = m.band();
    view! {
        <div class="zs-archetype" data-testid=format!("archetype-{}", archetype.id)>
            <h3 data-testid="archetype-name">{archetype.name.get(lang).to_owned()}</h3>
            <p data-testid=format!("similarity-{}", archetype.id) data-band=band.id()>
                {ctx.t(T::band(band).0)}
            </p>
            <p>{archetype.description.get(lang).to_owned()}</p>
            <h4>{ctx.t(T::Strengths)}</h4>
            <ul>{list(archetype.strengths)}</ul>
            <h4>{ctx.t(T::Pitfalls)}</h4>
            <ul>{list(archetype.pitfalls)}</ul>
            <h4>{ctx.t(T::NextStep)}</h4>
            <p>{archetype.next_step.get(lang).to_owned()}</p>
        </div>
    }
}

/// The archetypes behind a closed `<details>`: the early profile's sentence, or every archetype
/// whose traits the answers show (nearest first; the nearest alone when none is at least
/// somewhat alike, the words saying how little), then the similarity to the others.
#[component]
fn ArchetypeBlock(profile: Memo<Profile>) -> impl IntoView {
    let ctx = Ctx::use_context();
    let body = move || {
        let p = profile.get();
        let Some(nearest) = p.nearest().cloned() else {
            return view! { <p>{ctx.t(T::NoArchetype)}</p> }.into_any();
        };
        // An early profile names no form of thinking that the answers never showed.
        if p.early {
            return view! {
                <p data-testid="archetype-early">{ctx.text(&ctx.scan.texts.early_profile)}</p>
            }
            .into_any();
        }
        let traits: Vec<ArchetypeMatch> = p.traits().into_iter().cloned().collect();
        let traits_note = (!traits.is_empty()).then(|| {
            let names = traits
                .iter()
                .map(|m| ctx.scan.archetypes[m.archetype].name.get(ctx.lang()))
                .collect::<Vec<_>>()
                .join(", ");
            view! { <p data-testid="archetype-traits">{ctx.t(T::TraitsIntro)}" "{names}</p> }
        });
        let described = if traits.is_empty() {
            vec![nearest]
        } else {
            traits
        };
        view! {
            {traits_note}
            {described.iter().map(|m| archetype_card(ctx, m)).collect_view()}
            <div class="zs-archetype-others">
                <h3>{ctx.t(T::OtherArchetypes)}</h3>
                <ul>{other_archetypes(ctx, &p, described.len())}</ul>
                <p class="zs-progress">{ctx.t(T::ArchetypeNote)}</p>
            </div>
        }
        .into_any()
    };
    view! {
        <details class="zs-details" data-testid="archetype">
            <summary><h2>{ctx.tx(T::ArchetypeTitle)}</h2></summary>
            {body}
        </details>
    }
}

/// The archetypes not described, with how much the answers resemble each.
fn other_archetypes(ctx: Ctx, p: &Profile, skip: usize) -> impl IntoView {
    let lang = ctx.lang();
    p.archetypes
        .iter()
        .skip(skip)
        .map(|m| {
            let a = &ctx.scan.archetypes[m.archetype];
            let pct = (m.similarity * 100.0).round() as i64;
            view! {
                <li data-testid=format!("similarity-{}", a.id) data-band=m.band().id()>
                    {fill(ctx.t(T::OtherArchetypeItem), &[
                        ("name", a.name.get(lang).to_owned()),
                        ("band", ctx.t(T::band(m.band()).1).to_owned()),
                        ("pct", pct.to_string()),
                    ])}
                </li>
            }
        })
        .collect_view()
}

/// A results section: a heading and a list, or a sentence saying there is nothing to list.
fn titled_list<V: IntoView + 'static>(
    testid: &'static str,
    title: T,
    empty: T,
    items: Vec<V>,
    ctx: Ctx,
) -> impl IntoView {
    view! {
        <section data-testid=testid>
            <h2>{ctx.t(title)}</h2>
            {if items.is_empty() {
                view! { <p>{ctx.t(empty)}</p> }.into_any()
            } else {
                view! { <ul>{items}</ul> }.into_any()
            }}
        </section>
    }
}

#[component]
fn Gaps(profile: Memo<Profile>) -> impl IntoView {
    let ctx = Ctx::use_context();
    move || {
        let items = gap_texts(ctx, &profile.get())
            .into_iter()
            .map(|g| view! { <li>{g}</li> })
            .collect::<Vec<_>>();
        titled_list("gaps", T::GapsTitle, T::NoGaps, items, ctx)
    }
}

#[component]
fn Insights(profile: Memo<Profile>) -> impl IntoView {
    let ctx = Ctx::use_context();
    move || {
        let p = profile.get();
        let items = p
            .insights
            .iter()
            .filter_map(|&i| ctx.scan.rules.get(i))
            .map(|rule| {
                view! {
                    <li data-testid=format!("insight-{}", rule.id)>
                        <strong>{rule.title.get(ctx.lang()).to_owned()}</strong>
                        " "
                        {rule.text.get(ctx.lang()).to_owned()}
                    </li>
                }
            })
            .collect::<Vec<_>>();
        // Nothing that stands out needs no section on screen (the report's page 1 says so).
        (!items.is_empty()).then(|| {
            view! {
                <details class="zs-details" data-testid="insights">
                    <summary><h2>{ctx.t(T::InsightsTitle)}" ("{items.len()}")"</h2></summary>
                    <ul>{items}</ul>
                </details>
            }
        })
    }
}

#[component]
fn AdvicePerArea(profile: Memo<Profile>) -> impl IntoView {
    let ctx = Ctx::use_context();
    move || {
        let p = profile.get();
        let lang = ctx.lang();
        let areas = p.areas.iter().map(|r| {
            let area = &ctx.scan.areas[r.area];
            let body = match r.level.and_then(|l| area.advice_for(l).map(|a| (l, a))) {
                Some((_, advice)) => view! {
                    <p data-testid=format!("recommendation-{}", area.id)>
                        <strong>{ctx.t(T::Recommendation)}": "</strong>
                        {advice.recommendation.get(lang).to_owned()}
                    </p>
                    <p>{ctx.t(T::FollowUp)}</p>
                    <ul>{advice.follow_up.iter().map(|q| view! { <li>{q.get(lang).to_owned()}</li> }).collect_view()}</ul>
                    {next_steps(ctx, r)}
                }.into_any(),
                None => view! { <p>{ctx.t(T::NoAnswersInArea)}</p> }.into_any(),
            };
            let level = r.level.map(|l| format!(": {}", fill(ctx.t(T::LevelOf), &[("level", l)])));
            view! {
                <details class="zs-details zs-advice" data-testid=format!("advice-{}", area.id)>
                    <summary><h3>{area.name.get(lang).to_owned()}{level}</h3></summary>
                    {body}
                </details>
            }
        }).collect_view();
        view! {
            <section>
                <h2>{ctx.t(T::AdviceTitle)}</h2>
                {areas}
            </section>
        }
    }
}

/// The area's weakest answered statements, each with the action that takes it from the chosen
/// option to the next one, and that option as the goal.
fn next_steps(ctx: Ctx, r: &AreaResult) -> impl IntoView {
    let lang = ctx.lang();
    let items = r
        .next_steps
        .iter()
        .filter_map(|step| {
            let statement = ctx.scan.statements.get(step.statement)?;
            let from = statement.option(step.from)?;
            let to = statement.option(step.from + 1)?;
            let action = statement.improvement(step.from)?;
            Some(view! {
                <li data-testid=format!("next-step-{}", statement.id)>
                    <p>{statement.text.get(lang).to_owned()}</p>
                    <p data-testid="next-step-action"><strong>{ctx.t(T::NextStepAction)}": "</strong>{action.get(lang).to_owned()}</p>
                    <p><strong>{ctx.t(T::NextStepFrom)}": "</strong>{from.get(lang).to_owned()}</p>
                    <p><strong>{ctx.t(T::NextStepTo)}": "</strong>{to.get(lang).to_owned()}</p>
                </li>
            })
        })
        .collect::<Vec<_>>();
    let area = ctx.scan.areas.get(r.area).map_or("", |a| a.id);
    view! {
        <div class="zs-next-steps" data-testid=format!("next-steps-{area}")>
            <h4>{ctx.t(T::NextStepsTitle)}</h4>
            {if items.is_empty() {
                view! { <p>{ctx.t(T::NoNextSteps)}</p> }.into_any()
            } else {
                view! { <ol>{items}</ol> }.into_any()
            }}
        </div>
    }
}

/// The adviser's contact details from the embedding page's configuration. Without them a
/// visitor reads a neutral invitation; only the site owner's preview (`data-preview`) shows
/// the marked placeholder, so the missing details are noticed before visitors come.
#[component]
fn ContactBlock() -> impl IntoView {
    let ctx = Ctx::use_context();
    let contact = ctx.contact;
    if contact.is_empty() {
        if ctx.preview {
            return view! {
                <p class="zs-placeholder" data-testid="contact-placeholder">{ctx.tx(T::ContactPlaceholder)}</p>
            }
            .into_any();
        }
        return view! {
            <p data-testid="contact-neutral">{ctx.tx(T::ContactNeutral)}</p>
        }
        .into_any();
    }
    view! {
        <p>{ctx.text(&ctx.scan.texts.contact_invitation)}</p>
        <address class="zs-contact-card" data-testid="contact-card">
            {contact.name.clone().map(|n| view! { <strong>{n}</strong><br/> })}
            {contact.role.clone().map(|r| view! { <span>{r}</span><br/> })}
            {contact.email.clone().map(|e| view! { <a class="zs-contact-link" href=format!("mailto:{e}")>{e.clone()}</a><br/> })}
            {contact.phone.clone().map(|p| view! { <span>{p}</span><br/> })}
            // `_top`: in an iframe the link opens in the host page rather than in the frame.
            {contact.link.clone().map(|l| view! {
                <a class="zs-contact-link" href=l target="_top" data-testid="contact-link">{ctx.tx(T::ContactLink)}</a>
            })}
        </address>
    }
    .into_any()
}

/// The chosen domains and their stages, for the printed report.
#[component]
fn DomainList() -> impl IntoView {
    let ctx = Ctx::use_context();
    move || {
        let lang = ctx.lang();
        let chosen = ctx.session.with(|s| {
            ctx.scan
                .domains
                .iter()
                .filter_map(|d| {
                    s.answers.domains.get(d.id).map(|stage| {
                        format!("{}: {}", d.name.get(lang), T::stage(*stage).get(lang))
                    })
                })
                .collect::<Vec<_>>()
        });
        view! {
            <h3>{ctx.t(T::DomainsChosen)}</h3>
            {if chosen.is_empty() {
                view! { <p>{ctx.t(T::NoDomains)}</p> }.into_any()
            } else {
                view! { <ul>{chosen.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul> }.into_any()
            }}
        }
    }
}
