//! Properties of the scan engine that must hold for every answer set, on the test fixture and
//! on the shipped content: what a respondent could ever enter never breaks the profile.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::OnceLock;

use proptest::prelude::*;
use zelfscan_content::{self as content, SHIPPED};
use zelfscan_core::keep::saved;
use zelfscan_core::model::answers::{Answer, Answers};
use zelfscan_core::model::Scan;
use zelfscan_core::score::scoring::score;
use zelfscan_core::score::team::aggregate;

const FIXTURE: &str = include_str!("fixtures/small.json");

/// More than any content has statements; extra choices are ignored.
const MAX_STATEMENTS: usize = 64;

/// Loaded once: parsing the shipped content for every case would dominate the run time.
fn scans() -> &'static [Scan] {
    static SCANS: OnceLock<Vec<Scan>> = OnceLock::new();
    SCANS.get_or_init(|| {
        [FIXTURE, SHIPPED]
            .iter()
            .map(|text| content::load(text).expect("the content is valid"))
            .collect()
    })
}

/// What a respondent can do with one statement: skip it, or give one of the answers.
fn choice() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        1 => Just(None),
        1 => Just(Some(Answer::DontKnow)),
        1 => Just(Some(Answer::NotApplicable)),
        5 => (1u8..=5).prop_map(|k| Some(Answer::Level(k))),
    ]
}

fn choices() -> impl Strategy<Value = Vec<Option<Answer>>> {
    prop::collection::vec(choice(), MAX_STATEMENTS)
}

/// (statement id, answer) pairs in statement order.
fn given(scan: &Scan, choices: &[Option<Answer>]) -> Vec<(String, Answer)> {
    scan.statements
        .iter()
        .zip(choices)
        .filter_map(|(s, c)| Some((s.id.to_owned(), (*c)?)))
        .collect()
}

fn answers(pairs: &[(String, Answer)]) -> Answers {
    let mut answers = Answers::default();
    for (id, answer) in pairs {
        answers.set(id, *answer);
    }
    answers
}

