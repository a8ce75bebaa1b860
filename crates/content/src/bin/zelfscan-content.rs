//! The content checker for the people who edit `crates/content/scan.json`, and the engine on the
//! command line so that browser tests can compare the screen with it.
//!
//! ```text
//! zelfscan-content check [FILE]                          every problem, or a summary
//! zelfscan-content score ANSWERS.json [--content FILE]   the profile of a saved record, as JSON
//! zelfscan-content team ANSWERS.json|CODE... [--content FILE]  the team view, as JSON
//! zelfscan-content code ANSWERS.json [N] [--content FILE] the result code of a saved record (as version N)
//! zelfscan-content compare EARLIER LATER [--content FILE] two scans (files or codes) compared, as JSON
//! zelfscan-content version-block N DATE [--content FILE] the versions.txt block of the content
//! zelfscan-content rust FILE                            the file compiled to Rust (the core's test fixture)
//! zelfscan-content timing N                              microseconds per scoring and aggregation
//! ```
//!
//! Exit status: 0 when all is well, 1 when `check` finds problems, 2 when the command cannot
//! run (wrong arguments, an unreadable file, an invalid record or content).

use std::fmt::Write as _;
use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use serde::Serialize;
use zelfscan_content::{load as content, ContentError, SHIPPED, VERSIONS};
use zelfscan_core::keep::codes;
use zelfscan_core::keep::saved;
use zelfscan_core::model::answers::{Answers, DomainStage};
use zelfscan_core::model::{Lang, Scan};
use zelfscan_core::score::compare::{compare, whole};
use zelfscan_core::score::scoring::{score, Profile};
use zelfscan_core::score::team::{aggregate, Spread, Team};
use zelfscan_core::view::compare_html::signed;

const USAGE: &str = "usage:
  zelfscan-content check [FILE]                           check a content file (default: the shipped one)
  zelfscan-content score ANSWERS.json [--content FILE]    print the profile of a saved answers file as JSON
  zelfscan-content team ANSWERS.json|CODE... [--content FILE]  print the team view of answers files or result codes as JSON
  zelfscan-content code ANSWERS.json [N] [--content FILE] print the result code of a saved answers file (in published version N's layout)
  zelfscan-content compare EARLIER LATER [--content FILE] print the change per area between two answers files or result codes as JSON
  zelfscan-content version-block N DATE [--content FILE]  print the block that registers the content as version N, published on DATE (YYYY-MM-DD)
  zelfscan-content rust FILE                              print a content file compiled to Rust, as crates/shipped builds it
  zelfscan-content timing N                               time scoring and team aggregation N times";

/// Why a command could not run; printed to stderr with exit status 2.
struct Failure(String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("check") => check(&args[1..]),
        Some("score") => score_command(&args[1..]),
        Some("team") => team_command(&args[1..]),
        Some("code") => code_command(&args[1..]),
        Some("compare") => compare_command(&args[1..]),
        Some("version-block") => version_block(&args[1..]),
        Some("rust") => rust_command(&args[1..]),
        Some("timing") => timing(&args[1..]),
        Some("help" | "--help" | "-h") => {
            emit(&format!("{USAGE}\n"));
            Ok(ExitCode::SUCCESS)
        }
        Some(other) => Err(Failure(format!("unknown command \"{other}\"\n{USAGE}"))),
        None => Err(Failure(USAGE.to_owned())),
    };
    result.unwrap_or_else(|Failure(message)| {
        eprintln!("zelfscan-content: {message}");
        ExitCode::from(2)
    })
}

