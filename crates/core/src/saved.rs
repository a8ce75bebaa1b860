//! The saved record: the format written to localStorage and to downloaded answer files.
//! **Architecture invariant:** this is a boundary. Its serde types are defined here, apart from
//! the model, carry a format version `"v"`, and are converted by the pure functions below;
//! decoding outside data never panics and reports what was wrong in plain words.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::answers::{Answer, Answers, DomainStage};
use crate::merge::Stamps;
use crate::model::{Lang, Scan};
use crate::session::{Session, Step};

/// The format version this build writes.
pub const CURRENT_VERSION: u32 = 2;

/// A record longer than this is refused unread: a real one is a few kilobytes, so anything this
/// large is damage, and parsing it would only slow the start.
pub const MAX_RECORD_BYTES: usize = 256 * 1024;

/// The largest time a record may carry; larger numbers are damage.
pub use crate::merge::MAX_TIME;

/// An answer as saved: the option number 1..=5, or a word for the two non-answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum SavedAnswer {
    Level(u8),
    Other(String),
}

/// Format version 1: what was entered, the step and the language, without change times.
/// Kept readable forever (`tests/fixtures/saved/v1.json`); read through [`migrate_v1`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedV1 {
    pub v: u32,
    #[serde(default)]
    pub answers: BTreeMap<String, SavedAnswer>,
    #[serde(default)]
    pub desired: BTreeMap<String, u8>,
    #[serde(default)]
    pub domains: BTreeMap<String, String>,
    #[serde(default)]
    pub step: String,
    #[serde(default)]
    pub lang: String,
}

/// Format version 2: version 1 plus when each entry last changed (`changed`, also for entries
/// since removed) and when the answers were last cleared (`cleared`), so that records from two
/// tabs merge entry by entry (`core::merge`). Times are milliseconds since 1970.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedV2 {
    pub v: u32,
    #[serde(default)]
    pub answers: BTreeMap<String, SavedAnswer>,
    #[serde(default)]
    pub desired: BTreeMap<String, u8>,
    #[serde(default)]
    pub domains: BTreeMap<String, String>,
    #[serde(default)]
    pub step: String,
    #[serde(default)]
    pub lang: String,
    #[serde(default)]
    pub changed: SavedTimes,
    #[serde(default)]
    pub cleared: u64,
}

/// The change times of a version 2 record, per kind of entry.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedTimes {
    #[serde(default)]
    pub answers: BTreeMap<String, u64>,
    #[serde(default)]
    pub desired: BTreeMap<String, u64>,
    #[serde(default)]
    pub domains: BTreeMap<String, u64>,
}

/// Why a saved record could not be read. The messages are shown to the person.
#[derive(Debug, Error, PartialEq)]
pub enum DecodeError {
    #[error("the saved data is not readable ({0})")]
    NotJson(String),
    #[error("the saved data has no format version")]
    NoVersion,
    #[error("the saved data is from a newer version ({0}) of this scan")]
    FutureVersion(u64),
    #[error("the saved data has format version {0}, which this scan does not know")]
    UnknownVersion(u64),
    #[error("the saved data is damaged ({0})")]
    WrongShape(String),
    #[error("the saved data is far too large ({0} bytes) to be answers")]
    TooLarge(usize),
}

/// Version 1 to version 2: every entry keeps its value and gets time 0, "before any change this
/// version makes", so that any later change, or a clear, wins over it.
pub fn migrate_v1(record: SavedV1) -> SavedV2 {
    SavedV2 {
        v: 2,
        answers: record.answers,
        desired: record.desired,
        domains: record.domains,
        step: record.step,
        lang: record.lang,
        changed: SavedTimes::default(),
        cleared: 0,
    }
}

/// Turns a session into the record to save.
pub fn encode(session: &Session, scan: &Scan) -> SavedV2 {
    let answers = &session.answers;
    let stamps = &session.stamps;
    SavedV2 {
        v: CURRENT_VERSION,
        answers: answers
            .statements
            .iter()
            .map(|(id, answer)| {
                let saved = match answer {
                    Answer::Level(k) => SavedAnswer::Level(*k),
                    Answer::DontKnow => SavedAnswer::Other("dont_know".into()),
                    Answer::NotApplicable => SavedAnswer::Other("not_applicable".into()),
                };
                (id.clone(), saved)
            })
            .collect(),
        desired: answers.desired.clone(),
        domains: answers
            .domains
            .iter()
            .map(|(id, stage)| (id.clone(), stage.id().to_owned()))
            .collect(),
        step: session.step.to_id(scan),
        lang: session.lang.code().to_owned(),
        changed: SavedTimes {
            answers: stamps.statements.clone(),
            desired: stamps.desired.clone(),
            domains: stamps.domains.clone(),
        },
        cleared: stamps.cleared,
    }
}

