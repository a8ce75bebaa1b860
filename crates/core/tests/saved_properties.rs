//! Every decoder of outside data, attacked: the stored record, an imported answers file and the
//! text of another tab's `storage` event all go through `saved::from_json`. Whatever the bytes
//! (arbitrary, or a valid record with fields dropped, retyped, duplicated, numbers out of range,
//! truncated), decoding returns a value or an error and never panics; what it accepts saves and
//! reads back to the same session. Merging is property-tested in `merge_properties.rs`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use proptest::prelude::*;
use serde_json::{json, Value};
use zelfscan_core::keep::kept::{History, HistoryEntry, Team, TeamEntry};
use zelfscan_core::keep::merge::{merge, Stamps, MAX_TIME};
use zelfscan_core::keep::saved::{from_json, to_json, to_pretty_json};
use zelfscan_core::keep::session::{Session, Step};
use zelfscan_core::model::answers::{Answer, Answers, DomainStage};
use zelfscan_core::model::{Lang, Scan};

const FIXTURES: [&str; 4] = [
    include_str!("fixtures/saved/v1.json"),
    include_str!("fixtures/saved/v2.json"),
    include_str!("fixtures/saved/v3.json"),
    include_str!("fixtures/saved/v4.json"),
];

fn scan() -> &'static Scan {
    &zelfscan_shipped::SCAN
}

/// `value` as JSON text with the keys of every object in an order drawn from `seed` (a
/// `serde_json::Value` would sort them again): each key's place is the hash of the seed and it.
fn write_shuffled(value: &Value, seed: u64, out: &mut String) {
    use std::hash::{Hash, Hasher};
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort_by_key(|key| {
                let mut hasher = std::collections::hash_map::DefaultHasher::new();
                (seed, key.as_str()).hash(&mut hasher);
                hasher.finish()
            });
            out.push('{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                write_shuffled(&map[key.as_str()], seed, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_shuffled(item, seed, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// Decoding must not panic; what it accepts must survive saving and reading again unchanged.
fn decode_is_total(text: &str) -> Result<(), TestCaseError> {
    if let Ok(session) = from_json(text, scan()) {
        let again = from_json(&to_json(&session, scan()), scan());
        prop_assert_eq!(again.as_ref(), Ok(&session));
    }
    Ok(())
}

/// Any JSON value, a few levels deep, with the numbers that break range checks.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        prop_oneof![
            Just(json!(0)),
            Just(json!(1)),
            Just(json!(5)),
            Just(json!(6)),
            Just(json!(-1)),
            Just(json!(255)),
            Just(json!(256)),
            Just(json!(u64::MAX)),
            Just(json!(9_007_199_254_740_993_u64)),
            Just(json!(1e300)),
            Just(json!(2.5)),
            any::<i64>().prop_map(Value::from),
        ],
        "[a-z_:-]{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z-]{0,10}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// One way to damage a valid record.
#[derive(Clone, Debug)]
enum Mutation {
    /// Drop the field at this path (indices pick a key at each level).
    Drop(Vec<usize>),
    /// Replace the value at this path with another of any type.
    Retype(Vec<usize>, Value),
    /// Write the field at this path twice, the second time with another value.
    Duplicate(Vec<usize>, Value),
    /// Cut the text at this fraction of its length.
    Truncate(f64),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let path = prop::collection::vec(any::<usize>(), 1..4);
    prop_oneof![
        path.clone().prop_map(Mutation::Drop),
        (path.clone(), any_json()).prop_map(|(p, v)| Mutation::Retype(p, v)),
        (path, any_json()).prop_map(|(p, v)| Mutation::Duplicate(p, v)),
        (0.0..1.0f64).prop_map(Mutation::Truncate),
    ]
}

/// The object holding the field at `path`, and that field's key; `None` when the path leaves
/// the objects.
fn locate<'a>(
    value: &'a mut Value,
    path: &[usize],
) -> Option<(&'a mut serde_json::Map<String, Value>, String)> {
    let (first, rest) = path.split_first()?;
    let object = value.as_object_mut()?;
    if object.is_empty() {
        return None;
    }
    let key = object.keys().nth(first % object.len())?.clone();
    let descend = !rest.is_empty()
        && object
            .get(&key)
            .is_some_and(|v| v.as_object().is_some_and(|o| !o.is_empty()));
    if descend {
        return locate(object.get_mut(&key)?, rest);
    }
    Some((object, key))
}

