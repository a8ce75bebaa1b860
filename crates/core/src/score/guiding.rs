//! The source article's five guiding questions in the result: for each, what the answers say
//! about it, from the statements that really ask it (tagged `guiding_question` in the content),
//! and for the domains question the domains chosen on the first step with their stages.

use crate::model::answers::{Answer, Answers};
use crate::model::vocab::DomainStage;
use crate::model::Scan;

/// The id of the guiding question that the first step (domains and stages) answers.
pub const DOMAINS_QUESTION: &str = "domains";

/// What the answers say about one guiding question.
#[derive(Clone, Debug, PartialEq)]
pub struct GuidingResult {
    /// Index into [`Scan::guiding_questions`].
    pub question: usize,
    /// The statements that ask it, in content order, each with its answer (if any).
    pub statements: Vec<(usize, Option<Answer>)>,
    /// The weakest of them: the lowest option chosen, the first in content order on a tie.
    /// "Don't know" and "not applicable" are not options, so they are never the weakest.
    pub weakest: Option<usize>,
    /// For the domains question: the domains chosen, in content order, with their stage.
    pub domains: Vec<(usize, DomainStage)>,
}

impl GuidingResult {
    /// Whether anything that asks this question was answered with an option or a domain.
    pub fn answered(&self) -> bool {
        self.weakest.is_some() || !self.domains.is_empty()
    }
}

/// One result per guiding question, in content order.
pub fn guiding(scan: &Scan, answers: &Answers) -> Vec<GuidingResult> {
    scan.guiding_questions
        .iter()
        .enumerate()
        .map(|(q, question)| {
            let statements: Vec<(usize, Option<Answer>)> = scan
                .statements
                .iter()
                .enumerate()
                .filter(|(_, s)| s.guiding_question == Some(q))
                .map(|(i, s)| (i, answers.get(s.id)))
                .collect();
            let weakest = statements
                .iter()
                .filter_map(|&(i, answer)| Some((answer?.level()?, i)))
                .min()
                .map(|(_, i)| i);
            let domains = if question.id == DOMAINS_QUESTION {
                scan.domains
                    .iter()
                    .enumerate()
                    .filter_map(|(i, d)| Some((i, *answers.domains.get(d.id)?)))
                    .collect()
            } else {
                Vec::new()
            };
            GuidingResult {
                question: q,
                statements,
                weakest,
                domains,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(
        given: &[(&str, Answer)],
        domains: &[(&str, DomainStage)],
        expected: &[(&str, Option<&str>, usize, bool)],
    ) {
        let scan = crate::fixture::small();
        let mut answers = Answers::default();
        for (id, answer) in given {
            answers.set(id, *answer);
        }
        for (id, stage) in domains {
            answers.set_domain_stage(id, *stage);
        }
        let got: Vec<(&str, Option<&str>, usize, bool)> = guiding(&scan, &answers)
            .iter()
            .map(|r| {
                (
                    scan.guiding_questions[r.question].id,
                    r.weakest.map(|i| scan.statements[i].id),
                    r.domains.len(),
                    r.answered(),
                )
            })
            .collect();
        assert_eq!(got, expected, "{given:?} {domains:?}");
    }

    #[test]
    fn each_question_shows_its_weakest_answer_and_the_domains_question_the_chosen_domains() {
        use Answer::{DontKnow, Level, NotApplicable};
        use DomainStage::{Experimenting, Practice};
        let none = [
            ("domains", None, 0, false),
            ("readiness", None, 0, false),
            ("culture", None, 0, false),
            ("expertise", None, 0, false),
            ("conditions", None, 0, false),
        ];
        check(&[], &[], &none);
        // "Don't know" and "not applicable" say nothing about a question.
        check(
            &[("ict-owner", DontKnow), ("culture-lessons", NotApplicable)],
            &[],
            &none,
        );
        // The lowest option wins; on a tie the first in content order.
        check(
            &[
                ("ict-owner", Level(3)),
                ("ict-dashboard", Level(2)),
                ("culture-lessons", Level(4)),
                ("culture-change", Level(4)),
            ],
            &[("soza", Experimenting), ("puza", Practice)],
            &[
                ("domains", None, 2, true),
                ("readiness", Some("culture-change"), 0, true),
                ("culture", Some("culture-lessons"), 0, true),
                ("expertise", None, 0, false),
                ("conditions", Some("ict-dashboard"), 0, true),
            ],
        );
    }
}
