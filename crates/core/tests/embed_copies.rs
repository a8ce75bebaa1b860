//! The page around the widget repeats a few things the core owns, because they are needed
//! before (or without) the wasm: the loading and could-not-load texts, and the names of the
//! configuration attributes. These tests keep every copy equal to the core's.

use zelfscan_core::config::ATTRIBUTES;
use zelfscan_core::model::Lang;
use zelfscan_core::texts::T;

const INDEX_HTML: &str = include_str!("../../../index.html");
const EMBED_JS: &str = include_str!("../../../embed.js");
const README: &str = include_str!("../../../README.md");

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
