//! From one person's answers to their profile: a score, level and confidence per aspect area,
//! the desired level and gap, the archetypes ordered by how much the profile resembles them,
//! and the insight rules that fire. The formulas are in ARCHITECTURE.md, section "Scoring";
//! change the numbers only with a reason written there.

use crate::model::answers::{Answer, Answers, DomainStage};
use crate::model::rules::{AreaFact, Facts};
use crate::model::{Scan, LEVELS};

/// Points per option step: option k of 1..=5 scores (k - 1) x 25, so scores run 0..=100.
pub const POINTS_PER_STEP: f64 = 25.0;

/// Upper bounds of the score bands of levels 1..=4 (level 5 is everything above): half-way
/// between the scores of two adjacent options, so that answering option k everywhere gives
/// level k.
pub const LEVEL_BANDS: [f64; 4] = [12.5, 37.5, 62.5, 87.5];

/// The distance, in levels, at which the archetype similarity has fallen to 1/e (37%):
/// similarity = exp(-(d / SIMILARITY_SCALE)^2). See ARCHITECTURE.md, "Scoring".
pub const SIMILARITY_SCALE: f64 = 1.0;

/// The distance, in levels, that an orientation answer typical of another archetype adds to
/// the comparison with this one (an answer typical of this archetype adds 0).
pub const ORIENTATION_MISMATCH: f64 = 2.0;

/// At or below this level in every scored area, and with no orientation answers that point to
/// one archetype, the profile is early: the results name no archetype.
pub const EARLY_LEVEL: u8 = 2;

/// From this similarity on, the results say the profile "strongly resembles" an archetype.
pub const STRONG_SIMILARITY: f64 = 0.8;

/// From this similarity on (below [`STRONG_SIMILARITY`]), the profile "somewhat resembles" an
/// archetype; below it, it resembles it little.
pub const SOME_SIMILARITY: f64 = 0.5;

/// At most this many next steps per area.
pub const NEXT_STEPS_PER_AREA: usize = 3;

/// The score of option `k` (1..=5).
pub fn option_score(k: u8) -> f64 {
    f64::from(k.saturating_sub(1)) * POINTS_PER_STEP
}

/// The level 1..=5 whose band holds `score`.
pub fn level_of(score: f64) -> u8 {
    let below = LEVEL_BANDS.iter().filter(|bound| score >= **bound).count();
    1 + below as u8
}

/// One aspect area's result.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaResult {
    /// Index into [`Scan::areas`].
    pub area: usize,
    /// 0..=100; `None` when no statement of the area was answered: a gap in the chart, left out
    /// of comparisons.
    pub score: Option<f64>,
    /// 1..=5, from the score's band.
    pub level: Option<u8>,
    /// Statements answered with an option ("don't know" and "not applicable" do not count).
    pub answered: usize,
    /// Statements answered "don't know".
    pub dont_know: usize,
    /// Statements answered "not applicable".
    pub not_applicable: usize,
    /// Statements the area has.
    pub statements: usize,
    /// The weakest answered statements, the next step first: see [`NextStep`].
    pub next_steps: Vec<NextStep>,
    /// The level the person wants in two or three years.
    pub desired: Option<u8>,
    /// Desired minus current level; positive means there is a way to go.
    pub gap: Option<i8>,
}

impl AreaResult {
    /// The share of the area's statements answered, 0..=1: how far to trust the score.
    pub fn confidence(&self) -> f64 {
        if self.statements == 0 {
            0.0
        } else {
            self.answered as f64 / self.statements as f64
        }
    }

    /// The share of the applicable statements (not "not applicable") answered "don't know";
    /// `None` when the area has no answer other than "not applicable".
    pub fn dont_know_share(&self) -> Option<f64> {
        let applicable = self.statements.saturating_sub(self.not_applicable);
        (self.answered + self.dont_know > 0 && applicable > 0)
            .then(|| self.dont_know as f64 / applicable as f64)
    }

    /// Whether anything at all was answered in the area, "not applicable" included.
    pub fn has_answers(&self) -> bool {
        self.answered + self.dont_know + self.not_applicable > 0
    }

    /// The score as a continuous level 1.0..=5.0, for comparing profiles and drawing charts.
    pub fn position(&self) -> Option<f64> {
        self.score.map(|s| 1.0 + s / POINTS_PER_STEP)
    }
}

