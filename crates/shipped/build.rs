//! Validates the shipped content (`crates/content/scan.json`, handed over by the content crate)
//! with the content checker's full rules and compiles it into static Rust data. Invalid content
//! fails `cargo build` with the checker's own messages, each with its location in the file. The
//! ids of every published version (`versions.txt`) and the content's fingerprint are written
//! beside it.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let scan = match zelfscan_content::load(zelfscan_content::SHIPPED) {
        Ok(scan) => scan,
        Err(problems) => {
            eprintln!(
                "crates/content/scan.json has {} problem(s); `cargo run -p zelfscan-content --bin zelfscan-content -- check` lists the same:",
                problems.len()
            );
            for problem in problems {
                eprintln!("  {problem}");
            }
            return ExitCode::FAILURE;
        }
    };
    // The widget's wasm (feature `fetch-english`) leaves the English texts out and fetches them
    // when a visitor first needs English; native builds compile them in.
    let english = zelfscan_content::codegen::rust_fetching_english(&scan);
    let source = if std::env::var_os("CARGO_FEATURE_FETCH_ENGLISH").is_some() {
        english.source
    } else {
        zelfscan_content::codegen::rust(&scan)
    };
    let english_file = format!(
        "({:?}, {})",
        zelfscan_content::codegen::english_file_name(&english.json),
        english.count
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    // The published version this content is registered as (versions.txt), with its date; the
    // result-code tests fail while it is not registered, and the report then prints the
    // fingerprint instead.
    let version = zelfscan_core::keep::codes::layouts(zelfscan_content::VERSIONS)
        .ok()
        .and_then(|layouts| {
            let layout = zelfscan_core::keep::codes::current(&layouts, &scan)?;
            Some(format!("Some(({}, {:?}))", layout.version, layout.date))
        })
        .unwrap_or_else(|| "None".to_owned());
    let fingerprint = format!(
        "{}u32",
        zelfscan_core::view::report::fnv1a(zelfscan_content::SHIPPED.as_bytes())
    );
    for (name, text) in [
        ("scan.rs", source.as_str()),
        ("versions.txt", zelfscan_content::VERSIONS),
        ("fingerprint.rs", fingerprint.as_str()),
        ("version.rs", version.as_str()),
        ("english.json", english.json.as_str()),
        ("english_file.rs", english_file.as_str()),
    ] {
        if let Err(e) = std::fs::write(out.join(name), text) {
            eprintln!("cannot write {name} in {}: {e}", out.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
