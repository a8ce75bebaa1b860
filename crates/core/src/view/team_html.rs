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
use crate::view::texts::{fill, T};

/// How many of the most disputed statements are shown.
pub const DISPUTED: usize = 10;

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
            shown(s.min, 1, lang),
            shown(s.max, 1, lang),
            shown(s.std_dev, 1, lang),
        ],
        None => ["0".into(), "-".into(), "-".into(), "-".into(), "-".into()],
    };
    for (what, value) in ["n", "mean", "min", "max", "sd"].iter().zip(values) {
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
        escape(T::TeamAreasCaption.get(lang))
    );
    for t in [
        T::ColArea,
        T::ColCount,
        T::ColMean,
        T::ColMin,
        T::ColMax,
        T::ColSpread,
        T::ColDesiredMean,
        T::ColDesiredRange,
    ] {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(t.get(lang)));
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

/// `people`: each person's area scores, in content order.
/// The 0, 50 and 100 under a chart of scores on the range axis (team and comparison charts).
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

fn chart(out: &mut String, scan: &Scan, team: &Team, people: &[Vec<Option<f64>>], lang: Lang) {
    let height = 30 * scan.areas.len() as i32 + 30;
    let _ = write!(
        out,
        "<h2 id=\"zs-team-chart-title\">{}</h2><p id=\"zs-team-chart-desc\">{}</p>\
         <svg class=\"zs-team-chart\" viewBox=\"0 0 640 {height}\" role=\"img\" aria-labelledby=\"zs-team-chart-title\" \
         aria-describedby=\"zs-team-chart-desc\" data-testid=\"team-chart\">",
        escape(T::ProfileTitle.get(lang)),
        escape(T::TeamChartTitle.get(lang))
    );
    for (i, a) in team.areas.iter().enumerate() {
        let y = 20 + 30 * i as i32;
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\">{}</text><line class=\"zs-team-axis\" x1=\"{RANGE_LEFT}\" x2=\"{RANGE_RIGHT}\" y1=\"{y}\" y2=\"{y}\"/>",
            y + 4,
            escape(scan.areas[a.area].name.get(lang))
        );
        if let Some(s) = a.score.as_ref() {
            let (x1, x2, m) = (range_x(s.min), range_x(s.max), range_x(s.mean));
            let _ = write!(
                out,
                "<rect class=\"zs-team-bar\" x=\"{x1}\" y=\"{}\" width=\"{}\" height=\"10\"/>\
                 <line class=\"zs-team-mean\" x1=\"{m}\" x2=\"{m}\" y1=\"{}\" y2=\"{}\"/>",
                y - 5,
                (x2 - x1).max(2),
                y - 10,
                y + 10
            );
        }
        for score in people.iter().filter_map(|p| p.get(i).copied().flatten()) {
            let _ = write!(
                out,
                "<circle class=\"zs-team-dot\" cx=\"{}\" cy=\"{y}\" r=\"4\"/>",
                range_x(score)
            );
        }
    }
    scale_labels(out, height);
    out.push_str("</svg>");
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
        escape(T::TeamDomains.get(lang))
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
        for t in [
            T::DomainsLegend,
            T::StageNotStarted,
            T::StageExperimenting,
            T::StagePractice,
        ] {
            let _ = write!(out, "<th scope=\"col\">{}</th>", escape(t.get(lang)));
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
        escape(T::TeamArchetypes.get(lang))
    );
    for (a, n) in scan.archetypes.iter().zip(team.archetype_counts(scan)) {
        let text = fill(
            T::TeamArchetypeCount.get(lang),
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
    let _ = write!(out, "<h2>{}</h2>", escape(T::TeamDisagreement.get(lang)));
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
        let _ = write!(out, "<p>{}</p>", escape(T::TeamNoDisagreement.get(lang)));
    } else {
        out.push_str("<ol data-testid=\"team-disagreement\">");
        for (statement, spread, counts) in disputed {
            let id = statement.id;
            let spread_text = fill(
                T::TeamSpreadOf.get(lang),
                &[
                    ("spread", shown(spread.std_dev, 1, lang)),
                    ("min", shown(spread.min, 0, lang)),
                    ("max", shown(spread.max, 0, lang)),
                ],
            );
            let _ = write!(
                out,
                "<li data-testid=\"disputed-{id}\"><p><strong>{}: </strong>{}</p><p data-testid=\"disputed-spread-{id}\">{}</p><ul>",
                escape(scan.areas[statement.area].name.get(lang)),
                escape(statement.text.get(lang)),
                escape(&spread_text)
            );
            let options = statement
                .options
                .iter()
                .map(|o| o.get(lang))
                .chain([T::DontKnow.get(lang), T::NotApplicable.get(lang)]);
            for (k, (text, n)) in options.zip(counts).enumerate() {
                let _ = write!(
                    out,
                    "<li data-testid=\"count-{id}-{}\">{n} × {}</li>",
                    k + 1,
                    escape(text)
                );
            }
            out.push_str("</ul></li>");
        }
        out.push_str("</ol>");
    }
}

/// The advice for the weakest areas.
fn weakest(out: &mut String, scan: &Scan, team: &Team, lang: Lang) {
    let _ = write!(out, "<h2>{}</h2>", escape(T::TeamWeakest.get(lang)));
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
pub fn team_html(scan: &Scan, team: &Team, people: &[Vec<Option<f64>>], lang: Lang) -> String {
    let mut out = String::with_capacity(16 * 1024);
    table(&mut out, scan, team, lang);
    chart(&mut out, scan, team, people, lang);
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
            "<td data-testid=\"team-ict-score-max\">75,0</td>",
            "<td data-testid=\"team-ict-score-sd\">37,5</td>",
            "<td data-testid=\"team-ict-desired-range\">2-5</td>",
            "<li data-testid=\"count-ict-owner-1\">1 × ",
            "<li data-testid=\"count-ict-owner-4\">1 × ",
            "<li data-testid=\"count-ict-owner-6\">0 × Weet ik niet</li>",
        ] {
            assert!(html.contains(expected), "no {expected} in {html}");
        }
        assert!(!html.contains("<script"));
    }
}
