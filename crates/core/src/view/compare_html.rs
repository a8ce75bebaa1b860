//! Two scans compared, as static markup (chart, table, domains, what was left out), and the
//! history view's controls, each set in one `inner_html` by the widget: they change only with
//! the scans or the language, and reactive controls would cost the wasm several times as much.
//! The controls name what they do with a [`HistoryAction`], which the widget reads back from
//! the clicked element: one enum, not strings matched in two places.

use std::fmt::Write as _;

use crate::model::vocab::DomainStage;
use crate::model::{Lang, Scan};
use crate::score::compare::{whole, Comparison};
use crate::view::chart::{range_x, RANGE_LEFT, RANGE_RIGHT};
use crate::view::team_html::{escape, scale_labels};
use crate::view::texts::{fill, T, W};

/// What a control of the history view does, written into its `data-action` attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryAction {
    /// Back to the result.
    Back,
    Print,
    /// Compare the two ticked scans (a form).
    CompareChosen,
    /// Ask to delete a kept scan (its `data-time` names it).
    Delete,
    DeleteYes,
    DeleteNo,
    /// Compare with a typed code (a form).
    CompareCode,
    /// Choose an answers file to compare with.
    File,
    /// Swap which scan is the earlier one.
    Swap,
}

impl HistoryAction {
    pub const ALL: [HistoryAction; 9] = [
        HistoryAction::Back,
        HistoryAction::Print,
        HistoryAction::CompareChosen,
        HistoryAction::Delete,
        HistoryAction::DeleteYes,
        HistoryAction::DeleteNo,
        HistoryAction::CompareCode,
        HistoryAction::File,
        HistoryAction::Swap,
    ];

    /// The value of `data-action`.
    pub fn id(self) -> &'static str {
        match self {
            HistoryAction::Back => "back",
            HistoryAction::Print => "print",
            HistoryAction::CompareChosen => "compare-chosen",
            HistoryAction::Delete => "delete",
            HistoryAction::DeleteYes => "delete-yes",
            HistoryAction::DeleteNo => "delete-no",
            HistoryAction::CompareCode => "compare-code",
            HistoryAction::File => "file",
            HistoryAction::Swap => "swap",
        }
    }

    /// The action a `data-action` value names, if any.
    pub fn from_id(id: &str) -> Option<HistoryAction> {
        HistoryAction::ALL.into_iter().find(|a| a.id() == id)
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
    for (gone, label) in [(&c.gone_before, &before), (&c.gone_after, &after)] {
        if !gone.is_empty() {
            let key = W::count(gone.len(), W::CompareGoneOne, W::CompareGone);
            let _ = write!(
                out,
                "<p class=\"zs-notice\" data-testid=\"compare-gone\">{}</p>",
                fill(
                    &escape(key.get(lang)),
                    &[("n", gone.len().to_string()), ("scan", label.clone())]
                )
            );
        }
    }
    chart(&mut out, scan, c, [&before, &after], lang);
    table(&mut out, scan, c, [&before, &after], lang);
    domains(&mut out, scan, c, [&before, &after], lang);
    out
}

