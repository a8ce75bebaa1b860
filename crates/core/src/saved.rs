//! The saved record: the format written to localStorage and to downloaded answer files.
//! **Architecture invariant:** this is a boundary. Its serde types are defined here, apart from
//! the model, carry a format version `"v"`, and are converted by the pure functions below;
//! decoding outside data never panics and reports what was wrong in plain words.
//!
//! Versions: 1 holds what was entered, the step and the language; 2 adds when each entry last
//! changed (`changed`, also for entries since removed) and when the answers were last cleared
//! (`cleared`), so that records from two tabs merge entry by entry (`crate::merge`); 3 adds when
//! the scan was last completed (`completed`: the person went on to the results), the date the
//! printed report gives. One struct, [`Record`], reads all three in a single typed pass: an
//! older record lacks the newer fields, and their defaults (no change time, never cleared, never
//! completed: time 0) are exactly the migration from it; a field an older version claims to
//! have is foreign and ignored. Fixtures per version: `tests/fixtures/saved/`.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use thiserror::Error;

use crate::answers::{Answer, Answers};
use crate::merge::Stamps;
use crate::model::Scan;
use crate::session::{Session, Step};
use crate::vocab::{DomainStage, Lang, LEVELS};

/// The format version this build writes.
pub const CURRENT_VERSION: u64 = 3;

/// A record longer than this is refused unread: a real one is a few kilobytes, so anything this
/// large is damage, and parsing it would only slow the start.
pub const MAX_RECORD_BYTES: usize = 256 * 1024;

/// The largest time a record may carry; larger numbers are damage.
pub use crate::merge::MAX_TIME;

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

/// A stored record or answers file of format version 1, 2 or 3 (see the module comment).
#[derive(Debug, Default, Deserialize)]
struct Record {
    #[serde(default)]
    v: Version,
    #[serde(default)]
    answers: BTreeMap<String, SavedAnswer>,
    #[serde(default)]
    desired: BTreeMap<String, u8>,
    #[serde(default)]
    domains: BTreeMap<String, SavedStage>,
    #[serde(default)]
    step: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    changed: Times,
    #[serde(default)]
    cleared: u64,
    #[serde(default)]
    completed: u64,
}

/// Only the version, read when a record does not fit [`Record`], so that a newer version's
/// record is reported as newer rather than as damaged.
#[derive(Deserialize)]
struct VersionOnly {
    #[serde(default)]
    v: Version,
}

/// The change times of a record, per kind of entry.
#[derive(Debug, Default, Deserialize)]
struct Times {
    #[serde(default)]
    answers: BTreeMap<String, u64>,
    #[serde(default)]
    desired: BTreeMap<String, u64>,
    #[serde(default)]
    domains: BTreeMap<String, u64>,
}

/// The `"v"` field: a whole number, absent, or something else (which is no version at all).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
enum Version {
    #[default]
    Absent,
    Number(u64),
    NotANumber,
}

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnyValue;
        impl<'de> Visitor<'de> for AnyValue {
            type Value = Version;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a format version")
            }
            fn visit_u64<E>(self, n: u64) -> Result<Version, E> {
                Ok(Version::Number(n))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Version, E> {
                Ok(Version::NotANumber)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Version, E> {
                Ok(Version::NotANumber)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Version, E> {
                Ok(Version::NotANumber)
            }
            fn visit_str<E>(self, _: &str) -> Result<Version, E> {
                Ok(Version::NotANumber)
            }
            fn visit_unit<E>(self) -> Result<Version, E> {
                Ok(Version::NotANumber)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Version, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Version::NotANumber)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Version, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Version::NotANumber)
            }
        }
        deserializer.deserialize_any(AnyValue)
    }
}

/// An answer as saved: the option number 1..=5, or `"dont_know"` / `"not_applicable"`.
#[derive(Debug)]
struct SavedAnswer(Answer);