/// A concrete next step: a statement answered below option 5, and the option above the answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextStep {
    /// Index into [`Scan::statements`].
    pub statement: usize,
    /// The option chosen, 1..=4; the step is to option `from + 1`.
    pub from: u8,
}

/// How strongly a profile resembles an archetype, in words rather than a precise-looking
/// percentage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    Strong,
    Some,
    Weak,
}

impl Band {
    pub fn of(similarity: f64) -> Band {
        if similarity >= STRONG_SIMILARITY {
            Band::Strong
        } else if similarity >= SOME_SIMILARITY {
            Band::Some
        } else {
            Band::Weak
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Band::Strong => "strong",
            Band::Some => "some",
            Band::Weak => "weak",
        }
    }
}

/// How much the profile resembles one archetype.
#[derive(Clone, Debug, PartialEq)]
pub struct ArchetypeMatch {
    /// Index into [`Scan::archetypes`].
    pub archetype: usize,
    /// 0..=1; 1 is the archetype's profile exactly.
    pub similarity: f64,
}

impl ArchetypeMatch {
    pub fn band(&self) -> Band {
        Band::of(self.similarity)
    }
}

/// How many chosen domains are at each stage; domains the content no longer has are not
/// counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DomainCounts {
    pub not_started: usize,
    pub experimenting: usize,
    pub practice: usize,
}

impl DomainCounts {
    pub fn at(&self, stage: Option<DomainStage>) -> usize {
        match stage {
            None => self.not_started + self.experimenting + self.practice,
            Some(DomainStage::NotStarted) => self.not_started,
            Some(DomainStage::Experimenting) => self.experimenting,
            Some(DomainStage::Practice) => self.practice,
        }
    }
}

/// One person's result.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    /// One per area, in content order.
    pub areas: Vec<AreaResult>,
    /// Every archetype, most similar first (ties in content order); empty when no area has a
    /// score.
    pub archetypes: Vec<ArchetypeMatch>,
    /// Indices into [`Scan::rules`] of the rules that fire, in content order.
    pub insights: Vec<usize>,
    /// Indices into [`Scan::areas`] with a positive gap, largest first (ties in content order).
    pub largest_gaps: Vec<usize>,
    pub domains: DomainCounts,
    /// An early profile: every scored area is at level 1 or 2 and the orientation answers do
    /// not point to one archetype. The results then name no archetype: the answers show no form
    /// of thinking yet, only the start.
    pub early: bool,
}

impl Profile {
    /// The archetype the answers resemble most, if any area has a score.
    pub fn nearest(&self) -> Option<&ArchetypeMatch> {
        self.archetypes.first()
    }

    /// The archetypes whose traits the answers show: every one at least [`SOME_SIMILARITY`]
    /// alike, nearest first; none for an early profile. Municipalities often show traits of
    /// several forms at once (the source article), so the result names all of them, not only
    /// the nearest.
    pub fn traits(&self) -> Vec<&ArchetypeMatch> {
        if self.early {
            return Vec::new();
        }
        self.archetypes
            .iter()
            .filter(|m| m.similarity >= SOME_SIMILARITY)
            .collect()
    }

    /// Areas with a score.
    pub fn scored(&self) -> impl Iterator<Item = &AreaResult> {
        self.areas.iter().filter(|a| a.score.is_some())
    }
}

impl Facts for Profile {
    fn area(&self, fact: AreaFact, area: usize) -> Option<f64> {
        let result = self.areas.get(area)?;
        match fact {
            AreaFact::Score => result.score,
            AreaFact::Level => result.level.map(f64::from),
            AreaFact::Desired => result.desired.map(f64::from),
            AreaFact::Gap => result.gap.map(f64::from),
            AreaFact::Answered => result.has_answers().then(|| result.confidence()),
            AreaFact::DontKnow => result.dont_know_share(),
        }
    }

    fn domains(&self, stage: Option<DomainStage>) -> f64 {
        self.domains.at(stage) as f64
    }
}

