//! The team view's figures as static HTML: the spread table, the chart of each person's score,
//! domains, archetypes, the most disputed statements and the advice for the weakest areas.
//! They change only when the team set or the language changes, so the widget sets them as one
//! block of markup instead of compiling some hundred reactive elements (which cost the wasm
//! about as much again as the rest of team mode). Every text is escaped; every number comes
//! from [`crate::score::team`].

use std::fmt::Write as _;

use crate::model::{Lang, Scan};
use crate::score::team::{Spread, Team};
use crate::view::chart::{range_x, RANGE_LEFT, RANGE_RIGHT};
use crate::view::export::shown;
use crate::view::texts::{fill, T, W};

/// How many of the most disputed statements are shown.
pub const DISPUTED: usize = 5;

/// Text made safe for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn spread_cells(out: &mut String, spread: Option<&Spread>, id: &str, lang: Lang) {
    let values = match spread {
        Some(s) => [
            s.respondents.to_string(),
            shown(s.mean, 1, lang),
            format!("{}-{}", shown(s.min, 0, lang), shown(s.max, 0, lang)),
            shown(s.std_dev, 1, lang),
        ],
        None => ["0".into(), "-".into(), "-".into(), "-".into()],
    };
    for (what, value) in ["n", "mean", "range", "sd"].iter().zip(values) {
        let _ = write!(
            out,
            "<td data-testid=\"team-{id}-score-{what}\">{value}</td>"
        );
    }
}

fn table(out: &mut String, scan: &Scan, team: &Team, lang: Lang) {
    let _ = write!(
        out,
        "<div class=\"zs-table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"zs-team-caption\">\
         <table class=\"zs-table\" data-testid=\"team-table\"><caption id=\"zs-team-caption\">{}</caption><thead><tr>",
        escape(W::TeamAreasCaption.get(lang))
    );
    for text in [
        T::ColArea.get(lang),
        T::ColCount.get(lang),
        T::ColMean.get(lang),
        W::ColRange.get(lang),
        T::ColSpread.get(lang),
        T::ColDesiredMean.get(lang),
        T::ColDesiredRange.get(lang),
    ] {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(text));
    }
    out.push_str("</tr></thead><tbody>");
    for a in &team.areas {
        let area = &scan.areas[a.area];
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th>",
            escape(area.name.get(lang))
        );
        spread_cells(out, a.score.as_ref(), area.id, lang);
        let (mean, range) = match a.desired.as_ref() {
            Some(d) => (
                shown(d.mean, 1, lang),
                format!("{}-{}", shown(d.min, 0, lang), shown(d.max, 0, lang)),
            ),
            None => ("-".into(), "-".into()),
        };
        let _ = write!(
            out,
            "<td data-testid=\"team-{id}-desired-mean\">{mean}</td><td data-testid=\"team-{id}-desired-range\">{range}</td></tr>",
            id = area.id
        );
    }
    out.push_str("</tbody></table></div>");
}

/// The 0, 50 and 100 under a chart of scores on the range axis (the comparison chart).
pub(crate) fn scale_labels(out: &mut String, height: i32) {
    let bottom = height - 6;
    for (x, label) in [
        (RANGE_LEFT, "0"),
        (range_x(50.0), "50"),
        (RANGE_RIGHT, "100"),
    ] {
        let _ = write!(
            out,
            "<text x=\"{x}\" y=\"{bottom}\" text-anchor=\"middle\">{label}</text>"
        );
    }
}

/// One participant on the team chart: their role (may be empty) and area scores, in content
/// order.
pub struct Person<'a> {
    /// The participant's number in the team set (from 1), the same as in the list of codes.
    pub number: usize,
    pub label: &'a str,
    pub scores: Vec<Option<f64>>,
}

/// The team chart's geometry, for a projector: the area's name on a line of its own above its
/// range, in type that shows at 20 px and more when the chart is 800 px wide (1280 px screen).
const TEAM_WIDTH: i32 = 640;
const TEAM_LEFT: i32 = 16;
const TEAM_RIGHT: i32 = 624;
const TEAM_ROW: i32 = 64;
/// A participant's marker: a numbered disc, so every dot is someone on the legend.
const MARKER_R: i32 = 9;

