//! Merging two tabs' team sets and histories (`core::kept`), stated as properties over a small
//! shared pool of identities and times, so that both tabs often hold the same entry or removal
//! at the same or nearby times:
//!
//! - an identity is in the merge exactly when its latest entry is strictly later than its latest
//!   removal (a removal wins a tie, so a deletion never comes back) and, for history, strictly
//!   later than the last clear of the history;
//! - nothing is invented: every merged entry is one of the two sides' entries;
//! - which identities survive does not depend on the order of the sides or of several merges;
//! - merging the result with either side again changes nothing;
//! - a tab that has seen the other's set and then removes (or adds) an entry keeps that change
//!   through any later merge with the set it saw.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use proptest::prelude::*;
use zelfscan_core::keep::kept::{History, HistoryEntry, Team, TeamEntry};
use zelfscan_core::model::answers::{Answer, Answers};

const CODES: [&str; 3] = ["AAAA", "BBBB", "CCCC"];
const COMPLETIONS: [u64; 3] = [100, 200, 300];

/// One tab's team set: entries and removals from the shared pool, as the tab would hold them
/// (normalised by a merge with nothing).
fn team() -> impl Strategy<Value = Team> {
    let code = prop::sample::select(CODES.to_vec());
    (
        prop::collection::vec((code.clone(), "[a-z]{0,2}", 0u64..6), 0..4),
        prop::collection::btree_map(code, 0u64..6, 0..3),
    )
        .prop_map(|(entries, removed)| {
            let raw = Team {
                entries: entries
                    .into_iter()
                    .map(|(code, label, added)| TeamEntry {
                        code: code.to_owned(),
                        label,
                        added,
                    })
                    .collect(),
                removed: removed
                    .into_iter()
                    .map(|(k, t)| (k.to_owned(), t))
                    .collect(),
            };
            raw.merge(&Team::default())
        })
}

/// One tab's history with its last clear, normalised the same way.
fn history() -> impl Strategy<Value = History> {
    let completed = prop::sample::select(COMPLETIONS.to_vec());
    (
        prop::collection::vec((completed.clone(), 0u64..6, 1u8..=5), 0..4),
        prop::collection::btree_map(completed, 0u64..6, 0..3),
        prop_oneof![Just(0u64), 0u64..6],
    )
        .prop_map(|(entries, removed, cleared)| {
            let raw = History {
                entries: entries
                    .into_iter()
                    .map(|(completed, added, level)| {
                        let mut answers = Answers::default();
                        answers.set("s", Answer::Level(level));
                        HistoryEntry {
                            completed,
                            added,
                            answers,
                        }
                    })
                    .collect(),
                removed,
                cleared,
            };
            raw.merge(&History::default())
        })
}

fn team_codes(team: &Team) -> BTreeSet<String> {
    team.entries.iter().map(|e| e.code.clone()).collect()
}

fn completions(history: &History) -> BTreeSet<u64> {
    history.entries.iter().map(|e| e.completed).collect()
}

