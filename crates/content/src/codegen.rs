//! Compiles a validated [`Scan`] into Rust source: static data with `&'static str` texts,
//! indices already resolved and rule conditions already parsed. The build script of
//! `crates/shipped` writes it, so the widget carries no content JSON, no content conversion and
//! no rule parser; parsing and checking our own content happens once, at build time.
//!
//! The output is one expression of type `Scan` that names the model's types unqualified; the
//! file that includes it imports them (`crates/shipped/src/lib.rs`). A model field the emitter
//! forgets makes that include fail to compile, and `crates/shipped`'s test proves the static
//! data equals what [`crate::load::load`] builds from the same file.

use std::cell::RefCell;
use std::fmt::Write as _;

use crate::load::{self as content, ContentError};
use zelfscan_core::model::rules::{AreaFact, Comparison, Condition, Expr, Quantity};
use zelfscan_core::model::vocab::{DomainStage, FETCHED_MARK};
use zelfscan_core::model::{
    Advice, Archetype, Area, Domain, GuidingQuestion, Orientation, OrientationOption, Rule, Scan,
    ScanTexts, Statement, Text,
};
use zelfscan_core::view::report::fnv1a;

/// Validates a content file completely (every problem, as `zelfscan-content check` reports
/// them) and returns it as Rust source.
pub fn generate(json: &str) -> Result<String, Vec<ContentError>> {
    content::load(json).map(|scan| rust(&scan))
}

/// The scan as a Rust expression of type `Scan`.
pub fn rust(scan: &Scan) -> String {
    let mut out = String::with_capacity(256 * 1024);
    scan.emit(&mut out);
    out.push('\n');
    out
}

/// The scan as [`rust`] writes it, but with every English text replaced by a reference into a
/// table fetched at run time ([`FETCHED_MARK`] and its index), and that table as the JSON array
/// the widget fetches. The widget's Dutch visitors then never download the English content.
pub fn rust_fetching_english(scan: &Scan) -> FetchingEnglish {
    ENGLISH.with_borrow_mut(|table| *table = Some(Vec::new()));
    let source = rust(scan);
    let table = ENGLISH.with_borrow_mut(Option::take).unwrap_or_default();
    FetchingEnglish {
        source,
        // A list of strings always serializes.
        json: serde_json::to_string(&table).unwrap_or_default(),
        count: table.len(),
    }
}

/// What [`rust_fetching_english`] writes.
pub struct FetchingEnglish {
    /// The scan as Rust, its English texts references into the table.
    pub source: String,
    /// The table: a JSON array of the English texts, in index order.
    pub json: String,
    /// How many texts the table holds.
    pub count: usize,
}

/// The file name the English table is served under: its own fingerprint in it, so that a
/// browser never keeps another build's table.
pub fn english_file_name(json: &str) -> String {
    format!("content-en-{:08x}.json", fnv1a(json.as_bytes()))
}

thread_local! {
    /// The English texts [`rust_fetching_english`] collects while it writes, in index order.
    static ENGLISH: RefCell<Option<Vec<&'static str>>> = const { RefCell::new(None) };
}

/// Writes a value as a Rust constant expression.
trait Emit {
    fn emit(&self, out: &mut String);
}

/// `Name { field: value, ... }`.
fn record(out: &mut String, name: &str, fields: &[(&str, &dyn Emit)]) {
    out.push_str(name);
    out.push_str(" {");
    for (field, value) in fields {
        out.push_str(field);
        out.push(':');
        value.emit(out);
        out.push(',');
    }
    out.push('}');
}

impl Emit for &'static str {
    fn emit(&self, out: &mut String) {
        // `Debug` writes a valid Rust string literal, escapes included.
        let _ = write!(out, "{self:?}");
    }
}

impl Emit for f64 {
    fn emit(&self, out: &mut String) {
        // `Debug` keeps a decimal point or exponent, so the literal stays an f64.
        let _ = write!(out, "{self:?}");
    }
}

impl Emit for u8 {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Emit for usize {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            Some(value) => {
                out.push_str("Some(");
                value.emit(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

impl<T: Emit> Emit for &'static [T] {
    fn emit(&self, out: &mut String) {
        out.push_str("&[");
        for item in self.iter() {
            item.emit(out);
            out.push(',');
        }
        out.push(']');
    }
}

impl<T: Emit> Emit for &'static T {
    fn emit(&self, out: &mut String) {
        out.push('&');
        (**self).emit(out);
    }
}

impl Emit for Text {
    fn emit(&self, out: &mut String) {
        let fetched = ENGLISH.with_borrow_mut(|table| {
            table.as_mut().map(|table| {
                table.push(self.en);
                format!("{FETCHED_MARK}{}", table.len() - 1)
            })
        });
        match fetched {
            Some(reference) => record(out, "Text", &[("nl", &self.nl), ("en", &reference)]),
            None => record(out, "Text", &[("nl", &self.nl), ("en", &self.en)]),
        }
    }
}

impl Emit for String {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self:?}");
    }
}

