//! Prints the widget's first screen for a visitor without saved answers (Dutch, default
//! settings) as HTML. `scripts/post-build.mjs` runs it after every build and puts the result in
//! `dist/index.html`, so that the page shows the intro before the wasm has arrived.

fn main() {
    print!("{}", zelfscan::ui::first_screen_html());
}