impl<'de> Deserialize<'de> for SavedAnswer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnswerVisitor;
        impl Visitor<'_> for AnswerVisitor {
            type Value = SavedAnswer;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(
                    f,
                    "an option 1 to {LEVELS}, \"{DONT_KNOW}\" or \"{NOT_APPLICABLE}\""
                )
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<SavedAnswer, E> {
                match u8::try_from(n) {
                    Ok(k) if (1..=LEVELS).contains(&k) => Ok(SavedAnswer(Answer::Level(k))),
                    _ => Err(E::invalid_value(de::Unexpected::Unsigned(n), &self)),
                }
            }
            fn visit_str<E: de::Error>(self, word: &str) -> Result<SavedAnswer, E> {
                match word {
                    DONT_KNOW => Ok(SavedAnswer(Answer::DontKnow)),
                    NOT_APPLICABLE => Ok(SavedAnswer(Answer::NotApplicable)),
                    _ => Err(E::invalid_value(de::Unexpected::Str(word), &self)),
                }
            }
        }
        deserializer.deserialize_any(AnswerVisitor)
    }
}

/// A chosen domain's stage as saved: its id (`DomainStage::id`).
#[derive(Debug)]
struct SavedStage(DomainStage);

impl<'de> Deserialize<'de> for SavedStage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct StageVisitor;
        impl Visitor<'_> for StageVisitor {
            type Value = SavedStage;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a domain stage")
            }
            fn visit_str<E: de::Error>(self, id: &str) -> Result<SavedStage, E> {
                DomainStage::from_id(id)
                    .map(SavedStage)
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Str(id), &self))
            }
        }
        deserializer.deserialize_str(StageVisitor)
    }
}

const DONT_KNOW: &str = "dont_know";
const NOT_APPLICABLE: &str = "not_applicable";

/// Reads a stored record or an imported answers file, of any version this build knows. Answers
/// to ids the content no longer has are kept.
pub fn from_json(text: &str, scan: &Scan) -> Result<Session, DecodeError> {
    if text.len() > MAX_RECORD_BYTES {
        return Err(DecodeError::TooLarge(text.len()));
    }
    // A record is a JSON object; serde would also fill a struct from an array.
    if !text.trim_start().starts_with('{') {
        return Err(match serde_json::from_str::<IgnoredAny>(text) {
            Ok(_) => DecodeError::NoVersion,
            Err(e) => DecodeError::NotJson(e.to_string()),
        });
    }
    match serde_json::from_str::<Record>(text) {
        Ok(record) => {
            check_version(record.v)?;
            decode(record, scan)
        }
        Err(e) if e.is_data() => {
            // It is JSON, but not a record this build can read: say why in the best words.
            let version =
                serde_json::from_str::<VersionOnly>(text).map_or(Version::Absent, |r| r.v);
            check_version(version)?;
            Err(DecodeError::WrongShape(e.to_string()))
        }
        Err(e) => Err(DecodeError::NotJson(e.to_string())),
    }
}

fn check_version(version: Version) -> Result<(), DecodeError> {
    match version {
        Version::Number(1..=CURRENT_VERSION) => Ok(()),
        Version::Number(v) if v > CURRENT_VERSION => Err(DecodeError::FutureVersion(v)),
        Version::Number(v) => Err(DecodeError::UnknownVersion(v)),
        Version::Absent | Version::NotANumber => Err(DecodeError::NoVersion),
    }
}

fn decode(record: Record, scan: &Scan) -> Result<Session, DecodeError> {
    let Record {
        v,
        answers,
        desired,
        domains,
        step,
        lang,
        mut changed,
        mut cleared,
        mut completed,
    } = record;
    if v == Version::Number(1) {
        // The migration from version 1: no change times, never cleared.
        (changed, cleared) = (Times::default(), 0);
    }
    if matches!(v, Version::Number(1 | 2)) {
        // The migration from versions 1 and 2: never completed.
        completed = 0;
    }
    if let Some((area, level)) = desired.iter().find(|(_, l)| !(1..=LEVELS).contains(*l)) {
        return Err(DecodeError::WrongShape(format!(
            "desired level {level} for \"{area}\""
        )));
    }
    let too_late = [&changed.answers, &changed.desired, &changed.domains]
        .into_iter()
        .flat_map(|times| times.values())
        .chain([&cleared, &completed])
        .find(|&&time| time > MAX_TIME);
    if let Some(time) = too_late {
        return Err(DecodeError::WrongShape(format!("change time {time}")));
    }
    // Inserted one by one: collecting into a map would bring a sort into the wasm.
    let mut entered = Answers {
        desired,
        ..Answers::default()
    };
    for (id, answer) in answers {
        entered.statements.insert(id, answer.0);
    }
    for (id, stage) in domains {
        entered.domains.insert(id, stage.0);
    }
    Ok(Session {
        answers: entered,
        stamps: Stamps {
            statements: changed.answers,
            desired: changed.desired,
            domains: changed.domains,
            cleared,
            completed,
        },
        step: Step::from_id(&step, scan),
        lang: Lang::from_code(&lang).unwrap_or_default(),
    })
}

