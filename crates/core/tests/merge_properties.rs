//! Merging two tabs' records, stated as properties over a small shared pool of keys and times,
//! so that both tabs often touch the same entries at the same or nearby times: the strictly
//! later change of an entry wins (an answer, a desired level or a domain, set or removed);
//! nothing changed at or before the last clear survives; nothing is invented; merging again
//! changes nothing.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use proptest::prelude::*;
use zelfscan_core::keep::merge::{merge, Stamps};
use zelfscan_core::model::answers::{Answer, Answers, DomainStage};

const STATEMENTS: [&str; 3] = ["s1", "s2", "s3"];
const AREAS: [&str; 2] = ["ict", "culture"];
const DOMAINS: [&str; 2] = ["soza", "puza"];

/// One tab's record: entries from the shared pool, each maybe stamped with a small time.
fn tab() -> impl Strategy<Value = (Answers, Stamps)> {
    let answer = prop_oneof![
        (1u8..=5).prop_map(Answer::Level),
        Just(Answer::DontKnow),
        Just(Answer::NotApplicable),
    ];
    let stage = prop::sample::select(DomainStage::ALL.to_vec());
    let time = 0u64..6;
    (
        prop::collection::btree_map(prop::sample::select(STATEMENTS.to_vec()), answer, 0..=3),
        prop::collection::btree_map(prop::sample::select(AREAS.to_vec()), 1u8..=5, 0..=2),
        prop::collection::btree_map(prop::sample::select(DOMAINS.to_vec()), stage, 0..=2),
        prop::collection::btree_map(
            prop::sample::select(STATEMENTS.to_vec()),
            time.clone(),
            0..=3,
        ),
        prop::collection::btree_map(prop::sample::select(AREAS.to_vec()), time.clone(), 0..=2),
        prop::collection::btree_map(prop::sample::select(DOMAINS.to_vec()), time, 0..=2),
        prop_oneof![Just(0u64), 0u64..6],
        prop_oneof![Just(0u64), 0u64..6],
    )
        .prop_map(|(s, d, o, ts, td, to, cleared, completed)| {
            let owned =
                |m: BTreeMap<&str, u64>| m.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
            (
                Answers {
                    statements: s.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
                    desired: d.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
                    domains: o.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
                },
                Stamps {
                    statements: owned(ts),
                    desired: owned(td),
                    domains: owned(to),
                    cleared,
                    completed,
                },
            )
        })
}

/// One kind of entry seen from both sides and the result: values and stamps per key.
struct Kind<'a, V> {
    name: &'static str,
    keys: &'a [&'static str],
    local: (&'a BTreeMap<String, V>, &'a BTreeMap<String, u64>),
    stored: (&'a BTreeMap<String, V>, &'a BTreeMap<String, u64>),
    merged: (&'a BTreeMap<String, V>, &'a BTreeMap<String, u64>),
}

fn check_kind<V: PartialEq + std::fmt::Debug>(
    kind: Kind<'_, V>,
    cleared: u64,
) -> Result<(), TestCaseError> {
    let time = |side: &BTreeMap<String, u64>, key: &str| side.get(key).copied().unwrap_or(0);
    for &key in kind.keys {
        let (lt, st) = (time(kind.local.1, key), time(kind.stored.1, key));
        let merged = kind.merged.0.get(key);
        // The strictly later change wins, unless a clear came at or after it.
        if lt.max(st) > cleared {
            if lt > st {
                prop_assert_eq!(
                    merged,
                    kind.local.0.get(key),
                    "{} {}: local is later",
                    kind.name,
                    key
                );
            } else if st > lt {
                prop_assert_eq!(
                    merged,
                    kind.stored.0.get(key),
                    "{} {}: stored is later",
                    kind.name,
                    key
                );
            }
        }
        // Nothing from at or before the last clear survives.
        if cleared > 0 && lt.max(st) <= cleared {
            prop_assert_eq!(
                merged,
                None,
                "{} {}: changed before the clear",
                kind.name,
                key
            );
        }
        // Nothing is invented: a value comes from one side.
        if let Some(value) = merged {
            prop_assert!(
                kind.local.0.get(key) == Some(value) || kind.stored.0.get(key) == Some(value),
                "{} {}: {:?} comes from neither side",
                kind.name,
                key,
                value
            );
        }
        // The merged stamp is the later of the two.
        let mt = time(kind.merged.1, key);
        prop_assert!(
            mt == 0 || mt == lt.max(st),
            "{} {}: stamp {} of {} and {}",
            kind.name,
            key,
            mt,
            lt,
            st
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn merging_keeps_the_later_change_of_every_entry_and_nothing_from_before_a_clear(
        local in tab(),
        stored in tab(),
    ) {
        let (answers, stamps) = merge((&local.0, &local.1), (&stored.0, &stored.1));
        let cleared = local.1.cleared.max(stored.1.cleared);
        prop_assert_eq!(stamps.cleared, cleared);
        // The later completion counts, unless the last clear came at or after it.
        let completed = local.1.completed.max(stored.1.completed);
        prop_assert_eq!(stamps.completed_at(), (completed > cleared).then_some(completed));
        check_kind(Kind {
            name: "statement",
            keys: &STATEMENTS,
            local: (&local.0.statements, &local.1.statements),
            stored: (&stored.0.statements, &stored.1.statements),
            merged: (&answers.statements, &stamps.statements),
        }, cleared)?;
        check_kind(Kind {
            name: "desired",
            keys: &AREAS,
            local: (&local.0.desired, &local.1.desired),
            stored: (&stored.0.desired, &stored.1.desired),
            merged: (&answers.desired, &stamps.desired),
        }, cleared)?;
        check_kind(Kind {
            name: "domain",
            keys: &DOMAINS,
            local: (&local.0.domains, &local.1.domains),
            stored: (&stored.0.domains, &stored.1.domains),
            merged: (&answers.domains, &stamps.domains),
        }, cleared)?;
    }

    #[test]
    fn merging_again_changes_nothing(local in tab(), stored in tab()) {
        let merged = merge((&local.0, &local.1), (&stored.0, &stored.1));
        let twice = merge((&merged.0, &merged.1), (&merged.0, &merged.1));
        prop_assert_eq!(&twice, &merged);
        // A tab that merged the stored record and merges it again has settled.
        let again = merge((&merged.0, &merged.1), (&stored.0, &stored.1));
        prop_assert_eq!(again, merged);
    }
}
