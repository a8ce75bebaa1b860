//! What one person entered: answers to statements, desired levels per area, the domains of
//! interest. Keyed by the content's stable ids, so that answers to ids the content no longer has
//! survive untouched (they are not corruption) and new statements simply start unanswered.

use std::collections::BTreeMap;

use crate::model::vocab::LEVELS;
use crate::model::Scan;

pub use crate::model::vocab::DomainStage;

/// The answer to one statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// Option 1..=5, least mature first.
    Level(u8),
    /// Counts as unanswered, never as zero.
    DontKnow,
    /// Counts as unanswered, never as zero.
    NotApplicable,
}

impl Answer {
    /// The chosen level, if the answer counts for the score.
    pub fn level(self) -> Option<u8> {
        match self {
            Answer::Level(k) if (1..=LEVELS).contains(&k) => Some(k),
            _ => None,
        }
    }
}

/// Everything one person entered. Plain data: the UI changes it through these methods.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Answers {
    /// Statement id -> answer.
    pub statements: BTreeMap<String, Answer>,
    /// Area id -> desired level 1..=5.
    pub desired: BTreeMap<String, u8>,
    /// Domain id -> stage; a domain is chosen when it is in this map.
    pub domains: BTreeMap<String, DomainStage>,
}

impl Answers {
    pub fn set(&mut self, statement: &str, answer: Answer) {
        self.statements.insert(statement.to_owned(), answer);
    }

    pub fn clear_answer(&mut self, statement: &str) {
        self.statements.remove(statement);
    }

    pub fn get(&self, statement: &str) -> Option<Answer> {
        self.statements.get(statement).copied()
    }

    /// Sets the desired level of an area; `None` removes it.
    pub fn set_desired(&mut self, area: &str, level: Option<u8>) {
        match level.filter(|l| (1..=LEVELS).contains(l)) {
            Some(l) => {
                self.desired.insert(area.to_owned(), l);
            }
            None => {
                self.desired.remove(area);
            }
        }
    }

    /// Chooses a domain (at its current stage, or "not started") or drops it.
    pub fn toggle_domain(&mut self, domain: &str, chosen: bool) {
        if chosen {
            self.domains.entry(domain.to_owned()).or_default();
        } else {
            self.domains.remove(domain);
        }
    }

    pub fn set_domain_stage(&mut self, domain: &str, stage: DomainStage) {
        self.domains.insert(domain.to_owned(), stage);
    }

    /// True when nothing at all was entered.
    pub fn is_empty(&self) -> bool {
        self.statements.is_empty() && self.desired.is_empty() && self.domains.is_empty()
    }

    /// Takes over every entry of an imported answers file; entries it does not have stay as
    /// they are. Returns how many entries the file held.
    pub fn take_over(&mut self, imported: Answers) -> usize {
        let count = imported.statements.len() + imported.desired.len() + imported.domains.len();
        self.statements.extend(imported.statements);
        self.desired.extend(imported.desired);
        self.domains.extend(imported.domains);
        count
    }
}

/// The ids in `answers` that `scan` no longer has: statements, areas and domains of an earlier
/// content version, reported rather than dropped silently.
pub fn gone(scan: &Scan, answers: &Answers) -> Vec<String> {
    let statements = answers
        .statements
        .keys()
        .filter(|id| !scan.knows_answer_id(id));
    let areas = answers
        .desired
        .keys()
        .filter(|id| scan.area_index(id).is_none());
    let domains = answers
        .domains
        .keys()
        .filter(|id| !scan.domains.iter().any(|d| d.id == id.as_str()));
    statements.chain(areas).chain(domains).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dont_know_and_not_applicable_have_no_level() {
        let cases = [
            (Answer::Level(1), Some(1)),
            (Answer::Level(5), Some(5)),
            (Answer::Level(0), None),
            (Answer::Level(6), None),
            (Answer::DontKnow, None),
            (Answer::NotApplicable, None),
        ];
        for (answer, expected) in cases {
            assert_eq!(answer.level(), expected, "{answer:?}");
        }
    }

    #[test]
    fn a_desired_level_out_of_range_removes_it() {
        let mut answers = Answers::default();
        answers.set_desired("ict", Some(4));
        assert_eq!(answers.desired.get("ict"), Some(&4));
        answers.set_desired("ict", Some(9));
        assert_eq!(answers.desired.get("ict"), None);
    }

    #[test]
    fn an_import_overwrites_what_it_holds_and_keeps_the_rest() {
        let mut mine = Answers::default();
        mine.set("kept", Answer::Level(2));
        mine.set("replaced", Answer::Level(1));
        mine.set_desired("ict", Some(2));
        let mut file = Answers::default();
        file.set("replaced", Answer::DontKnow);
        file.set("new", Answer::Level(5));
        file.set_domain_stage("soza", DomainStage::Practice);
        assert_eq!(mine.take_over(file), 3);
        let expected: Vec<(&str, Answer)> = vec![
            ("kept", Answer::Level(2)),
            ("new", Answer::Level(5)),
            ("replaced", Answer::DontKnow),
        ];
        let got: Vec<(&str, Answer)> = mine
            .statements
            .iter()
            .map(|(id, a)| (id.as_str(), *a))
            .collect();
        assert_eq!(got, expected);
        assert_eq!(mine.desired.get("ict"), Some(&2));
        assert_eq!(mine.domains.get("soza"), Some(&DomainStage::Practice));
    }

    #[test]
    fn choosing_a_domain_again_keeps_its_stage() {
        let mut answers = Answers::default();
        answers.set_domain_stage("soza", DomainStage::Practice);
        answers.toggle_domain("soza", true);
        assert_eq!(answers.domains.get("soza"), Some(&DomainStage::Practice));
        answers.toggle_domain("soza", false);
        assert!(answers.is_empty());
    }

    #[test]
    fn gone_lists_what_the_content_no_longer_has() {
        let scan = crate::fixture::small();
        let mut answers = Answers::default();
        answers.set("ict-owner", Answer::Level(2));
        answers.set("old-statement", Answer::DontKnow);
        answers.set_desired("old-area", Some(3));
        answers.set_desired("ict", Some(3));
        answers.set_domain_stage("old-domain", DomainStage::Practice);
        assert_eq!(
            gone(&scan, &answers),
            ["old-statement", "old-area", "old-domain"]
        );
    }
}
