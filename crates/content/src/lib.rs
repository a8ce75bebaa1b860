//! The content at build time: the shipped content file and the ids of every published content
//! version (both in this crate's folder), the file format's serde types and every check
//! (`load`, `warnings`), and the compiler of a checked file into static Rust data (`codegen`).
//! `crates/shipped`'s build script runs them; the widget never links this crate.

pub mod codegen;
pub mod load;

pub use load::{archetype_answers, is_valid_id, load, same_in_both, warnings, ContentError};

/// The shipped content file.
pub const SHIPPED: &str = include_str!("../scan.json");

/// The statement lists of every published content version (append only; see FORMAT.md).
pub const VERSIONS: &str = include_str!("../versions.txt");