/// Serialises a session to the JSON text that is stored and downloaded.
pub fn to_json(session: &Session, scan: &Scan) -> String {
    // Serialising plain maps of strings and numbers cannot fail; fall back to an empty record
    // rather than panic if it ever did.
    serde_json::to_string(&encode(session, scan))
        .unwrap_or_else(|_| format!("{{\"v\":{CURRENT_VERSION}}}"))
}

/// The same record laid out for people: the downloaded answers file.
pub fn to_pretty_json(session: &Session, scan: &Scan) -> String {
    serde_json::to_string_pretty(&encode(session, scan)).unwrap_or_else(|_| to_json(session, scan))
}

/// Reads a stored record or an imported answers file, of any version this build knows. Answers
/// to ids the content no longer has are kept.
pub fn from_json(text: &str, scan: &Scan) -> Result<Session, DecodeError> {
    if text.len() > MAX_RECORD_BYTES {
        return Err(DecodeError::TooLarge(text.len()));
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    let version = value.get("v").ok_or(DecodeError::NoVersion)?;
    let version = version.as_u64().ok_or(DecodeError::NoVersion)?;
    let shape = |e: serde_json::Error| DecodeError::WrongShape(e.to_string());
    let record = match version {
        1 => migrate_v1(serde_json::from_value(value).map_err(shape)?),
        2 => serde_json::from_value(value).map_err(shape)?,
        v if v > u64::from(CURRENT_VERSION) => return Err(DecodeError::FutureVersion(v)),
        v => return Err(DecodeError::UnknownVersion(v)),
    };
    decode_v2(record, scan)
}

fn decode_v2(record: SavedV2, scan: &Scan) -> Result<Session, DecodeError> {
    let mut answers = Answers::default();
    for (id, saved) in record.answers {
        let answer = match saved {
            SavedAnswer::Level(k) if (1..=5).contains(&k) => Answer::Level(k),
            SavedAnswer::Other(word) if word == "dont_know" => Answer::DontKnow,
            SavedAnswer::Other(word) if word == "not_applicable" => Answer::NotApplicable,
            other => {
                return Err(DecodeError::WrongShape(format!(
                    "answer to \"{id}\" is {other:?}"
                )))
            }
        };
        answers.statements.insert(id, answer);
    }
    for (area, level) in record.desired {
        if !(1..=5).contains(&level) {
            return Err(DecodeError::WrongShape(format!(
                "desired level {level} for \"{area}\""
            )));
        }
        answers.desired.insert(area, level);
    }
    for (domain, stage) in record.domains {
        let stage = DomainStage::from_id(&stage).ok_or_else(|| {
            DecodeError::WrongShape(format!("stage \"{stage}\" for domain \"{domain}\""))
        })?;
        answers.domains.insert(domain, stage);
    }
    let times = [
        &record.changed.answers,
        &record.changed.desired,
        &record.changed.domains,
    ];
    let too_late = times
        .iter()
        .flat_map(|map| map.values())
        .chain(std::iter::once(&record.cleared))
        .find(|&&time| time > MAX_TIME);
    if let Some(time) = too_late {
        return Err(DecodeError::WrongShape(format!("change time {time}")));
    }
    Ok(Session {
        answers,
        stamps: Stamps {
            statements: record.changed.answers,
            desired: record.changed.desired,
            domains: record.changed.domains,
            cleared: record.cleared,
            completed: 0,
        },
        step: Step::from_id(&record.step, scan),
        lang: Lang::from_code(&record.lang).unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    fn fixture() -> Scan {
        content::load(include_str!("../tests/fixtures/small.json")).expect("fixture is valid")
    }

    fn shipped() -> Scan {
        content::load(content::SHIPPED).expect("shipped content is valid")
    }

    fn check(text: &str, expected: Result<(), &str>) {
        let scan = fixture();
        let got = from_json(text, &scan)
            .map(|_| ())
            .map_err(|e| e.to_string());
        match expected {
            Ok(()) => assert!(got.is_ok(), "{text}: {got:?}"),
            Err(fragment) => {
                let message = got.expect_err(text);
                assert!(message.contains(fragment), "{text}: {message}");
            }
        }
    }

    #[test]
    fn records_are_read_or_refused_with_a_reason() {
        let huge = format!(r#"{{"v":2,"lang":"{}"}}"#, "x".repeat(MAX_RECORD_BYTES));
        check(r#"{"v":1}"#, Ok(()));
        check(r#"{"v":2}"#, Ok(()));
        check(
            r#"{"v":1,"answers":{"ict-owner":3,"gone":"dont_know"}}"#,
            Ok(()),
        );
        check(
            r#"{"v":2,"answers":{"gone":3},"changed":{"answers":{"gone":5,"also-gone":6}}}"#,
            Ok(()),
        );
        check(r#"{"v":2,"unknown-field":[1,2,3]}"#, Ok(()));
        check("not json", Err("not readable"));
        check("", Err("not readable"));
        check(r#"{"answers":{}}"#, Err("no format version"));
        check(r#"[1,2]"#, Err("no format version"));
        check(r#"{"v":"1"}"#, Err("no format version"));
        check(r#"{"v":-1}"#, Err("no format version"));
        check(r#"{"v":1.5}"#, Err("no format version"));
        check(r#"{"v":99}"#, Err("newer version"));
        check(r#"{"v":0}"#, Err("does not know"));
        check(r#"{"v":1,"answers":{"ict-owner":7}}"#, Err("damaged"));
        check(r#"{"v":1,"answers":{"ict-owner":300}}"#, Err("damaged"));
        check(r#"{"v":1,"answers":{"ict-owner":"maybe"}}"#, Err("damaged"));
        check(r#"{"v":1,"answers":[1,2]}"#, Err("damaged"));
        check(r#"{"v":1,"desired":{"ict":0}}"#, Err("damaged"));
        check(r#"{"v":1,"domains":{"soza":"flying"}}"#, Err("damaged"));
        check(r#"{"v":1,"step":3}"#, Err("damaged"));
        check(r#"{"v":2,"changed":{"answers":{"a":-5}}}"#, Err("damaged"));
        check(
            r#"{"v":2,"changed":{"answers":{"a":9007199254740992}}}"#,
            Err("damaged"),
        );
        check(r#"{"v":2,"cleared":"yesterday"}"#, Err("damaged"));
        check(r#"{"v":2,"changed":"soon"}"#, Err("damaged"));
        check(r#"{"v":1,"answers":{"ict-owner":3"#, Err("not readable"));
        check(&huge, Err("too large"));
    }

    #[test]
    fn a_session_survives_encoding_and_decoding() {
        let scan = fixture();
        let mut session = Session {
            step: Step::Area(1),
            lang: Lang::En,
            ..Session::default()
        };
        session.answers.set("ict-owner", Answer::Level(4));
        session.answers.set("culture-change", Answer::DontKnow);
        session
            .answers
            .set("service-reasons", Answer::NotApplicable);
        session
            .answers
            .set("removed-from-content", Answer::Level(2));
        session.answers.set_desired("ict", Some(5));
        session
            .answers
            .set_domain_stage("soza", DomainStage::Experimenting);
        session.stamps.statements.insert("ict-owner".into(), 10);
        session.stamps.statements.insert("removed-since".into(), 11);
        session.stamps.desired.insert("ict".into(), 12);
        session.stamps.cleared = 3;
        for json in [to_json(&session, &scan), to_pretty_json(&session, &scan)] {
            assert!(
                json.replace(['\n', ' '], "").starts_with(r#"{"v":2,"#),
                "{json}"
            );
            assert_eq!(from_json(&json, &scan), Ok(session.clone()));
        }
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
        let text = include_str!("../tests/fixtures/saved/v1.json");
        let session = from_json(text, &scan).expect("the v1 fixture reads");
        assert_eq!(session, fixture_session(&scan));
        assert_ne!(session.step, Step::Intro, "the area step is restored");
    }

    #[test]
    fn a_version_2_record_is_read_with_its_change_times_and_clear_marker() {
        let scan = shipped();
        let text = include_str!("../tests/fixtures/saved/v2.json");
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
    fn migrating_version_1_keeps_every_value_and_adds_time_zero() {
        let v1: SavedV1 =
            serde_json::from_str(include_str!("../tests/fixtures/saved/v1.json")).expect("v1");
        let v2 = migrate_v1(v1.clone());
        assert_eq!(v2.v, 2);
        assert_eq!(
            (&v2.answers, &v2.desired, &v2.domains, &v2.step, &v2.lang),
            (&v1.answers, &v1.desired, &v1.domains, &v1.step, &v1.lang)
        );
        assert_eq!((v2.changed, v2.cleared), (SavedTimes::default(), 0));
    }

    #[test]
    fn a_version_1_record_saved_again_becomes_version_2_with_the_same_answers() {
        let scan = shipped();
        let session =
            from_json(include_str!("../tests/fixtures/saved/v1.json"), &scan).expect("v1");
        let again = to_json(&session, &scan);
        assert!(again.starts_with(r#"{"v":2,"#), "{again}");
        assert_eq!(from_json(&again, &scan), Ok(session));
    }
}
