//! Merging what two browser tabs entered. Every entry of [`Answers`] (a statement's answer, an
//! area's desired level, a chosen domain) carries the time it last changed, also when it was
//! removed, and a record carries the time it was last cleared. Two records merge entry by entry:
//! the later change wins, and nothing changed before the last "clear my answers" survives. So two
//! tabs that answer different statements both end up saved, even when one missed the other's
//! `storage` event, and a clear in one tab is not undone by a later write from another.
//!
//! Times are milliseconds since 1970 from the browser's clock, passed in by the caller; the core
//! never reads a clock. Records written before stamps existed (format v1) have time 0 everywhere.

use std::collections::BTreeMap;

use crate::model::answers::Answers;

/// The largest time a record may carry: JavaScript's largest exact integer (about the year
/// 287396). New changes never go beyond it, so a record is always readable again.
pub const MAX_TIME: u64 = (1 << 53) - 1;

/// When each entry last changed, and when everything was last cleared (0: never).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stamps {
    /// Statement id -> time of the last change; an id without an answer was removed then.
    pub statements: BTreeMap<String, u64>,
    /// Area id -> time the desired level last changed.
    pub desired: BTreeMap<String, u64>,
    /// Domain id -> time the domain was last chosen, dropped or given a stage.
    pub domains: BTreeMap<String, u64>,
    /// The time of the last "clear my answers"; 0 when never cleared.
    pub cleared: u64,
    /// When the person last went on to the results: the date the printed report says the scan
    /// was completed. 0 when never, and forgotten by a later clear.
    pub completed: u64,
}

impl Stamps {
    /// The latest time anywhere in these stamps.
    pub fn latest(&self) -> u64 {
        self.statements
            .values()
            .chain(self.desired.values())
            .chain(self.domains.values())
            .copied()
            .fold(self.cleared.max(self.completed), u64::max)
    }

    /// Marks the answers as completed now (the person went on to the results), unless they were
    /// completed already and nothing changed since: a second look at the results keeps the date
    /// the scan was completed.
    pub fn complete(&mut self, now: u64) {
        let last_change = self
            .statements
            .values()
            .chain(self.desired.values())
            .chain(self.domains.values())
            .copied()
            .max()
            .unwrap_or(0);
        if self.completed_at().is_some_and(|done| done >= last_change) {
            return;
        }
        self.completed = self.next_time(now);
    }

    /// When the answers were completed, if they were since the last clear.
    pub fn completed_at(&self) -> Option<u64> {
        (self.completed > self.cleared).then_some(self.completed)
    }

    /// The time to give a new change: the clock, but always later than anything already seen,
    /// so that a change made after reading a record wins over it even when clocks tie; never
    /// beyond [`MAX_TIME`] (at that bound a tie keeps this tab's change, see [`merge`]).
    pub fn next_time(&self, now: u64) -> u64 {
        now.max(self.latest().saturating_add(1)).min(MAX_TIME)
    }

    /// Stamps every entry that differs between `before` and `after` with the time of this change.
    pub fn record_changes(&mut self, before: &Answers, after: &Answers, now: u64) {
        let time = self.next_time(now);
        stamp_differences(
            &mut self.statements,
            &before.statements,
            &after.statements,
            time,
        );
        stamp_differences(&mut self.desired, &before.desired, &after.desired, time);
        stamp_differences(&mut self.domains, &before.domains, &after.domains, time);
    }

    /// Forgets every entry: the stamps of a record cleared at `now`.
    pub fn cleared_at(&self, now: u64) -> Stamps {
        Stamps {
            cleared: self.next_time(now),
            ..Stamps::default()
        }
    }
}

fn stamp_differences<V: PartialEq>(
    stamps: &mut BTreeMap<String, u64>,
    before: &BTreeMap<String, V>,
    after: &BTreeMap<String, V>,
    time: u64,
) {
    // A key in both maps is looked at twice, with the same outcome; collecting the keys into a
    // set first would bring a sort into the wasm.
    for key in before.keys().chain(after.keys()) {
        if before.get(key) != after.get(key) {
            stamps.insert(key.clone(), time);
        }
    }
}

/// Merges this tab's entries with a stored record's, entry by entry: the later change wins (a tie
/// keeps this tab's), and entries changed no later than the latest clear are dropped.
pub fn merge(local: (&Answers, &Stamps), stored: (&Answers, &Stamps)) -> (Answers, Stamps) {
    let cleared = local.1.cleared.max(stored.1.cleared);
    let mut answers = Answers::default();
    let mut stamps = Stamps {
        cleared,
        ..Stamps::default()
    };
    merge_map(
        (&local.0.statements, &local.1.statements),
        (&stored.0.statements, &stored.1.statements),
        cleared,
        (&mut answers.statements, &mut stamps.statements),
    );
    merge_map(
        (&local.0.desired, &local.1.desired),
        (&stored.0.desired, &stored.1.desired),
        cleared,
        (&mut answers.desired, &mut stamps.desired),
    );
    merge_map(
        (&local.0.domains, &local.1.domains),
        (&stored.0.domains, &stored.1.domains),
        cleared,
        (&mut answers.domains, &mut stamps.domains),
    );
    // The later completion counts, unless a clear came after it.
    let completed = local.1.completed.max(stored.1.completed);
    stamps.completed = if completed > cleared { completed } else { 0 };
    (answers, stamps)
}

