//! Two scans side by side: per area the score of each and the change (later minus earlier),
//! the change of the desired level, the domains whose stage moved, and what the current
//! content no longer has. Both scans are scored by the engine itself
//! ([`crate::score::scoring::area_results`]), so the change is the engine's difference; an area
//! that one of them cannot score (no statement answered with an option) has no change rather
//! than an invented one.
//!
//! Its presentation (the chart, table and the history view's controls as markup) is
//! `view::compare_html`. The screen and `zelfscan-content compare` show scores as whole numbers, as the results
//! do, and the change as the difference of those whole numbers ([`AreaChange::shown_change`]),
//! so that the table's arithmetic adds up for the reader; it is at most 1 from the exact
//! difference rounded.

use crate::model::answers::{gone, Answers, DomainStage};
use crate::model::Scan;
use crate::score::scoring::area_results;

/// One area in both scans.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaChange {
    /// Index into [`Scan::areas`].
    pub area: usize,
    /// The earlier scan's score 0..=100; `None` when it answered none of the area's
    /// statements with an option.
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub desired_before: Option<u8>,
    pub desired_after: Option<u8>,
}

/// A score as the screen shows it: a whole number, halves away from zero.
pub fn whole(score: f64) -> i64 {
    score.round() as i64
}

impl AreaChange {
    /// After minus before, exactly; `None` unless both scans score the area.
    pub fn change(&self) -> Option<f64> {
        Some(self.after? - self.before?)
    }

    /// The change as shown: the difference of the two shown whole scores.
    pub fn shown_change(&self) -> Option<i64> {
        Some(whole(self.after?) - whole(self.before?))
    }

    /// The change of the desired level, when both scans set one.
    pub fn desired_change(&self) -> Option<i8> {
        Some(self.desired_after? as i8 - self.desired_before? as i8)
    }
}

/// A domain chosen in at least one of the scans, with its stage in each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DomainChange {
    /// Index into [`Scan::domains`].
    pub domain: usize,
    pub before: Option<DomainStage>,
    pub after: Option<DomainStage>,
}

/// Two scans compared.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Every area, in content order.
    pub areas: Vec<AreaChange>,
    /// The domains chosen in either scan, in content order.
    pub domains: Vec<DomainChange>,
    /// Ids in the earlier and in the later scan that the current content no longer has: left
    /// out of the comparison, and said so.
    pub gone_before: Vec<String>,
    pub gone_after: Vec<String>,
}

