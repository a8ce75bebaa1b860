//! Answer sets for benchmarks: the same deterministic sets natively (`zelfscan-content timing`)
//! and in wasm (`tests/wasm_timing.rs`), so the two timings measure the same work.

use crate::model::answers::{Answer, Answers, DomainStage};
use crate::model::Scan;

/// Answer sets that look like real ones: mostly options, some "don't know", some skipped, a
/// few desired levels and domains. Deterministic, so timings compare between runs.
pub fn sample_answers(scan: &Scan, count: usize) -> Vec<Answers> {
    // A linear congruential generator (Knuth's MMIX constants): no dependency for a benchmark.
    let mut state: u64 = 0x5eed_2026;
    let mut next = move |below: u64| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % below
    };
    (0..count)
        .map(|_| {
            let mut answers = Answers::default();
            for statement in scan.statements {
                match next(10) {
                    0 => answers.set(statement.id, Answer::DontKnow),
                    1 => {}
                    _ => answers.set(statement.id, Answer::Level(1 + next(5) as u8)),
                }
            }
            for area in scan.areas {
                if next(2) == 0 {
                    answers.set_desired(area.id, Some(1 + next(5) as u8));
                }
            }
            for domain in scan.domains {
                if next(3) == 0 {
                    let stage = DomainStage::ALL[next(3) as usize];
                    answers.set_domain_stage(domain.id, stage);
                }
            }
            answers
        })
        .collect()
}

/// One complete scan, for timing the worst case: the first sample set with every statement
/// answered (options 1 to 5 in turn).
pub fn full_answers(scan: &Scan) -> Answers {
    let mut answers = sample_answers(scan, 1).pop().unwrap_or_default();
    for (i, statement) in scan.statements.iter().enumerate() {
        answers.set(statement.id, Answer::Level(1 + (i % 5) as u8));
    }
    answers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_sets_are_deterministic_and_varied() {
        let scan = crate::fixture::small();
        let first = sample_answers(&scan, 3);
        assert_eq!(first, sample_answers(&scan, 3));
        assert_eq!(first.len(), 3);
        assert_ne!(first[0], first[1]);
        assert!(first[0]
            .statements
            .values()
            .any(|a| matches!(a, Answer::Level(_))));
    }
}
