//! The Leptos components: thin views over the pure core, a component per file (the results
//! screen's sections share `results.rs`). The browser's glue is `crate::browser`.

mod accessibility;
mod ambition_step;
mod answers_file;
mod app;
mod area_step;
mod changed_notice;
mod context;
mod domains_step;
mod guiding_questions;
mod headline;
mod history;
mod intro;
mod language_switch;
pub mod panic_screen;
mod radar_chart;
mod report_cover;
mod results;
mod results_loading;
mod share;
mod step_footer;
mod step_nav;
mod storage_notice;
mod summary;
mod team;
pub mod workbench;

#[cfg(feature = "prerender")]
pub use app::first_screens_html;
pub use app::{App, AppWithResults};
pub use context::{Clearing, Ctx};
pub use workbench::Workbench;