impl Emit for GuidingQuestion {
    fn emit(&self, out: &mut String) {
        record(
            out,
            "GuidingQuestion",
            &[
                ("id", &self.id),
                ("text", &self.text),
                ("discussion", &self.discussion),
            ],
        );
    }
}

impl Emit for Domain {
    fn emit(&self, out: &mut String) {
        record(out, "Domain", &[("id", &self.id), ("name", &self.name)]);
    }
}

impl Emit for Advice {
    fn emit(&self, out: &mut String) {
        record(
            out,
            "Advice",
            &[
                ("recommendation", &self.recommendation),
                ("follow_up", &self.follow_up),
            ],
        );
    }
}

impl Emit for Area {
    fn emit(&self, out: &mut String) {
        record(
            out,
            "Area",
            &[
                ("id", &self.id),
                ("name", &self.name),
                ("why", &self.why),
                ("levels", &self.levels),
                ("advice", &self.advice),
            ],
        );
    }
}

impl Emit for Statement {
    fn emit(&self, out: &mut String) {
        record(
            out,
            "Statement",
            &[
                ("id", &self.id),
                ("area", &self.area),
                ("guiding_question", &self.guiding_question),
                ("weight", &self.weight),
                ("measures", &self.measures),
                ("text", &self.text),
                ("counts", &self.counts),
                ("options", &self.options),
                ("improvements", &self.improvements),
            ],
        );
    }
}

impl Emit for Orientation {
    fn emit(&self, out: &mut String) {
        record(
            out,
            "Orientation",
            &[
                ("id", &self.id),
                ("area", &self.area),
                ("measures", &self.measures),
                ("text", &self.text),
                ("options", &self.options),
            ],
        );
    }
}

impl Emit for OrientationOption {
    fn emit(&self, out: &mut String) {
        record(
            out,
            "OrientationOption",
            &[("archetype", &self.archetype), ("text", &self.text)],
        );
    }
}

impl Emit for Archetype {
    fn emit(&self, out: &mut String) {
        record(
            out,
            "Archetype",
            &[
                ("id", &self.id),
                ("name", &self.name),
                ("description", &self.description),
                ("strengths", &self.strengths),
                ("pitfalls", &self.pitfalls),
                ("next_step", &self.next_step),
                ("profile", &self.profile),
                ("signature", &self.signature),
            ],
        );
    }
}

impl Emit for Rule {
    fn emit(&self, out: &mut String) {
        record(
            out,
            "Rule",
            &[
                ("id", &self.id),
                ("when", &self.when),
                ("title", &self.title),
                ("text", &self.text),
            ],
        );
    }
}

impl Emit for Condition {
    fn emit(&self, out: &mut String) {
        record(
            out,
            "Condition",
            &[("source", &self.source), ("expr", &self.expr)],
        );
    }
}

/// `Name(a, b, ...)`, for enum variants with fields.
fn tuple(out: &mut String, name: &str, fields: &[&dyn Emit]) {
    out.push_str(name);
    out.push('(');
    for value in fields {
        value.emit(out);
        out.push(',');
    }
    out.push(')');
}

impl Emit for Expr {
    fn emit(&self, out: &mut String) {
        match self {
            Expr::Compare(op, left, right) => tuple(out, "Expr::Compare", &[op, left, right]),
            Expr::And(left, right) => tuple(out, "Expr::And", &[left, right]),
            Expr::Or(left, right) => tuple(out, "Expr::Or", &[left, right]),
            Expr::Not(inner) => tuple(out, "Expr::Not", &[inner]),
        }
    }
}

impl Emit for Quantity {
    fn emit(&self, out: &mut String) {
        match self {
            Quantity::Constant(n) => tuple(out, "Quantity::Constant", &[n]),
            Quantity::Area(fact, area) => tuple(out, "Quantity::Area", &[fact, area]),
            Quantity::Domains(stage) => tuple(out, "Quantity::Domains", &[stage]),
            Quantity::Negate(q) => tuple(out, "Quantity::Negate", &[q]),
            Quantity::Add(a, b) => tuple(out, "Quantity::Add", &[a, b]),
            Quantity::Subtract(a, b) => tuple(out, "Quantity::Subtract", &[a, b]),
            Quantity::Multiply(a, b) => tuple(out, "Quantity::Multiply", &[a, b]),
        }
    }
}