/// The latest entry time and latest removal time of one identity over both sides (None: none).
fn times<'a, E: 'a>(
    entries: impl Iterator<Item = &'a E>,
    removals: impl Iterator<Item = u64>,
    stamp: impl Fn(&E) -> u64,
) -> (Option<u64>, Option<u64>) {
    (entries.map(stamp).max(), removals.max())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn a_team_code_survives_exactly_when_its_latest_add_is_later_than_its_latest_removal(
        a in team(),
        b in team(),
    ) {
        let merged = a.merge(&b);
        for code in CODES {
            let (added, removed) = times(
                a.entries.iter().chain(&b.entries).filter(|e| e.code == code),
                [a.removed.get(code), b.removed.get(code)].into_iter().flatten().copied(),
                |e| e.added,
            );
            let expected = match (added, removed) {
                (Some(added), Some(removed)) => added > removed,
                (Some(_), None) => true,
                (None, _) => false,
            };
            prop_assert_eq!(merged.contains(code), expected, "{} in {:?} / {:?}", code, a, b);
            // A code is never both in the set and removed.
            prop_assert!(!(merged.contains(code) && merged.removed.contains_key(code)));
        }
        // Nothing invented; the order is the order of adding.
        for entry in &merged.entries {
            prop_assert!(a.entries.contains(entry) || b.entries.contains(entry), "{:?}", entry);
        }
        let order: Vec<(u64, &str)> = merged.entries.iter().map(|e| (e.added, e.code.as_str())).collect();
        let mut sorted = order.clone();
        sorted.sort();
        prop_assert_eq!(order, sorted);
    }

    #[test]
    fn team_merges_agree_whatever_the_order_and_merging_again_changes_nothing(
        a in team(),
        b in team(),
        c in team(),
    ) {
        let ab = a.merge(&b);
        prop_assert_eq!(team_codes(&ab), team_codes(&b.merge(&a)));
        prop_assert_eq!(&ab.removed, &b.merge(&a).removed);
        prop_assert_eq!(team_codes(&ab.merge(&c)), team_codes(&a.merge(&b.merge(&c))));
        prop_assert_eq!(&ab.merge(&a), &ab);
        prop_assert_eq!(&ab.merge(&b), &ab);
        prop_assert_eq!(&ab.merge(&ab), &ab);
    }

    #[test]
    fn a_team_change_made_after_seeing_the_other_tab_survives_merging_with_it(
        local in team(),
        stored in team(),
        which in prop::sample::select(CODES.to_vec()),
        now in 0u64..10,
    ) {
        let mut seen = local.merge(&stored);
        let time = now.max(seen.latest() + 1);
        if seen.contains(which) {
            seen.remove(which, time);
            prop_assert!(!seen.merge(&stored).contains(which));
            prop_assert!(!stored.merge(&seen).contains(which), "a removal does not come back");
        } else {
            seen.add(which, "", time);
            prop_assert!(seen.merge(&stored).contains(which));
            prop_assert!(stored.merge(&seen).contains(which), "an add after a removal stays");
        }
    }

    #[test]
    fn a_history_entry_survives_exactly_when_later_than_its_deletion_and_the_clear(
        a in history(),
        b in history(),
    ) {
        let cleared = a.cleared.max(b.cleared);
        let merged = a.merge(&b);
        prop_assert_eq!(merged.cleared, cleared);
        for completed in COMPLETIONS {
            let (added, removed) = times(
                a.entries.iter().chain(&b.entries).filter(|e| e.completed == completed),
                [a.removed.get(&completed), b.removed.get(&completed)].into_iter().flatten().copied(),
                |e| e.added,
            );
            let expected = added.is_some_and(|added| {
                removed.is_none_or(|removed| added > removed) && (cleared == 0 || added > cleared)
            });
            prop_assert_eq!(merged.get(completed).is_some(), expected, "{} in {:?} / {:?}", completed, a, b);
            prop_assert!(!(merged.get(completed).is_some() && merged.removed.contains_key(&completed)));
            // No removal from at or before the clear is kept: the clear covers it.
            if cleared > 0 {
                prop_assert!(merged.removed.get(&completed).is_none_or(|&at| at > cleared));
            }
        }
        for entry in &merged.entries {
            prop_assert!(a.entries.contains(entry) || b.entries.contains(entry), "{:?}", entry);
        }
        prop_assert!(merged.entries.windows(2).all(|w| w[0].completed < w[1].completed));
    }

    #[test]
    fn history_merges_agree_whatever_the_order_and_merging_again_changes_nothing(
        a in history(),
        b in history(),
        c in history(),
    ) {
        let ab = a.merge(&b);
        prop_assert_eq!(completions(&ab), completions(&b.merge(&a)));
        prop_assert_eq!(&ab.removed, &b.merge(&a).removed);
        prop_assert_eq!(completions(&ab.merge(&c)), completions(&a.merge(&b.merge(&c))));
        prop_assert_eq!(&ab.merge(&a), &ab);
        prop_assert_eq!(&ab.merge(&b), &ab);
    }

    #[test]
    fn a_deleted_scan_does_not_come_back_from_a_tab_that_still_had_it(
        local in history(),
        stored in history(),
        now in 0u64..10,
    ) {
        let mut seen = local.merge(&stored);
        let time = now.max(seen.latest() + 1);
        if let Some(first) = seen.entries.first().map(|e| e.completed) {
            seen.remove(first, time);
            prop_assert!(seen.merge(&stored).get(first).is_none());
            prop_assert!(stored.merge(&seen).get(first).is_none());
        }
        // And a clear after seeing it leaves nothing of the other tab's history.
        let mut cleared = local.merge(&stored);
        cleared.clear(cleared.latest() + 1);
        prop_assert!(cleared.merge(&stored).entries.is_empty());
        prop_assert!(stored.merge(&cleared).entries.is_empty());
    }
}