/// Scores one person's answers against the scan. Answers to statements the scan does not have
/// are ignored (they are kept in [`Answers`], not scored).
pub fn score(scan: &Scan, answers: &Answers) -> Profile {
    let mut areas = area_results(scan, answers);
    for area in &mut areas {
        area.next_steps = next_steps(scan, answers, area.area);
    }
    let mut domains = DomainCounts::default();
    for domain in scan.domains {
        match answers.domains.get(domain.id) {
            Some(DomainStage::NotStarted) => domains.not_started += 1,
            Some(DomainStage::Experimenting) => domains.experimenting += 1,
            Some(DomainStage::Practice) => domains.practice += 1,
            None => {}
        }
    }
    let mut largest_gaps: Vec<usize> = areas
        .iter()
        .filter(|a| a.gap.is_some_and(|g| g > 0))
        .map(|a| a.area)
        .collect();
    // Unstable sorts with content order as the last key: deterministic, and less code in the
    // wasm than a stable sort.
    largest_gaps.sort_unstable_by_key(|&i| (std::cmp::Reverse(areas[i].gap), i));
    let oriented = orientation_archetypes(scan, answers);
    let low = areas.iter().any(|a| a.level.is_some())
        && areas
            .iter()
            .all(|a| a.level.is_none_or(|l| l <= EARLY_LEVEL));
    let one_form = oriented
        .first()
        .is_some_and(|&f| oriented.iter().all(|&a| a == f));
    let early = low && !one_form;
    let mut profile = Profile {
        early,
        archetypes: archetype_matches(scan, answers, &areas),
        areas,
        insights: Vec::new(),
        largest_gaps,
        domains,
    };
    profile.insights = scan
        .rules
        .iter()
        .enumerate()
        .filter(|(_, rule)| rule.when.holds(&profile))
        .map(|(i, _)| i)
        .collect();
    profile
}

/// Only the per-area results, in content order, without next steps: what team aggregation
/// needs.
pub fn area_results(scan: &Scan, answers: &Answers) -> Vec<AreaResult> {
    (0..scan.areas.len())
        .map(|i| area_result(scan, answers, i))
        .collect()
}

fn area_result(scan: &Scan, answers: &Answers, area: usize) -> AreaResult {
    let (mut points, mut weights, mut answered, mut statements) = (0.0, 0.0, 0, 0);
    let (mut dont_know, mut not_applicable) = (0, 0);
    for statement in scan.statements_of(area) {
        statements += 1;
        match answers.get(statement.id) {
            Some(Answer::DontKnow) => dont_know += 1,
            Some(Answer::NotApplicable) => not_applicable += 1,
            Some(answer) => {
                if let Some(k) = answer.level() {
                    let weight = f64::from(statement.weight);
                    points += weight * option_score(k);
                    weights += weight;
                    answered += 1;
                }
            }
            None => {}
        }
    }
    let score = (answered > 0).then(|| points / weights);
    let level = score.map(level_of);
    let desired = scan
        .areas
        .get(area)
        .and_then(|a| answers.desired.get(a.id))
        .copied()
        .filter(|d| (1..=LEVELS).contains(d));
    let gap = match (desired, level) {
        (Some(d), Some(l)) => Some(d as i8 - l as i8),
        _ => None,
    };
    AreaResult {
        area,
        score,
        level,
        answered,
        dont_know,
        not_applicable,
        statements,
        // Filled by `score` only: team aggregation does not need them.
        next_steps: Vec::new(),
        desired,
        gap,
    }
}

/// The area's weakest answered statements: lowest option first, then the higher weight, then
/// content order; "don't know", "not applicable" and option 5 are not weak spots.
fn next_steps(scan: &Scan, answers: &Answers, area: usize) -> Vec<NextStep> {
    let mut weak: Vec<(NextStep, u8)> = scan
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| s.area == area)
        .filter_map(|(i, s)| {
            let from = answers.get(s.id)?.level()?;
            (from < LEVELS).then_some((NextStep { statement: i, from }, s.weight))
        })
        .collect();
    // Equal option and weight keep content order.
    weak.sort_unstable_by_key(|(step, weight)| {
        (step.from, std::cmp::Reverse(*weight), step.statement)
    });
    weak.into_iter()
        .take(NEXT_STEPS_PER_AREA)
        .map(|(step, _)| step)
        .collect()
}

