//! The saved record: the format written to localStorage and to downloaded answer files.
//! **Architecture invariant:** this is a boundary. Its serde types are defined here, apart from
//! the model, carry a format version `"v"`, and are converted by the pure functions below;
//! decoding outside data never panics and reports what was wrong in plain words.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::core::answers::{Answer, Answers, DomainStage};
use crate::core::model::{Lang, Scan};
use crate::core::session::{Session, Step};

/// The format version this build writes.
pub const CURRENT_VERSION: u32 = 1;

/// An answer as saved: the option number 1..=5, or a word for the two non-answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum SavedAnswer {
    Level(u8),
    Other(String),
}

/// Format version 1.
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
}

/// Turns a session into the record to save.
pub fn encode(session: &Session, scan: &Scan) -> SavedV1 {
    let answers = &session.answers;
    SavedV1 {
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
    }
}

/// Serialises a session to the JSON text that is stored.
pub fn to_json(session: &Session, scan: &Scan) -> String {
    // Serialising plain maps of strings and numbers cannot fail; fall back to an empty record
    // rather than panic if it ever did.
    serde_json::to_string(&encode(session, scan)).unwrap_or_else(|_| String::from("{\"v\":1}"))
}

/// Reads a stored or imported record. Answers to ids the content no longer has are kept.
pub fn from_json(text: &str, scan: &Scan) -> Result<Session, DecodeError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    let version = value.get("v").ok_or(DecodeError::NoVersion)?;
    let version = version.as_u64().ok_or(DecodeError::NoVersion)?;
    match version {
        1 => {
            let record: SavedV1 = serde_json::from_value(value)
                .map_err(|e| DecodeError::WrongShape(e.to_string()))?;
            decode_v1(record, scan)
        }
        v if v > u64::from(CURRENT_VERSION) => Err(DecodeError::FutureVersion(v)),
        v => Err(DecodeError::UnknownVersion(v)),
    }
}

fn decode_v1(record: SavedV1, scan: &Scan) -> Result<Session, DecodeError> {
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
    Ok(Session {
        answers,
        step: Step::from_id(&record.step, scan),
        lang: Lang::from_code(&record.lang).unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content;

    fn fixture() -> Scan {
        content::load(include_str!("../../tests/fixtures/small.json")).expect("fixture is valid")
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
        check(r#"{"v":1}"#, Ok(()));
        check(
            r#"{"v":1,"answers":{"ict-owner":3,"gone":"dont_know"}}"#,
            Ok(()),
        );
        check("not json", Err("not readable"));
        check(r#"{"answers":{}}"#, Err("no format version"));
        check(r#"{"v":"1"}"#, Err("no format version"));
        check(r#"{"v":99}"#, Err("newer version"));
        check(r#"{"v":0}"#, Err("does not know"));
        check(r#"{"v":1,"answers":{"ict-owner":7}}"#, Err("damaged"));
        check(r#"{"v":1,"answers":{"ict-owner":"maybe"}}"#, Err("damaged"));
        check(r#"{"v":1,"answers":[1,2]}"#, Err("damaged"));
        check(r#"{"v":1,"desired":{"ict":0}}"#, Err("damaged"));
        check(r#"{"v":1,"domains":{"soza":"flying"}}"#, Err("damaged"));
        check(r#"{"v":1,"answers":{"ict-owner":3"#, Err("not readable"));
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
        let json = to_json(&session, &scan);
        assert!(json.starts_with(r#"{"v":1,"#), "{json}");
        assert_eq!(from_json(&json, &scan), Ok(session));
    }
}
