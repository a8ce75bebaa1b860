//! Validates `src/content/scan.json` with the content checker's full rules and compiles it into
//! static Rust data. Invalid content fails `cargo build` with the checker's own messages, each
//! with its location in the file.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let content = manifest.join("../../src/content/scan.json");
    println!("cargo:rerun-if-changed={}", content.display());
    let json = match std::fs::read_to_string(&content) {
        Ok(json) => json,
        Err(e) => {
            eprintln!("cannot read the content file {}: {e}", content.display());
            return ExitCode::FAILURE;
        }
    };
    let source = match zelfscan_core::codegen::generate(&json) {
        Ok(source) => source,
        Err(problems) => {
            eprintln!(
                "src/content/scan.json has {} problem(s); `cargo run -p zelfscan-core --bin zelfscan-content -- check` lists the same:",
                problems.len()
            );
            for problem in problems {
                eprintln!("  {problem}");
            }
            return ExitCode::FAILURE;
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("scan.rs");
    if let Err(e) = std::fs::write(&out, source) {
        eprintln!("cannot write {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
