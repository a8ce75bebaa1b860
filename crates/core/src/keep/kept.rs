//! What a person keeps on this device beside the answers being entered: the **team set** (the
//! colleagues' result codes a facilitator collected for team mode) and the **history** of
//! completed scans. Both are saved in the record (format v4, `crate::keep::saved`), both are changed by
//! several tabs at once, and both merge the same way:
//!
//! - every entry has an identity (a team entry its code in canonical form, a history entry the
//!   time its scan was completed) and the time it last entered this record (`added`);
//! - removing an entry leaves its identity behind with the time of the removal (a tombstone,
//!   in `removed`);
//! - two sides merge identity by identity: the later of the entries' and the removals' times
//!   wins, a tie goes to the removal (so a removed entry never comes back from a tab that still
//!   had it), and between two entries a tie keeps this tab's;
//! - history also has a clear of its own (`History::cleared`, set by "clear my answers" but not
//!   by "start again", which keeps the earlier scans): no history entry or removal from at or
//!   before it survives. The team set has no such clear: removing every code removes each.
//!
//! Times are milliseconds since 1970, passed in by the caller (see `Session::next_time`); the
//! core never reads a clock.
//!
//! History keeps one scan per day: a completion on the same local day as the latest entry
//! replaces it (a correction of that day's scan, not a new scan), a completion whose answers equal
//! the latest entry's adds nothing, and a completion the person deleted is not added again. Each
//! entry holds the answers keyed by statement, area and domain ids, never a code, so it reads
//! under any later content.

use std::collections::BTreeMap;

use crate::keep::merge::MAX_TIME;
use crate::model::answers::Answers;

/// One colleague's result in the team set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamEntry {
    /// The result code in its canonical form (`codes::encode` of what it decodes to), so that
    /// one result typed twice is one entry. It names its content version, so it keeps its
    /// meaning when the content changes.
    pub code: String,
    /// A role, never a name; may be empty.
    pub label: String,
    /// When it was added to this set (or last taken over from an answers file).
    pub added: u64,
}

/// The facilitator's team set: entries in the order they were added, and removed codes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Team {
    /// Ordered by `added`, then code; no code twice.
    pub entries: Vec<TeamEntry>,
    /// Code -> when it was removed; never a code that is in `entries`.
    pub removed: BTreeMap<String, u64>,
}

/// One completed scan kept on this device.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HistoryEntry {
    /// When the person reached the results (ms since 1970): the scan's date and its identity.
    pub completed: u64,
    /// When it entered this record: the completion, or the import of an answers file.
    pub added: u64,
    /// The answers, desired levels and domains with their stage, by id.
    pub answers: Answers,
}

/// The completed scans on this device, oldest first, and the completions the person deleted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    /// Ordered by `completed`; no completion time twice.
    pub entries: Vec<HistoryEntry>,
    /// Completion time -> when that entry was deleted; never one that is in `entries`, nor
    /// from at or before `cleared`.
    pub removed: BTreeMap<u64, u64>,
    /// When the whole history was last cleared (0: never); no entry added at or before it.
    pub cleared: u64,
}

impl Team {
    /// The latest time anywhere in the set.
    pub fn latest(&self) -> u64 {
        latest(&self.entries, &self.removed, |e| e.added)
    }

    pub fn contains(&self, code: &str) -> bool {
        self.entries.iter().any(|e| e.code == code)
    }

    /// Adds a code (in canonical form) with its label at `time`; false when it is already in the
    /// set, which then stays as it was.
    pub fn add(&mut self, code: &str, label: &str, time: u64) -> bool {
        if self.contains(code) {
            return false;
        }
        self.removed.remove(code);
        place_team(
            &mut self.entries,
            TeamEntry {
                code: code.to_owned(),
                label: label.to_owned(),
                added: time,
            },
        );
        true
    }

    /// Removes a code at `time`; false when it was not in the set.
    pub fn remove(&mut self, code: &str, time: u64) -> bool {
        let before = self.entries.len();
        self.entries.retain(|e| e.code != code);
        if self.entries.len() == before {
            return false;
        }
        self.removed.insert(code.to_owned(), time);
        true
    }