/// Serialises a session to the JSON text that is stored (the current format version).
/// Written by hand, so it cannot fail: there is no fallback record that could overwrite stored
/// answers with less.
pub fn to_json(session: &Session, scan: &Scan) -> String {
    Writer::new(false).record(session, scan)
}

/// The same record laid out for people: the downloaded answers file.
pub fn to_pretty_json(session: &Session, scan: &Scan) -> String {
    Writer::new(true).record(session, scan)
}

/// A JSON writer for the record's few shapes: objects of strings and whole numbers.
struct Writer {
    out: String,
    pretty: bool,
    depth: usize,
    /// Whether the current object has had an entry yet.
    first: bool,
}

impl Writer {
    fn new(pretty: bool) -> Writer {
        Writer {
            out: String::with_capacity(4096),
            pretty,
            depth: 0,
            first: true,
        }
    }

    fn record(mut self, session: &Session, scan: &Scan) -> String {
        let answers = &session.answers;
        let stamps = &session.stamps;
        self.open();
        self.key("v");
        self.number(CURRENT_VERSION);
        self.key("answers");
        self.map(&answers.statements, |w, answer| match answer {
            Answer::Level(k) => w.number(u64::from(*k)),
            Answer::DontKnow => w.string(DONT_KNOW),
            Answer::NotApplicable => w.string(NOT_APPLICABLE),
        });
        self.key("desired");
        self.map(&answers.desired, |w, level| w.number(u64::from(*level)));
        self.key("domains");
        self.map(&answers.domains, |w, stage| w.string(stage.id()));
        self.key("step");
        self.string(&session.step.to_id(scan));
        self.key("lang");
        self.string(session.lang.code());
        self.key("changed");
        self.open();
        for (name, times) in [
            ("answers", &stamps.statements),
            ("desired", &stamps.desired),
            ("domains", &stamps.domains),
        ] {
            self.key(name);
            self.map(times, |w, time| w.number(*time));
        }
        self.close();
        self.key("cleared");
        self.number(stamps.cleared);
        self.key("completed");
        self.number(stamps.completed);
        self.close();
        self.out
    }

    fn map<V>(&mut self, map: &BTreeMap<String, V>, mut value: impl FnMut(&mut Writer, &V)) {
        self.open();
        for (key, v) in map {
            self.key(key);
            value(self, v);
        }
        self.close();
    }

    fn open(&mut self) {
        self.out.push('{');
        self.depth += 1;
        self.first = true;
    }

    fn close(&mut self) {
        self.depth -= 1;
        if !self.first {
            self.newline();
        }
        self.out.push('}');
        self.first = false;
    }

