//! Result codes, attacked: round trips for arbitrary answer sets, every single-character change,
//! swap of two adjacent characters and truncation detected, arbitrary text never panics, a code
//! of an earlier content version decodes by id, and `versions.txt` names the shipped content.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::OnceLock;

use proptest::prelude::*;
use zelfscan_content::VERSIONS;
use zelfscan_content::{self as content, SHIPPED};
use zelfscan_core::keep::codes::{self, decode, encode, CodeError, Layout};
use zelfscan_core::model::answers::{Answer, Answers, DomainStage};
use zelfscan_core::model::Scan;

fn scan() -> &'static Scan {
    static SCAN: OnceLock<Scan> = OnceLock::new();
    SCAN.get_or_init(|| content::load(SHIPPED).expect("the shipped content is valid"))
}

fn shipped_layouts() -> Vec<Layout<'static>> {
    codes::layouts(VERSIONS).expect("versions.txt is valid")
}

#[test]
fn the_last_registered_version_is_the_shipped_content() {
    let all = shipped_layouts();
    let last = all.last().expect("at least one version");
    assert!(
        last.same_ids(&Layout::of(scan(), last.version)),
        "register the shipped content: append the output of \
         `zelfscan-content version-block {} YYYY-MM-DD` to crates/content/versions.txt",
        last.version + 1
    );
    assert_eq!(codes::current(&all, scan()), Some(last));
    assert!(
        last.date.len() == 10,
        "the last version names the day it was published (version-block N YYYY-MM-DD)"
    );
}

#[test]
fn a_full_scan_fits_in_sixty_characters() {
    let layout = codes::current(&shipped_layouts(), scan())
        .expect("registered")
        .clone();
    let mut answers = Answers::default();
    for s in scan().statements {
        answers.set(s.id, Answer::NotApplicable);
    }
    for a in scan().areas {
        answers.set_desired(a.id, Some(5));
    }
    for d in scan().domains {
        answers.set_domain_stage(d.id, DomainStage::Practice);
    }
    let code = encode(&layout, &answers);
    assert!(code.len() <= 60, "{} characters: {code}", code.len());
    assert_eq!(
        code.split('-').map(str::len).collect::<Vec<_>>()[..code.len() / 5],
        vec![4; code.len() / 5][..]
    );
}

fn any_answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        (1u8..=5).prop_map(|k| Some(Answer::Level(k))),
        Just(Some(Answer::DontKnow)),
        Just(Some(Answer::NotApplicable)),
    ]
}

/// An arbitrary answer set over the given layout's ids.
fn any_answers(layout: Layout<'static>) -> impl Strategy<Value = Answers> {
    let s = layout.statements.len();
    let a = layout.areas.len();
    let d = layout.domains.len();
    (
        proptest::collection::vec(any_answer(), s),
        proptest::collection::vec(proptest::option::of(1u8..=5), a),
        proptest::collection::vec(proptest::option::of(0usize..3), d),
    )
        .prop_map(move |(answers, desired, domains)| {
            let mut out = Answers::default();
            for (id, answer) in layout.statements.iter().zip(answers) {
                if let Some(answer) = answer {
                    out.set(id, answer);
                }
            }
            for (id, level) in layout.areas.iter().zip(desired) {
                out.set_desired(id, level);
            }
            for (id, stage) in layout.domains.iter().zip(domains) {
                if let Some(stage) = stage {
                    out.set_domain_stage(id, DomainStage::ALL[stage]);
                }
            }
            out
        })
}

fn current() -> Layout<'static> {
    let all: &'static [Layout<'static>] = Box::leak(shipped_layouts().into_boxed_slice());
    codes::current(all, scan()).expect("registered").clone()
}

