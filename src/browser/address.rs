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

/// The folder of the widget's files (`dist/`), which `embed.js` writes on the mount element
/// (`data-zs-base`); the page's own folder when it is not there.
pub fn files_folder() -> String {
    crate::browser::page::mount_element()
        .and_then(|e| e.get_attribute("data-zs-base"))
        .unwrap_or_default()
}

/// The address of the facilitator's workbench (`workbench.html`, beside the widget's files)
/// opened on `view`. In a frame it opens in that frame, with the same settings; a widget mounted
/// on another page than its own tells the workbench that page, for the way back.
pub fn workbench_link(view: address::WorkbenchView) -> String {
    // The static first screen (`src/bin/prerender.rs`, native) links from the widget's own page.
    if !cfg!(target_arch = "wasm32") {
        return format!(
            "workbench.html{}",
            address::workbench_fragment("", view, None)
        );
    }
    let folder = files_folder();
    let here = page_address();
    let own_page = here == format!("{folder}index.html") || here == folder || folder.is_empty();
    let back = (!own_page).then_some(here.as_str());
    let fragment = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    format!(
        "{folder}workbench.html{}",
        address::workbench_fragment(&fragment, view, back)
    )
}

/// From the workbench, the address of the scan: the page the widget is mounted on, or the
/// widget's own page with the same settings.
pub fn widget_link() -> String {
    let fragment = opening_fragment();
    address::back_page(fragment, &page_address()).unwrap_or_else(|| {
        format!(
            "{}index.html{}",
            files_folder(),
            address::widget_fragment(fragment)
        )
    })
}

/// Opens `address` in this window (or frame).
pub fn go_to(address: &str) {
    if let Some(window) = web_sys::window() {
        // A refused navigation leaves the person where they are, able to try again.
        let _ = window.location().assign(address);
    }
}