proptest! {
    #[test]
    fn scores_levels_confidences_and_similarities_stay_in_range(choices in choices()) {
        for scan in scans() {
            let profile = score(scan, &answers(&given(scan, &choices)));
            for area in &profile.areas {
                if let Some(s) = area.score {
                    prop_assert!((0.0..=100.0).contains(&s), "score {s}");
                }
                prop_assert_eq!(area.score.is_some(), area.level.is_some());
                prop_assert!(area.level.is_none_or(|l| (1..=5).contains(&l)));
                prop_assert!((0.0..=1.0).contains(&area.confidence()));
            }
            for m in &profile.archetypes {
                prop_assert!((0.0..=1.0).contains(&m.similarity), "similarity {}", m.similarity);
            }
        }
    }

    /// The order in which answers arrive never changes a profile. They arrive as the keys of
    /// the saved record's "answers" object (storage, an answers file), so the record is written
    /// with its keys in a shuffled order and read by the saved format's reader; a reader that
    /// let a key's position matter (a last-wins merge, an index kept by position) fails here.
    #[test]
    fn the_order_answers_were_given_in_does_not_matter(
        (choices, order) in choices().prop_flat_map(|c| {
            let order: Vec<usize> = (0..MAX_STATEMENTS).collect();
            (Just(c), Just(order).prop_shuffle())
        })
    ) {
        for scan in scans() {
            let in_order = given(scan, &choices);
            let shuffled: Vec<(String, Answer)> = order
                .iter()
                .filter_map(|&i| in_order.get(i).cloned())
                .collect();
            let read = |pairs: &[(String, Answer)]| {
                let keys: Vec<String> = pairs
                    .iter()
                    .map(|(id, answer)| {
                        let value = match answer {
                            Answer::Level(k) => k.to_string(),
                            Answer::DontKnow => "\"dont_know\"".to_owned(),
                            Answer::NotApplicable => "\"not_applicable\"".to_owned(),
                        };
                        format!("\"{id}\":{value}")
                    })
                    .collect();
                let record = format!("{{\"v\":1,\"answers\":{{{}}}}}", keys.join(","));
                saved::from_json(&record, scan).expect("a valid record").answers
            };
            let (first, second) = (read(&in_order), read(&shuffled));
            prop_assert_eq!(&first, &answers(&in_order));
            prop_assert_eq!(score(scan, &first), score(scan, &second));
        }
    }

    #[test]
    fn raising_an_answered_statement_never_lowers_its_area_score(
        choices in choices(),
        pick in any::<prop::sample::Index>(),
        raise_by in 1u8..=4,
    ) {
        for scan in scans() {
            let mut pairs = given(scan, &choices);
            let answered: Vec<usize> = (0..pairs.len())
                .filter(|&i| matches!(pairs[i].1, Answer::Level(k) if k < 5))
                .collect();
            if answered.is_empty() {
                continue;
            }
            let i = answered[pick.index(answered.len())];
            let area = scan.statement(&pairs[i].0).expect("a statement of the scan").area;
            let before = score(scan, &answers(&pairs)).areas[area].score;
            if let Answer::Level(k) = pairs[i].1 {
                pairs[i].1 = Answer::Level((k + raise_by).min(5));
            }
            let after = score(scan, &answers(&pairs)).areas[area].score;
            prop_assert!(after >= before, "{before:?} -> {after:?}");
        }
    }

    #[test]
    fn dont_know_and_not_applicable_score_as_if_the_statement_were_absent(
        choices in choices(),
        pick in any::<prop::sample::Index>(),
        non_answer in prop_oneof![Just(Answer::DontKnow), Just(Answer::NotApplicable)],
    ) {
        for scan in scans() {
            let statement = &scan.statements[pick.index(scan.statements.len())].id;
            let mut absent = answers(&given(scan, &choices));
            absent.clear_answer(statement);
            let mut unknown = absent.clone();
            unknown.set(statement, non_answer);
            let (a, u) = (score(scan, &absent), score(scan, &unknown));
            // Only the counts behind `answered()` and `dont_know()` may differ, and the
            // insights that ask about them.
            let scored = |p: &zelfscan_core::score::scoring::Profile| -> Vec<_> {
                p.areas.iter().map(|r| (r.score, r.level, r.answered, r.next_steps.clone(), r.gap)).collect()
            };
            prop_assert_eq!(scored(&a), scored(&u));
            prop_assert_eq!(&a.archetypes, &u.archetypes);
            prop_assert_eq!(&a.largest_gaps, &u.largest_gaps);
            let about_scores = |p: &zelfscan_core::score::scoring::Profile| -> Vec<usize> {
                p.insights
                    .iter()
                    .copied()
                    .filter(|&i| {
                        let when = &scan.rules[i].when.source;
                        !when.contains("answered(") && !when.contains("dont_know(")
                    })
                    .collect()
            };
            prop_assert_eq!(about_scores(&a), about_scores(&u));
        }
    }

    #[test]
    fn team_means_lie_between_the_lowest_and_highest_answer(
        team in prop::collection::vec(choices(), 1..6)
    ) {
        for scan in scans() {
            let sets: Vec<Answers> = team.iter().map(|c| answers(&given(scan, c))).collect();
            let result = aggregate(scan, &sets);
            let spreads = result
                .areas
                .iter()
                .filter_map(|a| a.score.as_ref())
                .chain(result.statements.iter().filter_map(|s| s.level.as_ref()));
            for s in spreads {
                prop_assert!(s.min <= s.mean + 1e-9 && s.mean <= s.max + 1e-9, "{s:?}");
                prop_assert!(s.std_dev >= 0.0 && s.std_dev <= (s.max - s.min) / 2.0 + 1e-9, "{s:?}");
                prop_assert!(s.respondents >= 1 && s.respondents <= sets.len());
            }
        }
    }
}
