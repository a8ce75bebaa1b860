//! Prints the widget's first screens for a visitor without saved answers (Dutch, default
//! settings) as HTML: the intro, the domains step and the first area, each after a line
//! `@@screen <step id>@@`. `scripts/post-build.mjs` runs it after every build and puts them in
//! `dist/index.html`, so that the page shows the intro, and the first statements can be
//! answered, before the wasm has arrived.
//!
//! With the argument `english` it prints the English content table the widget fetches when a
//! visitor first needs English: its file name on the first line, then the table (JSON).

fn main() {
    if std::env::args().nth(1).as_deref() == Some("english") {
        let (name, _) = zelfscan_shipped::ENGLISH_FILE;
        print!("{name}\n{}", zelfscan_shipped::ENGLISH_JSON);
    } else {
        for (id, html) in zelfscan::ui::first_screens_html() {
            print!("@@screen {id}@@\n{html}\n");
        }
    }
}
