//! The results' first screen in numbers: where the municipality stands overall, its strongest
//! and weakest areas, and the few next steps that matter most across all areas. Built from a
//! [`Profile`]; the words are the view's.

use crate::model::Scan;
use crate::score::scoring::{level_of, NextStep, Profile};

/// How many areas the headline names as strongest, and as weakest.
pub const EXTREMES: usize = 2;
/// How many next steps the headline picks across areas.
pub const TOP_STEPS: usize = 3;

/// The headline of one person's result.
#[derive(Clone, Debug, PartialEq)]
pub struct Headline {
    /// The mean of the scored areas' scores (0..=100) and its level, if any area has a score.
    pub overall: Option<(f64, u8)>,
    /// How many areas have a score, of how many.
    pub scored: usize,
    pub areas: usize,
    /// The lowest and highest level among the scored areas.
    pub range: Option<(u8, u8)>,
    /// Indices into [`Scan::areas`]: the highest scores first. Never shares an area with
    /// `weakest`; with fewer than four scored areas each side gets half (the strongest the odd
    /// one).
    pub strongest: Vec<usize>,
    /// Indices into [`Scan::areas`]: the lowest scores first.
    pub weakest: Vec<usize>,
    /// The next steps that matter most: see [`top_steps`].
    pub steps: Vec<NextStep>,
}

/// The headline of a profile.
pub fn headline(scan: &Scan, profile: &Profile) -> Headline {
    let mut scored: Vec<(usize, f64)> = profile
        .scored()
        .filter_map(|a| Some((a.area, a.score?)))
        .collect();
    let overall = (!scored.is_empty()).then(|| {
        let mean = scored.iter().map(|(_, s)| s).sum::<f64>() / scored.len() as f64;
        (mean, level_of(mean))
    });
    let range = profile
        .scored()
        .filter_map(|a| a.level)
        .fold(None, |acc: Option<(u8, u8)>, l| {
            Some(acc.map_or((l, l), |(lo, hi)| (lo.min(l), hi.max(l))))
        });
    // Highest score first; equal scores keep content order.
    scored.sort_unstable_by(|(ia, a), (ib, b)| b.total_cmp(a).then(ia.cmp(ib)));
    let n = scored.len();
    let strong_count = EXTREMES.min(n.div_ceil(2));
    let weak_count = EXTREMES.min(n - strong_count);
    let strongest = scored.iter().take(strong_count).map(|(i, _)| *i).collect();
    let weakest = scored
        .iter()
        .rev()
        .take(weak_count)
        .map(|(i, _)| *i)
        .collect();
    Headline {
        overall,
        scored: n,
        areas: scan.areas.len(),
        range,
        strongest,
        weakest,
        steps: top_steps(scan, profile),
    }
}

