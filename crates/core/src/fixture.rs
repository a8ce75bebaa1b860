//! The small content fixture (`crates/content/tests/fixtures/small.json`) as static data, for the
//! core's own tests: the core cannot load content files (that is the content crate's job), so
//! `fixture_small.rs` holds what `zelfscan-content rust` compiles from that file. The root
//! package's `tests/copies.rs` fails when the two differ and names the command that updates it.

use crate::model::rules::{AreaFact, Comparison, Condition, Expr, Quantity};
use crate::model::{
    Advice, Archetype, Area, Domain, GuidingQuestion, Orientation, OrientationOption, Rule, Scan,
    ScanTexts, Statement, Text,
};

static SMALL: Scan = include!("fixture_small.rs");

/// The small fixture scan: three areas, six statements, two domains.
pub fn small() -> Scan {
    SMALL.clone()
}

/// Answers built from (statement id, answer) pairs.
pub fn answers(given: &[(&str, crate::model::answers::Answer)]) -> crate::model::answers::Answers {
    let mut answers = crate::model::answers::Answers::default();
    for (id, answer) in given {
        answers.set(id, *answer);
    }
    answers
}
