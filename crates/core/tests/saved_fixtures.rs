//! Saved records of every format version, as a browser of that time wrote them
//! (`fixtures/saved/v1.json` to `v4.json`), read against the shipped content: nothing a visitor
//! saved with an older widget is lost. (The shipped content comes from `zelfscan-shipped`, a
//! dev-dependency: the core itself cannot load content.)

use zelfscan_core::keep::kept::{History, HistoryEntry, Team, TeamEntry};
use zelfscan_core::keep::merge::Stamps;
use zelfscan_core::keep::saved::{from_json, to_json};
use zelfscan_core::keep::session::{Session, Step};
use zelfscan_core::model::answers::{Answer, Answers, DomainStage};
use zelfscan_core::model::{Lang, Scan};

fn shipped() -> Scan {
    zelfscan_shipped::SCAN.clone()
}

/// What both fixtures hold, as a session of the shipped content.
fn fixture_session(scan: &Scan) -> Session {
    let mut session = Session {
        step: Step::from_id("area:vision", scan),
        lang: Lang::Nl,
        ..Session::default()
    };
    session.answers.set("vision-document", Answer::Level(4));
    session.answers.set("vision-cocreation", Answer::DontKnow);
    session.answers.set("vision-domains", Answer::NotApplicable);
    session
        .answers
        .set("statement-no-longer-in-content", Answer::Level(2));
    session.answers.set_desired("vision", Some(5));
    session
        .answers
        .set_domain_stage("soza", DomainStage::Experimenting);
    session
}

#[test]
fn a_version_1_record_is_read_with_every_answer_and_no_change_times() {
    let scan = shipped();
    let text = include_str!("fixtures/saved/v1.json");
    let session = from_json(text, &scan).expect("the v1 fixture reads");
    assert_eq!(session, fixture_session(&scan));
    assert_ne!(session.step, Step::Intro, "the area step is restored");
}

#[test]
fn a_version_2_record_is_read_with_its_change_times_and_clear_marker() {
    let scan = shipped();
    let text = include_str!("fixtures/saved/v2.json");
    let session = from_json(text, &scan).expect("the v2 fixture reads");
    let mut expected = fixture_session(&scan);
    expected.stamps = Stamps {
        statements: [
            ("vision-document", 1_764_270_000_000),
            ("vision-cocreation", 1_764_270_001_000),
            ("vision-domains", 1_764_270_002_000),
            ("vision-plans", 1_764_270_003_000),
        ]
        .into_iter()
        .map(|(k, t)| (k.to_owned(), t))
        .collect(),
        desired: [("vision".to_owned(), 1_764_270_004_000)].into(),
        domains: [("soza".to_owned(), 1_764_270_005_000)].into(),
        cleared: 1_764_260_000_000,
        completed: 0,
    };
    assert_eq!(session, expected);
}

#[test]
fn a_version_3_record_is_read_with_its_completion_time() {
    let scan = shipped();
    let v2 = from_json(include_str!("fixtures/saved/v2.json"), &scan).expect("v2");
    let v3 = from_json(include_str!("fixtures/saved/v3.json"), &scan).expect("v3");
    assert_eq!(v2.stamps.completed_at(), None);
    assert_eq!(v3.stamps.completed_at(), Some(1_764_270_006_000));
    // Apart from the completion, version 3 holds what version 2 does.
    let mut expected = v2;
    expected.stamps.completed = 1_764_270_006_000;
    assert_eq!(v3, expected);
}

/// What the version 4 fixture holds beside the version 3 one.
fn fixture_team_and_history() -> (Team, History) {
    let mut team = Team {
        entries: vec![
            TeamEntry {
                code: "1QJD-R6XE-8BNA".into(),
                label: "Informatiemanager".into(),
                added: 1_764_270_010_000,
            },
            TeamEntry {
                code: "1QJD-ZZ0P".into(),
                label: String::new(),
                added: 1_764_270_011_000,
            },
        ],
        ..Team::default()
    };
    team.removed
        .insert("1QJD-0000-AAAA".into(), 1_764_270_012_000);
    let mut history = History::default();
    let mut earlier = Answers::default();
    earlier.set("vision-document", Answer::Level(2));
    earlier.set("vision-cocreation", Answer::NotApplicable);
    earlier.set("statement-no-longer-in-content", Answer::DontKnow);
    earlier.set_desired("vision", Some(3));
    earlier.set_domain_stage("soza", DomainStage::NotStarted);
    history.entries.push(HistoryEntry {
        completed: 1_732_700_000_000,
        added: 1_764_265_000_000,
        answers: earlier,
    });
    history.removed.insert(1_748_000_000_000, 1_764_270_013_000);
    history.cleared = 1_764_260_000_000;
    (team, history)
}

#[test]
fn a_version_4_record_is_read_with_its_team_set_and_history() {
    let scan = shipped();
    let v3 = from_json(include_str!("fixtures/saved/v3.json"), &scan).expect("v3");
    let v4 = from_json(include_str!("fixtures/saved/v4.json"), &scan).expect("v4");
    let (team, history) = fixture_team_and_history();
    let mut expected = v3;
    expected.team = team;
    expected.history = history;
    assert_eq!(v4, expected);
}

#[test]
fn older_records_saved_again_become_version_4_with_the_same_answers() {
    let scan = shipped();
    for text in [
        include_str!("fixtures/saved/v1.json"),
        include_str!("fixtures/saved/v2.json"),
        include_str!("fixtures/saved/v3.json"),
    ] {
        let session = from_json(text, &scan).expect("an older fixture reads");
        let again = to_json(&session, &scan);
        assert!(again.starts_with(r#"{"v":4,"#), "{again}");
        assert_eq!(from_json(&again, &scan), Ok(session));
    }
}
