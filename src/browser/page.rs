//! The page around the widget: the element it mounts into, the host's settings on it, what was
//! done on the static first screens, and focus.

use wasm_bindgen::JsCast;

/// The element the widget mounts into when the host page has no `[data-zelfscan]` element
/// (the name of earlier versions' snippet).
pub const MOUNT_ID: &str = "zelfscan";

/// The element the widget mounts into: the page's `[data-zelfscan]` without `data-src` (with
/// `data-src`, `embed.js` puts an iframe there instead), else `#zelfscan`. One widget per page.
pub fn mount_element() -> Option<web_sys::HtmlElement> {
    let document = web_sys::window()?.document()?;
    let element = document
        .query_selector("[data-zelfscan]:not([data-src])")
        .ok()
        .flatten()
        .or_else(|| document.get_element_by_id(MOUNT_ID))?;
    element.dyn_into::<web_sys::HtmlElement>().ok()
}

/// What the visitor did on the page's static screens before the widget ran (`embed.js` writes
/// it on the mount element as `data-zs-early`, `zelfscan_core::embed::early`); the mark is
/// removed.
pub fn take_early() -> Option<String> {
    let element = mount_element()?;
    let early = element.get_attribute("data-zs-early");
    // Removing an attribute cannot fail on an element.
    let _ = element.remove_attribute("data-zs-early");
    early
}

/// Mounts the widget into [`mount_element`], or into the body when there is none. The static
/// "loading" text the page put there for the time before the widget ran is removed first.
pub fn mount() {
    mount_root(crate::ui::App);
}

/// Mounts the widget with its results ([`crate::ui::AppWithResults`]): `embed.js` starts this
/// bundle instead of the questions' one on a page that opens on the results, and in its place
/// when a visitor reaches them (`crate::browser::handover`).
pub fn mount_with_results() {
    mount_root(crate::ui::AppWithResults);
}

/// Mounts the facilitator's workbench (`workbench.html`) the same way.
pub fn mount_workbench() {
    mount_root(crate::ui::Workbench);
}

fn mount_root<V: leptos::IntoView + 'static>(root: fn() -> V) {
    // A page that starts in English waits for the English texts (`crate::browser::english`), so
    // that it never shows Dutch first; if they do not come, it starts in Dutch and says so.
    if crate::browser::english::missing()
        && crate::browser::english::starts_in_english(&zelfscan_shipped::SCAN)
    {
        // Leptos's executor starts with the mount: until then, the browser's own.
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(problem) = crate::browser::english::fetch().await {
                web_sys::console::warn_1(
                    &format!("zelfscan: the English texts could not be loaded: {problem}").into(),
                );
            }
            mount_now(root);
        });
    } else {
        mount_now(root);
    }
}

thread_local! {
    /// The mounted widget, kept so that [`unmount`] can take it down (dropping it unmounts it
    /// and runs every cleanup: listeners, effects).
    static MOUNTED: std::cell::RefCell<Option<Box<dyn std::any::Any>>> = const { std::cell::RefCell::new(None) };
}

fn mount_now<V: leptos::IntoView + 'static>(root: fn() -> V) {
    match mount_element() {
        Some(element) => {
            element.replace_children_with_node_0();
            let handle = leptos::mount::mount_to(element, root);
            MOUNTED.with(|mounted| *mounted.borrow_mut() = Some(Box::new(handle)));
        }
        None => leptos::mount::mount_to_body(root),
    }
}

/// Takes the mounted widget down, so that another bundle can mount in its place (`embed.js`
/// calls it through the questions' bundle's export `unmount`, just before the results' bundle
/// starts).
pub fn unmount() {
    let mounted = MOUNTED.with(|mounted| mounted.borrow_mut().take());
    drop(mounted);
}

/// The host's configuration from the mount element's `data-*` attributes (`embed.js` puts the
/// iframe's and the config file's values there too). Each refused value is one console warning.
pub fn read_config() -> zelfscan_core::embed::config::Config {
    let element = mount_element();
    let (config, problems) = zelfscan_core::embed::config::Config::from_attributes(|name| {
        element.as_ref().and_then(|e| e.get_attribute(name))
    });
    for problem in problems {
        web_sys::console::warn_1(&problem.to_string().into());
    }
    config
}

/// Moves focus to the current step's heading once it is rendered.
pub fn focus_step_heading() {
    focus_by_id("zs-step-heading");
}

/// Moves focus to the element with this id once it is rendered.
pub fn focus_by_id(id: impl Into<String>) {
    let id: String = id.into();
    leptos::prelude::request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            // Focus can fail only on a detached element; then there is nothing to focus.
            let _ = element.focus();
        }
    });
}

/// Opens every closed `<details>` of the widget, for printing: the report holds every section.
/// Returns the ones it opened, so they can be closed again after printing.
pub fn open_all_details() -> Vec<web_sys::Element> {
    let Some(list) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(".zs details:not([open])").ok())
    else {
        return Vec::new();
    };
    let mut opened = Vec::with_capacity(list.length() as usize);
    for i in 0..list.length() {
        let Some(element) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        // Setting an attribute fails only on a detached element, which prints nothing anyway.
        if element.set_attribute("open", "").is_ok() {
            opened.push(element);
        }
    }
    opened
}