impl Emit for Comparison {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "Comparison::{self:?}");
    }
}

impl Emit for AreaFact {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "AreaFact::{self:?}");
    }
}

impl Emit for DomainStage {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "DomainStage::{self:?}");
    }
}

impl Emit for ScanTexts {
    fn emit(&self, out: &mut String) {
        record(
            out,
            "ScanTexts",
            &[
                ("intro_title", &self.intro_title),
                ("intro", &self.intro),
                ("duration", &self.duration),
                ("privacy", &self.privacy),
                ("closing", &self.closing),
                ("contact_invitation", &self.contact_invitation),
                ("early_profile", &self.early_profile),
            ],
        );
    }
}

impl Emit for Scan {
    fn emit(&self, out: &mut String) {
        record(
            out,
            "Scan",
            &[
                ("texts", &self.texts),
                ("guiding_questions", &self.guiding_questions),
                ("domains", &self.domains),
                ("areas", &self.areas),
                ("statements", &self.statements),
                ("orientation", &self.orientation),
                ("archetypes", &self.archetypes),
                ("rules", &self.rules),
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = include_str!("../tests/fixtures/small.json");

    fn check(source: &str, expected: &str) {
        assert!(
            source.contains(expected),
            "expected {expected:?} in the generated source"
        );
    }

    #[test]
    fn texts_become_escaped_literals_and_rules_become_parsed_trees() {
        let source = generate(FIXTURE).expect("the fixture is valid");
        assert!(source.starts_with("Scan {texts:ScanTexts {"));
        for expected in [
            // a statement's area is an index, resolved at build time
            "Statement {id:\"ict-owner\",area:0,",
            // a rule's condition is a tree, not text to parse
            "expr:Expr::",
            "Quantity::Area(AreaFact::",
        ] {
            check(&source, expected);
        }
        let mut quoted = String::new();
        "say \"hi\"\n\\".emit(&mut quoted);
        assert_eq!(quoted, r#""say \"hi\"\n\\""#);
        let mut number = String::new();
        3.0_f64.emit(&mut number);
        assert_eq!(number, "3.0");
    }

    #[test]
    fn invalid_content_is_refused_with_every_problem_and_its_location() {
        let broken = FIXTURE.replacen("\"area\": \"ict\"", "\"area\": \"nowhere\"", 1);
        assert_ne!(broken, FIXTURE, "the fixture names area ict");
        let problems = generate(&broken).expect_err("an unknown area is refused");
        assert!(
            problems
                .iter()
                .any(|p| p.location.contains(".area") && p.to_string().contains("nowhere")),
            "{problems:?}"
        );
    }

    #[test]
    fn fetched_english_leaves_no_english_in_the_source_and_keeps_every_text_in_order() {
        let scan = content::load(FIXTURE).expect("the fixture is valid");
        let FetchingEnglish {
            source,
            json,
            count,
        } = rust_fetching_english(&scan);
        let table: Vec<String> = serde_json::from_str(&json).expect("a JSON list of strings");
        assert_eq!(count, table.len());
        // Every English text of the fixture, in the order the emitter meets them.
        let mut expected = Vec::new();
        for area in scan.areas {
            expected.push(area.name.en);
        }
        assert_eq!(table[0], scan.texts.intro_title.en);
        for statement in scan.statements {
            let option = statement.options[2].en;
            let index = table
                .iter()
                .position(|t| t == option)
                .expect("each option is in the table");
            check(
                &source,
                &format!("en:{:?}", format!("{FETCHED_MARK}{index}")),
            );
            assert!(
                !source.contains(&format!("{option:?}")),
                "{option} is compiled in"
            );
            assert!(source.contains(&format!("{:?}", statement.options[2].nl)));
        }
        assert!(expected.iter().all(|name| table.iter().any(|t| t == name)));
        assert!(!source.contains("\"Data-driven municipality self-scan (test content)\""));
        // As many table entries as texts, each referenced once.
        let references = source.matches("en:\"\\u{e000}").count();
        assert_eq!(references, table.len());
        // Writing the usual way afterwards compiles the English in again.
        assert!(rust(&scan).contains("\"Data-driven municipality self-scan (test content)\""));
        assert!(english_file_name(&json).starts_with("content-en-"));
        assert_ne!(english_file_name(&json), english_file_name("[]"));
    }
}
