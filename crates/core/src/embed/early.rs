//! What a visitor did on the page's static screens before the widget ran. `dist/index.html`
//! holds the intro, the domains step and the first area as static HTML; `embed.js` shows them
//! at once, lets the visitor walk between them, and writes down what they did on the mount
//! element as `data-zs-early`. The widget takes it over when it starts, as if the visitor had
//! done it there.
//!
//! The text is `&`-separated parts:
//! - `step=<id>`: the static step on screen (`intro`, `domains` or the first area's
//!   `area:<id>`);
//! - `next`: its forward button was clicked (the widget goes one step further);
//! - `domain=<id>`: a chosen domain, once per domain;
//! - `answer=<id>:<choice>`: a statement's or orientation question's answer, `1` to `5`,
//!   `dont-know` or `not-applicable`.
//!
//! A part that names nothing in this scan, or a step without a static screen, is ignored: the
//! text comes from the page, so nothing in it is trusted.

use crate::keep::session::Step;
use crate::model::answers::{Answer, Answers};
use crate::model::Scan;

/// The longest text read; a real one is far shorter (a few dozen answers at most).
const MAX_LEN: usize = 8 * 1024;

/// The static screens' record, checked against the scan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Early {
    /// The static step that was on screen.
    pub shown: Step,
    /// The forward button of that step was clicked.
    pub next: bool,
    /// The chosen domains.
    pub domains: Vec<&'static str>,
    /// The answers, in the order given; a later answer to the same id wins.
    pub answers: Vec<(&'static str, Answer)>,
}

/// The steps that have a static screen: the intro, the domains and the first area.
pub fn has_static_screen(step: Step) -> bool {
    matches!(step, Step::Intro | Step::Domains | Step::Area(0))
}

impl Early {
    /// Reads `text` against `scan`; whatever it cannot place is left out.
    pub fn parse(text: &str, scan: &Scan) -> Early {
        let mut early = Early::default();
        if text.len() > MAX_LEN {
            return early;
        }
        for part in text.split('&') {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            match key {
                "step" => {
                    let step = Step::from_id(value, scan);
                    if has_static_screen(step) && step.to_id(scan) == value {
                        early.shown = step;
                    }
                }
                "next" if value.is_empty() => early.next = true,
                "domain" => {
                    if let Some(domain) = scan.domains.iter().find(|d| d.id == value) {
                        if !early.domains.contains(&domain.id) {
                            early.domains.push(domain.id);
                        }
                    }
                }
                "answer" => {
                    if let Some(answer) = answer(value, scan) {
                        early.answers.push(answer);
                    }
                }
                _ => {}
            }
        }
        early
    }

    /// The step the widget starts on: the one on screen, or the one after it.
    pub fn target(&self, scan: &Scan) -> Step {
        if self.next {
            self.shown.next(scan)
        } else {
            self.shown
        }
    }

    /// Puts the chosen domains and the answers into `answers`.
    pub fn apply(&self, answers: &mut Answers) {
        for domain in &self.domains {
            answers.toggle_domain(domain, true);
        }
        for (id, answer) in &self.answers {
            answers.set(id, *answer);
        }
    }
}

/// The static steps from the intro to `shown`, in order: the host hears of each, as if the
/// widget had shown them. Just the intro when `shown` has no static screen.
pub fn walk_to(shown: Step, scan: &Scan) -> Vec<Step> {
    let mut steps = vec![Step::Intro];
    let mut step = Step::Intro;
    while step != shown && has_static_screen(shown) && has_static_screen(step.next(scan)) {
        step = step.next(scan);
        steps.push(step);
    }
    steps
}

/// `<id>:<choice>`, with an id the scan asks and a choice its options have.
fn answer(value: &str, scan: &Scan) -> Option<(&'static str, Answer)> {
    let (id, choice) = value.rsplit_once(':')?;
    let answer = match choice {
        "dont-know" => Answer::DontKnow,
        "not-applicable" => Answer::NotApplicable,
        level => Answer::Level(level.parse().ok()?)
            .level()
            .map(Answer::Level)?,
    };
    if let Some(statement) = scan.statements.iter().find(|s| s.id == id) {
        return Some((statement.id, answer));
    }
    // Orientation questions have no "not applicable".
    let question = scan.orientation.iter().find(|o| o.id == id)?;
    (answer != Answer::NotApplicable).then_some((question.id, answer))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::DomainStage;

    fn fixture() -> Scan {
        crate::fixture::small()
    }

    #[test]
    fn a_walk_to_the_first_area_with_choices_and_answers_is_taken_over() {
        let scan = fixture();
        let early = Early::parse(
            "step=area:ict&next&domain=soza&answer=ict-owner:3&answer=ict-dashboard:dont-know&answer=ict-owner:5&answer=orientation-first:2",
            &scan,
        );
        assert_eq!(early.shown, Step::Area(0));
        assert!(early.next);
        assert_eq!(early.target(&scan), Step::Area(1));
        assert_eq!(
            walk_to(early.shown, &scan),
            vec![Step::Intro, Step::Domains, Step::Area(0)]
        );
        let mut answers = Answers::default();
        early.apply(&mut answers);
        // The later answer to the same statement wins.
        assert_eq!(answers.get("ict-owner"), Some(Answer::Level(5)));
        assert_eq!(answers.get("ict-dashboard"), Some(Answer::DontKnow));
        assert_eq!(answers.get("orientation-first"), Some(Answer::Level(2)));
        assert_eq!(answers.domains.keys().collect::<Vec<_>>(), vec!["soza"]);
        assert_eq!(answers.domains.get("soza"), Some(&DomainStage::default()));
    }

    #[test]
    fn the_intro_and_the_domains_walk_as_far_as_they_were_shown() {
        let scan = fixture();
        let started = Early::parse("step=intro&next", &scan);
        assert_eq!(walk_to(started.shown, &scan), vec![Step::Intro]);
        assert_eq!(started.target(&scan), Step::Domains);
        let on_domains = Early::parse("step=domains", &scan);
        assert_eq!(
            walk_to(on_domains.shown, &scan),
            vec![Step::Intro, Step::Domains]
        );
        assert_eq!(on_domains.target(&scan), Step::Domains);
        assert_eq!(Early::parse("", &scan), Early::default());
    }

    #[test]
    fn what_names_nothing_in_the_scan_or_no_static_screen_is_left_out() {
        let scan = fixture();
        for text in [
            "step=area:culture",
            "step=summary",
            "step=results&next=1",
            "step=area:nope",
            "step=Domains",
            "domain=nope&domain=",
            "answer=nope:3&answer=ict-owner:6&answer=ict-owner:0&answer=ict-owner&answer=:3",
            "answer=ict-owner:three&answer=orientation-first:not-applicable",
        ] {
            assert_eq!(Early::parse(text, &scan), Early::default(), "{text}");
        }
        // A text longer than any real one is not read at all.
        let long = format!("step=domains&{}", "domain=soza&".repeat(1000));
        assert_eq!(Early::parse(&long, &scan), Early::default());
        // A domain named twice is chosen once.
        assert_eq!(
            Early::parse("domain=puza&domain=puza", &scan).domains,
            vec!["puza"]
        );
    }
}