    /// Removes every code at `time`.
    pub fn remove_all(&mut self, time: u64) {
        for entry in std::mem::take(&mut self.entries) {
            self.removed.insert(entry.code, time);
        }
    }

    /// Merges this tab's set with another's (see the module comment).
    pub fn merge(&self, other: &Team) -> Team {
        let (by_code, removed) = merge_sets(
            (&self.entries, &self.removed),
            (&other.entries, &other.removed),
            0,
            |e| e.code.clone(),
            |e| e.added,
        );
        let mut entries = Vec::with_capacity(by_code.len());
        for entry in by_code {
            place_team(&mut entries, entry);
        }
        Team { entries, removed }
    }

    /// Takes over an imported file's set: every code not in this set is added from `time` on,
    /// a millisecond apart so that they keep the file's order (an import is the person's
    /// explicit choice, so it also brings back a code removed here). Returns how many codes
    /// were added.
    pub fn take_over(&mut self, imported: &Team, time: u64) -> usize {
        let mut count = 0;
        for entry in &imported.entries {
            let at = time.saturating_add(count).min(MAX_TIME);
            if self.add(&entry.code, &entry.label, at) {
                count += 1;
            }
        }
        count as usize
    }
}

impl History {
    /// The latest time anywhere in the history.
    pub fn latest(&self) -> u64 {
        latest(&self.entries, &self.removed, |e| e.added.max(e.completed)).max(self.cleared)
    }

    /// Forgets every scan, at `time` ("clear my answers").
    pub fn clear(&mut self, time: u64) {
        *self = History {
            cleared: time,
            ..History::default()
        };
    }

    /// The most recent completed scan.
    pub fn last(&self) -> Option<&HistoryEntry> {
        self.entries.last()
    }

    /// The entry of the scan completed at `completed`.
    pub fn get(&self, completed: u64) -> Option<&HistoryEntry> {
        self.entries.iter().find(|e| e.completed == completed)
    }

    /// Records a scan completed at `completed` with these answers, at `time` (see the module
    /// comment for when it adds nothing and when it replaces the latest entry). `local_day`
    /// gives the person's calendar day of a time. Returns whether the history changed.
    pub fn record(
        &mut self,
        answers: &Answers,
        completed: u64,
        time: u64,
        local_day: impl Fn(u64) -> i64,
    ) -> bool {
        if completed == 0 || self.removed.contains_key(&completed) || self.get(completed).is_some()
        {
            return false;
        }
        if let Some(last) = self.last() {
            if last.answers == *answers {
                return false;
            }
            if last.completed < completed && local_day(last.completed) == local_day(completed) {
                let replaced = last.completed;
                self.remove(replaced, time);
            }
        }
        place_history(
            &mut self.entries,
            HistoryEntry {
                completed,
                added: time,
                answers: answers.clone(),
            },
        );
        true
    }

    /// Deletes the scan completed at `completed`, at `time`; false when there is none.
    pub fn remove(&mut self, completed: u64, time: u64) -> bool {
        let before = self.entries.len();
        self.entries.retain(|e| e.completed != completed);
        if self.entries.len() == before {
            return false;
        }
        self.removed.insert(completed, time);
        true
    }

    /// Merges this tab's history with another's; nothing from at or before the later of the two
    /// clears survives.
    pub fn merge(&self, other: &History) -> History {
        let cleared = self.cleared.max(other.cleared);
        // In the order of their identity, the completion time: oldest first.
        let (entries, removed) = merge_sets(
            (&self.entries, &self.removed),
            (&other.entries, &other.removed),
            cleared,
            |e| e.completed,
            |e| e.added,
        );
        History {
            entries,
            removed,
            cleared,
        }
    }

    /// Takes over an imported file's history: every scan not in this history is added at `time`
    /// (also one deleted here: the import is the person's explicit choice). Returns how many.
    pub fn take_over(&mut self, imported: &History, time: u64) -> usize {
        let mut count = 0;
        for entry in &imported.entries {
            if self.get(entry.completed).is_none() {
                self.removed.remove(&entry.completed);
                place_history(
                    &mut self.entries,
                    HistoryEntry {
                        added: time,
                        ..entry.clone()
                    },
                );
                count += 1;
            }
        }
        count
    }
}

