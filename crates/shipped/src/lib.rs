//! The content the widget ships, as static data: validated and compiled by `build.rs` from
//! `src/content/scan.json`, so the widget neither parses JSON nor checks content at start-up.

use zelfscan_core::model::{
    Advice, Archetype, Area, Domain, GuidingQuestion, Orientation, OrientationOption, Rule, Scan,
    ScanTexts, Statement, Text,
};
use zelfscan_core::rules::{AreaFact, Comparison, Condition, Expr, Quantity};
use zelfscan_core::vocab::DomainStage;

/// The shipped scan.
pub static SCAN: Scan = include!(concat!(env!("OUT_DIR"), "/scan.rs"));