/// Applies mutations to a record's JSON and returns the damaged text.
fn damage(record: &str, mutations: &[Mutation]) -> String {
    let mut value: Value = serde_json::from_str(record).expect("fixtures are JSON");
    let mut duplicates = Vec::new();
    let mut cut = None;
    for mutation in mutations {
        match mutation {
            Mutation::Drop(path) => {
                if let Some((object, key)) = locate(&mut value, path) {
                    object.remove(&key);
                }
            }
            Mutation::Retype(path, replacement) => {
                if let Some((object, key)) = locate(&mut value, path) {
                    object.insert(key, replacement.clone());
                }
            }
            Mutation::Duplicate(path, second) => {
                if let Some((_, key)) = locate(&mut value, path) {
                    duplicates.push((key, second.clone()));
                }
            }
            Mutation::Truncate(fraction) => cut = Some(*fraction),
        }
    }
    let mut text = value.to_string();
    // serde_json cannot build an object with a key twice, so write the duplicates as text: a
    // second occurrence of the key at the top level.
    for (key, second) in duplicates {
        let field = format!("{}:{},", Value::from(key), second);
        text.insert_str(1, &field);
    }
    if let Some(fraction) = cut {
        let mut at = (text.len() as f64 * fraction) as usize;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        text.truncate(at);
    }
    text
}

/// A team set and a history a person could produce (normalised as a merge leaves them), with
/// labels and ids that need escaping.
fn kept(cleared: u64) -> impl Strategy<Value = (Team, History)> {
    let time = 1u64..=(1 << 53) - 1;
    let answers = (
        prop::collection::btree_map(
            "[a-z\"\\\\ -]{1,12}",
            (1u8..=5).prop_map(Answer::Level),
            0..6,
        ),
        prop::collection::btree_map("[a-z]{1,8}", 1u8..=5, 0..3),
    )
        .prop_map(|(statements, desired)| Answers {
            statements,
            desired,
            ..Answers::default()
        });
    (
        prop::collection::vec(("[0-9A-Z-]{1,20}", "\\PC{0,12}", time.clone()), 0..4),
        prop::collection::btree_map("[0-9A-Z-]{1,20}", time.clone(), 0..3),
        prop::collection::vec((time.clone(), time.clone(), answers), 0..3),
        prop::collection::btree_map(time.clone(), time, 0..3),
    )
        .prop_map(move |(team, team_removed, history, history_removed)| {
            let team = Team {
                entries: team
                    .into_iter()
                    .map(|(code, label, added)| TeamEntry { code, label, added })
                    .collect(),
                removed: team_removed,
            };
            let history = History {
                entries: history
                    .into_iter()
                    .map(|(completed, added, answers)| HistoryEntry {
                        completed,
                        added,
                        answers,
                    })
                    .collect(),
                removed: history_removed,
                cleared,
            };
            (
                team.merge(&Team::default()),
                history.merge(&History::default()),
            )
        })
}

/// A session a person could produce, with change times and maybe a clear.
fn session() -> impl Strategy<Value = Session> {
    plain_session().prop_flat_map(|session| {
        let cleared = session.stamps.cleared;
        (Just(session), kept(cleared)).prop_map(|(mut session, (team, history))| {
            session.team = team;
            session.history = history;
            session
        })
    })
}