    fn key(&mut self, key: &str) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.newline();
        self.string(key);
        self.out.push_str(if self.pretty { ": " } else { ":" });
    }

    fn newline(&mut self) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }

    fn number(&mut self, n: u64) {
        use std::fmt::Write as _;
        let _ = write!(self.out, "{n}");
    }

    fn string(&mut self, text: &str) {
        use std::fmt::Write as _;
        self.out.push('"');
        for c in text.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                c if u32::from(c) < 0x20 => {
                    let _ = write!(self.out, "\\u{:04x}", u32::from(c));
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }
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
        check(r#"{"v":3,"completed":1764270006000}"#, Ok(()));
        check(r#"{"v":3,"completed":"today"}"#, Err("damaged"));
        check(r#"{"v":3,"completed":9007199254740992}"#, Err("damaged"));
        check(r#"{"v":4}"#, Err("newer version"));
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
        session.stamps.completed = 13;
        for json in [to_json(&session, &scan), to_pretty_json(&session, &scan)] {
            assert!(
                json.replace(['\n', ' '], "").starts_with(r#"{"v":3,"#),
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
    fn a_version_3_record_is_read_with_its_completion_time() {
        let scan = shipped();
        let v2 = from_json(include_str!("../tests/fixtures/saved/v2.json"), &scan).expect("v2");
        let v3 = from_json(include_str!("../tests/fixtures/saved/v3.json"), &scan).expect("v3");
        assert_eq!(v2.stamps.completed_at(), None);
        assert_eq!(v3.stamps.completed_at(), Some(1_764_270_006_000));
        // Apart from the completion, version 3 holds what version 2 does.
        let mut expected = v2;
        expected.stamps.completed = 1_764_270_006_000;
        assert_eq!(v3, expected);
    }

    #[test]
    fn migrating_versions_1_and_2_gives_no_completion_whatever_the_record_claims() {
        let scan = fixture();
        for v in [1, 2] {
            let text = format!(r#"{{"v":{v},"answers":{{"ict-owner":3}},"completed":99}}"#);
            let session = from_json(&text, &scan).expect("reads");
            assert_eq!(session.stamps.completed, 0, "version {v}");
        }
    }

    #[test]
    fn migrating_version_1_gives_every_entry_time_zero_whatever_the_record_claims() {
        let scan = fixture();
        // A version 1 writer never wrote change times; keys that claim some are foreign.
        let text = r#"{"v":1,"answers":{"ict-owner":3},"changed":{"answers":{"ict-owner":99}},"cleared":7}"#;
        let session = from_json(text, &scan).expect("v1 reads");
        assert_eq!(session.answers.get("ict-owner"), Some(Answer::Level(3)));
        assert_eq!(session.stamps, Stamps::default());
    }

    #[test]
    fn the_record_is_written_exactly_in_the_documented_shape() {
        let scan = fixture();
        let mut session = Session {
            step: Step::Area(0),
            lang: Lang::En,
            ..Session::default()
        };
        session.answers.set("ict-owner", Answer::Level(4));
        session.answers.set("say \"hi\"\\\n\u{1}", Answer::DontKnow);
        session.answers.set_desired("ict", Some(5));
        session
            .answers
            .set_domain_stage("soza", DomainStage::Practice);
        session.stamps.statements.insert("ict-owner".into(), 10);
        session.stamps.cleared = 3;
        session.stamps.completed = 12;
        assert_eq!(
            to_json(&session, &scan),
            concat!(
                r#"{"v":3,"answers":{"ict-owner":4,"say \"hi\"\\\n\u0001":"dont_know"},"#,
                r#""desired":{"ict":5},"domains":{"soza":"practice"},"step":"area:ict","#,
                r#""lang":"en","changed":{"answers":{"ict-owner":10},"desired":{},"domains":{}},"#,
                r#""cleared":3,"completed":12}"#
            )
        );
        assert_eq!(
            to_pretty_json(&Session::default(), &scan),
            "{\n  \"v\": 3,\n  \"answers\": {},\n  \"desired\": {},\n  \"domains\": {},\n  \"step\": \"intro\",\n  \"lang\": \"nl\",\n  \"changed\": {\n    \"answers\": {},\n    \"desired\": {},\n    \"domains\": {}\n  },\n  \"cleared\": 0,\n  \"completed\": 0\n}"
        );
    }

    #[test]
    fn older_records_saved_again_become_version_3_with_the_same_answers() {
        let scan = shipped();
        for text in [
            include_str!("../tests/fixtures/saved/v1.json"),
            include_str!("../tests/fixtures/saved/v2.json"),
        ] {
            let session = from_json(text, &scan).expect("an older fixture reads");
            let again = to_json(&session, &scan);
            assert!(again.starts_with(r#"{"v":3,"#), "{again}");
            assert_eq!(from_json(&again, &scan), Ok(session));
        }
    }
}
