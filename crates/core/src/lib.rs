//! The pure core: questionnaire model, content loading and validation, answers, scoring,
//! archetypes, insight rules, team aggregation, chart geometry, the saved format and the UI text
//! table. **Architecture invariant:** nothing under `core` imports `leptos`, `web_sys` or
//! `gloo`; it is tested natively with `cargo test`.

pub mod address;
pub mod answers;
pub mod chart;
pub mod codes;
pub mod compare;
pub mod config;
pub mod export;
#[cfg(test)]
mod fixture;
pub mod guiding;
pub mod host;
pub mod kept;
pub mod merge;
pub mod model;
pub mod report;
pub mod rules;
pub mod sample;
pub mod saved;
pub mod scoring;
pub mod session;
pub mod team;
pub mod team_html;
pub mod texts;
pub mod vocab;
