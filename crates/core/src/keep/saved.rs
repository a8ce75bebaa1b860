//! The saved record: the format written to localStorage and to downloaded answer files.
//! **Architecture invariant:** this is a boundary. Its serde types are defined here, apart from
//! the model, carry a format version `"v"`, and are converted by the pure functions below;
//! decoding outside data never panics and reports what was wrong in plain words.
//!
//! Versions: 1 holds what was entered, the step and the language; 2 adds when each entry last
//! changed (`changed`, also for entries since removed) and when the answers were last cleared
//! (`cleared`), so that records from two tabs merge entry by entry (`crate::keep::merge`); 3 adds when
//! the scan was last completed (`completed`: the person went on to the results), the date the
//! printed report gives. One struct, [`Record`], reads all three in a single typed pass: an
//! older record lacks the newer fields, and their defaults (no change time, never cleared, never
//! completed: time 0) are exactly the migration from it; a field an older version claims to
//! have is foreign and ignored. Version 4 adds what the person keeps beside the answers
//! (`crate::keep::kept`): the team set (`team`: code, label, when added), the history of completed
//! scans (`history`: completion time, when added, answers, desired levels, domains, by id) and
//! what was removed from either (`removed`: identity -> time), so that removals merge across
//! tabs, and when the history was last cleared as a whole (`history_cleared`); a version 3
//! record reads with an empty team set and history. Fixtures per version:
//! `tests/fixtures/saved/`.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use thiserror::Error;

use crate::keep::kept::{History, HistoryEntry, Team, TeamEntry};
use crate::keep::merge::Stamps;
use crate::keep::session::{Session, Step};
use crate::model::answers::{Answer, Answers};
use crate::model::vocab::{DomainStage, Lang, LEVELS};
use crate::model::Scan;

/// The format version this build writes.
pub const CURRENT_VERSION: u64 = 4;

/// A record longer than this is refused unread: anything this large is damage, and parsing it
/// would only slow the start. The answers are a few kilobytes; a history entry of the shipped
/// scan about 2 KB (one a day at most), a team code with its label about 100 bytes. So 1 MiB
/// holds the answers with some 400 scans and 1000 codes, far beyond a scan a year or a team a
/// workshop, and stays a fifth of the usual 5 MB localStorage quota.
pub const MAX_RECORD_BYTES: usize = 1024 * 1024;

/// The largest time a record may carry; larger numbers are damage.
pub use crate::keep::merge::MAX_TIME;

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

/// A stored record or answers file of format version 1 to 4 (see the module comment), as serde
/// reads it: the browser's storage reads it through gloo-storage's typed `get`, after
/// [`precheck`] on the raw text; [`from_record`] makes the session of it.
#[derive(Debug, Default, Deserialize)]
pub struct Record {
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
    #[serde(default)]
    team: Vec<SavedTeamEntry>,
    #[serde(default)]
    history: Vec<SavedHistoryEntry>,
    #[serde(default)]
    removed: Removed,
    #[serde(default)]
    history_cleared: u64,
}

/// A team entry as saved (version 4).
#[derive(Debug, Deserialize)]
struct SavedTeamEntry {
    code: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    added: u64,
}

/// A history entry as saved (version 4): the scan keyed by ids, like the record's own answers.
#[derive(Debug, Deserialize)]
struct SavedHistoryEntry {
    completed: u64,
    #[serde(default)]
    added: u64,
    #[serde(default)]
    answers: BTreeMap<String, SavedAnswer>,
    #[serde(default)]
    desired: BTreeMap<String, u8>,
    #[serde(default)]
    domains: BTreeMap<String, SavedStage>,
}