/// Similarity of the scored areas and the orientation answers to every archetype, best first.
/// Formula and reasons in ARCHITECTURE.md, "Scoring".
/// The archetypes by similarity, best first; `score` uses it, and team aggregation on its own
/// (without the rules and gaps a team does not need).
pub fn archetype_matches(
    scan: &Scan,
    answers: &Answers,
    areas: &[AreaResult],
) -> Vec<ArchetypeMatch> {
    let scored: Vec<(usize, f64)> = areas
        .iter()
        .filter_map(|a| Some((a.area, a.position()?)))
        .collect();
    if scored.is_empty() {
        return Vec::new();
    }
    let oriented = orientation_archetypes(scan, answers);
    let mut matches: Vec<ArchetypeMatch> = scan
        .archetypes
        .iter()
        .enumerate()
        .map(|(i, archetype)| {
            let mut distances: Vec<f64> = scored
                .iter()
                .map(|&(area, position)| {
                    position - archetype.profile.get(area).copied().unwrap_or(1.0)
                })
                .collect();
            distances.extend(
                oriented
                    .iter()
                    .map(|&a| if a == i { 0.0 } else { ORIENTATION_MISMATCH }),
            );
            ArchetypeMatch {
                archetype: i,
                similarity: similarity(&distances),
            }
        })
        .collect();
    // Equal similarities keep content order.
    matches.sort_unstable_by(|a, b| {
        b.similarity
            .total_cmp(&a.similarity)
            .then(a.archetype.cmp(&b.archetype))
    });
    matches
}

/// The archetype each answered orientation question points at, in content order.
fn orientation_archetypes(scan: &Scan, answers: &Answers) -> Vec<usize> {
    scan.orientation
        .iter()
        .filter_map(|o| {
            let k = answers.get(o.id)?.level()?;
            Some(o.options.get(usize::from(k).checked_sub(1)?)?.archetype)
        })
        .collect()
}

