//! Validates the shipped content (`crates/content/scan.json`, handed over by the content crate)
//! with the content checker's full rules and compiles it into static Rust data. Invalid content
//! fails `cargo build` with the checker's own messages, each with its location in the file. The
//! ids of every published version (`versions.txt`) and the content's fingerprint are written
//! beside it.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let source = match zelfscan_content::codegen::generate(zelfscan_content::SHIPPED) {
        Ok(source) => source,
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
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    // The published version this content is registered as (versions.txt), with its date; the
    // result-code tests fail while it is not registered, and the report then prints the
    // fingerprint instead.
    let version = zelfscan_content::load(zelfscan_content::SHIPPED)
        .ok()
        .and_then(|scan| {
            let layouts = zelfscan_core::keep::codes::layouts(zelfscan_content::VERSIONS).ok()?;
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
    ] {
        if let Err(e) = std::fs::write(out.join(name), text) {
            eprintln!("cannot write {name} in {}: {e}", out.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
