//! What the page's address says: the shared code of a result link, this page's address, and in
//! a frame the host page that links point at (decided by `core::embed::address`).

use std::sync::OnceLock;

use zelfscan_core::embed::address;

/// The address's fragment as the page was opened (before "make this my scan" drops it).
pub fn opening_fragment() -> &'static str {
    static FRAGMENT: OnceLock<String> = OnceLock::new();
    FRAGMENT.get_or_init(|| {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default()
    })
}

/// The code in the address's fragment, when the page was opened from a result link (in a
/// frame, the host page's `embed.js` passes it on).
pub fn code_in_address() -> Option<String> {
    address::shared_code(opening_fragment())
}

/// The address of this page without its fragment.
pub fn page_address() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

/// In a frame that `embed.js` made: the host page, which result links and "do the scan
/// yourself" point at, and which they open in the whole window (`_top`), not in the frame.
pub fn host_page() -> Option<&'static str> {
    static PAGE: OnceLock<Option<String>> = OnceLock::new();
    PAGE.get_or_init(|| {
        let window = web_sys::window()?;
        let framed = window
            .parent()
            .ok()
            .flatten()
            .is_some_and(|parent| *parent != *window);
        let referrer = window.document()?.referrer();
        address::host_page(opening_fragment(), framed, &referrer)
    })
    .as_deref()
}

/// Where a link to a result, or to a scan of one's own, points: the host page or this page.
pub fn link_page() -> String {
    host_page().map_or_else(page_address, str::to_owned)
}
