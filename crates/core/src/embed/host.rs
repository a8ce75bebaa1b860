//! The events the widget gives the page that embeds it: when it is ready, when the visitor
//! starts, which step is on screen, and when the result is reached. **Privacy invariant:** an
//! event says where the visitor is, never what they answered: no answers, scores, levels or
//! archetype, because the host page's scripts may forward whatever they receive.

use crate::keep::session::Step;
use crate::model::Scan;

/// Prefix of every DOM event name (`zelfscan:ready`, …) and the `postMessage` namespace.
pub const EVENT_PREFIX: &str = "zelfscan:";

/// One event for the host page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostEvent {
    /// The widget is on screen and works.
    Ready,
    /// The visitor left the introduction to begin (or continue) the scan.
    Started,
    /// A step is on screen.
    StepViewed(StepView),
    /// The result step was reached.
    Completed,
}

/// A step as the host sees it: a stable id (`intro`, `domains`, `area:<id>`, `summary`,
/// `results`), never a translated name, and its place in the sequence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepView {
    pub id: String,
    /// 1 for the introduction.
    pub number: usize,
    pub total: usize,
}

impl StepView {
    pub fn of(step: Step, scan: &Scan) -> StepView {
        StepView {
            id: step.to_id(scan),
            number: step.number(scan),
            total: Step::count(scan),
        }
    }
}

impl HostEvent {
    /// The DOM event's name, e.g. `zelfscan:step`.
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Ready => "zelfscan:ready",
            HostEvent::Started => "zelfscan:started",
            HostEvent::StepViewed(_) => "zelfscan:step",
            HostEvent::Completed => "zelfscan:completed",
        }
    }

    /// What the host learns when the step on screen becomes `current`; `previous` is `None` at
    /// the first render. Ready comes first, Started before the step it leads to, Completed after
    /// the result step.
    pub fn on_step(previous: Option<Step>, current: Step, scan: &Scan) -> Vec<HostEvent> {
        if previous == Some(current) {
            return Vec::new();
        }
        let mut events = Vec::with_capacity(3);
        match previous {
            None => events.push(HostEvent::Ready),
            Some(Step::Intro) => events.push(HostEvent::Started),
            Some(_) => {}
        }
        events.push(HostEvent::StepViewed(StepView::of(current, scan)));
        if current == Step::Results {
            events.push(HostEvent::Completed);
        }
        events
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> Scan {
        crate::fixture::small()
    }

    fn step(id: &str, number: usize, total: usize) -> HostEvent {
        HostEvent::StepViewed(StepView {
            id: id.into(),
            number,
            total,
        })
    }

    #[test]
    fn events_follow_the_steps_in_the_documented_order() {
        let scan = fixture();
        let n = 5 + scan.areas.len();
        let first = scan.areas[0].id;
        let cases = [
            (
                None,
                Step::Intro,
                vec![HostEvent::Ready, step("intro", 1, n)],
            ),
            // A reload in the middle of the scan: ready, and where the visitor is.
            (
                None,
                Step::Area(0),
                vec![HostEvent::Ready, step(&format!("area:{first}"), 3, n)],
            ),
            (
                Some(Step::Intro),
                Step::Domains,
                vec![HostEvent::Started, step("domains", 2, n)],
            ),
            (
                Some(Step::Intro),
                Step::Summary,
                vec![HostEvent::Started, step("summary", n - 1, n)],
            ),
            (
                Some(Step::Domains),
                Step::Area(0),
                vec![step(&format!("area:{first}"), 3, n)],
            ),
            (
                Some(Step::Summary),
                Step::Results,
                vec![step("results", n, n), HostEvent::Completed],
            ),
            (
                Some(Step::Results),
                Step::Summary,
                vec![step("summary", n - 1, n)],
            ),
            (Some(Step::Domains), Step::Intro, vec![step("intro", 1, n)]),
            (Some(Step::Domains), Step::Domains, vec![]),
        ];
        for (previous, current, expected) in cases {
            assert_eq!(
                HostEvent::on_step(previous, current, &scan),
                expected,
                "{previous:?} -> {current:?}"
            );
        }
    }

    #[test]
    fn step_numbers_run_from_one_to_the_total() {
        let scan = fixture();
        let mut step = Step::Intro;
        let mut numbers = vec![StepView::of(step, &scan).number];
        while step != Step::Results {
            step = step.next(&scan);
            numbers.push(StepView::of(step, &scan).number);
        }
        let total = StepView::of(Step::Intro, &scan).total;
        assert_eq!(numbers, (1..=total).collect::<Vec<_>>());
    }
}