/// What was removed from the team set and the history, and when (version 4). History entries
/// are named by their completion time, written as a decimal string (JSON keys are strings).
#[derive(Debug, Default, Deserialize)]
struct Removed {
    #[serde(default)]
    team: BTreeMap<String, u64>,
    #[serde(default)]
    history: BTreeMap<String, u64>,
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
    precheck(text)?;
    match serde_json::from_str::<Record>(text) {
        Ok(record) => from_record(record, scan),
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

/// What is checked on the raw text before it is parsed: not far too large (refused unread), and
/// a JSON object (serde would also fill a struct from an array).
pub fn precheck(text: &str) -> Result<(), DecodeError> {
    if text.len() > MAX_RECORD_BYTES {
        return Err(DecodeError::TooLarge(text.len()));
    }
    if !text.trim_start().starts_with('{') {
        return Err(match serde_json::from_str::<IgnoredAny>(text) {
            Ok(_) => DecodeError::NoVersion,
            Err(e) => DecodeError::NotJson(e.to_string()),
        });
    }
    Ok(())
}

/// The session of a record serde has read (from text that passed [`precheck`]): its version
/// checked, older versions migrated, what the types cannot say checked.
pub fn from_record(record: Record, scan: &Scan) -> Result<Session, DecodeError> {
    check_version(record.v)?;
    decode(record, scan)
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
    let record = migrate(record);
    check(&record)?;
    let Record {
        answers,
        desired,
        domains,
        step,
        lang,
        changed,
        cleared,
        completed,
        team,
        history,
        removed,
        history_cleared,
        ..
    } = record;
    let kept_team = Team {
        entries: team
            .into_iter()
            .map(|e| TeamEntry {
                code: e.code,
                label: e.label,
                added: e.added,
            })
            .collect(),
        removed: removed.team,
    };
    let kept_history = History {
        entries: history
            .into_iter()
            .map(|e| HistoryEntry {
                completed: e.completed,
                added: e.added,
                answers: answers_of(e.answers, e.desired, e.domains),
            })
            .collect(),
        removed: removed_history(removed.history)?,
        cleared: history_cleared,
    };
    Ok(Session {
        answers: answers_of(answers, desired, domains),
        stamps: Stamps {
            statements: changed.answers,
            desired: changed.desired,
            domains: changed.domains,
            cleared,
            completed,
        },
        step: Step::from_id(&step, scan),
        lang: Lang::from_code(&lang).unwrap_or_default(),
        // Merged with nothing: a record that holds an identity twice, or as entry and removal
        // at once (only damage does), reads as the merge would leave it, so it saves and reads
        // back the same.
        team: kept_team.merge(&Team::default()),
        history: kept_history.merge(&History::default()),
    })
}

/// The migrations: what an older version lacks takes its default, whatever the record claims.
fn migrate(mut record: Record) -> Record {
    if record.v == Version::Number(1) {
        // The migration from version 1: no change times, never cleared.
        (record.changed, record.cleared) = (Times::default(), 0);
    }
    if matches!(record.v, Version::Number(1 | 2)) {
        // The migration from versions 1 and 2: never completed.
        record.completed = 0;
    }
    if matches!(record.v, Version::Number(1..=3)) {
        // The migration from versions 1 to 3: no team set, no history.
        (record.team, record.history, record.removed) =
            (Vec::new(), Vec::new(), Removed::default());
        record.history_cleared = 0;
    }
    record
}

/// What the types cannot say: desired levels in range, no time beyond [`MAX_TIME`], no empty
/// team code.
fn check(record: &Record) -> Result<(), DecodeError> {
    check_desired(&record.desired)?;
    for entry in &record.history {
        check_desired(&entry.desired)?;
    }
    let changed = &record.changed;
    let too_late = [
        &changed.answers,
        &changed.desired,
        &changed.domains,
        &record.removed.team,
        &record.removed.history,
    ]
    .into_iter()
    .flat_map(|times| times.values())
    .chain([&record.cleared, &record.completed, &record.history_cleared])
    .chain(record.team.iter().map(|e| &e.added))
    .chain(record.history.iter().flat_map(|e| [&e.completed, &e.added]))
    .find(|&&time| time > MAX_TIME);
    if let Some(time) = too_late {
        return Err(DecodeError::WrongShape(format!("change time {time}")));
    }
    if let Some(entry) = record.team.iter().find(|e| e.code.trim().is_empty()) {
        return Err(DecodeError::WrongShape(format!(
            "team code \"{}\"",
            entry.code
        )));
    }
    Ok(())
}

/// The removed history entries, keyed by their completion time (saved as text).
fn removed_history(saved: BTreeMap<String, u64>) -> Result<BTreeMap<u64, u64>, DecodeError> {
    let mut out = BTreeMap::new();
    for (completed, time) in saved {
        match completed.parse::<u64>() {
            Ok(at) if at <= MAX_TIME => {
                out.insert(at, time);
            }
            _ => {
                return Err(DecodeError::WrongShape(format!(
                    "removed history entry \"{completed}\""
                )))
            }
        }
    }
    Ok(out)
}

fn check_desired(desired: &BTreeMap<String, u8>) -> Result<(), DecodeError> {
    match desired.iter().find(|(_, l)| !(1..=LEVELS).contains(*l)) {
        Some((area, level)) => Err(DecodeError::WrongShape(format!(
            "desired level {level} for \"{area}\""
        ))),
        None => Ok(()),
    }
}

fn answers_of(
    answers: BTreeMap<String, SavedAnswer>,
    desired: BTreeMap<String, u8>,
    domains: BTreeMap<String, SavedStage>,
) -> Answers {
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
    entered
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
        let stamps = &session.stamps;
        self.open('{');
        self.key("v");
        self.number(CURRENT_VERSION);
        self.answers(&session.answers);
        self.key("step");
        self.string(&session.step.to_id(scan));
        self.key("lang");
        self.string(session.lang.code());
        self.key("changed");
        self.open('{');
        for (name, times) in [
            ("answers", &stamps.statements),
            ("desired", &stamps.desired),
            ("domains", &stamps.domains),
        ] {
            self.key(name);
            self.map(times, |w, time| w.number(*time));
        }
        self.close('}');
        self.key("cleared");
        self.number(stamps.cleared);
        self.key("completed");
        self.number(stamps.completed);
        self.key("team");
        self.open('[');
        for entry in &session.team.entries {
            self.item();
            self.open('{');
            self.key("code");
            self.string(&entry.code);
            self.key("label");
            self.string(&entry.label);
            self.key("added");
            self.number(entry.added);
            self.close('}');
        }
        self.close(']');
        self.key("history");
        self.open('[');
        for entry in &session.history.entries {
            self.item();
            self.open('{');
            self.key("completed");
            self.number(entry.completed);
            self.key("added");
            self.number(entry.added);
            self.answers(&entry.answers);
            self.close('}');
        }
        self.close(']');
        self.key("removed");
        self.open('{');
        self.key("team");
        self.map(&session.team.removed, |w, time| w.number(*time));
        self.key("history");
        self.open('{');
        for (completed, time) in &session.history.removed {
            self.key(&completed.to_string());
            self.number(*time);
        }
        self.close('}');
        self.close('}');
        self.key("history_cleared");
        self.number(session.history.cleared);
        self.close('}');
        self.out
    }

    /// The answers, desired levels and domains, as three keys of the current object.
    fn answers(&mut self, answers: &Answers) {
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
    }

    fn map<V>(&mut self, map: &BTreeMap<String, V>, mut value: impl FnMut(&mut Writer, &V)) {
        self.open('{');
        for (key, v) in map {
            self.key(key);
            value(self, v);
        }
        self.close('}');
    }

    /// Opens an object (`{`) or an array (`[`).
    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.first = true;
    }

    fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if !self.first {
            self.newline();
        }
        self.out.push(bracket);
        self.first = false;
    }

    /// Starts the next element of an array.
    fn item(&mut self) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.newline();
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

    fn fixture() -> Scan {
        crate::fixture::small()
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
    }

    #[test]
    fn records_of_version_3_and_4_are_read_or_refused_with_a_reason() {
        check(r#"{"v":3,"completed":1764270006000}"#, Ok(()));
        check(r#"{"v":3,"completed":"today"}"#, Err("damaged"));
        check(r#"{"v":3,"completed":9007199254740992}"#, Err("damaged"));
        check(r#"{"v":4,"team":[],"history":[],"removed":{}}"#, Ok(()));
        check(r#"{"v":4,"team":[{"code":"AAAA"}]}"#, Ok(()));
        check(r#"{"v":4,"team":[{"label":"HR"}]}"#, Err("damaged"));
        check(r#"{"v":4,"team":[{"code":" "}]}"#, Err("damaged"));
        check(r#"{"v":4,"team":{"code":"AAAA"}}"#, Err("damaged"));
        check(
            r#"{"v":4,"team":[{"code":"A","added":-1}]}"#,
            Err("damaged"),
        );
        check(
            r#"{"v":4,"team":[{"code":"A","added":9007199254740992}]}"#,
            Err("damaged"),
        );
        check(r#"{"v":4,"history":[{"completed":5}]}"#, Ok(()));
        check(r#"{"v":4,"history":[{"added":5}]}"#, Err("damaged"));
        check(
            r#"{"v":4,"history":[{"completed":5,"answers":{"a":9}}]}"#,
            Err("damaged"),
        );
        check(
            r#"{"v":4,"history":[{"completed":5,"desired":{"ict":0}}]}"#,
            Err("damaged"),
        );
        check(
            r#"{"v":4,"history":[{"completed":9007199254740992}]}"#,
            Err("damaged"),
        );
        check(r#"{"v":4,"removed":{"history":{"5":6}}}"#, Ok(()));
        check(
            r#"{"v":4,"removed":{"history":{"five":6}}}"#,
            Err("damaged"),
        );
        check(
            r#"{"v":4,"removed":{"history":{"9007199254740992":6}}}"#,
            Err("damaged"),
        );
        check(r#"{"v":4,"removed":{"team":{"A":"now"}}}"#, Err("damaged"));
        check(r#"{"v":4,"history_cleared":-3}"#, Err("damaged"));
        check(
            r#"{"v":4,"history_cleared":9007199254740992}"#,
            Err("damaged"),
        );
        check(r#"{"v":5}"#, Err("newer version"));
        check(r#"{"v":2,"changed":"soon"}"#, Err("damaged"));
        check(r#"{"v":1,"answers":{"ict-owner":3"#, Err("not readable"));
        let huge = format!(r#"{{"v":2,"lang":"{}"}}"#, "x".repeat(MAX_RECORD_BYTES));
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
        session.team.add("AAAA-BBBB", "HR \"adviseur\"", 14);
        session.team.add("CCCC", "", 15);
        session.team.remove("CCCC", 16);
        session.history.entries.push(HistoryEntry {
            completed: 13,
            added: 13,
            answers: session.answers.clone(),
        });
        session.history.removed.insert(8, 9);
        for json in [to_json(&session, &scan), to_pretty_json(&session, &scan)] {
            assert!(
                json.replace(['\n', ' '], "").starts_with(r#"{"v":4,"#),
                "{json}"
            );
            assert_eq!(from_json(&json, &scan), Ok(session.clone()));
        }
    }

    #[test]
    fn migrating_versions_1_to_3_gives_no_team_set_or_history_whatever_the_record_claims() {
        let scan = fixture();
        for v in [1, 2, 3] {
            let text = format!(
                r#"{{"v":{v},"answers":{{"ict-owner":3}},"team":[{{"code":"AAAA","added":5}}],"history":[{{"completed":5}}],"removed":{{"team":{{"B":1}}}}}}"#
            );
            let session = from_json(&text, &scan).expect("reads");
            assert_eq!(session.answers.get("ict-owner"), Some(Answer::Level(3)));
            assert_eq!(
                (session.team, session.history),
                Default::default(),
                "version {v}"
            );
        }
    }

    #[test]
    fn a_record_holding_an_entry_twice_reads_as_the_merge_leaves_it() {
        let scan = fixture();
        let text = r#"{"v":4,"team":[{"code":"A","label":"old","added":5},{"code":"A","label":"new","added":7},{"code":"B","added":3}],"removed":{"team":{"B":3,"C":4}},
            "history":[{"completed":10,"added":20},{"completed":11,"added":12}],"removed":{"history":{"11":12}},"history_cleared":15}"#;
        // serde keeps the last of two `removed` keys, so write them in one.
        let text = text.replace(r#","removed":{"team":{"B":3,"C":4}}"#, "");
        let text = text.replace(
            r#""removed":{"history":{"11":12}}"#,
            r#""removed":{"team":{"B":3,"C":4},"history":{"11":12}}"#,
        );
        let session = from_json(&text, &scan).expect("reads");
        let labels: Vec<&str> = session
            .team
            .entries
            .iter()
            .map(|e| e.label.as_str())
            .collect();
        assert_eq!(labels, ["new"], "the later A; B removed at its own time");
        assert_eq!(session.team.removed.len(), 2);
        let completed: Vec<u64> = session
            .history
            .entries
            .iter()
            .map(|e| e.completed)
            .collect();
        assert_eq!(completed, [10], "11 removed; 10 added after the clear");
        assert!(
            session.history.removed.is_empty(),
            "a removal before the clear is covered by it"
        );
        assert_eq!(from_json(&to_json(&session, &scan), &scan), Ok(session));
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
        session.team.add("AAAA", "HR", 13);
        session.team.add("BBBB", "", 14);
        session.team.remove("BBBB", 15);
        let mut earlier = Answers::default();
        earlier.set("ict-owner", Answer::Level(2));
        session.history.entries.push(HistoryEntry {
            completed: 11,
            added: 12,
            answers: earlier,
        });
        session.history.removed.insert(7, 16);
        assert_eq!(
            to_json(&session, &scan),
            concat!(
                r#"{"v":4,"answers":{"ict-owner":4,"say \"hi\"\\\n\u0001":"dont_know"},"#,
                r#""desired":{"ict":5},"domains":{"soza":"practice"},"step":"area:ict","#,
                r#""lang":"en","changed":{"answers":{"ict-owner":10},"desired":{},"domains":{}},"#,
                r#""cleared":3,"completed":12,"team":[{"code":"AAAA","label":"HR","added":13}],"#,
                r#""history":[{"completed":11,"added":12,"answers":{"ict-owner":2},"desired":{},"domains":{}}],"#,
                r#""removed":{"team":{"BBBB":15},"history":{"7":16}},"history_cleared":0}"#
            )
        );
        assert_eq!(
            to_pretty_json(&Session::default(), &scan),
            "{\n  \"v\": 4,\n  \"answers\": {},\n  \"desired\": {},\n  \"domains\": {},\n  \"step\": \"intro\",\n  \"lang\": \"nl\",\n  \"changed\": {\n    \"answers\": {},\n    \"desired\": {},\n    \"domains\": {}\n  },\n  \"cleared\": 0,\n  \"completed\": 0,\n  \"team\": [],\n  \"history\": [],\n  \"removed\": {\n    \"team\": {},\n    \"history\": {}\n  },\n  \"history_cleared\": 0\n}"
        );
    }
}
