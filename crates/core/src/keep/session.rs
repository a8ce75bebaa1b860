//! Where a person is in the scan: their answers, the step they are on and their language.
//! The steps are derived from the content, so a new area adds a step without code changes.

use crate::keep::kept::{History, Team};
use crate::keep::merge::{Stamps, MAX_TIME};
use crate::model::answers::Answers;
use crate::model::{Lang, Scan};

/// One screen of the scan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Step {
    #[default]
    Intro,
    Domains,
    /// The statements of one aspect area (index into [`Scan::areas`]).
    Area(usize),
    /// The desired level of every area, on one screen; optional.
    Ambition,
    Summary,
    Results,
}

impl Step {
    /// The step after this one; `Results` is the last.
    pub fn next(self, scan: &Scan) -> Step {
        match self {
            Step::Intro => Step::Domains,
            Step::Domains if scan.areas.is_empty() => Step::Summary,
            Step::Domains => Step::Area(0),
            Step::Area(i) if i + 1 < scan.areas.len() => Step::Area(i + 1),
            Step::Area(_) => Step::Ambition,
            Step::Ambition => Step::Summary,
            Step::Summary | Step::Results => Step::Results,
        }
    }

    /// The step before this one; `Intro` is the first.
    pub fn previous(self, scan: &Scan) -> Step {
        match self {
            Step::Intro | Step::Domains => Step::Intro,
            Step::Area(0) => Step::Domains,
            Step::Area(i) => Step::Area(i - 1),
            Step::Summary if scan.areas.is_empty() => Step::Domains,
            Step::Summary => Step::Ambition,
            Step::Ambition if scan.areas.is_empty() => Step::Domains,
            Step::Ambition => Step::Area(scan.areas.len() - 1),
            Step::Results => Step::Summary,
        }
    }

    /// How many steps the scan has: intro, domains, one per area, ambition, summary, results.
    pub fn count(scan: &Scan) -> usize {
        5 + scan.areas.len()
    }

    /// This step's place in the sequence, 1 for the intro up to [`Step::count`] for the results.
    pub fn number(self, scan: &Scan) -> usize {
        match self {
            Step::Intro => 1,
            Step::Domains => 2,
            Step::Area(i) => 3 + i.min(scan.areas.len()),
            Step::Ambition => 3 + scan.areas.len(),
            Step::Summary => 4 + scan.areas.len(),
            Step::Results => 5 + scan.areas.len(),
        }
    }

    /// Where "continue where you left off" goes: the first area with an unanswered statement,
    /// or the summary when every statement has an answer.
    pub fn resume(scan: &Scan, answers: &Answers) -> Step {
        (0..scan.areas.len())
            .find(|&i| scan.statements_of(i).any(|s| answers.get(s.id).is_none()))
            .map_or(Step::Summary, Step::Area)
    }

    /// A stable name for saved records: areas by id, so that reordering content keeps places.
    pub fn to_id(self, scan: &Scan) -> String {
        match self {
            Step::Intro => "intro".into(),
            Step::Domains => "domains".into(),
            Step::Area(i) => match scan.areas.get(i) {
                Some(area) => format!("area:{}", area.id),
                None => "summary".into(),
            },
            Step::Ambition => "ambition".into(),
            Step::Summary => "summary".into(),
            Step::Results => "results".into(),
        }
    }

    /// Reads a saved step name; an area the content no longer has falls back to the intro.
    pub fn from_id(id: &str, scan: &Scan) -> Step {
        match id {
            "domains" => Step::Domains,
            "ambition" => Step::Ambition,
            "summary" => Step::Summary,
            "results" => Step::Results,
            _ => id
                .strip_prefix("area:")
                .and_then(|area| scan.area_index(area))
                .map_or(Step::Intro, Step::Area),
        }
    }
}

