//! Insight rules are content: a rule added to a content file fires without a code change, and
//! the shipped content shows nothing before anything is answered.

use zelfscan_core::model::answers::{Answer, Answers};
use zelfscan_core::model::Scan;
use zelfscan_core::score::scoring::score;

/// Answers every statement of each area with the option of the given level, keyed by area id.
fn levels(scan: &Scan, per_area: &[(&str, u8)]) -> Answers {
    let mut answers = Answers::default();
    for (area, level) in per_area {
        let index = scan.area_index(area).expect(area);
        for statement in scan.statements_of(index) {
            answers.set(statement.id, Answer::Level(*level));
        }
    }
    answers
}

#[test]
fn an_empty_scan_shows_no_insight_in_the_shipped_content() {
    let scan = zelfscan_content::load(zelfscan_content::SHIPPED).expect("shipped content is valid");
    assert!(score(&scan, &Answers::default()).insights.is_empty());
}

#[test]
fn a_rule_added_to_the_content_fires_without_a_code_change() {
    let mut content: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/small.json")).expect("JSON");
    let rule = serde_json::json!({
        "id": "service-ahead-wish",
        "when": "level(service) >= level(ict) + 2 and desired(culture) > 3",
        "title": {"nl": "Dienstverlening loopt voor", "en": "Service is ahead"},
        "text": {"nl": "Uw dienstverlening loopt voor op ICT.", "en": "Your service is ahead of ICT."}
    });
    content["rules"].as_array_mut().expect("rules").push(rule);
    let scan = zelfscan_content::load(&content.to_string()).expect("valid with the new rule");
    let mut given = levels(&scan, &[("ict", 2), ("service", 4)]);
    let fired = |given: &Answers| -> Vec<String> {
        let insights = score(&scan, given).insights;
        insights
            .iter()
            .map(|&i| scan.rules[i].id.to_owned())
            .collect()
    };
    assert!(
        !fired(&given).contains(&"service-ahead-wish".to_owned()),
        "no desired level yet"
    );
    given.set_desired("culture", Some(4));
    let fired: Vec<&str> = score(&scan, &given)
        .insights
        .iter()
        .map(|&i| scan.rules[i].id)
        .collect();
    assert!(fired.contains(&"service-ahead-wish"), "{fired:?}");
}
