//! Tells a returning visitor in plain words that the scan changed since their last visit, and
//! which areas to look at again, with a way to go there. Nothing when no saved answer belongs to
//! a statement the scan no longer has.

use leptos::prelude::*;

use crate::ui::context::Ctx;
use zelfscan_core::keep::session::{changed_areas, Step};
use zelfscan_core::view::texts::T;

#[component]
pub fn ChangedNotice() -> impl IntoView {
    let ctx = Ctx::use_context();
    let areas = Memo::new(move |_| ctx.session.with(|s| changed_areas(ctx.scan, &s.answers)));
    move || {
        let areas = areas.get();
        if areas.is_empty() {
            return None;
        }
        let lang = ctx.lang();
        let named = areas.iter().filter(|&&i| i < ctx.scan.areas.len()).count();
        let links = areas
            .iter()
            .filter_map(|&i| Some((i, ctx.scan.areas.get(i)?)))
            .map(|(i, area)| {
                view! {
                    <li>
                        <button type="button" class="zs-link-button" data-testid=format!("changed-{}", area.id)
                            on:click=move |_| ctx.go(Step::Area(i))>
                            {area.name.get(lang).to_owned()}
                        </button>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <div class="zs-notice" role="status" data-testid="changed-notice">
                <p>{ctx.t(T::count(named, T::ScanChangedOne, T::ScanChanged))}</p>
                <ul>{links}</ul>
            </div>
        })
    }
}