/// A session without team set or history.
fn plain_session() -> impl Strategy<Value = Session> {
    let answer = prop_oneof![
        (1u8..=5).prop_map(Answer::Level),
        Just(Answer::DontKnow),
        Just(Answer::NotApplicable),
    ];
    let stage = prop::sample::select(DomainStage::ALL.to_vec());
    let time = 1u64..=(1 << 53) - 1;
    (
        prop::collection::btree_map("[a-z-]{1,12}", answer, 0..12),
        prop::collection::btree_map("[a-z]{1,8}", 1u8..=5, 0..4),
        prop::collection::btree_map("[a-z]{1,8}", stage, 0..4),
        prop::collection::btree_map("[a-z-]{1,12}", time.clone(), 0..12),
        prop_oneof![Just(0u64), time.clone()],
        prop_oneof![Just(0u64), time],
        any::<bool>(),
    )
        .prop_map(
            |(statements, desired, domains, times, cleared, completed, english)| Session {
                answers: Answers {
                    statements,
                    desired,
                    domains,
                },
                stamps: Stamps {
                    statements: times,
                    cleared,
                    completed,
                    ..Stamps::default()
                },
                step: Step::Domains,
                lang: if english { Lang::En } else { Lang::Nl },
                ..Session::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_make_the_decoder_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        decode_is_total(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn arbitrary_json_never_makes_the_decoder_panic(value in any_json(), version in 0u64..4) {
        decode_is_total(&value.to_string())?;
        // The same value as the body of a record of each version.
        let mut record = json!({ "v": version });
        if let (Some(record), Some(body)) = (record.as_object_mut(), value.as_object()) {
            for (key, field) in body {
                record.insert(key.clone(), field.clone());
            }
        }
        decode_is_total(&record.to_string())?;
    }

    #[test]
    fn damaged_records_of_every_version_never_make_the_decoder_panic(
        which in 0usize..FIXTURES.len(),
        mutations in prop::collection::vec(mutation(), 1..5),
    ) {
        decode_is_total(&damage(FIXTURES[which], &mutations))?;
    }

    #[test]
    fn damaged_saved_sessions_never_make_the_decoder_panic(
        session in session(),
        mutations in prop::collection::vec(mutation(), 1..5),
    ) {
        decode_is_total(&damage(&to_json(&session, scan()), &mutations))?;
    }

    #[test]
    fn every_session_a_person_can_produce_reads_back_unchanged(session in session()) {
        prop_assert_eq!(from_json(&to_json(&session, scan()), scan()), Ok(session.clone()));
        prop_assert_eq!(from_json(&to_pretty_json(&session, scan()), scan()), Ok(session));
    }

    /// Another writer (a newer build, a tool, a person editing the file) may put the keys of
    /// every object in any order: the record reads the same.
    #[test]
    fn a_record_reads_the_same_whatever_the_order_of_its_keys(session in session(), seed in any::<u64>()) {
        let written = to_json(&session, scan());
        let value: Value = serde_json::from_str(&written).expect("the writer writes JSON");
        let mut shuffled = String::new();
        write_shuffled(&value, seed, &mut shuffled);
        prop_assert_eq!(from_json(&shuffled, scan()), Ok(session));
    }

    #[test]
    fn a_session_changed_after_any_readable_record_is_readable_again(
        mut session in session(),
        at_the_limit in any::<bool>(),
        now in 0u64..=MAX_TIME,
    ) {
        if at_the_limit {
            session.stamps.cleared = MAX_TIME;
            // "Clear my answers" clears the history at the same time.
            session.history.clear(MAX_TIME);
        }
        let before = session.answers.clone();
        session.answers.set("changed-here", Answer::DontKnow);
        session.stamps.record_changes(&before, &session.answers, now);
        prop_assert_eq!(from_json(&to_json(&session, scan()), scan()), Ok(session));
    }

    #[test]
    fn a_change_made_after_reading_a_record_wins_over_it(
        mut local in session(),
        stored in session(),
        now in 0u64..10,
    ) {
        // This tab has seen the stored record (merged it), then changes one statement.
        let (answers, stamps) = merge(
            (&local.answers, &local.stamps),
            (&stored.answers, &stored.stamps),
        );
        local.answers = answers;
        local.stamps = stamps;
        let before = local.answers.clone();
        local.answers.set("changed-here", Answer::Level(3));
        local.stamps.record_changes(&before, &local.answers, now);
        let (merged, _) = merge(
            (&stored.answers, &stored.stamps),
            (&local.answers, &local.stamps),
        );
        prop_assert_eq!(merged.get("changed-here"), Some(Answer::Level(3)));
    }
}

#[test]
fn huge_and_deeply_nested_records_are_refused_without_panicking() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let deep_object = format!(
        r#"{{"v":2,"answers":{}1{}}}"#,
        r#"{"a":"#.repeat(5000),
        "}".repeat(5000)
    );
    let huge = format!(r#"{{"v":2,"answers":{{"a":"{}"}}}}"#, "x".repeat(10 << 20));
    let many: BTreeMap<String, u8> = (0..100_000).map(|i| (format!("s{i}"), 3)).collect();
    let many = json!({ "v": 2, "answers": many }).to_string();
    for text in [deep, deep_object, huge, many] {
        assert!(from_json(&text, scan()).is_err(), "{}", &text[..40]);
    }
}
