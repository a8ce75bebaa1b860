//! The facilitator's workbench in the browser (`workbench.html`): the team overview and the
//! history, a page and a wasm of their own, so that the respondent's widget stays small.

fn main() {
    zelfscan::ui::panic_screen::install();
    zelfscan::browser::page::mount_workbench();
}
