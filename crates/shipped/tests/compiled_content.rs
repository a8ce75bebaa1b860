//! The compiled-in content is exactly what the content checker builds from the same file.

use zelfscan_core::content;

#[test]
fn the_static_scan_equals_the_scan_loaded_from_the_shipped_file() {
    let loaded = content::load(content::SHIPPED).expect("the shipped content is valid");
    assert_eq!(zelfscan_shipped::SCAN, loaded);
    assert!(!loaded.statements.is_empty() && !loaded.rules.is_empty());
}