/// Writes to stdout; a closed pipe (`| head`) is not an error worth a panic.
fn emit(text: &str) {
    use std::io::Write as _;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

fn problems_count(n: usize) -> String {
    format!("{n} problem{}", if n == 1 { "" } else { "s" })
}

fn to_json(value: &impl Serialize) -> Result<String, Failure> {
    serde_json::to_string_pretty(value)
        .map(|mut text| {
            text.push('\n');
            text
        })
        .map_err(|e| Failure(format!("cannot write JSON: {e}")))
}

fn read(path: &str) -> Result<String, Failure> {
    std::fs::read_to_string(path).map_err(|e| Failure(format!("cannot read {path}: {e}")))
}

fn problem_list(problems: &[ContentError]) -> String {
    problems.iter().fold(String::new(), |mut out, p| {
        let _ = writeln!(out, "  {p}");
        out
    })
}

/// The content to score against: `--content FILE` or the shipped content. Returns the
/// remaining arguments.
fn content_and_files(args: &[String]) -> Result<(Scan, Vec<&str>), Failure> {
    let mut content_path = None;
    let mut files = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--content" {
            let path = rest
                .next()
                .ok_or_else(|| Failure("--content needs a file".into()))?;
            content_path = Some(path.as_str());
        } else if arg.starts_with("--") {
            return Err(Failure(format!("unknown option \"{arg}\"\n{USAGE}")));
        } else {
            files.push(arg.as_str());
        }
    }
    let (name, text) = match content_path {
        Some(path) => (path, read(path)?),
        None => ("the shipped content", SHIPPED.to_owned()),
    };
    let scan = content::load(&text).map_err(|problems| {
        Failure(format!(
            "{name} has {}:\n{}",
            problems_count(problems.len()),
            problem_list(&problems)
        ))
    })?;
    Ok((scan, files))
}

/// The answers of a file, or of a result code when no file has that name.
fn answers_or_code(arg: &str, scan: &Scan) -> Result<Answers, Failure> {
    if std::path::Path::new(arg).is_file() {
        return answers_from(arg, scan);
    }
    let layouts = codes::layouts(VERSIONS).map_err(|e| Failure(format!("versions.txt: {e}")))?;
    codes::decode(&layouts, arg)
        .map(|decoded| decoded.answers)
        .map_err(|e| Failure(format!("{arg}: no such file, and {e}")))
}

fn code_command(args: &[String]) -> Result<ExitCode, Failure> {
    let (scan, files) = content_and_files(args)?;
    let (file, version) = match files[..] {
        [file] => (file, None),
        [file, n] => (file, Some(n.parse::<u8>().ok())),
        _ => return Err(Failure(format!("code takes one answers file\n{USAGE}"))),
    };
    let answers = answers_from(file, &scan)?;
    let layouts = codes::layouts(VERSIONS).map_err(|e| Failure(format!("versions.txt: {e}")))?;
    // An earlier published version's layout when one is named (a code as that version's widget
    // made it: answers to statements that version lacked are left out), else the current one.
    let layout = match version {
        Some(n) => layouts
            .iter()
            .find(|l| Some(l.version) == n)
            .ok_or_else(|| {
                Failure(format!(
                    "no published content version {n:?} in versions.txt"
                ))
            })?,
        None => codes::current(&layouts, &scan).ok_or_else(|| {
            Failure(
                "the content is not registered in crates/content/versions.txt (see version-block)"
                    .into(),
            )
        })?,
    };
    emit(&format!("{}\n", codes::encode(layout, &answers)));
    Ok(ExitCode::SUCCESS)
}

fn version_block(args: &[String]) -> Result<ExitCode, Failure> {
    let (scan, rest) = content_and_files(args)?;
    let is_date = |d: &str| {
        d.len() == 10
            && d.chars().enumerate().all(|(i, c)| match i {
                4 | 7 => c == '-',
                _ => c.is_ascii_digit(),
            })
    };
    let (version, date) = match rest[..] {
        [n, date] if is_date(date) => (n.parse::<u8>().ok().filter(|v| (1..=31).contains(v)), date),
        _ => (None, ""),
    };
    let version = version.ok_or_else(|| {
        Failure(format!(
            "version-block takes a version number 1..31 and the publication date YYYY-MM-DD\n{USAGE}"
        ))
    })?;
    let mut layout = codes::Layout::of(&scan, version);
    layout.date = date;
    emit(&format!("\n{}", layout.block()));
    Ok(ExitCode::SUCCESS)
}