type Side<'a, V> = (&'a BTreeMap<String, V>, &'a BTreeMap<String, u64>);

fn merge_map<V: Clone>(
    local: Side<'_, V>,
    stored: Side<'_, V>,
    cleared: u64,
    out: (&mut BTreeMap<String, V>, &mut BTreeMap<String, u64>),
) {
    // A key seen on several sides is merged again with the same outcome (nothing is removed
    // from `out`), so the keys need no set of their own.
    let keys = local
        .0
        .keys()
        .chain(local.1.keys())
        .chain(stored.0.keys())
        .chain(stored.1.keys());
    for key in keys {
        let time_of = |side: &Side<'_, V>| side.1.get(key).copied().unwrap_or(0);
        let (local_time, stored_time) = (time_of(&local), time_of(&stored));
        // A stamp of 0 says nothing (it is "before any change"), so it does not make an
        // entry known here; otherwise merging again could bring back what a merge dropped.
        let known_locally = local.0.contains_key(key) || local_time > 0;
        let (value, time) = if known_locally && local_time >= stored_time {
            (local.0.get(key), local_time)
        } else {
            (stored.0.get(key), stored_time)
        };
        // Nothing from before the last clear survives; entries never stamped (v1) only while
        // nothing was ever cleared.
        if cleared > 0 && time <= cleared {
            continue;
        }
        if let Some(value) = value {
            out.0.insert(key.clone(), value.clone());
        }
        if time > 0 {
            out.1.insert(key.clone(), time);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::{Answer, DomainStage};

    /// One side of a merge, written compactly: (statement, option or 0 for removed, time).
    fn side(entries: &[(&str, u8, u64)], cleared: u64) -> (Answers, Stamps) {
        let mut answers = Answers::default();
        let mut stamps = Stamps {
            cleared,
            ..Stamps::default()
        };
        for &(id, option, time) in entries {
            if option > 0 {
                answers.set(id, Answer::Level(option));
            }
            if time > 0 {
                stamps.statements.insert(id.to_owned(), time);
            }
        }
        (answers, stamps)
    }

    fn check(
        local: (&[(&str, u8, u64)], u64),
        stored: (&[(&str, u8, u64)], u64),
        expected: &[(&str, u8)],
    ) {
        let local = side(local.0, local.1);
        let stored = side(stored.0, stored.1);
        let (merged, _) = merge((&local.0, &local.1), (&stored.0, &stored.1));
        let got: Vec<(&str, u8)> = merged
            .statements
            .iter()
            .map(|(id, a)| (id.as_str(), a.level().unwrap_or(0)))
            .collect();
        assert_eq!(got, expected, "local {local:?} stored {stored:?}");
    }

    #[test]
    fn the_later_change_of_each_statement_wins() {
        // Different statements from two tabs both survive.
        check(
            (&[("a", 1, 10)], 0),
            (&[("b", 2, 20)], 0),
            &[("a", 1), ("b", 2)],
        );
        // The same statement: the later change wins, whichever side it is on.
        check((&[("a", 1, 10)], 0), (&[("a", 2, 20)], 0), &[("a", 2)]);
        check((&[("a", 1, 30)], 0), (&[("a", 2, 20)], 0), &[("a", 1)]);
        // A tie keeps this tab's answer.
        check((&[("a", 1, 20)], 0), (&[("a", 2, 20)], 0), &[("a", 1)]);
        // A later removal wins over an earlier answer, and the other way round.
        check((&[("a", 0, 30)], 0), (&[("a", 2, 20)], 0), &[]);
        check((&[("a", 0, 10)], 0), (&[("a", 2, 20)], 0), &[("a", 2)]);
        // Unstamped (v1) answers lose to any stamped change and survive next to them.
        check((&[("a", 1, 0)], 0), (&[("a", 2, 5)], 0), &[("a", 2)]);
        check(
            (&[("a", 1, 0)], 0),
            (&[("b", 2, 5)], 0),
            &[("a", 1), ("b", 2)],
        );
    }

    #[test]
    fn a_clear_drops_everything_changed_before_it_on_either_side() {
        // The other tab cleared at 50; this tab's older answers do not come back.
        check((&[("a", 1, 10), ("b", 3, 40)], 0), (&[], 50), &[]);
        // ...but what this tab answered after the clear stays.
        check((&[("a", 1, 10), ("b", 3, 60)], 0), (&[], 50), &[("b", 3)]);
        // This tab cleared; the stored answers from before are gone, later ones stay.
        check((&[], 50), (&[("a", 1, 10), ("c", 4, 70)], 0), &[("c", 4)]);
        // Unstamped answers count as older than any clear.
        check((&[("a", 1, 0)], 0), (&[], 1), &[]);
    }

    #[test]
    fn desired_levels_and_domains_merge_like_answers() {
        let mut local = (Answers::default(), Stamps::default());
        local.0.set_desired("ict", Some(4));
        local.1.desired.insert("ict".into(), 10);
        local.0.set_domain_stage("soza", DomainStage::Practice);
        local.1.domains.insert("soza".into(), 30);
        let mut stored = (Answers::default(), Stamps::default());
        stored.0.set_desired("ict", Some(2));
        stored.1.desired.insert("ict".into(), 20);
        stored.1.domains.insert("soza".into(), 20); // dropped at 20, chosen again here at 30
        stored
            .0
            .set_domain_stage("puza", DomainStage::Experimenting);
        stored.1.domains.insert("puza".into(), 5);
        let (merged, stamps) = merge((&local.0, &local.1), (&stored.0, &stored.1));
        assert_eq!(merged.desired.get("ict"), Some(&2));
        assert_eq!(merged.domains.get("soza"), Some(&DomainStage::Practice));
        assert_eq!(
            merged.domains.get("puza"),
            Some(&DomainStage::Experimenting)
        );
        assert_eq!(stamps.latest(), 30);
    }

    #[test]
    fn changes_are_stamped_later_than_anything_seen() {
        let cases: [(u64, u64, u64); 4] = [
            // (latest stamp seen, clock, expected stamp)
            (0, 100, 100),
            (100, 100, 101),
            (MAX_TIME, 5, MAX_TIME),
            (MAX_TIME - 1, 5, MAX_TIME),
        ];
        for (seen, now, expected) in cases {
            let mut stamps = Stamps {
                cleared: seen,
                ..Stamps::default()
            };
            let before = Answers::default();
            let mut after = Answers::default();
            after.set("a", Answer::DontKnow);
            stamps.record_changes(&before, &after, now);
            assert_eq!(stamps.statements.get("a"), Some(&expected), "{seen} {now}");
        }
    }

    #[test]
    fn the_later_completion_survives_a_merge_unless_a_clear_came_after_it() {
        let stamps = |completed, cleared| Stamps {
            completed,
            cleared,
            ..Stamps::default()
        };
        let none = Answers::default();
        let cases = [
            // (local completed, local cleared, stored completed, stored cleared, expected)
            (0, 0, 0, 0, None),
            (10, 0, 0, 0, Some(10)),
            (0, 0, 10, 0, Some(10)),
            (10, 0, 20, 0, Some(20)),
            (30, 0, 20, 0, Some(30)),
            (10, 0, 0, 15, None),
            (20, 0, 0, 15, Some(20)),
            (0, 15, 10, 0, None),
        ];
        for (lc, lx, sc, sx, expected) in cases {
            let (_, merged) = merge((&none, &stamps(lc, lx)), (&none, &stamps(sc, sx)));
            assert_eq!(merged.completed_at(), expected, "{lc} {lx} {sc} {sx}");
        }
        let mut completing = stamps(0, 40);
        completing.complete(30);
        assert_eq!(
            completing.completed_at(),
            Some(41),
            "later than the clear it follows"
        );
        assert_eq!(completing.cleared_at(50).completed_at(), None);
        // Nothing changed since: a second look keeps the date; a change gives a new one.
        completing.complete(60);
        assert_eq!(completing.completed_at(), Some(41));
        completing.statements.insert("a".into(), 70);
        completing.complete(80);
        assert_eq!(completing.completed_at(), Some(80));
    }

    #[test]
    fn only_entries_that_changed_get_a_new_stamp() {
        let mut before = Answers::default();
        before.set("same", Answer::Level(2));
        before.set("removed", Answer::Level(3));
        let mut after = before.clone();
        after.clear_answer("removed");
        after.set("new", Answer::Level(5));
        let mut stamps = Stamps::default();
        stamps.statements.insert("same".into(), 7);
        stamps.record_changes(&before, &after, 50);
        let expected: BTreeMap<String, u64> = [("new", 50), ("removed", 50), ("same", 7)]
            .into_iter()
            .map(|(k, t)| (k.to_owned(), t))
            .collect();
        assert_eq!(stamps.statements, expected);
    }
}