fn team_x(score: f64) -> i32 {
    let width = f64::from(TEAM_RIGHT - TEAM_LEFT);
    TEAM_LEFT + (score.clamp(0.0, 100.0) * width / 100.0).round() as i32
}

fn chart(out: &mut String, scan: &Scan, team: &Team, people: &[Person], lang: Lang) {
    let height = TEAM_ROW * scan.areas.len() as i32 + 24;
    let _ = write!(
        out,
        "<h2 id=\"zs-team-chart-title\">{}</h2><p id=\"zs-team-chart-desc\">{}</p>\
         <svg class=\"zs-team-chart\" viewBox=\"0 0 {TEAM_WIDTH} {height}\" role=\"img\" aria-labelledby=\"zs-team-chart-title\" \
         aria-describedby=\"zs-team-chart-desc\" data-testid=\"team-chart\">",
        escape(W::TeamScoresTitle.get(lang)),
        escape(W::TeamChartTitle.get(lang))
    );
    for (i, a) in team.areas.iter().enumerate() {
        let top = TEAM_ROW * i as i32;
        let y = top + 44;
        let _ = write!(
            out,
            "<text class=\"zs-team-label\" x=\"{TEAM_LEFT}\" y=\"{}\">{}</text><line class=\"zs-team-axis\" x1=\"{TEAM_LEFT}\" x2=\"{TEAM_RIGHT}\" y1=\"{y}\" y2=\"{y}\"/>",
            top + 20,
            escape(scan.areas[a.area].name.get(lang))
        );
        if let Some(s) = a.score.as_ref() {
            let (x1, x2, m) = (team_x(s.min), team_x(s.max), team_x(s.mean));
            let _ = write!(
                out,
                "<rect class=\"zs-team-bar\" x=\"{x1}\" y=\"{}\" width=\"{}\" height=\"12\"/>\
                 <line class=\"zs-team-mean\" x1=\"{m}\" x2=\"{m}\" y1=\"{}\" y2=\"{}\"/>",
                y - 6,
                (x2 - x1).max(2),
                y - 13,
                y + 13
            );
        }
        markers(out, people, i, y);
    }
    let bottom = height - 4;
    for (x, anchor, label) in [
        (TEAM_LEFT, "start", "0"),
        (team_x(50.0), "middle", "50"),
        (TEAM_RIGHT, "end", "100"),
    ] {
        let _ = write!(
            out,
            "<text x=\"{x}\" y=\"{bottom}\" text-anchor=\"{anchor}\">{label}</text>"
        );
    }
    out.push_str("</svg>");
    legend(out, people, lang);
}

/// Every participant's score on area `i` as a numbered disc; equal scores stand side by side
/// instead of on top of each other.
fn markers(out: &mut String, people: &[Person], i: usize, y: i32) {
    let mut placed: Vec<i32> = Vec::with_capacity(people.len());
    for person in people {
        let n = person.number;
        let Some(score) = person.scores.get(i).copied().flatten() else {
            continue;
        };
        let mut x = team_x(score);
        while placed.iter().any(|&p| (p - x).abs() < 2 * MARKER_R) {
            x += 2 * MARKER_R;
        }
        placed.push(x);
        let _ = write!(
            out,
            "<g class=\"zs-team-dot\" data-testid=\"team-dot-{}-{}\"><circle cx=\"{x}\" cy=\"{y}\" r=\"{MARKER_R}\"/>\
             <text x=\"{x}\" y=\"{}\" text-anchor=\"middle\">{n}</text></g>",
            n,
            i,
            y + 5,
        );
    }
}

/// Who each numbered disc is: "1 HR-adviseur", in the order of the codes.
fn legend(out: &mut String, people: &[Person], lang: Lang) {
    if people.is_empty() {
        return;
    }
    out.push_str("<ol class=\"zs-team-legend\" data-testid=\"team-legend\">");
    for person in people {
        let n = person.number;
        let who = if person.label.is_empty() {
            fill(W::TeamPerson.get(lang), &[("n", n)])
        } else {
            person.label.to_owned()
        };
        let _ = write!(
            out,
            "<li data-testid=\"team-legend-{n}\"><span class=\"zs-team-legend-mark\" aria-hidden=\"true\">{n}</span> {}</li>",
            escape(&who)
        );
    }
    out.push_str("</ol>");
}

