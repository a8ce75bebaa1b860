//! The content checker for the people who edit `src/content/scan.json`.

fn main() {
    let text = zelfscan::core::content::SHIPPED;
    match zelfscan::core::content::load(text) {
        Ok(scan) => println!("valid: {} areas, {} statements", scan.areas.len(), scan.statements.len()),
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            std::process::exit(1);
        }
    }
}
