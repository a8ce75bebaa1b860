//! The content the widget ships, as static data: validated and compiled by `build.rs` from
//! `crates/content/scan.json`, so the widget neither parses JSON nor checks content at start-up.

use zelfscan_core::model::rules::{AreaFact, Comparison, Condition, Expr, Quantity};
use zelfscan_core::model::vocab::DomainStage;
use zelfscan_core::model::{
    Advice, Archetype, Area, Domain, GuidingQuestion, Orientation, OrientationOption, Rule, Scan,
    ScanTexts, Statement, Text,
};

/// The shipped scan.
pub static SCAN: Scan = include!(concat!(env!("OUT_DIR"), "/scan.rs"));

/// The ids of every published content version (`crates/content/versions.txt`), read by
/// `codes::layouts` so that result codes of earlier versions still decode.
pub static VERSIONS: &str = include_str!(concat!(env!("OUT_DIR"), "/versions.txt"));

/// The shipped content file's fingerprint (`report::fnv1a` of its text), printed in the report.
pub const CONTENT_FINGERPRINT: u32 = include!(concat!(env!("OUT_DIR"), "/fingerprint.rs"));

/// The published content version the shipped content is registered as in `versions.txt`: its
/// number and the day it was published (`YYYY-MM-DD`, empty for early blocks); `None` while the
/// content is not registered.
pub const CONTENT_VERSION: Option<(u8, &str)> = include!(concat!(env!("OUT_DIR"), "/version.rs"));

/// The English content table the widget fetches when a visitor first needs English (feature
/// `fetch-english`, the widget's wasm): its file name beside the widget's files, and how many
/// texts it holds. `scripts/post-build.mjs` writes the file into `dist/` ([`ENGLISH_JSON`]).
pub const ENGLISH_FILE: (&str, usize) = include!(concat!(env!("OUT_DIR"), "/english_file.rs"));

/// The English content table itself, as a JSON array: for the build (`src/bin/prerender.rs`
/// prints it); code that runs in the browser never names it, so the wasm does not carry it.
pub static ENGLISH_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/english.json"));

/// Whether this build fetches its English texts (`fetch-english`) instead of compiling them in.
pub const FETCHES_ENGLISH: bool = cfg!(feature = "fetch-english");
