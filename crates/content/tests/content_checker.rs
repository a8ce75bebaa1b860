//! The `zelfscan-content` command as consultants and browser tests use it: exit status 0 only
//! when all is well, 1 for content problems, 2 when the command cannot run, never a panic.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/small.json");

/// A file in a fresh temporary directory for this test run.
fn temp_file(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("zelfscan-content-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let path: PathBuf = dir.join(name);
    std::fs::write(&path, text).expect("a temporary file");
    path.to_string_lossy().into_owned()
}

/// Runs the command and expects its exit status and a fragment of stdout (or of stderr when
/// the status is 2).
fn check(args: &[&str], status: i32, fragment: &str) {
    let output = Command::new(env!("CARGO_BIN_EXE_zelfscan-content"))
        .args(args)
        .output()
        .expect("the command runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(status),
        "{args:?}\n{stdout}\n{stderr}"
    );
    let shown = if status == 2 { &stderr } else { &stdout };
    assert!(
        shown.contains(fragment),
        "{args:?}: no {fragment:?} in\n{shown}"
    );
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
}

#[test]
fn check_summarises_valid_content_and_lists_every_problem_otherwise() {
    check(&["check"], 0, "is valid");
    check(&["check", FIXTURE], 0, "Guiding questions covered (5 of 5)");
    check(&["check", FIXTURE], 0, "Languages complete: nl, en");
    check(
        &["check", FIXTURE],
        0,
        "ict-owner: aandeel bronnen met een eigenaar | share of sources with an owner",
    );
    check(&["check", FIXTURE], 0, "beheers -> culture-behind");
    check(
        &["check", FIXTURE],
        0,
        "statements[4] (service-reasons).options[4].nl: \"maandelijks\" names a cycle",
    );
    let broken = std::fs::read_to_string(FIXTURE)
        .expect("the fixture")
        .replace("\"weight\": 2", "\"weight\": 7")
        .replace("score(ict) - score(culture) >= 50", "score(ict) >=");
    let broken = temp_file("broken.json", &broken);
    check(&["check", &broken], 1, "2 problems");
    check(
        &["check", &broken],
        1,
        "statements[0] (ict-owner).weight: weight 7",
    );
    check(
        &["check", &broken],
        1,
        "rules[0] (technical-trick).when: column 14",
    );
    check(
        &["check", "/no/such/file.json"],
        2,
        "cannot read /no/such/file.json",
    );
    check(&["check", FIXTURE, FIXTURE], 2, "at most one file");
}

#[test]
fn score_prints_the_profile_of_a_saved_record_as_json() {
    let record = temp_file(
        "answers.json",
        r#"{"v":1,"answers":{"ict-owner":5,"ict-dashboard":5,"culture-lessons":2,"culture-change":"dont_know"},"desired":{"culture":4}}"#,
    );
    let args = ["score", &record, "--content", FIXTURE];
    check(&args, 0, r#""id": "ict","#);
    check(&args, 0, r#""score": 100.0,"#);
    check(&args, 0, r#""insights": ["#);
    check(&args, 0, r#""technical-trick""#);
    check(&args, 0, r#""largest_gaps": ["#);
    check(&args, 0, r#""nearest": "#);
    check(&args, 0, r#""traits": ["#);
    check(&args, 0, r#""early": false"#);
    // The five questions: culture's statement answered at option 2, readiness only "don't know".
    check(&args, 0, "\"id\": \"culture\",\n      \"answered\": true,");
    check(
        &args,
        0,
        "\"id\": \"readiness\",\n      \"answered\": false,",
    );
    check(&args, 0, "\"weakest\": \"culture-lessons\",");
    check(
        &args,
        0,
        "\"discussion\": \"Wat betekent dit voor ons als MT?\"",
    );
    check(&args, 0, r#""band": "#);
    // culture-lessons at option 2 is culture's only weak spot; option 5 is none.
    check(
        &args,
        0,
        "\"next_steps\": [\n    {\n      \"area\": \"culture\",\n      \"statement\": \"culture-lessons\",\n      \"from\": 2,\n      \"to\": 3,\n      \"improvement\": \"Stel een plan op om van optie 2 naar optie 3 te gaan.\"\n    }\n  ]",
    );
    let damaged = temp_file("damaged.json", r#"{"v":1,"answers":{"ict-owner":9}}"#);
    check(&["score", &damaged, "--content", FIXTURE], 2, "damaged");
    check(&["score", "/no/such/answers.json"], 2, "cannot read");
    check(&["score"], 2, "score takes one answers file");
    check(
        &["score", &record, "--content"],
        2,
        "--content needs a file",
    );
    check(&["score", &record, "--colour", "red"], 2, "unknown option");
}

#[test]
fn team_prints_spread_and_disagreement_as_json() {
    let a = temp_file("team-a.json", r#"{"v":1,"answers":{"ict-owner":1}}"#);
    let b = temp_file("team-b.json", r#"{"v":1,"answers":{"ict-owner":5}}"#);
    check(
        &["team", &a, &b, "--content", FIXTURE],
        0,
        r#""respondents": 2,"#,
    );
    check(
        &["team", &a, &b, "--content", FIXTURE],
        0,
        "\"disagreement\": [\n    \"ict-owner\"\n  ]",
    );
}

fn stdout(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_zelfscan-content"))
        .args(args)
        .output()
        .expect("the command runs");
    assert_eq!(output.status.code(), Some(0), "{args:?}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn team_takes_result_codes_as_well_as_answers_files() {
    let a = temp_file(
        "code-a.json",
        r#"{"v":2,"answers":{"vision-adoption-decision":5,"ict-register-concrete-basis":"dont_know","orientation-pride":2},"desired":{"ict":4},"domains":{"soza":"practice"}}"#,
    );
    let b = temp_file(
        "code-b.json",
        r#"{"v":2,"answers":{"vision-adoption-decision":2}}"#,
    );
    let code = stdout(&["code", &a]);
    let code = code.trim();
    // 32 statements, 3 orientation questions, 8 areas, 10 domains: 5 + 105 + 24 + 20 bits
    // and 16 of checksum, 170 bits: 34 characters in groups of 4 joined by "-".
    assert_eq!(code.len(), 42, "{code}");
    // The same answers as version 1's widget made the code: its own length, its first
    // character the version, the answers to statements version 1 lacked left out.
    let earlier = stdout(&["code", &a, "1"]);
    assert!(
        earlier.starts_with('1') && earlier.trim() != code,
        "{earlier}"
    );
    check(&["code", &a, "9"], 2, "no published content version");
    let from_files = stdout(&["team", &a, &b]);
    assert_eq!(stdout(&["team", code, &b]), from_files);
    assert_eq!(stdout(&["team", &code.to_lowercase(), &b]), from_files);
    assert!(
        from_files.contains("\"soza\",\n      [\n        0,\n        0,\n        1\n      ]"),
        "{from_files}"
    );
    check(&["team", "ABCD-EFGH", &b], 2, "not a result code");
    check(&["team", &code[..20], &b], 2, "the code is incomplete");
    check(&["code"], 2, "code takes one answers file");
    check(
        &["version-block", "2", "2026-12-02"],
        0,
        "version: 2\ndate: 2026-12-02\nareas: vision",
    );
    check(&["version-block", "2"], 2, "publication date YYYY-MM-DD");
    check(
        &["version-block", "40", "2026-12-02"],
        2,
        "version number 1..31",
    );
}

#[test]
fn compare_prints_the_change_per_area_as_the_screen_shows_it() {
    // ict: ict-owner weighs 2, ict-dashboard 1. Earlier (2 x 0 + 100) / 3 = 33.33, shown 33;
    // later (2 x 75 + 50) / 3 = 66.67, shown 67: change +34 shown (67 - 33), 33.33 exactly. culture: scored
    // only later. The earlier scan holds an id the content no longer has.
    let earlier = temp_file(
        "compare-a.json",
        r#"{"v":2,"answers":{"ict-owner":1,"ict-dashboard":5,"ict-retired":3},"desired":{"ict":4},"domains":{"soza":"experimenting"}}"#,
    );
    let later = temp_file(
        "compare-b.json",
        r#"{"v":2,"answers":{"ict-owner":4,"ict-dashboard":3,"culture-lessons":2},"desired":{"ict":3}}"#,
    );
    let out = stdout(&["compare", &earlier, &later, "--content", FIXTURE]);
    for expected in [
        "\"id\": \"ict\",\n      \"before\": 33.333333333333336,\n      \"after\": 66.66666666666667,\n      \"change\": 33.33333333333333",
        "\"shown_before\": 33,\n      \"shown_after\": 67,\n      \"shown_change\": \"+34\",\n      \"desired_before\": 4,\n      \"desired_after\": 3,\n      \"desired_change\": -1",
        "\"id\": \"culture\",\n      \"before\": null,\n      \"after\": 25.0,\n      \"change\": null",
        "\"id\": \"soza\",\n      \"before\": \"experimenting\",\n      \"after\": null",
        "\"gone_before\": [\n    \"ict-retired\"\n  ]",
        "\"gone_after\": []",
    ] {
        assert!(out.contains(expected), "no {expected} in\n{out}");
    }
    check(&["compare", &earlier], 2, "compare takes two");
    check(&["compare", &earlier, "ABCD-EFGH"], 2, "not a result code");
}

#[test]
fn timing_and_unknown_commands() {
    check(&["timing", "3"], 0, "aggregate 50 answer sets");
    check(&["timing", "zero"], 2, "not a positive whole number");
    check(&["frobnicate"], 2, "unknown command");
    check(&[], 2, "usage");
}