/// A content file as the Rust expression `crates/shipped` compiles; the core's tests keep the
/// small fixture in this form (`crates/core/src/fixture_small.rs`).
fn rust_command(args: &[String]) -> Result<ExitCode, Failure> {
    let [path] = args else {
        return Err(Failure(format!("rust takes one content file\n{USAGE}")));
    };
    let text = read(path)?;
    let source = zelfscan_content::codegen::generate(&text).map_err(|problems| {
        Failure(format!(
            "{path} has {}:\n{}",
            problems_count(problems.len()),
            problem_list(&problems)
        ))
    })?;
    emit(&source);
    Ok(ExitCode::SUCCESS)
}

fn answers_from(path: &str, scan: &Scan) -> Result<Answers, Failure> {
    let text = read(path)?;
    saved::from_json(&text, scan)
        .map(|session| session.answers)
        .map_err(|e| Failure(format!("{path}: {e}")))
}

fn check(args: &[String]) -> Result<ExitCode, Failure> {
    let (name, text) = match args {
        [] => (
            "crates/content/scan.json (shipped)".to_owned(),
            SHIPPED.to_owned(),
        ),
        [path] => (path.clone(), read(path)?),
        _ => return Err(Failure(format!("check takes at most one file\n{USAGE}"))),
    };
    let warnings = content::warnings(&text);
    let warned = if warnings.is_empty() {
        String::new()
    } else {
        format!(
            "\n{} warning{} (suspected, not proven; the file is still usable):\n{}",
            warnings.len(),
            if warnings.len() == 1 { "" } else { "s" },
            problem_list(&warnings)
        )
    };
    match content::load(&text) {
        Ok(scan) => {
            emit(&format!("{}{warned}", summary(&name, &scan)));
            Ok(ExitCode::SUCCESS)
        }
        Err(problems) => {
            emit(&format!(
                "{name}: {}\n{}{warned}",
                problems_count(problems.len()),
                problem_list(&problems)
            ));
            Ok(ExitCode::FAILURE)
        }
    }
}

/// What each statement measures, per area: every ladder at a glance.
fn ladders(scan: &Scan) -> String {
    let mut out =
        String::from("\nWhat each statement measures (nl | en), and what counts (wat telt mee):\n");
    for (i, area) in scan.areas.iter().enumerate() {
        let _ = writeln!(out, "  {}", area.id);
        for s in scan.statements_of(i) {
            let _ = writeln!(
                out,
                "    {}: {} | {}",
                s.id,
                s.measures.get(Lang::Nl),
                s.measures.get(Lang::En)
            );
            let _ = writeln!(out, "      telt mee: {}", s.counts.get(Lang::Nl));
        }
        for o in scan.orientation_of(i) {
            let _ = writeln!(
                out,
                "    {} (orientation, not scored): {} | {}",
                o.id,
                o.measures.get(Lang::Nl),
                o.measures.get(Lang::En)
            );
        }
    }
    out
}