const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_code_decodes_to_the_same_answers(answers in any_answers(current())) {
        let code = encode(&current(), &answers);
        let decoded = decode(&shipped_layouts(), &code).map(|d| d.answers);
        prop_assert_eq!(decoded, Ok(answers.clone()));
        // Case, spaces instead of dashes, O for 0 and l for 1 change nothing.
        let retyped = code.to_lowercase().replace('-', " ").replace('0', "o").replace('1', "l");
        prop_assert_eq!(decode(&shipped_layouts(), &retyped).map(|d| d.answers), Ok(answers));
    }

    #[test]
    fn every_changed_character_is_detected(
        answers in any_answers(current()),
        at in any::<prop::sample::Index>(),
        to in 1usize..32,
    ) {
        let plain: Vec<char> = encode(&current(), &answers).chars().filter(|c| *c != '-').collect();
        let i = at.index(plain.len());
        let old = ALPHABET.find(plain[i]).expect("in the alphabet");
        let mut changed = plain.clone();
        changed[i] = ALPHABET.as_bytes()[(old + to) % 32] as char;
        let text: String = changed.into_iter().collect();
        let result = decode(&shipped_layouts(), &text);
        prop_assert!(result.is_err(), "{} decoded", text);
        if i > 0 {
            prop_assert_eq!(result, Err(CodeError::Mistyped));
        }
    }

    #[test]
    fn every_swap_of_two_adjacent_characters_is_detected(
        answers in any_answers(current()),
        at in any::<prop::sample::Index>(),
    ) {
        let plain: Vec<char> = encode(&current(), &answers).chars().filter(|c| *c != '-').collect();
        let i = at.index(plain.len() - 1);
        prop_assume!(plain[i] != plain[i + 1]);
        let mut swapped = plain.clone();
        swapped.swap(i, i + 1);
        let text: String = swapped.into_iter().collect();
        prop_assert!(decode(&shipped_layouts(), &text).is_err(), "{} decoded", text);
    }

    #[test]
    fn every_truncation_is_detected(answers in any_answers(current()), keep in any::<prop::sample::Index>()) {
        let code = encode(&current(), &answers);
        let cut = &code[..keep.index(code.len())];
        let result = decode(&shipped_layouts(), cut);
        prop_assert!(result.is_err(), "{} decoded", cut);
        if cut.trim_matches('-').is_empty() {
            prop_assert_eq!(result, Err(CodeError::NotACode));
        } else {
            prop_assert_eq!(result, Err(CodeError::Truncated));
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = decode(&shipped_layouts(), &text);
    }

    #[test]
    fn text_in_the_alphabet_never_panics(text in "[0-9A-Za-z -]{0,80}") {
        let _ = decode(&shipped_layouts(), &text);
    }
}

/// Version 1 and a later version 2 that dropped, added and reordered statements, areas and
/// domains.
const HISTORY: &str = "version: 1\nareas: ict culture gone-area\ndomains: soza jeugd\n\
    statements: ict-owner ict-dashboard old-one culture-lessons\n\
    version: 2\nareas: culture ict\ndomains: jeugd soza puza\n\
    statements: culture-lessons new-one ict-dashboard ict-owner\n";

fn history() -> Vec<Layout<'static>> {
    codes::layouts(HISTORY).expect("valid")
}

proptest! {
    #[test]
    fn a_code_of_an_earlier_version_decodes_by_id(answers in any_answers(history()[0].clone())) {
        let all = history();
        let code = encode(&all[0], &answers);
        let decoded = decode(&all, &code).expect("a valid code");
        prop_assert_eq!(decoded.version, 1);
        prop_assert_eq!(&decoded.answers, &answers);
        // What the current content no longer has is reported, not dropped.
        let small = content::load(include_str!("fixtures/small.json")).expect("valid");
        let gone = zelfscan_core::model::answers::gone(&small, &decoded.answers);
        prop_assert_eq!(gone.contains(&"old-one".to_owned()), answers.get("old-one").is_some());
        prop_assert_eq!(
            gone.contains(&"gone-area".to_owned()),
            answers.desired.contains_key("gone-area")
        );
        // The same answers in version 2's code, where it has the ids, decode to the same.
        let code2 = encode(&all[1], &answers);
        let again = decode(&all, &code2).expect("valid").answers;
        prop_assert_eq!(again.get("ict-owner"), answers.get("ict-owner"));
        prop_assert_eq!(again.get("old-one"), None);
        prop_assert_eq!(again.desired.get("culture"), answers.desired.get("culture"));
    }
}
