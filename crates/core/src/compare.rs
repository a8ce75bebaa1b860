//! Two scans side by side: per area the score of each and the change (later minus earlier),
//! the change of the desired level, the domains whose stage moved, and what the current
//! content no longer has. Both scans are scored by the engine itself
//! ([`crate::scoring::area_results`]), so the change is the engine's difference; an area
//! that one of them cannot score (no statement answered with an option) has no change rather
//! than an invented one.
//!
//! The screen and `zelfscan-content compare` show scores as whole numbers, as the results
//! do, and the change as the difference of those whole numbers ([`AreaChange::shown_change`]),
//! so that the table's arithmetic adds up for the reader; it is at most 1 from the exact
//! difference rounded.

use std::fmt::Write as _;

use crate::answers::{Answers, DomainStage};
use crate::chart::{range_x, RANGE_LEFT, RANGE_RIGHT};
use crate::codes::gone;
use crate::model::{Lang, Scan};
use crate::scoring::area_results;
use crate::team_html::{escape, scale_labels};
use crate::texts::{fill, T};

/// One area in both scans.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaChange {
    /// Index into [`Scan::areas`].
    pub area: usize,
    /// The earlier scan's score 0..=100; `None` when it answered none of the area's
    /// statements with an option.
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub desired_before: Option<u8>,
    pub desired_after: Option<u8>,
}

/// A score as the screen shows it: a whole number, halves away from zero.
pub fn whole(score: f64) -> i64 {
    score.round() as i64
}

impl AreaChange {
    /// After minus before, exactly; `None` unless both scans score the area.
    pub fn change(&self) -> Option<f64> {
        Some(self.after? - self.before?)
    }

    /// The change as shown: the difference of the two shown whole scores.
    pub fn shown_change(&self) -> Option<i64> {
        Some(whole(self.after?) - whole(self.before?))
    }

    /// The change of the desired level, when both scans set one.
    pub fn desired_change(&self) -> Option<i8> {
        Some(self.desired_after? as i8 - self.desired_before? as i8)
    }
}

/// A domain chosen in at least one of the scans, with its stage in each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DomainChange {
    /// Index into [`Scan::domains`].
    pub domain: usize,
    pub before: Option<DomainStage>,
    pub after: Option<DomainStage>,
}

/// Two scans compared.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Every area, in content order.
    pub areas: Vec<AreaChange>,
    /// The domains chosen in either scan, in content order.
    pub domains: Vec<DomainChange>,
    /// Ids in the earlier and in the later scan that the current content no longer has: left
    /// out of the comparison, and said so.
    pub gone_before: Vec<String>,
    pub gone_after: Vec<String>,
}

/// Compares an earlier scan with a later one.
pub fn compare(scan: &Scan, earlier: &Answers, later: &Answers) -> Comparison {
    let before = area_results(scan, earlier);
    let after = area_results(scan, later);
    let areas = before
        .iter()
        .zip(&after)
        .map(|(b, a)| AreaChange {
            area: b.area,
            before: b.score,
            after: a.score,
            desired_before: b.desired,
            desired_after: a.desired,
        })
        .collect();
    let domains = scan
        .domains
        .iter()
        .enumerate()
        .map(|(i, d)| DomainChange {
            domain: i,
            before: earlier.domains.get(d.id).copied(),
            after: later.domains.get(d.id).copied(),
        })
        .filter(|d| d.before.is_some() || d.after.is_some())
        .collect();
    Comparison {
        areas,
        domains,
        gone_before: gone(scan, earlier),
        gone_after: gone(scan, later),
    }
}

/// The change as the table shows it: with its sign, `0` for no change.
pub fn signed(change: i64) -> String {
    format!("{change:+}").replace("+0", "0")
}

