//! zelfscan: a self-assessment widget for Dutch municipalities. See ARCHITECTURE.md.

// The `prerender` feature (Leptos with `ssr`) nests the views' types deeper than the default allows.
#![recursion_limit = "256"]

pub mod browser;
pub mod storage;
pub mod ui;
