//! zelfscan: a self-assessment widget for Dutch municipalities. See ARCHITECTURE.md.

pub mod storage;
pub mod ui;