/// What a valid content file contains, for a consultant to check against their intent.
fn summary(name: &str, scan: &Scan) -> String {
    let mut out = format!("{name} is valid.\n\n");
    let width = scan.areas.iter().map(|a| a.id.len()).max().unwrap_or(0);
    let _ = writeln!(out, "Aspect areas ({}):", scan.areas.len());
    for (i, area) in scan.areas.iter().enumerate() {
        let count = scan.statements_of(i).count();
        let weights: u32 = scan.statements_of(i).map(|s| u32::from(s.weight)).sum();
        let _ = writeln!(
            out,
            "  {:width$}  {count:2} statements (total weight {weights:2})  {}",
            area.id,
            area.name.get(Lang::Nl)
        );
    }
    let covered = scan
        .guiding_questions
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            scan.statements
                .iter()
                .any(|s| s.guiding_question == Some(*i))
        })
        .count();
    let _ = writeln!(
        out,
        "\nGuiding questions covered ({covered} of {}):",
        scan.guiding_questions.len()
    );
    let width = scan
        .guiding_questions
        .iter()
        .map(|g| g.id.len())
        .fold("(none)".len(), usize::max);
    for (i, question) in scan.guiding_questions.iter().enumerate() {
        let count = scan
            .statements
            .iter()
            .filter(|s| s.guiding_question == Some(i))
            .count();
        let _ = writeln!(out, "  {:width$}  {count:2} statements", question.id);
    }
    let without = scan
        .statements
        .iter()
        .filter(|s| s.guiding_question.is_none())
        .count();
    if without > 0 {
        let _ = writeln!(out, "  {:width$}  {without:2} statements", "(none)");
    }
    let ids = |ids: Vec<&str>| ids.join(", ");
    let _ = writeln!(
        out,
        "\nArchetypes ({}), each with its signature insight:",
        scan.archetypes.len()
    );
    for a in scan.archetypes {
        let signature = scan.rules.get(a.signature).map_or("", |r| r.id);
        let _ = writeln!(out, "  {} -> {signature}", a.id);
    }
    let _ = writeln!(
        out,
        "Insight rules ({}): {}",
        scan.rules.len(),
        ids(scan.rules.iter().map(|r| r.id).collect())
    );
    let _ = writeln!(
        out,
        "Domains ({}): {}",
        scan.domains.len(),
        ids(scan.domains.iter().map(|d| d.id).collect())
    );
    let _ = writeln!(
        out,
        "Statements: {} scored, {} orientation\nLanguages complete: {}",
        scan.statements.len(),
        scan.orientation.len(),
        ids(Lang::ALL.iter().map(|l| l.code()).collect())
    );
    out.push_str(&ladders(scan));
    out
}

fn score_command(args: &[String]) -> Result<ExitCode, Failure> {
    let (scan, files) = content_and_files(args)?;
    let [path] = files.as_slice() else {
        return Err(Failure(format!("score takes one answers file\n{USAGE}")));
    };
    let answers = answers_from(path, &scan)?;
    let profile = score(&scan, &answers);
    emit(&to_json(&profile_out(&scan, &profile, &answers))?);
    Ok(ExitCode::SUCCESS)
}

/// The profile with ids instead of indices: the contract with the browser tests.
#[derive(Serialize)]
struct ProfileOut<'a> {
    areas: Vec<AreaOut<'a>>,
    archetypes: Vec<ArchetypeOut<'a>>,
    nearest: Option<&'a str>,
    /// The archetypes whose traits the answers show (at least "some" alike), nearest first.
    traits: Vec<&'a str>,
    /// Every scored area at level 1 or 2 and no orientation pointing to one archetype.
    early: bool,
    insights: Vec<&'a str>,
    /// Per area, its weakest answered statements and the option to move to.
    next_steps: Vec<NextStepOut<'a>>,
    largest_gaps: Vec<&'a str>,
    domains: DomainsOut,
    /// The source article's five guiding questions, in content order.
    guiding: Vec<GuidingOut<'a>>,
}

#[derive(Serialize)]
struct GuidingOut<'a> {
    id: &'a str,
    /// Whether a statement that asks it was answered with an option, or (domains) a domain chosen.
    answered: bool,
    /// The statements that ask it, with the option chosen (null: not answered with an option).
    statements: Vec<GuidingStatementOut<'a>>,
    /// The lowest option chosen among them, the first in content order on a tie.
    weakest: Option<&'a str>,
    /// For the domains question: the domains chosen and their stage.
    domains: Vec<GuidingDomainOut<'a>>,
    discussion: &'a str,
}

#[derive(Serialize)]
struct GuidingStatementOut<'a> {
    id: &'a str,
    option: Option<u8>,
}

#[derive(Serialize)]
struct GuidingDomainOut<'a> {
    id: &'a str,
    stage: &'static str,
}

