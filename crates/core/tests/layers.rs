//! The core's parts are layered (`src/lib.rs`): model, score, keep, view, embed, each using only
//! the parts before it. The compiler cannot see folders, so this test reads every source file
//! and fails on a `crate::<part>` path that reaches up.

use std::path::Path;

const PARTS: [&str; 5] = ["model", "score", "keep", "view", "embed"];

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a readable folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("a readable file");
            out.push((path.display().to_string(), text));
        }
    }
    out
}

/// The parts a text names in `crate::<part>` paths outside comments and tests.
fn used_parts(text: &str) -> Vec<&'static str> {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    PARTS
        .into_iter()
        .filter(|part| {
            code.lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .any(|line| line.contains(&format!("crate::{part}::")))
        })
        .collect()
}

#[test]
fn each_part_uses_only_the_parts_before_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut checked = 0;
    for (rank, part) in PARTS.iter().enumerate() {
        for (file, text) in sources(&src.join(part)) {
            for used in used_parts(&text) {
                let used_rank = PARTS.iter().position(|p| *p == used).expect("a part");
                assert!(
                    used_rank <= rank,
                    "{file} (part {part}) uses crate::{used}, a part above it"
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} files found");
}

#[test]
fn a_path_that_reaches_up_is_found() {
    assert_eq!(used_parts("use crate::view::texts::T;\n"), ["view"]);
    assert!(used_parts("// see crate::view::texts\n").is_empty());
    assert!(
        used_parts("fn f() {}\n#[cfg(test)]\nmod tests { use crate::embed::host; }\n").is_empty()
    );
}