/// The next steps that matter most across areas, at most [`TOP_STEPS`]: each area's first
/// (weakest) step competes, the area with the largest gap to its ambition first, then the
/// lowest option, the heavier statement, content order. One step per area while other areas
/// have one; only then a second step of the same area.
pub fn top_steps(scan: &Scan, profile: &Profile) -> Vec<NextStep> {
    let rank = |step: &NextStep| {
        let statement = scan.statements.get(step.statement);
        let gap = statement
            .and_then(|s| profile.areas.get(s.area))
            .and_then(|a| a.gap)
            .unwrap_or(0);
        let weight = statement.map_or(0, |s| s.weight);
        (
            std::cmp::Reverse(gap),
            step.from,
            std::cmp::Reverse(weight),
            step.statement,
        )
    };
    let mut chosen: Vec<NextStep> = Vec::with_capacity(TOP_STEPS);
    // Round r takes the r-th step of every area that has one, ranked; rounds fill in order.
    let deepest = profile.areas.iter().map(|a| a.next_steps.len()).max();
    for round in 0..deepest.unwrap_or(0) {
        let mut candidates: Vec<NextStep> = profile
            .areas
            .iter()
            .filter_map(|a| a.next_steps.get(round).copied())
            .collect();
        candidates.sort_unstable_by_key(rank);
        chosen.extend(candidates.into_iter().take(TOP_STEPS - chosen.len()));
        if chosen.len() == TOP_STEPS {
            break;
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::{Answer, Answers};
    use crate::score::scoring::score;

    fn fixture() -> Scan {
        crate::fixture::small()
    }

    /// Answers every statement of area `area` with option `k`.
    fn answer_area(scan: &Scan, answers: &mut Answers, area: usize, k: u8) {
        for s in scan.statements_of(area) {
            answers.set(s.id, Answer::Level(k));
        }
    }

    #[test]
    fn no_answers_give_no_overall_and_no_areas() {
        let scan = fixture();
        let h = headline(&scan, &score(&scan, &Answers::default()));
        assert_eq!(h.overall, None);
        assert_eq!(h.scored, 0);
        assert!(h.strongest.is_empty() && h.weakest.is_empty() && h.steps.is_empty());
        assert_eq!(h.areas, scan.areas.len());
    }

    #[test]
    fn strongest_and_weakest_never_overlap_and_are_ordered() {
        let scan = fixture();
        assert!(scan.areas.len() >= 3, "the fixture needs three areas");
        let mut answers = Answers::default();
        answer_area(&scan, &mut answers, 0, 2);
        answer_area(&scan, &mut answers, 1, 5);
        answer_area(&scan, &mut answers, 2, 3);
        let h = headline(&scan, &score(&scan, &answers));
        assert_eq!(h.scored, 3);
        // Three scored areas: two strongest (the odd one), one weakest.
        assert_eq!(h.strongest, vec![1, 2]);
        assert_eq!(h.weakest, vec![0]);
        assert_eq!(h.range, Some((2, 5)));
        let (mean, level) = h.overall.expect("scored");
        // Options 2, 5 and 3 score 25, 100 and 50.
        assert!((mean - 175.0 / 3.0).abs() < 1e-9, "{mean}");
        assert_eq!(level, 3);
    }

    #[test]
    fn one_scored_area_is_strongest_only() {
        let scan = fixture();
        let mut answers = Answers::default();
        answer_area(&scan, &mut answers, 1, 4);
        let h = headline(&scan, &score(&scan, &answers));
        assert_eq!(h.strongest, vec![1]);
        assert!(h.weakest.is_empty());
    }

    #[test]
    fn top_steps_take_one_per_area_before_a_second_and_the_lowest_first() {
        let scan = fixture();
        let mut answers = Answers::default();
        answer_area(&scan, &mut answers, 0, 3);
        answer_area(&scan, &mut answers, 1, 1);
        answer_area(&scan, &mut answers, 2, 2);
        let profile = score(&scan, &answers);
        let steps = top_steps(&scan, &profile);
        let area_of = |s: &NextStep| scan.statements[s.statement].area;
        assert_eq!(
            steps.iter().map(area_of).collect::<Vec<_>>(),
            vec![1, 2, 0],
            "the lowest option first, one per area"
        );
        assert_eq!(
            steps.iter().map(|s| s.from).collect::<Vec<_>>(),
            vec![1, 2, 3]
        );
    }

    #[test]
    fn a_gap_to_the_ambition_ranks_its_area_first() {
        let scan = fixture();
        let mut answers = Answers::default();
        answer_area(&scan, &mut answers, 0, 3);
        answer_area(&scan, &mut answers, 1, 1);
        answers.set_desired(scan.areas[0].id, Some(5));
        let profile = score(&scan, &answers);
        let steps = top_steps(&scan, &profile);
        assert_eq!(scan.statements[steps[0].statement].area, 0);
    }

    #[test]
    fn a_second_step_of_an_area_comes_only_after_one_per_area() {
        let scan = fixture();
        assert_eq!(
            scan.statements_of(0).count(),
            2,
            "the fixture's first area has two"
        );
        let mut answers = Answers::default();
        answer_area(&scan, &mut answers, 0, 2);
        answer_area(&scan, &mut answers, 1, 5);
        answer_area(&scan, &mut answers, 2, 4);
        let steps = top_steps(&scan, &score(&scan, &answers));
        let area_of = |s: &NextStep| scan.statements[s.statement].area;
        assert_eq!(steps.iter().map(area_of).collect::<Vec<_>>(), vec![0, 2, 0]);
        assert_ne!(steps[0].statement, steps[2].statement, "no step twice");
    }
}
