//! The last resort: if the widget panics anyway, a hook replaces its content with a readable
//! message in Dutch and English and a download of the last saved record. It uses plain DOM
//! through `web_sys`, never calls back into the app (whose state may be broken), reads the record
//! raw from localStorage, and gives up quietly on any failure, so it cannot panic itself.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::browser::download;
use crate::storage;
use zelfscan_core::model::Lang;
use zelfscan_core::view::texts::T;

/// Set once the message is on screen: later panics (an event handler of the broken app) leave it.
static SHOWN: AtomicBool = AtomicBool::new(false);

/// Installs the panic hook. Call once, before mounting.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("zelfscan stopped: {info}").into());
        if !SHOWN.swap(true, Ordering::SeqCst) {
            // Nothing more can be done when even plain DOM fails.
            let _ = show();
        }
    }));
}

/// The last saved record exactly as stored, if storage still answers.
fn last_saved_record() -> Option<String> {
    web_sys::window()?
        .local_storage()
        .ok()??
        .get_item(storage::KEY)
        .ok()?
}

fn show() -> Option<()> {
    let document = web_sys::window()?.document()?;
    let host: web_sys::Element = match crate::browser::page::mount_element() {
        Some(element) => element.into(),
        None => document.body()?.into(),
    };
    let record = last_saved_record();
    let url = record
        .as_deref()
        .and_then(|text| download::blob_url(text, "application/json").ok());

    let root = document.create_element("div").ok()?;
    root.set_class_name("zs zs-stopped");
    root.set_attribute("role", "alert").ok()?;
    root.set_attribute("data-testid", "panic-screen").ok()?;
    for (lang, heading) in [(Lang::Nl, "h1"), (Lang::En, "h2")] {
        let section = document.create_element("section").ok()?;
        section.set_attribute("lang", lang.code()).ok()?;
        let title = document.create_element(heading).ok()?;
        title.set_text_content(Some(T::PanicTitle.get(lang)));
        let message = document.create_element("p").ok()?;
        message.set_text_content(Some(T::PanicMessage.get(lang)));
        let action = document.create_element("p").ok()?;
        match &url {
            Some(url) => {
                let link = document.create_element("a").ok()?;
                link.set_attribute("href", url).ok()?;
                link.set_attribute("download", T::AnswersFileName.get(lang))
                    .ok()?;
                link.set_attribute("data-testid", &format!("panic-download-{}", lang.code()))
                    .ok()?;
                link.set_text_content(Some(T::PanicDownload.get(lang)));
                action.append_child(&link).ok()?;
            }
            None => action.set_text_content(Some(T::PanicNoRecord.get(lang))),
        }
        section.append_child(&title).ok()?;
        section.append_child(&message).ok()?;
        section.append_child(&action).ok()?;
        root.append_child(&section).ok()?;
    }
    host.replace_children_with_node_1(&root);
    Some(())
}