/// exp(-(d / SIMILARITY_SCALE)^2), with d the root-mean-square of the distances in levels:
/// 1 at distance 0, falling smoothly and never below 0.
fn similarity(distances: &[f64]) -> f64 {
    if distances.is_empty() {
        return 0.0;
    }
    let mean_square = distances.iter().map(|d| d * d).sum::<f64>() / distances.len() as f64;
    (-mean_square / (SIMILARITY_SCALE * SIMILARITY_SCALE)).exp()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::Answer;

    fn fixture() -> Scan {
        crate::fixture::small()
    }

    use crate::fixture::answers;

    /// Answers every statement of each area with the option of the given level, keyed by area id.
    fn levels(scan: &Scan, per_area: &[(&str, u8)]) -> Answers {
        let mut answers = Answers::default();
        for (area, level) in per_area {
            let index = scan.area_index(area).expect(area);
            for statement in scan.statements_of(index) {
                answers.set(statement.id, Answer::Level(*level));
            }
        }
        answers
    }

    /// Scores `given` on the fixture and compares one area's score, level and confidence.
    fn check(given: &[(&str, Answer)], area: &str, expected: (Option<f64>, Option<u8>, f64)) {
        let scan = fixture();
        let profile = score(&scan, &answers(given));
        let result = &profile.areas[scan.area_index(area).expect(area)];
        assert_eq!(
            (result.score, result.level, result.confidence()),
            expected,
            "{given:?}"
        );
    }

    use Answer::{DontKnow, Level, NotApplicable};

    #[test]
    fn an_area_scores_the_weighted_mean_of_its_answered_statements() {
        // ict-owner has weight 2, ict-dashboard weight 1.
        check(&[], "ict", (None, None, 0.0));
        check(&[("ict-owner", Level(1))], "ict", (Some(0.0), Some(1), 0.5));
        check(
            &[("ict-owner", Level(5))],
            "ict",
            (Some(100.0), Some(5), 0.5),
        );
        check(
            &[("ict-dashboard", Level(3))],
            "ict",
            (Some(50.0), Some(3), 0.5),
        );
        check(
            &[("ict-owner", Level(5)), ("ict-dashboard", Level(2))],
            "ict",
            (Some(75.0), Some(4), 1.0),
        );
        check(
            &[("ict-owner", Level(1)), ("ict-dashboard", Level(4))],
            "ict",
            (Some(25.0), Some(2), 1.0),
        );
        check(
            &[("culture-lessons", Level(2)), ("culture-change", Level(3))],
            "culture",
            (Some(37.5), Some(3), 1.0),
        );
        check(
            &[("culture-lessons", Level(1)), ("culture-change", Level(2))],
            "culture",
            (Some(12.5), Some(2), 1.0),
        );
    }

    #[test]
    fn dont_know_and_not_applicable_count_as_unanswered_not_as_zero() {
        check(&[("ict-owner", DontKnow)], "ict", (None, None, 0.0));
        check(
            &[("ict-owner", NotApplicable), ("ict-dashboard", Level(4))],
            "ict",
            (Some(75.0), Some(4), 0.5),
        );
        check(
            &[("ict-owner", DontKnow), ("ict-dashboard", NotApplicable)],
            "ict",
            (None, None, 0.0),
        );
        check(
            &[
                ("service-reasons", Level(4)),
                ("service-channels", DontKnow),
            ],
            "service",
            (Some(75.0), Some(4), 0.5),
        );
    }

    #[test]
    fn answering_option_k_everywhere_gives_level_k() {
        for k in 1..=5 {
            assert_eq!(level_of(option_score(k)), k);
        }
        for (score, level) in [
            (0.0, 1),
            (12.4, 1),
            (12.5, 2),
            (62.4, 3),
            (87.5, 5),
            (100.0, 5),
        ] {
            assert_eq!(level_of(score), level, "{score}");
        }
    }

    #[test]
    fn the_gap_is_desired_minus_current_level_and_largest_gaps_come_first() {
        let scan = fixture();
        let mut given = levels(&scan, &[("ict", 2), ("culture", 4), ("service", 1)]);
        given.set_desired("ict", Some(5));
        given.set_desired("culture", Some(3));
        given.set_desired("service", Some(3));
        let profile = score(&scan, &given);
        let gaps: Vec<Option<i8>> = profile.areas.iter().map(|a| a.gap).collect();
        assert_eq!(gaps, [Some(3), Some(-1), Some(2)]);
        assert_eq!(profile.largest_gaps, [0, 2]);

        let mut unscored = Answers::default();
        unscored.set_desired("ict", Some(5));
        let profile = score(&scan, &unscored);
        assert_eq!(profile.areas[0].desired, Some(5));
        assert_eq!(profile.areas[0].gap, None);
        assert!(profile.largest_gaps.is_empty());
    }

    #[test]
    fn every_archetype_is_the_nearest_to_answers_shaped_like_it() {
        let scan = fixture();
        for (i, archetype) in scan.archetypes.iter().enumerate() {
            let per_area: Vec<(&str, u8)> = scan
                .areas
                .iter()
                .zip(archetype.profile)
                .map(|(area, level)| (area.id, level.round() as u8))
                .collect();
            let profile = score(&scan, &levels(&scan, &per_area));
            let nearest = profile.nearest().expect("every area has a score");
            assert_eq!(
                nearest.archetype, i,
                "{}: {:?}",
                archetype.id, profile.archetypes
            );
            assert!((nearest.similarity - 1.0).abs() < 1e-9);
        }
    }

    #[test]
    fn the_same_mean_in_a_different_shape_resembles_a_different_archetype() {
        let scan = fixture();
        // Both average level 3 + 1/3 over ict, culture, service.
        let service_heavy = levels(&scan, &[("ict", 3), ("culture", 2), ("service", 5)]);
        let ict_heavy = levels(&scan, &[("ict", 5), ("culture", 4), ("service", 1)]);
        let nearest = |answers: &Answers| {
            let profile = score(&scan, answers);
            let best = profile.nearest().expect("scored").archetype;
            scan.archetypes[best].id
        };
        assert_eq!(nearest(&service_heavy), "dienstverlenend");
        assert_eq!(nearest(&ict_heavy), "wendbaar");
    }

    #[test]
    fn archetypes_are_compared_on_scored_areas_only_and_sorted_best_first() {
        let scan = fixture();
        assert!(score(&scan, &Answers::default()).archetypes.is_empty());
        let profile = score(&scan, &levels(&scan, &[("service", 5)]));
        let order: Vec<&str> = profile
            .archetypes
            .iter()
            .map(|m| scan.archetypes[m.archetype].id)
            .collect();
        assert_eq!(order, ["dienstverlenend", "wendbaar", "beheers"]);
        for pair in profile.archetypes.windows(2) {
            assert!(pair[0].similarity >= pair[1].similarity);
        }
        assert!(profile
            .archetypes
            .iter()
            .all(|m| (0.0..=1.0).contains(&m.similarity)));
    }

    #[test]
    fn similarity_falls_with_the_root_mean_square_distance() {
        let e = std::f64::consts::E;
        let cases: [(&[f64], f64); 5] = [
            (&[0.0, 0.0], 1.0),
            (&[1.0, -1.0], 1.0 / e),
            (&[1.0, 0.0], (-0.5f64).exp()),
            (&[2.0], (-4.0f64).exp()),
            (&[], 0.0),
        ];
        for (distances, expected) in cases {
            assert!(
                (similarity(distances) - expected).abs() < 1e-9,
                "{distances:?}"
            );
        }
    }

    #[test]
    fn bands_put_words_to_the_similarity() {
        for (similarity, band) in [
            (1.0, Band::Strong),
            (0.8, Band::Strong),
            (0.79, Band::Some),
            (0.5, Band::Some),
            (0.49, Band::Weak),
        ] {
            assert_eq!(Band::of(similarity), band, "{similarity}");
        }
    }

    #[test]
    fn an_orientation_answer_moves_the_profile_towards_its_archetype() {
        let scan = fixture();
        // Level 3 everywhere; then the orientation answer typical of "beheers" (option 2).
        let mut given = levels(&scan, &[("ict", 3), ("culture", 3), ("service", 3)]);
        let before = score(&scan, &given);
        given.set("orientation-first", Level(2));
        let after = score(&scan, &given);
        let of = |p: &Profile, id: &str| {
            let i = scan.archetypes.iter().position(|a| a.id == id).expect(id);
            p.archetypes
                .iter()
                .find(|m| m.archetype == i)
                .expect("matched")
                .similarity
        };
        assert!(of(&after, "beheers") > of(&before, "beheers"));
        assert!(of(&after, "wendbaar") < of(&before, "wendbaar"));
    }

    #[test]
    fn every_archetype_at_least_somewhat_alike_is_named_as_a_trait_nearest_first() {
        let mut scan = fixture();
        let id = |m: &&ArchetypeMatch| scan.archetypes[m.archetype].id;
        // Exactly one archetype's profile: only that one, the others are far.
        let profile = score(
            &scan,
            &levels(&scan, &[("ict", 5), ("culture", 5), ("service", 4)]),
        );
        assert_eq!(
            profile.traits().iter().map(id).collect::<Vec<_>>(),
            ["wendbaar"]
        );
        // Two archetypes a step apart in one area: answers between them show traits of both,
        // the nearer first.
        let mut archetypes = scan.archetypes.to_vec();
        archetypes[1].profile = &[2.0, 1.0, 3.0];
        scan.archetypes = Box::leak(archetypes.into_boxed_slice());
        let id = |m: &&ArchetypeMatch| scan.archetypes[m.archetype].id;
        let between = answers(&[
            ("ict-owner", Level(2)),
            ("ict-dashboard", Level(2)),
            ("culture-lessons", Level(1)),
            ("culture-change", Level(1)),
            ("service-reasons", Level(3)),
            ("service-channels", Level(3)),
        ]);
        let profile = score(&scan, &between);
        assert_eq!(
            profile.traits().iter().map(id).collect::<Vec<_>>(),
            ["dienstverlenend", "beheers"],
            "{:?}",
            profile.archetypes
        );
        assert!(score(&scan, &Answers::default()).traits().is_empty());
    }

    #[test]
    fn low_levels_everywhere_without_one_orientation_make_an_early_profile_that_names_no_archetype()
    {
        let scan = fixture();
        let low = levels(&scan, &[("ict", 2), ("culture", 1), ("service", 2)]);
        let profile = score(&scan, &low);
        assert!(profile.early);
        assert!(profile.traits().is_empty(), "{:?}", profile.archetypes);
        // One area at level 3: not early.
        let mut higher = low.clone();
        for id in ["service-reasons", "service-channels"] {
            higher.set(id, Level(3));
        }
        assert!(!score(&scan, &higher).early);
        // The orientation points to one archetype: its traits are shown.
        let mut oriented = low.clone();
        oriented.set("orientation-first", Level(2));
        let profile = score(&scan, &oriented);
        assert!(!profile.early);
        assert_eq!(scan.archetypes[profile.traits()[0].archetype].id, "beheers");
        // Nothing answered is no profile at all, not an early one.
        assert!(!score(&scan, &Answers::default()).early);
    }

    #[test]
    fn next_steps_are_the_lowest_answers_below_five_ties_to_the_heavier_then_content_order() {
        let scan = fixture();
        let steps = |given: &[(&str, Answer)], area: &str| -> Vec<(String, u8)> {
            let profile = score(&scan, &answers(given));
            profile.areas[scan.area_index(area).expect(area)]
                .next_steps
                .iter()
                .map(|s| (scan.statements[s.statement].id.to_owned(), s.from))
                .collect()
        };
        let own = |id: &str, from: u8| (id.to_owned(), from);
        // ict-dashboard (weight 1) comes before ict-owner (weight 2) in content order.
        assert_eq!(
            steps(
                &[("ict-owner", Level(2)), ("ict-dashboard", Level(2))],
                "ict"
            ),
            [own("ict-owner", 2), own("ict-dashboard", 2)]
        );
        assert_eq!(
            steps(
                &[("ict-owner", Level(3)), ("ict-dashboard", Level(1))],
                "ict"
            ),
            [own("ict-dashboard", 1), own("ict-owner", 3)]
        );
        // Option 5, "don't know" and "not applicable" are not weak spots.
        assert_eq!(
            steps(
                &[("ict-owner", Level(5)), ("ict-dashboard", DontKnow)],
                "ict"
            ),
            []
        );
        assert_eq!(
            steps(
                &[
                    ("culture-lessons", NotApplicable),
                    ("culture-change", Level(4))
                ],
                "culture"
            ),
            [own("culture-change", 4)]
        );
        // Equal option and weight: content order.
        assert_eq!(
            steps(
                &[
                    ("service-channels", Level(1)),
                    ("service-reasons", Level(1))
                ],
                "service"
            ),
            [own("service-reasons", 1), own("service-channels", 1)]
        );
    }

    #[test]
    fn an_empty_scan_shows_no_insight() {
        let fixture = fixture();
        assert!(score(&fixture, &Answers::default()).insights.is_empty());
    }

    #[test]
    fn uncertainty_is_many_dont_knows_not_missing_or_not_applicable_answers() {
        let scan = fixture();
        let known = |given: &[(&str, Answer)]| {
            let profile = score(&scan, &answers(given));
            profile.area(crate::model::rules::AreaFact::DontKnow, 0)
        };
        assert_eq!(known(&[]), None);
        assert_eq!(known(&[("ict-owner", NotApplicable)]), None);
        assert_eq!(
            known(&[("ict-owner", NotApplicable), ("ict-dashboard", DontKnow)]),
            Some(1.0)
        );
        assert_eq!(
            known(&[("ict-owner", Level(2)), ("ict-dashboard", DontKnow)]),
            Some(0.5)
        );
        assert_eq!(known(&[("ict-owner", Level(2))]), Some(0.0));
    }

    #[test]
    fn rules_fire_on_the_profile_and_domains() {
        let scan = fixture();
        let fired = |answers: &Answers| score(&scan, answers).insights;
        assert_eq!(fired(&levels(&scan, &[("ict", 4), ("culture", 2)])), [0, 1]);
        assert_eq!(fired(&levels(&scan, &[("ict", 4), ("culture", 3)])), [1]);
        assert!(fired(&levels(&scan, &[("ict", 3), ("culture", 3)])).is_empty());
        // Missing culture: the rule needs it and stays silent.
        assert!(fired(&levels(&scan, &[("ict", 5)])).is_empty());

        let mut given = Answers::default();
        given.set_domain_stage("soza", DomainStage::Experimenting);
        given.set_domain_stage("puza", DomainStage::Practice);
        given.set_domain_stage("no-longer-in-content", DomainStage::Practice);
        let profile = score(&scan, &given);
        assert_eq!(profile.domains.at(None), 2);
        assert_eq!(profile.domains.at(Some(DomainStage::Practice)), 1);
    }

    #[test]
    fn answers_to_statements_the_scan_does_not_have_are_not_scored() {
        let scan = fixture();
        let profile = score(&scan, &answers(&[("gone", Level(5))]));
        assert!(profile.areas.iter().all(|a| a.score.is_none()));
    }
}
