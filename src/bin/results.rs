//! The widget with its results in the browser (the results' bundle): `embed.js` starts it on a
//! page that opens on the results (saved progress there, or a result link) and in place of the
//! questions' bundle when a visitor reaches them, so that the first statement comes sooner.

fn main() {
    zelfscan::ui::panic_screen::install();
    zelfscan::browser::page::mount_with_results();
}