/// The comparison as static markup (chart, table, domains, what was left out), set in one
/// `inner_html` like the team view's figures: it changes only with the two scans or the
/// language. `labels` name the earlier and the later scan. Every text is escaped.
pub fn compare_html(scan: &Scan, c: &Comparison, labels: [&str; 2], lang: Lang) -> String {
    let mut out = String::with_capacity(8 * 1024);
    let [before, after] = labels.map(escape);
    let names = [("before", before.clone()), ("after", after.clone())];
    for (gone, label) in [(&c.gone_before, &before), (&c.gone_after, &after)] {
        if !gone.is_empty() {
            let _ = write!(
                out,
                "<p class=\"zs-notice\" data-testid=\"compare-gone\">{}</p>",
                fill(
                    &escape(T::CompareGone.get(lang)),
                    &[("n", gone.len().to_string()), ("scan", label.clone())]
                )
            );
        }
    }
    // The chart: per area a line from the earlier score (open circle) to the later (filled).
    let height = 30 * c.areas.len() as i32 + 30;
    let _ = write!(
        out,
        "<h2 id=\"zs-compare-title\" tabindex=\"-1\">{}</h2><p id=\"zs-compare-desc\">{}</p>\
         <svg class=\"zs-team-chart\" viewBox=\"0 0 640 {height}\" role=\"img\" aria-labelledby=\"zs-compare-title\" \
         aria-describedby=\"zs-compare-desc\" data-testid=\"compare-chart\">",
        fill(&escape(T::CompareTitle.get(lang)), &names),
        fill(&escape(T::CompareChartDesc.get(lang)), &names)
    );
    for (i, a) in c.areas.iter().enumerate() {
        let y = 20 + 30 * i as i32;
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\">{}</text><line class=\"zs-team-axis\" x1=\"{RANGE_LEFT}\" x2=\"{RANGE_RIGHT}\" y1=\"{y}\" y2=\"{y}\"/>",
            y + 4,
            escape(scan.areas[a.area].name.get(lang))
        );
        if let (Some(b), Some(l)) = (a.before, a.after) {
            let _ = write!(
                out,
                "<line class=\"zs-compare-move\" x1=\"{}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\"/>",
                range_x(b),
                range_x(l)
            );
        }
        for (score, class) in [(a.before, "before"), (a.after, "after")] {
            if let Some(score) = score {
                let _ = write!(
                    out,
                    "<circle class=\"zs-compare-{class}\" cx=\"{}\" cy=\"{y}\" r=\"5\"/>",
                    range_x(score)
                );
            }
        }
    }
    scale_labels(&mut out, height);
    // The table: the same numbers.
    let _ = write!(
        out,
        "</svg><div class=\"zs-table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"zs-compare-caption\">\
         <table class=\"zs-table\" data-testid=\"compare-table\"><caption id=\"zs-compare-caption\">{}</caption><thead><tr>\
         <th scope=\"col\">{}</th><th scope=\"col\">{before}</th><th scope=\"col\">{after}</th><th scope=\"col\">{}</th>",
        escape(T::CompareCaption.get(lang)),
        escape(T::ColArea.get(lang)),
        escape(T::ColChange.get(lang)),
    );
    for label in [&before, &after] {
        let _ = write!(
            out,
            "<th scope=\"col\">{}</th>",
            fill(&escape(T::ColDesiredIn.get(lang)), &[("scan", label)])
        );
    }
    out.push_str("</tr></thead><tbody>");
    // A scan with answers to statements the content no longer has was made with an earlier
    // version of the statements: an area without a score then says so, never a bare "no score".
    let none = |gone: &[String]| {
        escape(
            if gone.is_empty() {
                T::NoScore
            } else {
                T::NoScoreEarlierVersion
            }
            .get(lang),
        )
    };
    let (none_before, none_after) = (none(&c.gone_before), none(&c.gone_after));
    for a in &c.areas {
        let area = &scan.areas[a.area];
        let score = |s: Option<f64>, none: &String| {
            s.map_or_else(|| none.clone(), |v| whole(v).to_string())
        };
        let level = |l: Option<u8>| l.map_or_else(|| "-".to_owned(), |l| l.to_string());
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td data-testid=\"before-{id}\">{}</td><td data-testid=\"after-{id}\">{}</td>\
             <td data-testid=\"change-{id}\">{}</td><td data-testid=\"desired-before-{id}\">{}</td>\
             <td data-testid=\"desired-after-{id}\">{}</td></tr>",
            escape(area.name.get(lang)),
            score(a.before, &none_before),
            score(a.after, &none_after),
            a.shown_change().map_or_else(|| "-".to_owned(), signed),
            level(a.desired_before),
            level(a.desired_after),
            id = area.id
        );
    }
    out.push_str("</tbody></table></div>");
    if !c.domains.is_empty() {
        let _ = write!(
            out,
            "<div class=\"zs-table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"zs-compare-domains\">\
             <table class=\"zs-table\" data-testid=\"compare-domains\"><caption id=\"zs-compare-domains\">{}</caption>\
             <thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{before}</th><th scope=\"col\">{after}</th></tr></thead><tbody>",
            escape(T::CompareDomains.get(lang)),
            escape(T::ColDomain.get(lang)),
        );
        let stage = |s: Option<DomainStage>| escape(s.map_or(T::NotChosen, T::stage).get(lang));
        for d in &c.domains {
            let domain = &scan.domains[d.domain];
            let _ = write!(
                out,
                "<tr data-testid=\"compare-domain-{}\"><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>",
                domain.id,
                escape(domain.name.get(lang)),
                stage(d.before),
                stage(d.after)
            );
        }
        out.push_str("</tbody></table></div>");
    }
    out
}

