//! The widget's entry point in the browser: mounts the app into the page.

fn main() {
    zelfscan::ui::mount();
}