fn details(out: &mut String, scan: &Scan, team: &Team, lang: Lang) {
    domains(out, scan, team, lang);
    archetypes(out, scan, team, lang);
    disputed(out, scan, team, lang);
    weakest(out, scan, team, lang);
}

/// The domains chosen by anyone, with the count per stage.
fn domains(out: &mut String, scan: &Scan, team: &Team, lang: Lang) {
    let _ = write!(
        out,
        "<h2 id=\"zs-team-domains\">{}</h2>",
        escape(W::TeamDomains.get(lang))
    );
    let chosen: Vec<_> = scan
        .domains
        .iter()
        .zip(&team.domains)
        .filter(|(_, c)| c.iter().sum::<usize>() > 0)
        .collect();
    if chosen.is_empty() {
        let _ = write!(out, "<p>{}</p>", escape(T::NoDomains.get(lang)));
    } else {
        out.push_str("<div class=\"zs-table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"zs-team-domains\"><table class=\"zs-table\"><thead><tr>");
        for text in [
            W::ColDomain.get(lang),
            T::StageNotStarted.get(lang),
            T::StageExperimenting.get(lang),
            T::StagePractice.get(lang),
        ] {
            let _ = write!(out, "<th scope=\"col\">{}</th>", escape(text));
        }
        out.push_str("</tr></thead><tbody>");
        for (d, c) in chosen {
            let _ = write!(
                out,
                "<tr data-testid=\"team-domain-{}\"><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
                d.id,
                escape(d.name.get(lang)),
                c[0],
                c[1],
                c[2]
            );
        }
        out.push_str("</tbody></table></div>");
    }
}

/// How many respondents each archetype is nearest to.
fn archetypes(out: &mut String, scan: &Scan, team: &Team, lang: Lang) {
    let _ = write!(
        out,
        "<h2>{}</h2><ul data-testid=\"team-archetypes\">",
        escape(W::TeamArchetypes.get(lang))
    );
    for (a, n) in scan.archetypes.iter().zip(team.archetype_counts(scan)) {
        let text = fill(
            W::TeamArchetypeCount.get(lang),
            &[("name", a.name.get(lang).to_owned()), ("n", n.to_string())],
        );
        let _ = write!(
            out,
            "<li data-testid=\"team-archetype-{}\">{}</li>",
            a.id,
            escape(&text)
        );
    }
    out.push_str("</ul>");
}

/// The statements the team disagrees on most, with the count per option.
fn disputed(out: &mut String, scan: &Scan, team: &Team, lang: Lang) {
    let _ = write!(out, "<h2>{}</h2>", escape(W::TeamDisagreement.get(lang)));
    let disputed: Vec<_> = team
        .disagreement
        .iter()
        .take(DISPUTED)
        .filter_map(|&i| {
            let s = team.statements.get(i)?;
            Some((scan.statements.get(i)?, s.level.as_ref()?, s.counts))
        })
        .collect();
    if disputed.is_empty() {
        let _ = write!(out, "<p>{}</p>", escape(W::TeamNoDisagreement.get(lang)));
    } else {
        out.push_str("<ol data-testid=\"team-disagreement\">");
        for (statement, spread, counts) in disputed {
            let id = statement.id;
            let spread_text = fill(
                W::TeamRangeOf.get(lang),
                &[
                    ("min", shown(spread.min, 0, lang)),
                    ("max", shown(spread.max, 0, lang)),
                ],
            );
            let _ = write!(
                out,
                "<li data-testid=\"disputed-{id}\"><p><strong>{}: </strong>{}</p><p data-testid=\"disputed-spread-{id}\">{}</p><ul class=\"zs-team-counts\">",
                escape(scan.areas[statement.area].name.get(lang)),
                escape(statement.text.get(lang)),
                escape(&spread_text)
            );
            let options = statement
                .options
                .iter()
                .map(|o| o.get(lang))
                .chain([T::DontKnow.get(lang), T::NotApplicable.get(lang)]);
            // Only the options someone chose: a list of "0 ×" lines says nothing.
            // The five descriptions carry their number, as in the range above them.
            for (k, (text, n)) in options.zip(counts).enumerate().filter(|(_, (_, n))| *n > 0) {
                let line = if k < statement.options.len() {
                    fill(
                        W::TeamCountOption.get(lang),
                        &[
                            ("n", n.to_string()),
                            ("k", (k + 1).to_string()),
                            ("text", text.to_owned()),
                        ],
                    )
                } else {
                    format!("{n} × {text}")
                };
                let _ = write!(
                    out,
                    "<li data-testid=\"count-{id}-{}\">{}</li>",
                    k + 1,
                    escape(&line)
                );
            }
            out.push_str("</ul></li>");
        }
        out.push_str("</ol>");
    }
}

