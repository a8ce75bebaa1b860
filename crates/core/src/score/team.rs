//! Team mode: a facilitator combines several colleagues' answers and sees per area and per
//! statement the average, the spread, and the statements the team disagrees on most. The
//! disagreement is the honest correction to self-assessment, so it is ranked, not averaged away.

use crate::model::answers::{Answer, Answers};
use crate::model::vocab::DomainStage;
use crate::model::Scan;
use crate::score::scoring::{archetype_matches, area_results, level_of, AreaResult};

/// The spread of the values of the respondents who answered.
#[derive(Clone, Debug, PartialEq)]
pub struct Spread {
    /// Respondents who gave a value ("don't know" and "not applicable" do not count).
    pub respondents: usize,
    pub mean: f64,
    pub min: f64,
    pub max: f64,
    /// Population standard deviation: the team is the whole population, not a sample of it.
    pub std_dev: f64,
}

impl Spread {
    /// The spread of `values`; `None` when there are none.
    pub fn of(values: &[f64]) -> Option<Spread> {
        if values.is_empty() {
            return None;
        }
        let n = values.len() as f64;
        let mean = values.iter().sum::<f64>() / n;
        let variance = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n;
        Some(Spread {
            respondents: values.len(),
            mean,
            min: values.iter().copied().fold(f64::INFINITY, f64::min),
            max: values.iter().copied().fold(f64::NEG_INFINITY, f64::max),
            std_dev: variance.sqrt(),
        })
    }

    /// Highest minus lowest value.
    pub fn range(&self) -> f64 {
        self.max - self.min
    }
}

/// The team's view of one aspect area.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaSpread {
    /// Index into [`Scan::areas`].
    pub area: usize,
    /// Over the respondents' area scores, 0..=100.
    pub score: Option<Spread>,
    /// Over the respondents' desired levels, 1..=5.
    pub desired: Option<Spread>,
}

/// The team's view of one statement.
#[derive(Clone, Debug, PartialEq)]
pub struct StatementSpread {
    /// Index into [`Scan::statements`].
    pub statement: usize,
    /// Over the chosen options 1..=5 (not scores), so that "option 2 to option 5" can be read
    /// against the option texts.
    pub level: Option<Spread>,
    /// How many chose each option 1..=5, then "don't know", then "not applicable".
    pub counts: [usize; 7],
}

/// The combined answers of a team.
#[derive(Clone, Debug, PartialEq)]
pub struct Team {
    pub respondents: usize,
    /// One per area, in content order.
    pub areas: Vec<AreaSpread>,
    /// One per statement, in content order.
    pub statements: Vec<StatementSpread>,
    /// Indices into [`Scan::statements`] that at least two respondents answered differently,
    /// most disagreement first: by standard deviation, then range, then content order.
    pub disagreement: Vec<usize>,
    /// Per respondent, the nearest archetype (index into [`Scan::archetypes`]); `None` for a
    /// respondent with no scored area.
    pub nearest: Vec<Option<usize>>,
    /// Per domain, in content order: how many chose it at each stage (not started,
    /// experimenting, practice).
    pub domains: Vec<[usize; 3]>,
    /// Up to [`WEAKEST`] areas with a team score, lowest mean first (ties in content order).
    pub weakest: Vec<usize>,
}

/// How many of the weakest areas the team view gives advice for.
pub const WEAKEST: usize = 3;

impl Team {
    /// How many respondents each archetype is nearest for, in content order.
    pub fn archetype_counts(&self, scan: &Scan) -> Vec<usize> {
        let mut counts = vec![0; scan.archetypes.len()];
        for i in self.nearest.iter().flatten() {
            if let Some(c) = counts.get_mut(*i) {
                *c += 1;
            }
        }
        counts
    }

    /// The level (1..=5) of the team's mean score in an area, for its advice.
    pub fn level(&self, area: usize) -> Option<u8> {
        Some(level_of(self.areas.get(area)?.score.as_ref()?.mean))
    }
}