/// Everything the widget keeps for one person.
/// The areas a returning visitor should look at again because the scan changed: when the
/// saved answers hold an id the scan no longer has (a statement removed, or given a new id
/// because its options changed meaning), every area with a statement or orientation question
/// still open. Empty when nothing the person answered has disappeared. The old answers stay in
/// the record; scoring ignores them.
pub fn changed_areas(scan: &Scan, answers: &Answers) -> Vec<usize> {
    let outdated = answers
        .statements
        .keys()
        .any(|id| !scan.knows_answer_id(id));
    if !outdated {
        return Vec::new();
    }
    (0..scan.areas.len())
        .filter(|&i| {
            scan.statements_of(i).any(|s| answers.get(s.id).is_none())
                || scan.orientation_of(i).any(|o| answers.get(o.id).is_none())
        })
        .collect()
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Session {
    pub answers: Answers,
    /// When each answer last changed, for merging with other tabs (`core::merge`).
    pub stamps: Stamps,
    pub step: Step,
    pub lang: Lang,
    /// The facilitator's team set (`core::kept`).
    pub team: Team,
    /// The completed scans on this device (`core::kept`).
    pub history: History,
}

impl Session {
    /// The latest time anywhere in the session.
    pub fn latest(&self) -> u64 {
        self.stamps
            .latest()
            .max(self.team.latest())
            .max(self.history.latest())
    }

    /// The time to give a change of the team set or history: the clock, but later than anything
    /// already seen (as `Stamps::next_time`), never beyond [`MAX_TIME`].
    pub fn next_time(&self, now: u64) -> u64 {
        now.max(self.latest().saturating_add(1)).min(MAX_TIME)
    }

    /// The person reached the results: the scan is completed (`Stamps::complete`) and enters
    /// the history (`History::record`). Returns whether the history changed.
    pub fn complete(&mut self, now: u64, local_day: impl Fn(u64) -> i64) -> bool {
        self.stamps.complete(now);
        let time = self.next_time(now);
        match self.stamps.completed_at() {
            Some(completed) => self
                .history
                .record(&self.answers, completed, time, local_day),
            None => false,
        }
    }

    /// "Clear my answers" (and "start again") at `now`: forgets the answers and goes back to the
    /// introduction; forgets the history and the team set too when asked. Everything it forgets
    /// is stamped later than anything seen, so a tab that missed it cannot bring it back.
    pub fn clear(&mut self, now: u64, history: bool, team: bool) {
        let time = self.next_time(now);
        self.stamps = self.stamps.cleared_at(time);
        self.answers = Answers::default();
        self.step = Step::Intro;
        if history {
            self.history.clear(time);
        }
        if team {
            self.team.remove_all(time);
        }
    }

    /// Merges what another tab (or the stored record) holds into this session: answers entry by
    /// entry (`merge::merge`), team set and history identity by identity (`core::kept`). The
    /// step and language stay this session's own.
    pub fn merge_from(&mut self, other: &Session) {
        let (answers, stamps) = crate::keep::merge::merge(
            (&self.answers, &self.stamps),
            (&other.answers, &other.stamps),
        );
        self.history = self.history.merge(&other.history);
        self.team = self.team.merge(&other.team);
        self.answers = answers;
        self.stamps = stamps;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> Scan {
        crate::fixture::small()
    }

    #[test]
    fn a_clear_forgets_the_answers_and_what_it_is_asked_to_later_than_anything_seen() {
        use crate::model::answers::Answer;
        let mut session = Session::default();
        session.answers.set("a", Answer::Level(2));
        session.stamps.statements.insert("a".into(), 500);
        session.step = Step::Summary;
        session.team.add("CODE", "", 700);
        assert!(session.complete(600, |t| (t / 1000) as i64));
        let kept = session.clone();

        let mut keeping = kept.clone();
        keeping.clear(100, false, false);
        assert!(keeping.answers.is_empty());
        assert_eq!(keeping.step, Step::Intro);
        // The clock is behind what was seen (the team entry at 700, then the history entry,
        // added at 701): the clear comes after it all the same.
        assert_eq!(kept.history.entries[0].added, 701);
        assert_eq!(keeping.stamps.cleared, 702);
        assert_eq!(keeping.history, kept.history);
        assert_eq!(keeping.team, kept.team);

        let mut forgetting = kept.clone();
        forgetting.clear(2000, true, true);
        assert_eq!(forgetting.stamps.cleared, 2000);
        assert!(forgetting.history.entries.is_empty());
        assert!(forgetting.team.entries.is_empty());
        assert_eq!(forgetting.team.removed.get("CODE"), Some(&2000));
        // A tab that missed the clear cannot bring anything back.
        let mut merged = forgetting.clone();
        merged.merge_from(&kept);
        assert!(merged.answers.is_empty());
        assert!(merged.history.entries.is_empty());
        assert!(merged.team.entries.is_empty());
    }

    #[test]
    fn reaching_the_results_records_the_scan_once_and_a_same_day_correction_replaces_it() {
        use crate::model::answers::Answer;
        const DAY: u64 = 86_400_000;
        let day = |t: u64| (t / DAY) as i64;
        let mut session = Session::default();
        session.answers.set("a", Answer::Level(2));
        session.stamps.statements.insert("a".into(), 10 * DAY);
        assert!(session.complete(10 * DAY + 5, day));
        let first = session.stamps.completed;
        assert_eq!(session.history.entries.len(), 1);
        assert_eq!(session.history.entries[0].completed, first);
        assert_eq!(session.history.entries[0].answers, session.answers);
        assert!(!session.complete(10 * DAY + 9, day), "nothing changed");
        // A correction the same day replaces that day's scan.
        let before = session.answers.clone();
        session.answers.set("a", Answer::Level(3));
        session
            .stamps
            .record_changes(&before, &session.answers, 10 * DAY + 20);
        assert!(session.complete(10 * DAY + 30, day));
        assert_eq!(session.history.entries.len(), 1);
        assert_eq!(session.history.entries[0].completed, 10 * DAY + 30);
        assert!(session.history.removed.contains_key(&first));
        // Another day is another scan.
        let before = session.answers.clone();
        session.answers.set("a", Answer::Level(4));
        session
            .stamps
            .record_changes(&before, &session.answers, 400 * DAY);
        assert!(session.complete(400 * DAY + 1, day));
        assert_eq!(session.history.entries.len(), 2);
        // A scan completed before version 4 enters the history with its own date.
        let mut migrated = Session::default();
        migrated.answers.set("a", Answer::Level(1));
        migrated.stamps.statements.insert("a".into(), 5);
        migrated.stamps.completed = 7;
        assert!(migrated.complete(1000, day));
        assert_eq!(migrated.history.entries[0].completed, 7);
        assert_eq!(migrated.history.entries[0].added, 1000);
    }

    #[test]
    fn merging_sessions_merges_team_sets_and_histories_and_the_clear_forgets_history() {
        use crate::model::answers::Answer;
        let day = |t: u64| t as i64; // every time its own day
        let mut mine = Session::default();
        mine.answers.set("a", Answer::Level(2));
        mine.stamps.statements.insert("a".into(), 10);
        mine.complete(20, day);
        mine.team.add("AAAA", "HR", 21);
        let mut other = Session::default();
        other.team.add("BBBB", "", 22);
        other.stamps.cleared = 5;
        other.history.cleared = 5;
        mine.merge_from(&other);
        assert_eq!(mine.history.entries.len(), 1, "completed after the clear");
        assert_eq!(mine.team.entries.len(), 2);
        // "Start again" in the other tab: the answers go, the earlier scans stay.
        other.stamps.cleared = 30;
        mine.merge_from(&other);
        assert!(mine.answers.is_empty());
        assert_eq!(mine.history.entries.len(), 1);
        // "Clear my answers" there: the history goes too, the team set stays.
        other.history.cleared = 31;
        mine.merge_from(&other);
        assert!(mine.history.entries.is_empty());
        assert_eq!(mine.team.entries.len(), 2);
        assert_eq!(mine.next_time(0), 32);
    }

    #[test]
    fn a_changed_scan_names_the_areas_with_open_statements_once_an_answer_is_outdated() {
        use crate::model::answers::Answer;
        let scan = fixture();
        let mut answers = Answers::default();
        for s in scan.statements {
            answers.set(s.id, Answer::Level(3));
        }
        answers.set("orientation-first", Answer::Level(1));
        assert!(changed_areas(&scan, &answers).is_empty(), "all current");
        answers.clear_answer("culture-change");
        assert!(
            changed_areas(&scan, &answers).is_empty(),
            "open, but nothing outdated"
        );
        answers.set("culture-old-id", Answer::Level(2));
        assert_eq!(changed_areas(&scan, &answers), [1]);
        answers.clear_answer("orientation-first");
        assert_eq!(changed_areas(&scan, &answers), [1]);
        answers.clear_answer("ict-owner");
        assert_eq!(changed_areas(&scan, &answers), [0, 1]);
    }

    #[test]
    fn next_walks_intro_domains_every_area_ambition_summary_results() {
        let scan = fixture();
        let mut step = Step::Intro;
        let mut seen = vec![step];
        while step != Step::Results {
            step = step.next(&scan);
            seen.push(step);
        }
        let mut expected = vec![Step::Intro, Step::Domains];
        expected.extend((0..scan.areas.len()).map(Step::Area));
        expected.extend([Step::Ambition, Step::Summary, Step::Results]);
        assert_eq!(seen, expected);
    }

    #[test]
    fn steps_are_numbered_one_to_count_in_walking_order() {
        let scan = fixture();
        assert_eq!(scan.areas.len(), 3, "the fixture has three areas");
        assert_eq!(Step::count(&scan), 8);
        let cases = [
            (Step::Intro, 1),
            (Step::Domains, 2),
            (Step::Area(0), 3),
            (Step::Area(2), 5),
            (Step::Ambition, 6),
            (Step::Summary, 7),
            (Step::Results, 8),
        ];
        for (step, number) in cases {
            assert_eq!(step.number(&scan), number, "{step:?}");
        }
    }

    #[test]
    fn previous_undoes_next_everywhere_but_the_ends() {
        let scan = fixture();
        let mut step = Step::Domains;
        while step != Step::Results {
            assert_eq!(step.next(&scan).previous(&scan), step, "{step:?}");
            step = step.next(&scan);
        }
    }

    #[test]
    fn resuming_goes_to_the_first_area_with_an_open_statement() {
        use crate::model::answers::Answer;
        let scan = fixture();
        let mut answers = Answers::default();
        assert_eq!(Step::resume(&scan, &answers), Step::Area(0));
        for statement in scan.statements_of(0) {
            answers.set(statement.id, Answer::DontKnow);
        }
        assert_eq!(Step::resume(&scan, &answers), Step::Area(1));
        for statement in scan.statements {
            answers.set(statement.id, Answer::Level(2));
        }
        assert_eq!(Step::resume(&scan, &answers), Step::Summary);
    }

    #[test]
    fn step_ids_round_trip_and_unknown_areas_fall_back_to_intro() {
        let scan = fixture();
        let cases = [
            ("intro", Step::Intro),
            ("domains", Step::Domains),
            ("area:culture", Step::Area(1)),
            ("ambition", Step::Ambition),
            ("summary", Step::Summary),
            ("results", Step::Results),
            ("area:gone", Step::Intro),
            ("nonsense", Step::Intro),
        ];
        for (id, step) in cases {
            assert_eq!(Step::from_id(id, &scan), step, "{id}");
        }
        for step in [
            Step::Intro,
            Step::Domains,
            Step::Area(2),
            Step::Ambition,
            Step::Summary,
            Step::Results,
        ] {
            assert_eq!(Step::from_id(&step.to_id(&scan), &scan), step);
        }
    }
}