/// The advice for the weakest areas.
fn weakest(out: &mut String, scan: &Scan, team: &Team, lang: Lang) {
    let _ = write!(out, "<h2>{}</h2>", escape(W::TeamWeakest.get(lang)));
    for &i in &team.weakest {
        let Some(area) = scan.areas.get(i) else {
            continue;
        };
        let Some((level, advice)) = team.level(i).and_then(|l| Some((l, area.advice_for(l)?)))
        else {
            continue;
        };
        let _ = write!(
            out,
            "<section class=\"zs-advice\" data-testid=\"team-weakest-{}\"><h3>{}</h3><p><strong>{}</strong></p>\
             <p><strong>{}: </strong>{}</p><p>{}</p><ul>",
            area.id,
            escape(area.name.get(lang)),
            escape(&fill(T::LevelOf.get(lang), &[("level", level)])),
            escape(T::Recommendation.get(lang)),
            escape(advice.recommendation.get(lang)),
            escape(T::FollowUp.get(lang))
        );
        for q in advice.follow_up {
            let _ = write!(out, "<li>{}</li>", escape(q.get(lang)));
        }
        out.push_str("</ul></section>");
    }
}

/// The whole figures block of the team view.
pub fn team_html(scan: &Scan, team: &Team, people: &[Person], lang: Lang) -> String {
    let mut out = String::with_capacity(16 * 1024);
    // The chart first: on a projector it is what the team looks at.
    chart(&mut out, scan, team, people, lang);
    table(&mut out, scan, team, lang);
    details(&mut out, scan, team, lang);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::{Answer, Answers};
    use crate::score::team::aggregate;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("<b a=\"x\">'&'</b>"),
            "&lt;b a=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;"
        );
    }

    #[test]
    fn the_figures_are_the_engines() {
        let scan = crate::fixture::small();
        let mut a = Answers::default();
        a.set("ict-owner", Answer::Level(1));
        a.set_desired("ict", Some(2));
        let mut b = Answers::default();
        b.set("ict-owner", Answer::Level(4));
        b.set_desired("ict", Some(5));
        let team = aggregate(&scan, &[a, b]);
        let html = team_html(&scan, &team, &[], Lang::Nl);
        // ict scores 0 and 75: mean 37.5, spread 37.5.
        for expected in [
            "<td data-testid=\"team-ict-score-n\">2</td>",
            "<td data-testid=\"team-ict-score-mean\">37,5</td>",
            "<td data-testid=\"team-ict-score-range\">0-75</td>",
            "<td data-testid=\"team-ict-score-sd\">37,5</td>",
            "<td data-testid=\"team-ict-desired-range\">2-5</td>",
            "<li data-testid=\"count-ict-owner-1\">1 × ",
            "<li data-testid=\"count-ict-owner-4\">1 × ",
        ] {
            assert!(html.contains(expected), "no {expected} in {html}");
        }
        // Options nobody chose are left out.
        assert!(!html.contains("count-ict-owner-6"), "{html}");
        assert!(!html.contains("0 × "), "{html}");
        assert!(!html.contains("<script"));
    }
}
