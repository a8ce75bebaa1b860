//! The page around the widget repeats a few things the core owns, because they are needed
//! before (or without) the wasm: the loading and could-not-load texts, and the names of the
//! configuration attributes; the stylesheet repeats the themes' colours that the core checks
//! accents against; and the core's tests use the small content fixture compiled into Rust. These
//! tests keep every copy equal to its source. (They compare files across crates, so they live in
//! the root package: no crate reads outside its own folder.)
#![cfg(not(target_arch = "wasm32"))]

use zelfscan_core::embed::config::{Rgb, ATTRIBUTES, DARK, LIGHT};
use zelfscan_core::model::Lang;
use zelfscan_core::view::texts::T;

const INDEX_HTML: &str = include_str!("../index.html");
const EMBED_JS: &str = include_str!("../embed.js");
const README: &str = include_str!("../README.md");

/// The README's code block fenced as ```<lang> zelfscan-<name>.
fn readme_block(name: &str) -> &'static str {
    let fence = format!(" zelfscan-{name}\n");
    let start = README
        .find(&fence)
        .unwrap_or_else(|| panic!("README.md has no block zelfscan-{name}"))
        + fence.len();
    let length = README[start..].find("```").expect("the block is closed");
    &README[start..start + length]
}

#[test]
fn the_loading_text_is_the_same_in_every_copy() {
    for lang in Lang::ALL {
        let text = T::BootLoading.get(lang);
        let paragraph = format!("<p lang=\"{}\">{text}</p>", lang.code());
        assert!(INDEX_HTML.contains(&paragraph), "index.html: {paragraph}");
        assert!(
            readme_block("mount").contains(&paragraph),
            "README mount snippet: {paragraph}"
        );
        assert!(EMBED_JS.contains(&format!("'{text}'")), "embed.js: {text}");
    }
}

#[test]
fn the_could_not_load_text_is_the_one_embed_js_shows() {
    for lang in Lang::ALL {
        let text = T::BootFailed.get(lang);
        assert!(EMBED_JS.contains(&format!("'{text}'")), "embed.js: {text}");
    }
}

#[test]
fn embed_js_forwards_exactly_the_attributes_the_widget_reads() {
    let list = EMBED_JS
        .split("var KEYS = [")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .expect("embed.js has a KEYS list");
    let keys: Vec<String> = list
        .split(',')
        .map(|key| key.trim().trim_matches('\'').to_owned())
        .filter(|key| !key.is_empty())
        .collect();
    let expected: Vec<String> = ATTRIBUTES
        .iter()
        .map(|a| a.trim_start_matches("data-").to_owned())
        .collect();
    assert_eq!(keys, expected);
}

#[test]
fn the_palettes_equal_the_stylesheet() {
    let css = include_str!("../style/zelfscan.css");
    let blocks = |marker: &str| -> Vec<&str> {
        css.split(marker)
            .skip(1)
            .filter_map(|rest| rest.split('}').next())
            .collect()
    };
    let token = |block: &str, name: &str| {
        block
            .lines()
            .find_map(|line| line.trim().strip_prefix(&format!("{name}:")))
            .map(|value| value.trim().trim_end_matches(';').trim_end_matches(')'))
            // The accent reads `var(--zs-config-accent…, #rrggbb)`.
            .and_then(|value| Rgb::parse(value.rsplit([',', ' ']).next().unwrap_or(value)))
    };
    let light = blocks("/* theme: light */");
    let dark = blocks("/* theme: dark */");
    assert_eq!(light.len(), 1, "one light theme");
    // The dark theme is written twice: chosen (`zs--dark`) and preferred (`zs--auto`).
    assert_eq!(dark.len(), 2, "the dark theme, chosen and preferred");
    fn lines(block: &str) -> Vec<&str> {
        block
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    }
    assert_eq!(
        lines(dark[0]),
        lines(dark[1]),
        "both dark blocks are the same"
    );
    for (palette, block) in [(LIGHT, light[0]), (DARK, dark[0])] {
        assert_eq!(
            token(block, "--zs-background"),
            Some(palette.background),
            "{}",
            palette.name
        );
        assert_eq!(
            token(block, "--zs-surface"),
            Some(palette.surface),
            "{}",
            palette.name
        );
        assert_eq!(
            token(block, "--zs-accent"),
            Some(palette.accent),
            "{}",
            palette.name
        );
    }
}

#[test]
fn the_cores_compiled_fixture_is_the_content_crates_small_fixture() {
    let json = include_str!("../crates/content/tests/fixtures/small.json");
    let expected = zelfscan_content::codegen::generate(json).expect("the small fixture is valid");
    let compiled = include_str!("../crates/core/src/fixture_small.rs");
    assert!(
        compiled == expected,
        "crates/core/src/fixture_small.rs is out of date; run: cargo run -p zelfscan-content \
         --bin zelfscan-content -- rust crates/content/tests/fixtures/small.json \
         > crates/core/src/fixture_small.rs"
    );
}
