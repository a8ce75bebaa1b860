//! The host page: its settings from the mount element's attributes, the events it hears, and
//! what the address's fragment says. Uses the parts above.

pub mod address;
pub mod config;
pub mod early;
pub mod host;