/// The history view's controls as static markup, like its figures: the title, the actions,
/// and the kept scans (completion time and date in words, oldest first) with a checkbox and a
/// delete button each, in a form to compare two; the scans in `chosen` (completion times) are
/// ticked, so that markup rendered again (another language, another tab's change) keeps what the
/// person ticked. The widget handles their clicks and submits on the view's element
/// (`data-action`), not per control.
pub fn history_html(kept: &[(u64, String)], chosen: &[u64], lang: Lang) -> String {
    let t = |key: T| escape(key.get(lang));
    let mut out = format!(
        "<h1 id=\"zs-step-heading\" tabindex=\"-1\">{}</h1><p class=\"zs-no-print\">{}</p>\
         <div class=\"zs-actions\"><button type=\"button\" class=\"zs-button\" data-action=\"back\" data-testid=\"history-back\">{}</button>\
         <button type=\"button\" class=\"zs-button\" data-action=\"print\" data-testid=\"history-print\">{}</button></div>\
         <form class=\"zs-no-print\" data-action=\"compare-chosen\"><fieldset class=\"zs-fieldset\"><legend>{}</legend>\
         <ul class=\"zs-history\" data-testid=\"history-list\">",
        t(T::HistoryTitle),
        t(T::HistoryIntro),
        t(T::HistoryBack),
        t(T::Print),
        t(T::HistoryLegend),
    );
    if kept.is_empty() {
        let _ = write!(
            out,
            "<li data-testid=\"history-empty\">{}</li>",
            t(T::HistoryEmpty)
        );
    }
    for (i, (time, when)) in kept.iter().enumerate() {
        let n = i + 1;
        let _ = write!(
            out,
            "<li class=\"zs-option\" data-testid=\"kept-{n}\"><input type=\"checkbox\" id=\"zs-kept-{time}\" \
             data-testid=\"choose-{n}\"{}><label for=\"zs-kept-{time}\" id=\"zs-kept-{time}-label\">{}</label>\
             <button type=\"button\" class=\"zs-link-button\" data-action=\"delete\" data-time=\"{time}\" \
             aria-describedby=\"zs-kept-{time}-label\" data-testid=\"delete-{n}\">{}</button></li>",
            if chosen.contains(time) { " checked" } else { "" },
            fill(&t(T::HistoryScan), &[("when", escape(when))]),
            t(T::HistoryDelete)
        );
    }
    let _ = write!(
        out,
        "</ul><button type=\"submit\" class=\"zs-button zs-button--primary\" data-testid=\"compare-chosen\">{}</button></fieldset></form>",
        t(T::HistoryCompare)
    );
    out
}