#[derive(Serialize)]
struct AreaOut<'a> {
    id: &'a str,
    score: Option<f64>,
    level: Option<u8>,
    confidence: f64,
    answered: usize,
    statements: usize,
    desired: Option<u8>,
    gap: Option<i8>,
}

#[derive(Serialize)]
struct ArchetypeOut<'a> {
    id: &'a str,
    similarity: f64,
    /// "strong", "some" or "weak": the words the results use.
    band: &'static str,
}

#[derive(Serialize)]
struct NextStepOut<'a> {
    area: &'a str,
    statement: &'a str,
    from: u8,
    to: u8,
    /// The action from option `from` to option `to`, in Dutch (the widget's first language).
    improvement: &'a str,
}

#[derive(Serialize)]
struct DomainsOut {
    any: usize,
    not_started: usize,
    experimenting: usize,
    practice: usize,
}

fn profile_out<'a>(scan: &'a Scan, profile: &Profile, answers: &Answers) -> ProfileOut<'a> {
    let area_id = |i: usize| scan.areas.get(i).map_or("", |a| a.id);
    let archetype_id = |i: usize| scan.archetypes.get(i).map_or("", |a| a.id);
    let count = |stage| profile.domains.at(stage);
    ProfileOut {
        areas: profile
            .areas
            .iter()
            .map(|a| AreaOut {
                id: area_id(a.area),
                score: a.score,
                level: a.level,
                confidence: a.confidence(),
                answered: a.answered,
                statements: a.statements,
                desired: a.desired,
                gap: a.gap,
            })
            .collect(),
        archetypes: profile
            .archetypes
            .iter()
            .map(|m| ArchetypeOut {
                id: archetype_id(m.archetype),
                similarity: m.similarity,
                band: m.band().id(),
            })
            .collect(),
        nearest: profile.nearest().map(|m| archetype_id(m.archetype)),
        traits: profile
            .traits()
            .iter()
            .map(|m| archetype_id(m.archetype))
            .collect(),
        early: profile.early,
        guiding: guiding_out(scan, answers),
        next_steps: profile
            .areas
            .iter()
            .flat_map(|a| {
                a.next_steps.iter().map(|step| {
                    let statement = scan.statements.get(step.statement);
                    NextStepOut {
                        area: area_id(a.area),
                        statement: statement.map_or("", |s| s.id),
                        from: step.from,
                        to: step.from + 1,
                        improvement: statement
                            .and_then(|s| s.improvement(step.from))
                            .map_or("", |t| t.nl),
                    }
                })
            })
            .collect(),
        insights: profile
            .insights
            .iter()
            .map(|&i| scan.rules.get(i).map_or("", |r| r.id))
            .collect(),
        largest_gaps: profile.largest_gaps.iter().map(|&i| area_id(i)).collect(),
        domains: DomainsOut {
            any: count(None),
            not_started: count(Some(DomainStage::NotStarted)),
            experimenting: count(Some(DomainStage::Experimenting)),
            practice: count(Some(DomainStage::Practice)),
        },
    }
}

fn guiding_out<'a>(scan: &'a Scan, answers: &Answers) -> Vec<GuidingOut<'a>> {
    let statement_id = |i: usize| scan.statements.get(i).map_or("", |s| s.id);
    zelfscan_core::score::guiding::guiding(scan, answers)
        .iter()
        .map(|g| GuidingOut {
            id: scan.guiding_questions.get(g.question).map_or("", |q| q.id),
            answered: g.answered(),
            statements: g
                .statements
                .iter()
                .map(|&(i, answer)| GuidingStatementOut {
                    id: statement_id(i),
                    option: answer.and_then(|a| a.level()),
                })
                .collect(),
            weakest: g.weakest.map(statement_id),
            domains: g
                .domains
                .iter()
                .map(|&(i, stage)| GuidingDomainOut {
                    id: scan.domains.get(i).map_or("", |d| d.id),
                    stage: stage.id(),
                })
                .collect(),
            discussion: scan
                .guiding_questions
                .get(g.question)
                .map_or("", |q| q.discussion.nl),
        })
        .collect()
}