/// The chart: per area a line from the earlier score (open circle) to the later (filled).
fn chart(out: &mut String, scan: &Scan, c: &Comparison, [before, after]: [&String; 2], lang: Lang) {
    let names = [("before", before.clone()), ("after", after.clone())];
    let height = 30 * c.areas.len() as i32 + 30;
    let _ = write!(
        out,
        "<h2 id=\"zs-compare-title\" tabindex=\"-1\">{}</h2><p id=\"zs-compare-desc\">{}</p>\
         <svg class=\"zs-team-chart\" viewBox=\"0 0 640 {height}\" role=\"img\" aria-labelledby=\"zs-compare-title\" \
         aria-describedby=\"zs-compare-desc\" data-testid=\"compare-chart\">",
        fill(&escape(W::CompareTitle.get(lang)), &names),
        fill(&escape(W::CompareChartDesc.get(lang)), &names)
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
    scale_labels(out, height);
    out.push_str("</svg>");
}

/// The table: the same numbers, and both desired levels.
fn table(out: &mut String, scan: &Scan, c: &Comparison, [before, after]: [&String; 2], lang: Lang) {
    let _ = write!(
        out,
        "<div class=\"zs-table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"zs-compare-caption\">\
         <table class=\"zs-table\" data-testid=\"compare-table\"><caption id=\"zs-compare-caption\">{}</caption><thead><tr>\
         <th scope=\"col\">{}</th><th scope=\"col\">{before}</th><th scope=\"col\">{after}</th><th scope=\"col\">{}</th>",
        escape(W::CompareCaption.get(lang)),
        escape(T::ColArea.get(lang)),
        escape(W::ColChange.get(lang)),
    );
    for label in [&before, &after] {
        let _ = write!(
            out,
            "<th scope=\"col\">{}</th>",
            fill(&escape(W::ColDesiredIn.get(lang)), &[("scan", label)])
        );
    }
    out.push_str("</tr></thead><tbody>");
    // A scan with answers to statements the content no longer has was made with an earlier
    // version of the statements: an area without a score then says so, never a bare "no score".
    let none = |gone: &[String]| {
        escape(if gone.is_empty() {
            T::NoScore.get(lang)
        } else {
            W::NoScoreEarlierVersion.get(lang)
        })
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
}

/// The domains chosen in either scan, with both stages.
fn domains(
    out: &mut String,
    scan: &Scan,
    c: &Comparison,
    [before, after]: [&String; 2],
    lang: Lang,
) {
    if !c.domains.is_empty() {
        let _ = write!(
            out,
            "<div class=\"zs-table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"zs-compare-domains\">\
             <table class=\"zs-table\" data-testid=\"compare-domains\"><caption id=\"zs-compare-domains\">{}</caption>\
             <thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{before}</th><th scope=\"col\">{after}</th></tr></thead><tbody>",
            escape(W::CompareDomains.get(lang)),
            escape(W::ColDomain.get(lang)),
        );
        let stage = |s: Option<DomainStage>| {
            escape(s.map_or(W::NotChosen.get(lang), |s| T::stage(s).get(lang)))
        };
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
}

/// The history view's controls as static markup, like its figures: the title, the actions,
/// and the kept scans (completion time and date in words, oldest first) with a checkbox and a
/// delete button each, in a form to compare two; the scans in `chosen` (completion times) are
/// ticked, so that markup rendered again (another language, another tab's change) keeps what the
/// person ticked. The widget handles their clicks and submits on the view's element
/// (`data-action`), not per control.
pub fn history_html(kept: &[(u64, String)], chosen: &[u64], lang: Lang) -> String {
    let t = |key: W| escape(key.get(lang));
    let (act_back, act_print) = (HistoryAction::Back.id(), HistoryAction::Print.id());
    let act_compare_chosen = HistoryAction::CompareChosen.id();
    let act_delete = HistoryAction::Delete.id();
    let mut out = format!(
        "<h1 id=\"zs-step-heading\" tabindex=\"-1\">{}</h1><p class=\"zs-no-print\">{}</p>\
         <div class=\"zs-actions\"><button type=\"button\" class=\"zs-button\" data-action=\"{act_back}\" data-testid=\"history-back\">{}</button>\
         <button type=\"button\" class=\"zs-button\" data-action=\"{act_print}\" data-testid=\"history-print\">{}</button></div>\
         <form class=\"zs-no-print\" data-action=\"{act_compare_chosen}\"><fieldset class=\"zs-fieldset\"><legend>{}</legend>\
         <ul class=\"zs-history\" data-testid=\"history-list\">",
        t(W::HistoryTitle),
        t(W::HistoryIntro),
        t(W::HistoryBack),
        escape(T::Print.get(lang)),
        t(W::HistoryLegend),
    );
    if kept.is_empty() {
        let _ = write!(
            out,
            "<li data-testid=\"history-empty\">{}</li>",
            t(W::HistoryEmpty)
        );
    }
    for (i, (time, when)) in kept.iter().enumerate() {
        let n = i + 1;
        let _ = write!(
            out,
            "<li class=\"zs-option\" data-testid=\"kept-{n}\"><input type=\"checkbox\" id=\"zs-kept-{time}\" \
             data-testid=\"choose-{n}\"{}><label for=\"zs-kept-{time}\" id=\"zs-kept-{time}-label\">{}</label>\
             <button type=\"button\" class=\"zs-link-button\" data-action=\"{act_delete}\" data-time=\"{time}\" \
             aria-describedby=\"zs-kept-{time}-label\" data-testid=\"delete-{n}\">{}</button></li>",
            if chosen.contains(time) { " checked" } else { "" },
            fill(&t(W::HistoryScan), &[("when", escape(when))]),
            t(W::HistoryDelete)
        );
    }
    let _ = write!(
        out,
        "</ul><button type=\"submit\" class=\"zs-button zs-button--primary\" data-testid=\"compare-chosen\">{}</button></fieldset></form>",
        t(W::HistoryCompare)
    );
    out
}

/// The confirmation before a kept scan is deleted.
pub fn confirm_html(when: &str, lang: Lang) -> String {
    let t = |key: W| escape(key.get(lang));
    let (act_delete_yes, act_delete_no) =
        (HistoryAction::DeleteYes.id(), HistoryAction::DeleteNo.id());
    format!(
        "<div class=\"zs-notice zs-no-print\" id=\"zs-history-confirm\" tabindex=\"-1\" role=\"group\" \
         aria-labelledby=\"zs-history-confirm-text\" data-testid=\"delete-confirm\"><p id=\"zs-history-confirm-text\">{}</p>\
         <div class=\"zs-actions\"><button type=\"button\" class=\"zs-button zs-button--primary\" data-action=\"{act_delete_yes}\" \
         data-testid=\"delete-yes\">{}</button><button type=\"button\" class=\"zs-button\" data-action=\"{act_delete_no}\" \
         data-testid=\"delete-no\">{}</button></div></div>",
        fill(&t(W::HistoryDeleteConfirm), &[("when", escape(when))]),
        t(W::HistoryDeleteYes),
        t(W::HistoryDeleteNo)
    )
}

/// The form to compare the current scan with one from another device: a code (`code`, what the
/// person has typed so far, kept when the form is rendered again), or an answers file through a
/// hidden file input opened by a labelled button in the widget's language.
pub fn other_html(code: &str, lang: Lang) -> String {
    let t = |key: W| escape(key.get(lang));
    let (act_compare_code, act_file) = (HistoryAction::CompareCode.id(), HistoryAction::File.id());
    format!(
        "<form class=\"zs-no-print\" data-action=\"{act_compare_code}\"><fieldset class=\"zs-fieldset\"><legend>{}</legend>\
         <p class=\"zs-field\"><label for=\"zs-other-code\">{}</label><input id=\"zs-other-code\" type=\"text\" \
         autocomplete=\"off\" spellcheck=\"false\" data-testid=\"other-code\" value=\"{}\"></p><div class=\"zs-actions\">\
         <button type=\"submit\" class=\"zs-button\" data-testid=\"compare-code\">{}</button><button type=\"button\" \
         class=\"zs-button\" data-action=\"{act_file}\" data-testid=\"compare-file-button\">{}</button></div>\
         <input type=\"file\" hidden tabindex=\"-1\" aria-hidden=\"true\" accept=\".json,application/json\" \
         id=\"zs-other-file\" data-testid=\"compare-file\"></fieldset></form>",
        t(W::OtherLegend),
        t(W::OtherCodeLabel),
        escape(code),
        t(W::OtherCompare),
        t(W::OtherFile)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::Answer;
    use crate::score::compare::compare;

    fn fixture() -> Scan {
        crate::fixture::small()
    }

    use crate::fixture::answers;

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
            "&lt;1 mei&gt;: deze scan gebruikt een eerdere versie van de stellingen. Er hoort 1 antwoord bij een stelling die niet meer in de scan staat.",
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
            "<legend>Completed scans in this browser</legend>",
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
            .contains("<label for=\"zs-other-code\">Uitkomstcode of link</label>"));
        assert!(other_html("AB\"<x>", Lang::En)
            .contains("data-testid=\"other-code\" value=\"AB&quot;&lt;x&gt;\">"));
    }

    #[test]
    fn every_control_names_an_action_the_widget_knows_and_back() {
        for action in HistoryAction::ALL {
            assert_eq!(HistoryAction::from_id(action.id()), Some(action));
        }
        assert_eq!(HistoryAction::from_id("nothing"), None);
        let markup = [
            history_html(&[(1000, "1 mei".into())], &[], Lang::Nl),
            confirm_html("1 mei", Lang::Nl),
            other_html("", Lang::Nl),
        ]
        .concat();
        let named: Vec<&str> = markup
            .split("data-action=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        assert_eq!(named.len(), 8, "{named:?}");
        for id in named {
            assert!(HistoryAction::from_id(id).is_some(), "{id}");
        }
    }
}