/// Sorts a short list (statements or areas, a few dozen) with content order as the last key:
/// deterministic, and a few hundred bytes of wasm instead of the library's quicksort per key.
fn insertion_sort<T>(items: &mut [T], order: impl Fn(&T, &T) -> std::cmp::Ordering) {
    for k in 1..items.len() {
        let mut j = k;
        while j > 0 && order(&items[j - 1], &items[j]).is_gt() {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Combines many people's answers to the same scan.
pub fn aggregate(scan: &Scan, answer_sets: &[Answers]) -> Team {
    let results: Vec<_> = answer_sets.iter().map(|a| area_results(scan, a)).collect();
    let areas = area_spreads(scan, answer_sets, &results);
    let statements = statement_spreads(scan, answer_sets);
    let mut disagreement: Vec<(usize, &Spread)> = statements
        .iter()
        .filter_map(|s| Some((s.statement, s.level.as_ref()?)))
        .filter(|(_, spread)| spread.respondents >= 2 && spread.range() > 0.0)
        .collect();
    // Equal spreads keep content order.
    insertion_sort(&mut disagreement, |(i, a), (j, b)| {
        b.std_dev
            .total_cmp(&a.std_dev)
            .then(b.range().total_cmp(&a.range()))
            .then(i.cmp(j))
    });
    let mut weakest: Vec<(usize, f64)> = areas
        .iter()
        .filter_map(|a: &AreaSpread| Some((a.area, a.score.as_ref()?.mean)))
        .collect();
    insertion_sort(&mut weakest, |(i, a), (j, b)| a.total_cmp(b).then(i.cmp(j)));
    weakest.truncate(WEAKEST);
    Team {
        respondents: answer_sets.len(),
        nearest: answer_sets
            .iter()
            .zip(&results)
            .map(|(a, r)| Some(archetype_matches(scan, a, r).first()?.archetype))
            .collect(),
        domains: domain_counts(scan, answer_sets),
        weakest: weakest.into_iter().map(|(i, _)| i).collect(),
        areas,
        disagreement: disagreement.into_iter().map(|(i, _)| i).collect(),
        statements,
    }
}

/// Per area the spread of the respondents' scores and of their desired levels.
fn area_spreads(
    scan: &Scan,
    answer_sets: &[Answers],
    results: &[Vec<AreaResult>],
) -> Vec<AreaSpread> {
    scan.areas
        .iter()
        .enumerate()
        .map(|(i, area)| {
            let scores: Vec<f64> = results.iter().filter_map(|r| r.get(i)?.score).collect();
            let desired: Vec<f64> = answer_sets
                .iter()
                .filter_map(|a| a.desired.get(area.id).map(|&d| f64::from(d)))
                .collect();
            AreaSpread {
                area: i,
                score: Spread::of(&scores),
                desired: Spread::of(&desired),
            }
        })
        .collect()
}

/// Per statement the spread of the chosen options and the count per answer.
fn statement_spreads(scan: &Scan, answer_sets: &[Answers]) -> Vec<StatementSpread> {
    scan.statements
        .iter()
        .enumerate()
        .map(|(i, statement)| {
            let levels: Vec<f64> = answer_sets
                .iter()
                .filter_map(|a| a.get(statement.id)?.level().map(f64::from))
                .collect();
            let mut counts = [0; 7];
            for answer in answer_sets.iter().filter_map(|a| a.get(statement.id)) {
                let slot = match answer {
                    Answer::DontKnow => 5,
                    Answer::NotApplicable => 6,
                    other => match other.level() {
                        Some(k) => usize::from(k - 1),
                        None => continue,
                    },
                };
                counts[slot] += 1;
            }
            StatementSpread {
                statement: i,
                level: Spread::of(&levels),
                counts,
            }
        })
        .collect()
}

/// Per domain how many respondents chose it at each stage.
fn domain_counts(scan: &Scan, answer_sets: &[Answers]) -> Vec<[usize; 3]> {
    scan.domains
        .iter()
        .map(|d| {
            let mut counts = [0; 3];
            for stage in answer_sets.iter().filter_map(|a| a.domains.get(d.id)) {
                counts[DomainStage::ALL
                    .iter()
                    .position(|s| s == stage)
                    .unwrap_or(0)] += 1;
            }
            counts
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::Answer::{self, DontKnow, Level, NotApplicable};

    fn fixture() -> Scan {
        crate::fixture::small()
    }

    fn respondent(given: &[(&str, Answer)]) -> Answers {
        let mut answers = Answers::default();
        for (id, answer) in given {
            answers.set(id, *answer);
        }
        answers
    }

    /// Compares a spread with (respondents, mean, min, max, std_dev).
    fn check(spread: Option<&Spread>, expected: Option<(usize, f64, f64, f64, f64)>) {
        let got = spread.map(|s| (s.respondents, s.mean, s.min, s.max, s.std_dev));
        match (got, expected) {
            (Some(g), Some(e)) => {
                assert_eq!(g.0, e.0, "respondents of {g:?}");
                for (a, b) in [(g.1, e.1), (g.2, e.2), (g.3, e.3), (g.4, e.4)] {
                    assert!((a - b).abs() < 1e-9, "{g:?} is not {e:?}");
                }
            }
            (g, e) => assert_eq!(g, e),
        }
    }

    #[test]
    fn a_spread_is_mean_min_max_and_population_standard_deviation() {
        check(Spread::of(&[]).as_ref(), None);
        check(Spread::of(&[3.0]).as_ref(), Some((1, 3.0, 3.0, 3.0, 0.0)));
        check(
            Spread::of(&[1.0, 5.0]).as_ref(),
            Some((2, 3.0, 1.0, 5.0, 2.0)),
        );
        check(
            Spread::of(&[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]).as_ref(),
            Some((8, 5.0, 2.0, 9.0, 2.0)),
        );
    }

    #[test]
    fn statements_and_areas_are_aggregated_over_those_who_answered() {
        let scan = fixture();
        let team = [
            respondent(&[("ict-owner", Level(1)), ("ict-dashboard", Level(3))]),
            respondent(&[("ict-owner", Level(5)), ("ict-dashboard", DontKnow)]),
            respondent(&[("ict-owner", NotApplicable)]),
        ];
        let result = aggregate(&scan, &team);
        assert_eq!(result.respondents, 3);
        // ict-owner: options 1 and 5.
        check(
            result.statements[0].level.as_ref(),
            Some((2, 3.0, 1.0, 5.0, 2.0)),
        );
        check(
            result.statements[1].level.as_ref(),
            Some((1, 3.0, 3.0, 3.0, 0.0)),
        );
        check(result.statements[2].level.as_ref(), None);
        // ict scores: (2 x 0 + 50) / 3 and 100; the third respondent has no ict score.
        let first = 50.0 / 3.0;
        let mean = (first + 100.0) / 2.0;
        check(
            result.areas[0].score.as_ref(),
            Some((2, mean, first, 100.0, (100.0 - mean))),
        );
        check(result.areas[1].score.as_ref(), None);
    }

    #[test]
    fn desired_levels_are_aggregated_per_area() {
        let scan = fixture();
        let mut a = Answers::default();
        a.set_desired("culture", Some(2));
        let mut b = Answers::default();
        b.set_desired("culture", Some(4));
        let result = aggregate(&scan, &[a, b, Answers::default()]);
        check(
            result.areas[1].desired.as_ref(),
            Some((2, 3.0, 2.0, 4.0, 1.0)),
        );
        check(result.areas[0].desired.as_ref(), None);
    }

    #[test]
    fn statements_are_ranked_by_disagreement_then_range() {
        let scan = fixture();
        let team = [
            // ict-owner 1/5: std 2. culture-lessons 1/1/5: std 1.89. service-reasons and
            // culture-change 2/4: std 1, range 2. ict-dashboard all 3: agreement, not ranked.
            // service-channels has one answer: not ranked.
            respondent(&[
                ("ict-owner", Level(1)),
                ("culture-lessons", Level(1)),
                ("service-reasons", Level(2)),
                ("ict-dashboard", Level(3)),
                ("culture-change", Level(2)),
                ("service-channels", Level(4)),
            ]),
            respondent(&[
                ("ict-owner", Level(5)),
                ("culture-lessons", Level(1)),
                ("service-reasons", Level(4)),
                ("ict-dashboard", Level(3)),
                ("culture-change", Level(4)),
            ]),
            respondent(&[("culture-lessons", Level(5)), ("ict-dashboard", Level(3))]),
        ];
        let result = aggregate(&scan, &team);
        let ranked: Vec<&str> = result
            .disagreement
            .iter()
            .map(|&i| scan.statements[i].id)
            .collect();
        // service-reasons and culture-change tie on std 1 and range 2: content order.
        assert_eq!(
            ranked,
            [
                "ict-owner",
                "culture-lessons",
                "culture-change",
                "service-reasons"
            ]
        );
    }

    #[test]
    fn equal_standard_deviations_are_ranked_by_range() {
        let scan = fixture();
        // ict-dashboard: 1, 3 x 6, 5 -> std 1, range 4. ict-owner: 2, 4 -> std 1, range 2.
        let dashboard = [1, 3, 3, 3, 3, 3, 3, 5];
        let team: Vec<Answers> = dashboard
            .iter()
            .enumerate()
            .map(|(i, level)| {
                let mut given = vec![("ict-dashboard", Level(*level))];
                if i < 2 {
                    given.push(("ict-owner", Level(2 + 2 * i as u8)));
                }
                respondent(&given)
            })
            .collect();
        let result = aggregate(&scan, &team);
        check(
            result.statements[0].level.as_ref(),
            Some((2, 3.0, 2.0, 4.0, 1.0)),
        );
        check(
            result.statements[1].level.as_ref(),
            Some((8, 3.0, 1.0, 5.0, 1.0)),
        );
        assert_eq!(result.disagreement, [1, 0]);
    }

    #[test]
    fn options_domains_archetypes_and_weakest_areas_are_counted() {
        let scan = fixture();
        let mut a = respondent(&[
            ("ict-owner", Level(1)),
            ("culture-lessons", Level(5)),
            ("service-reasons", Level(2)),
        ]);
        a.set_domain_stage("soza", DomainStage::Practice);
        let mut b = respondent(&[
            ("ict-owner", DontKnow),
            ("culture-lessons", Level(5)),
            ("service-reasons", Level(4)),
        ]);
        b.set_domain_stage("soza", DomainStage::NotStarted);
        b.set_domain_stage("puza", DomainStage::Practice);
        let c = respondent(&[("ict-owner", NotApplicable)]);
        let team = aggregate(&scan, &[a.clone(), b.clone(), c]);
        assert_eq!(team.statements[0].counts, [1, 0, 0, 0, 0, 1, 1]);
        assert_eq!(team.statements[2].counts, [0, 0, 0, 0, 2, 0, 0]);
        assert_eq!(team.domains, [[1, 0, 1], [0, 0, 1]]);
        // ict 0, service 50 (25 and 75), culture 100: weakest first; c has no score.
        assert_eq!(team.weakest, [0, 2, 1]);
        assert_eq!(team.level(0), Some(1));
        assert_eq!(team.level(2), Some(3));
        let nearest = |x: &Answers| {
            crate::score::scoring::score(&scan, x)
                .nearest()
                .map(|m| m.archetype)
        };
        assert_eq!(team.nearest, [nearest(&a), nearest(&b), None]);
        let mut expected = vec![0; scan.archetypes.len()];
        for i in [nearest(&a), nearest(&b)].into_iter().flatten() {
            expected[i] += 1;
        }
        assert_eq!(team.archetype_counts(&scan), expected);
        assert_eq!(expected.iter().sum::<usize>(), 2);
    }
}
