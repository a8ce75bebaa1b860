//! Every content file we ship loads without a single problem, and its archetypes can all be the
//! outcome: a consultant's edit that breaks either fails the build, not a municipality's scan.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use zelfscan_content as content;
use zelfscan_core::model::answers::{Answer, Answers};
use zelfscan_core::model::Scan;
use zelfscan_core::score::scoring::score;

fn shipped_files() -> Vec<(PathBuf, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("");
    let mut files: Vec<(PathBuf, String)> = std::fs::read_dir(&dir)
        .expect("crates/content is readable")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a readable content file");
            (path, text)
        })
        .collect();
    files.sort();
    files
}

fn load(path: &Path, text: &str) -> Scan {
    content::load(text).unwrap_or_else(|problems| {
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!(
            "{} has {} problems:\n{}",
            path.display(),
            shown.len(),
            shown.join("\n")
        )
    })
}

#[test]
fn every_shipped_content_file_is_valid() {
    let files = shipped_files();
    assert!(!files.is_empty(), "no content files found");
    for (path, text) in &files {
        load(path, text);
    }
}

#[test]
fn every_shipped_archetype_is_the_nearest_to_answers_shaped_like_it() {
    for (path, text) in &shipped_files() {
        let scan = load(path, text);
        for (i, archetype) in scan.archetypes.iter().enumerate() {
            let mut answers = Answers::default();
            for statement in scan.statements {
                let level = archetype.profile[statement.area].round() as u8;
                answers.set(statement.id, Answer::Level(level));
            }
            let profile = score(&scan, &answers);
            let nearest = profile.nearest().expect("every area has a score").archetype;
            assert_eq!(
                nearest,
                i,
                "{}: answers shaped like {} resemble {} most",
                path.display(),
                archetype.id,
                scan.archetypes[nearest].id
            );
        }
    }
}