/// The confirmation before a kept scan is deleted.
pub fn confirm_html(when: &str, lang: Lang) -> String {
    let t = |key: T| escape(key.get(lang));
    format!(
        "<div class=\"zs-notice zs-no-print\" id=\"zs-history-confirm\" tabindex=\"-1\" role=\"group\" \
         aria-labelledby=\"zs-history-confirm-text\" data-testid=\"delete-confirm\"><p id=\"zs-history-confirm-text\">{}</p>\
         <div class=\"zs-actions\"><button type=\"button\" class=\"zs-button zs-button--primary\" data-action=\"delete-yes\" \
         data-testid=\"delete-yes\">{}</button><button type=\"button\" class=\"zs-button\" data-action=\"delete-no\" \
         data-testid=\"delete-no\">{}</button></div></div>",
        fill(&t(T::HistoryDeleteConfirm), &[("when", escape(when))]),
        t(T::HistoryDeleteYes),
        t(T::HistoryDeleteNo)
    )
}

/// The form to compare the current scan with one from another device: a code (`code`, what the
/// person has typed so far, kept when the form is rendered again), or an answers file through a
/// hidden file input opened by a labelled button in the widget's language.
pub fn other_html(code: &str, lang: Lang) -> String {
    let t = |key: T| escape(key.get(lang));
    format!(
        "<form class=\"zs-no-print\" data-action=\"compare-code\"><fieldset class=\"zs-fieldset\"><legend>{}</legend>\
         <p class=\"zs-field\"><label for=\"zs-other-code\">{}</label><input id=\"zs-other-code\" type=\"text\" \
         autocomplete=\"off\" spellcheck=\"false\" data-testid=\"other-code\" value=\"{}\"></p><div class=\"zs-actions\">\
         <button type=\"submit\" class=\"zs-button\" data-testid=\"compare-code\">{}</button><button type=\"button\" \
         class=\"zs-button\" data-action=\"file\" data-testid=\"compare-file-button\">{}</button></div>\
         <input type=\"file\" hidden tabindex=\"-1\" aria-hidden=\"true\" accept=\".json,application/json\" \
         id=\"zs-other-file\" data-testid=\"compare-file\"></fieldset></form>",
        t(T::OtherLegend),
        t(T::OtherCodeLabel),
        escape(code),
        t(T::OtherCompare),
        t(T::OtherFile)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;

    fn fixture() -> Scan {
        crate::fixture::small()
    }

    fn answers(entries: &[(&str, Answer)]) -> Answers {
        let mut a = Answers::default();
        for (id, answer) in entries {
            a.set(id, *answer);
        }
        a
    }

    #[test]
    fn each_area_is_scored_by_the_engine_and_the_change_is_later_minus_earlier() {
        let scan = fixture();
        // ict: ict-owner weighs 2, ict-dashboard 1; option k scores (k - 1) x 25.
        // Earlier: owner 2 (25), dashboard 5 (100): (2 x 25 + 100) / 3 = 50.
        // Later: owner 4 (75), dashboard 3 (50): (2 x 75 + 50) / 3 = 66.67.
        // culture: earlier lessons 1 (0); later lessons 3 (50), change "don't know": 50.
        // service: earlier only "not applicable", later options 2 and 3: 37.5.
        let mut earlier = answers(&[
            ("ict-owner", Answer::Level(2)),
            ("ict-dashboard", Answer::Level(5)),
            ("culture-lessons", Answer::Level(1)),
            ("service-reasons", Answer::NotApplicable),
        ]);
        earlier.set_desired("ict", Some(4));
        earlier.set_desired("culture", Some(2));
        let mut later = answers(&[
            ("ict-owner", Answer::Level(4)),
            ("ict-dashboard", Answer::Level(3)),
            ("culture-lessons", Answer::Level(3)),
            ("culture-change", Answer::DontKnow),
            ("service-reasons", Answer::Level(2)),
            ("service-channels", Answer::Level(3)),
        ]);
        later.set_desired("ict", Some(3));
        let c = compare(&scan, &earlier, &later);
        let ict = &c.areas[0];
        assert_eq!(ict.before, Some(50.0));
        assert!((ict.after.expect("scored") - 200.0 / 3.0).abs() < 1e-9);
        assert!((ict.change().expect("both scored") - 50.0 / 3.0).abs() < 1e-9);
        // Shown: 50 and 67, so the change shown is 17.
        assert_eq!(ict.shown_change(), Some(17));
        assert_eq!(ict.desired_change(), Some(-1));
        let culture = &c.areas[1];
        assert_eq!((culture.before, culture.after), (Some(0.0), Some(50.0)));
        assert_eq!(culture.change(), Some(50.0));
        assert_eq!(
            (culture.desired_before, culture.desired_after),
            (Some(2), None)
        );
        assert_eq!(culture.desired_change(), None);
        let service = &c.areas[2];
        assert_eq!(service.before, None);
        assert_eq!(service.after, Some(37.5));
        assert_eq!(
            service.change(),
            None,
            "no invented score for the earlier scan"
        );
        assert_eq!(service.shown_change(), None);
        assert!(c.gone_before.is_empty() && c.gone_after.is_empty());
    }

    #[test]
    fn the_shown_change_is_the_difference_of_the_shown_scores() {
        let change = |before, after| AreaChange {
            area: 0,
            before: Some(before),
            after: Some(after),
            desired_before: None,
            desired_after: None,
        };
        // 33.33 and 66.67 show as 33 and 67: the table says +34, not the rounded 33.33.
        assert_eq!(change(100.0 / 3.0, 200.0 / 3.0).shown_change(), Some(34));
        assert_eq!(change(62.5, 37.5).shown_change(), Some(-25));
        assert_eq!(change(12.5, 12.5).shown_change(), Some(0));
        assert_eq!(whole(12.5), 13);
        assert_eq!(whole(87.49), 87);
    }

    #[test]
    fn domains_of_either_scan_are_listed_with_both_stages() {
        let scan = fixture();
        let mut earlier = Answers::default();
        earlier.set_domain_stage("puza", DomainStage::NotStarted);
        let mut later = Answers::default();
        later.set_domain_stage("soza", DomainStage::Practice);
        later.set_domain_stage("puza", DomainStage::Experimenting);
        let c = compare(&scan, &earlier, &later);
        assert_eq!(
            c.domains,
            [
                DomainChange {
                    domain: 0,
                    before: None,
                    after: Some(DomainStage::Practice)
                },
                DomainChange {
                    domain: 1,
                    before: Some(DomainStage::NotStarted),
                    after: Some(DomainStage::Experimenting)
                },
            ]
        );
        assert!(compare(&scan, &Answers::default(), &Answers::default())
            .domains
            .is_empty());
    }

    #[test]
    fn what_the_content_no_longer_has_is_reported_and_left_out() {
        let scan = fixture();
        let mut earlier = answers(&[
            ("ict-owner", Answer::Level(5)),
            ("ict-retired", Answer::Level(1)),
        ]);
        earlier.set_desired("old-area", Some(3));
        let later = answers(&[("ict-owner", Answer::Level(1))]);
        let c = compare(&scan, &earlier, &later);
        assert_eq!(c.gone_before, ["ict-retired", "old-area"]);
        assert!(c.gone_after.is_empty());
        // Only ict-owner counts: 100 before, 0 after.
        assert_eq!(c.areas[0].change(), Some(-100.0));
        assert_eq!(c.areas[0].shown_change(), Some(-100));
    }
    #[test]
    fn the_markup_shows_the_engines_figures_escaped() {
        let scan = fixture();
        let mut earlier = answers(&[
            ("ict-owner", Answer::Level(2)),
            ("ict-dashboard", Answer::Level(5)),
            ("gone-statement", Answer::Level(3)),
        ]);
        earlier.set_desired("ict", Some(4));
        earlier.set_domain_stage("soza", DomainStage::Experimenting);
        let later = answers(&[
            ("ict-owner", Answer::Level(4)),
            ("ict-dashboard", Answer::Level(3)),
            ("culture-lessons", Answer::Level(2)),
        ]);
        let c = compare(&scan, &earlier, &later);
        let html = compare_html(&scan, &c, ["<1 mei>", "2 mei"], Lang::Nl);
        // ict: 50 then 66.67, shown 50, 67 and +17; culture unscored before.
        for expected in [
            "<td data-testid=\"before-ict\">50</td>",
            "<td data-testid=\"after-ict\">67</td>",
            "<td data-testid=\"change-ict\">+17</td>",
            "<td data-testid=\"desired-before-ict\">4</td>",
            "<td data-testid=\"desired-after-ict\">-</td>",
            // The earlier scan holds an answer the content no longer has: its empty area says
            // why, the later scan's (service) is plainly without a score.
            "<td data-testid=\"before-culture\">geen score: eerdere versie van de stellingen</td>",
            "<td data-testid=\"after-service\">geen score</td>",
            "<td data-testid=\"after-culture\">25</td>",
            "<td data-testid=\"change-culture\">-</td>",
            "<th scope=\"col\">&lt;1 mei&gt;</th>",
            "<th scope=\"col\">Vakdomein</th>",
            "<td>Aan het experimenteren</td><td>niet gekozen</td>",
            "&lt;1 mei&gt; is ingevuld met een eerdere versie van de stellingen. Aantal antwoorden bij stellingen die niet meer in de scan staan: 1.",
            // 50 lies at x 410 and 66.67 at 480 on the 200..620 axis.
            "<line class=\"zs-compare-move\" x1=\"410\" x2=\"480\"",
        ] {
            assert!(html.contains(expected), "no {expected} in {html}");
        }
        assert!(!html.contains("<1 mei>"));
    }

    #[test]
    fn changes_have_a_sign_except_none() {
        assert_eq!(signed(5), "+5");
        assert_eq!(signed(-12), "-12");
        assert_eq!(signed(0), "0");
    }
    #[test]
    fn the_history_controls_list_each_scan_with_its_controls_escaped() {
        let kept = [(1_000, "1 mei".to_owned()), (2_000, "<2 mei>".to_owned())];
        let html = history_html(&kept, &[2_000], Lang::En);
        for expected in [
            "<legend>Completed scans on this device</legend>",
            "<input type=\"checkbox\" id=\"zs-kept-1000\" data-testid=\"choose-1\"><label for=\"zs-kept-1000\" id=\"zs-kept-1000-label\">Scan from 1 mei</label>",
            "<input type=\"checkbox\" id=\"zs-kept-2000\" data-testid=\"choose-2\" checked><label",
            "data-action=\"delete\" data-time=\"2000\" aria-describedby=\"zs-kept-2000-label\" data-testid=\"delete-2\">Delete</button>",
            "Scan from &lt;2 mei&gt;",
        ] {
            assert!(html.contains(expected), "no {expected} in {html}");
        }
        assert!(history_html(&[], &[], Lang::Nl).contains("nog geen afgeronde scan"));
        assert!(confirm_html("<x>", Lang::Nl).contains("De scan van &lt;x&gt; verwijderen?"));
        assert!(other_html("", Lang::Nl)
            .contains("<label for=\"zs-other-code\">Resultaatcode of link</label>"));
        assert!(other_html("AB\"<x>", Lang::En)
            .contains("data-testid=\"other-code\" value=\"AB&quot;&lt;x&gt;\">"));
    }
}
