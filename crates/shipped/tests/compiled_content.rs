//! The compiled-in content is exactly what the content checker builds from the same file.

use zelfscan_content as content;

#[test]
fn the_static_scan_equals_the_scan_loaded_from_the_shipped_file() {
    let loaded = content::load(content::SHIPPED).expect("the shipped content is valid");
    assert_eq!(zelfscan_shipped::SCAN, loaded);
    assert!(!loaded.statements.is_empty() && !loaded.rules.is_empty());
}

#[test]
fn the_compiled_in_versions_are_the_content_crates_file() {
    assert_eq!(zelfscan_shipped::VERSIONS, zelfscan_content::VERSIONS);
    assert!(zelfscan_core::keep::codes::current(
        &zelfscan_core::keep::codes::layouts(zelfscan_shipped::VERSIONS)
            .expect("versions.txt reads"),
        &zelfscan_shipped::SCAN
    )
    .is_some());
}