// Entries are placed one by one rather than sorted: the sets are small, and each sort would
// bring another instantiation of the standard sort into the wasm.

/// Inserts a team entry in the order added, then code.
fn place_team(entries: &mut Vec<TeamEntry>, entry: TeamEntry) {
    let at = entries
        .iter()
        .position(|e| (e.added, &e.code) > (entry.added, &entry.code))
        .unwrap_or(entries.len());
    entries.insert(at, entry);
}

/// Inserts a history entry in the order completed.
fn place_history(entries: &mut Vec<HistoryEntry>, entry: HistoryEntry) {
    let at = entries
        .iter()
        .position(|e| e.completed > entry.completed)
        .unwrap_or(entries.len());
    entries.insert(at, entry);
}

fn latest<E, K>(entries: &[E], removed: &BTreeMap<K, u64>, time: impl Fn(&E) -> u64) -> u64 {
    entries
        .iter()
        .map(time)
        .chain(removed.values().copied())
        .max()
        .unwrap_or(0)
}

/// One side of a set merge: its entries and its removals.
type SetSide<'a, K, E> = (&'a [E], &'a BTreeMap<K, u64>);

/// Merges two sides of a set with removals (see the module comment); `floor` is the last clear
/// (0: none), at or before which nothing survives.
fn merge_sets<K: Ord + Clone, E: Clone>(
    local: SetSide<'_, K, E>,
    other: SetSide<'_, K, E>,
    floor: u64,
    key: impl Fn(&E) -> K,
    time: impl Fn(&E) -> u64,
) -> (Vec<E>, BTreeMap<K, u64>) {
    let mut entries: BTreeMap<K, &E> = BTreeMap::new();
    // This tab's entries first, so that a tie between two entries keeps this tab's; a side
    // holding one identity twice (only damage does) keeps its later one.
    for entry in local.0.iter().chain(other.0.iter()) {
        let k = key(entry);
        match entries.get(&k) {
            Some(kept) if time(kept) >= time(entry) => {}
            _ => {
                entries.insert(k, entry);
            }
        }
    }
    let mut removed: BTreeMap<K, u64> = BTreeMap::new();
    for (k, &at) in local.1.iter().chain(other.1.iter()) {
        let latest = removed.get(k).copied().unwrap_or(0).max(at);
        removed.insert(k.clone(), latest);
    }
    let mut out = Vec::new();
    for (k, entry) in entries {
        let stamp = time(entry);
        let removal = removed.get(&k).copied();
        if removal.is_some_and(|at| at >= stamp) {
            continue;
        }
        removed.remove(&k);
        if floor > 0 && stamp <= floor {
            continue;
        }
        out.push(entry.clone());
    }
    removed.retain(|_, at| floor == 0 || *at > floor);
    (out, removed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::Answer;

    fn team(entries: &[(&str, u64)], removed: &[(&str, u64)]) -> Team {
        let mut t = Team::default();
        for &(code, time) in entries {
            place_team(
                &mut t.entries,
                TeamEntry {
                    code: code.into(),
                    label: String::new(),
                    added: time,
                },
            );
        }
        t.removed = removed.iter().map(|&(c, t)| (c.to_owned(), t)).collect();
        t
    }

    fn codes(t: &Team) -> Vec<&str> {
        t.entries.iter().map(|e| e.code.as_str()).collect()
    }

    #[test]
    fn team_sets_merge_by_code_and_a_removal_beats_an_older_or_equal_add() {
        let a = team(&[("AAAA", 10), ("BBBB", 20)], &[]);
        let b = team(&[("CCCC", 15)], &[("BBBB", 20)]);
        let merged = a.merge(&b);
        assert_eq!(
            codes(&merged),
            ["AAAA", "CCCC"],
            "union, removal wins a tie"
        );
        assert_eq!(merged.removed.get("BBBB"), Some(&20));
        // Added again after the removal: it is back, and the removal is forgotten.
        let again = team(&[("BBBB", 30)], &[]);
        let merged = merged.merge(&again);
        assert_eq!(
            codes(&merged),
            ["AAAA", "CCCC", "BBBB"],
            "in the order added"
        );
        assert!(merged.removed.is_empty());
    }

    #[test]
    fn adding_removing_and_taking_over_team_codes() {
        let mut t = Team::default();
        assert!(t.add("AAAA", "HR", 5));
        assert!(!t.add("AAAA", "ICT", 6), "a duplicate is recognised");
        assert_eq!(t.entries[0].label, "HR");
        assert!(t.remove("AAAA", 7));
        assert!(!t.remove("AAAA", 8));
        assert_eq!(t.removed.get("AAAA"), Some(&7));
        let file = team(&[("AAAA", 1), ("BBBB", 2)], &[]);
        assert_eq!(
            t.take_over(&file, 9),
            2,
            "an import brings a removed code back"
        );
        assert_eq!(codes(&t), ["AAAA", "BBBB"]);
        assert!(t.removed.is_empty());
        assert_eq!(t.take_over(&file, 10), 0);
        // Codes taken over keep the file's order, not the alphabet's.
        let mut fresh = Team::default();
        let file = team(&[("ZZZZ", 1), ("AAAA", 2)], &[]);
        assert_eq!(fresh.take_over(&file, 20), 2);
        assert_eq!(codes(&fresh), ["ZZZZ", "AAAA"]);
    }

    fn answers(level: u8) -> Answers {
        let mut a = Answers::default();
        a.set("s", Answer::Level(level));
        a
    }

    const DAY: u64 = 86_400_000;

    fn day(t: u64) -> i64 {
        (t / DAY) as i64
    }

    #[test]
    fn history_keeps_one_scan_per_day_and_nothing_twice() {
        let mut h = History::default();
        assert!(!h.record(&answers(1), 0, 1, day), "never completed");
        assert!(h.record(&answers(1), DAY + 10, DAY + 10, day));
        assert!(
            !h.record(&answers(1), DAY + 20, DAY + 20, day),
            "the same answers again"
        );
        // A changed scan completed the same day replaces that day's entry.
        assert!(h.record(&answers(2), DAY + 30, DAY + 30, day));
        assert_eq!(h.entries.len(), 1);
        assert_eq!(h.entries[0].completed, DAY + 30);
        assert_eq!(h.removed.get(&(DAY + 10)), Some(&(DAY + 30)));
        // The next day is a new scan.
        assert!(h.record(&answers(3), 2 * DAY + 5, 2 * DAY + 5, day));
        let times: Vec<u64> = h.entries.iter().map(|e| e.completed).collect();
        assert_eq!(times, [DAY + 30, 2 * DAY + 5]);
        // A deleted scan is not recorded again when the results are looked at again.
        assert!(h.remove(2 * DAY + 5, 2 * DAY + 6));
        assert!(!h.record(&answers(3), 2 * DAY + 5, 2 * DAY + 7, day));
        assert_eq!(h.entries.len(), 1);
    }

    #[test]
    fn history_merges_by_completion_and_honours_the_clear() {
        let entry = |completed, added| HistoryEntry {
            completed,
            added,
            answers: answers(1),
        };
        let a = History {
            entries: vec![entry(10, 10), entry(20, 20)],
            ..History::default()
        };
        let mut b = History {
            entries: vec![entry(30, 30)],
            removed: [(20, 25)].into(),
            cleared: 0,
        };
        let merged = a.merge(&b);
        let times: Vec<u64> = merged.entries.iter().map(|e| e.completed).collect();
        assert_eq!(times, [10, 30]);
        // Cleared at 25: entries and removals from then or before are gone.
        b.cleared = 25;
        let merged = a.merge(&b);
        let times: Vec<u64> = merged.entries.iter().map(|e| e.completed).collect();
        assert_eq!(times, [30]);
        assert!(merged.removed.is_empty());
        assert_eq!(merged.cleared, 25);
        // An import stamps what it brings in now, so a clear before it does not drop it.
        let mut mine = History::default();
        assert_eq!(mine.take_over(&a, 40), 2);
        let times: Vec<u64> = mine.merge(&b).entries.iter().map(|e| e.completed).collect();
        assert_eq!(
            times,
            [10, 20, 30],
            "also 20, which b removed before the import"
        );
        mine.clear(50);
        assert!(mine.merge(&a).entries.is_empty());
    }
}
