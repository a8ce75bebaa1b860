//! What is shown: the UI strings, chart geometry, the report's dates and page rules, CSV, and
//! the static markup of the team view and the comparison. Uses `model`, `score` and `keep`.

pub mod chart;
pub mod compare_html;
pub mod export;
pub mod options;
pub mod report;
pub mod team_html;
pub mod texts;