/// Compares an earlier scan with a later one.
pub fn compare(scan: &Scan, earlier: &Answers, later: &Answers) -> Comparison {
    let before = area_results(scan, earlier);
    let after = area_results(scan, later);
    let areas = before
        .iter()
        .zip(&after)
        .map(|(b, a)| AreaChange {
            area: b.area,
            before: b.score,
            after: a.score,
            desired_before: b.desired,
            desired_after: a.desired,
        })
        .collect();
    let domains = scan
        .domains
        .iter()
        .enumerate()
        .map(|(i, d)| DomainChange {
            domain: i,
            before: earlier.domains.get(d.id).copied(),
            after: later.domains.get(d.id).copied(),
        })
        .filter(|d| d.before.is_some() || d.after.is_some())
        .collect();
    Comparison {
        areas,
        domains,
        gone_before: gone(scan, earlier),
        gone_after: gone(scan, later),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::Answer;

    fn fixture() -> Scan {
        crate::fixture::small()
    }

    use crate::fixture::answers;

    #[test]
    fn each_area_is_scored_by_the_engine_and_the_change_is_later_minus_earlier() {
        let scan = fixture();
        // ict: ict-owner weighs 2, ict-dashboard 1; option k scores (k - 1) x 25.
        // Earlier: owner 2 (25), dashboard 5 (100): (2 x 25 + 100) / 3 = 50.
        // Later: owner 4 (75), dashboard 3 (50): (2 x 75 + 50) / 3 = 66.67.
        // culture: earlier lessons 1 (0); later lessons 3 (50), change "don't know": 50.
        // service: earlier only "not applicable", later options 2 and 3: 37.5.
        let mut earlier = answers(&[
            ("ict-owner", Answer::Level(2)),
            ("ict-dashboard", Answer::Level(5)),
            ("culture-lessons", Answer::Level(1)),
            ("service-reasons", Answer::NotApplicable),
        ]);
        earlier.set_desired("ict", Some(4));
        earlier.set_desired("culture", Some(2));
        let mut later = answers(&[
            ("ict-owner", Answer::Level(4)),
            ("ict-dashboard", Answer::Level(3)),
            ("culture-lessons", Answer::Level(3)),
            ("culture-change", Answer::DontKnow),
            ("service-reasons", Answer::Level(2)),
            ("service-channels", Answer::Level(3)),
        ]);
        later.set_desired("ict", Some(3));
        let c = compare(&scan, &earlier, &later);
        let ict = &c.areas[0];
        assert_eq!(ict.before, Some(50.0));
        assert!((ict.after.expect("scored") - 200.0 / 3.0).abs() < 1e-9);
        assert!((ict.change().expect("both scored") - 50.0 / 3.0).abs() < 1e-9);
        // Shown: 50 and 67, so the change shown is 17.
        assert_eq!(ict.shown_change(), Some(17));
        assert_eq!(ict.desired_change(), Some(-1));
        let culture = &c.areas[1];
        assert_eq!((culture.before, culture.after), (Some(0.0), Some(50.0)));
        assert_eq!(culture.change(), Some(50.0));
        assert_eq!(
            (culture.desired_before, culture.desired_after),
            (Some(2), None)
        );
        assert_eq!(culture.desired_change(), None);
        let service = &c.areas[2];
        assert_eq!(service.before, None);
        assert_eq!(service.after, Some(37.5));
        assert_eq!(
            service.change(),
            None,
            "no invented score for the earlier scan"
        );
        assert_eq!(service.shown_change(), None);
        assert!(c.gone_before.is_empty() && c.gone_after.is_empty());
    }

    #[test]
    fn the_shown_change_is_the_difference_of_the_shown_scores() {
        let change = |before, after| AreaChange {
            area: 0,
            before: Some(before),
            after: Some(after),
            desired_before: None,
            desired_after: None,
        };
        // 33.33 and 66.67 show as 33 and 67: the table says +34, not the rounded 33.33.
        assert_eq!(change(100.0 / 3.0, 200.0 / 3.0).shown_change(), Some(34));
        assert_eq!(change(62.5, 37.5).shown_change(), Some(-25));
        assert_eq!(change(12.5, 12.5).shown_change(), Some(0));
        assert_eq!(whole(12.5), 13);
        assert_eq!(whole(87.49), 87);
    }

    #[test]
    fn domains_of_either_scan_are_listed_with_both_stages() {
        let scan = fixture();
        let mut earlier = Answers::default();
        earlier.set_domain_stage("puza", DomainStage::NotStarted);
        let mut later = Answers::default();
        later.set_domain_stage("soza", DomainStage::Practice);
        later.set_domain_stage("puza", DomainStage::Experimenting);
        let c = compare(&scan, &earlier, &later);
        assert_eq!(
            c.domains,
            [
                DomainChange {
                    domain: 0,
                    before: None,
                    after: Some(DomainStage::Practice)
                },
                DomainChange {
                    domain: 1,
                    before: Some(DomainStage::NotStarted),
                    after: Some(DomainStage::Experimenting)
                },
            ]
        );
        assert!(compare(&scan, &Answers::default(), &Answers::default())
            .domains
            .is_empty());
    }

    #[test]
    fn what_the_content_no_longer_has_is_reported_and_left_out() {
        let scan = fixture();
        let mut earlier = answers(&[
            ("ict-owner", Answer::Level(5)),
            ("ict-retired", Answer::Level(1)),
        ]);
        earlier.set_desired("old-area", Some(3));
        let later = answers(&[("ict-owner", Answer::Level(1))]);
        let c = compare(&scan, &earlier, &later);
        assert_eq!(c.gone_before, ["ict-retired", "old-area"]);
        assert!(c.gone_after.is_empty());
        // Only ict-owner counts: 100 before, 0 after.
        assert_eq!(c.areas[0].change(), Some(-100.0));
        assert_eq!(c.areas[0].shown_change(), Some(-100));
    }
}
