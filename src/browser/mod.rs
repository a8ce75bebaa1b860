//! The browser's glue, apart from the components: the page (mount element, settings, focus),
//! the clock, the address, downloads, the report's page style, the host page's events and other
//! tabs' changes. Storage is `crate::storage`.

pub mod address;
pub mod clock;
pub mod download;
pub mod english;
pub mod handover;
pub mod host_events;
pub mod page;
pub mod page_style;
pub mod tab_sync;