fn team_command(args: &[String]) -> Result<ExitCode, Failure> {
    let (scan, files) = content_and_files(args)?;
    if files.is_empty() {
        return Err(Failure(format!(
            "team takes one or more answers files or result codes\n{USAGE}"
        )));
    }
    let answer_sets = files
        .iter()
        .map(|arg| answers_or_code(arg, &scan))
        .collect::<Result<Vec<_>, _>>()?;
    emit(&to_json(&team_out(&scan, &aggregate(&scan, &answer_sets)))?);
    Ok(ExitCode::SUCCESS)
}

/// The team view with ids instead of indices.
#[derive(Serialize)]
struct TeamOut<'a> {
    respondents: usize,
    areas: Vec<AreaSpreadOut<'a>>,
    statements: Vec<StatementSpreadOut<'a>>,
    disagreement: Vec<&'a str>,
    /// Archetype id -> how many respondents it is nearest for.
    archetypes: Vec<(&'a str, usize)>,
    /// Domain id -> how many chose it not started, experimenting, practice.
    domains: Vec<(&'a str, [usize; 3])>,
    /// The weakest areas, lowest team mean first, with the level of that mean.
    weakest: Vec<(&'a str, Option<u8>)>,
}

#[derive(Serialize)]
struct AreaSpreadOut<'a> {
    id: &'a str,
    score: Option<SpreadOut>,
    desired: Option<SpreadOut>,
}

#[derive(Serialize)]
struct StatementSpreadOut<'a> {
    id: &'a str,
    level: Option<SpreadOut>,
    /// Options 1..5, don't know, not applicable.
    counts: [usize; 7],
}

#[derive(Serialize)]
struct SpreadOut {
    respondents: usize,
    mean: f64,
    min: f64,
    max: f64,
    std_dev: f64,
}

fn spread_out(spread: Option<&Spread>) -> Option<SpreadOut> {
    spread.map(|s| SpreadOut {
        respondents: s.respondents,
        mean: s.mean,
        min: s.min,
        max: s.max,
        std_dev: s.std_dev,
    })
}

fn team_out<'a>(scan: &'a Scan, team: &Team) -> TeamOut<'a> {
    let statement_id = |i: usize| scan.statements.get(i).map_or("", |s| s.id);
    TeamOut {
        respondents: team.respondents,
        areas: team
            .areas
            .iter()
            .map(|a| AreaSpreadOut {
                id: scan.areas.get(a.area).map_or("", |x| x.id),
                score: spread_out(a.score.as_ref()),
                desired: spread_out(a.desired.as_ref()),
            })
            .collect(),
        statements: team
            .statements
            .iter()
            .map(|s| StatementSpreadOut {
                id: statement_id(s.statement),
                level: spread_out(s.level.as_ref()),
                counts: s.counts,
            })
            .collect(),
        disagreement: team.disagreement.iter().map(|&i| statement_id(i)).collect(),
        archetypes: scan
            .archetypes
            .iter()
            .map(|a| a.id)
            .zip(team.archetype_counts(scan))
            .collect(),
        domains: scan
            .domains
            .iter()
            .map(|d| d.id)
            .zip(team.domains.iter().copied())
            .collect(),
        weakest: team
            .weakest
            .iter()
            .map(|&i| (scan.areas.get(i).map_or("", |a| a.id), team.level(i)))
            .collect(),
    }
}

fn compare_command(args: &[String]) -> Result<ExitCode, Failure> {
    let (scan, files) = content_and_files(args)?;
    let [earlier, later] = files[..] else {
        return Err(Failure(format!(
            "compare takes two answers files or result codes, the earlier first\n{USAGE}"
        )));
    };
    let c = compare(
        &scan,
        &answers_or_code(earlier, &scan)?,
        &answers_or_code(later, &scan)?,
    );
    let out = CompareOut {
        areas: c
            .areas
            .iter()
            .map(|a| AreaChangeOut {
                id: scan.areas.get(a.area).map_or("", |x| x.id),
                before: a.before,
                after: a.after,
                change: a.change(),
                shown_before: a.before.map(whole),
                shown_after: a.after.map(whole),
                shown_change: a.shown_change().map(signed),
                desired_before: a.desired_before,
                desired_after: a.desired_after,
                desired_change: a.desired_change(),
            })
            .collect(),
        domains: c
            .domains
            .iter()
            .map(|d| DomainChangeOut {
                id: scan.domains.get(d.domain).map_or("", |x| x.id),
                before: d.before.map(DomainStage::id),
                after: d.after.map(DomainStage::id),
            })
            .collect(),
        gone_before: c.gone_before,
        gone_after: c.gone_after,
    };
    emit(&to_json(&out)?);
    Ok(ExitCode::SUCCESS)
}

/// Two scans compared, with ids instead of indices; `shown_*` are the figures as the compare
/// view shows them.
#[derive(Serialize)]
struct CompareOut<'a> {
    areas: Vec<AreaChangeOut<'a>>,
    /// The domains chosen in either scan, with the stage in each (null: not chosen).
    domains: Vec<DomainChangeOut<'a>>,
    /// Ids the content no longer has, left out.
    gone_before: Vec<String>,
    gone_after: Vec<String>,
}

#[derive(Serialize)]
struct AreaChangeOut<'a> {
    id: &'a str,
    before: Option<f64>,
    after: Option<f64>,
    /// After minus before, exactly; null unless both scans score the area.
    change: Option<f64>,
    shown_before: Option<i64>,
    shown_after: Option<i64>,
    /// The difference of the shown whole scores, with its sign.
    shown_change: Option<String>,
    desired_before: Option<u8>,
    desired_after: Option<u8>,
    desired_change: Option<i8>,
}

#[derive(Serialize)]
struct DomainChangeOut<'a> {
    id: &'a str,
    before: Option<&'static str>,
    after: Option<&'static str>,
}

fn timing(args: &[String]) -> Result<ExitCode, Failure> {
    let runs: u32 = match args {
        [n] => n
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| Failure(format!("\"{n}\" is not a positive whole number")))?,
        _ => return Err(Failure(format!("timing takes the number of runs\n{USAGE}"))),
    };
    let scan = content::load(SHIPPED).map_err(|problems| {
        Failure(format!(
            "the shipped content has {}",
            problems_count(problems.len())
        ))
    })?;
    // What the widget does with the engine: read the saved record at start-up, score a full
    // scan on the results step, aggregate a team.
    let team_answers = zelfscan_core::score::sample::sample_answers(&scan, 50);
    let full = zelfscan_core::score::sample::full_answers(&scan);
    let record = saved::to_json(
        &zelfscan_core::keep::session::Session {
            answers: full.clone(),
            ..Default::default()
        },
        &scan,
    );
    let started = Instant::now();
    for _ in 0..runs {
        let _ = black_box(saved::from_json(black_box(&record), &scan));
    }
    let restore_us = started.elapsed().as_secs_f64() * 1e6 / f64::from(runs);

    let started = Instant::now();
    for _ in 0..runs {
        black_box(score(black_box(&scan), black_box(&full)));
    }
    let score_us = started.elapsed().as_secs_f64() * 1e6 / f64::from(runs);

    let started = Instant::now();
    for _ in 0..runs {
        black_box(aggregate(black_box(&scan), black_box(&team_answers)));
    }
    let team_us = started.elapsed().as_secs_f64() * 1e6 / f64::from(runs);

    emit(&format!(
        "read a saved record: {restore_us:.1} µs per operation ({runs} runs)\n\
         score one full scan: {score_us:.2} µs per operation ({runs} runs)\n\
         aggregate 50 answer sets: {team_us:.1} µs per operation ({runs} runs)\n"
    ));
    Ok(ExitCode::SUCCESS)
}
