//! The content file (`src/content/scan.json`, format in `src/content/FORMAT.md`): its serde
//! types, kept apart from the model because it is a boundary that consultants edit, and the
//! conversion that validates it into a [`Scan`], reporting every problem at once.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

use crate::core::model::{
    Advice, Archetype, Area, Domain, GuidingQuestion, Scan, ScanTexts, Statement, Text, LEVELS,
};
use crate::core::rules::Rule;

/// The content shipped with the widget.
pub const SHIPPED: &str = include_str!("../content/scan.json");

/// One problem in a content file, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// A path into the file, such as `statements[3] (ict-owner).options`.
    pub location: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContent {
    #[serde(default)]
    format: u32,
    texts: RawTexts,
    guiding_questions: Vec<RawGuidingQuestion>,
    domains: Vec<RawDomain>,
    areas: Vec<RawArea>,
    statements: Vec<RawStatement>,
    archetypes: Vec<RawArchetype>,
    #[serde(default)]
    rules: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTexts {
    intro_title: Text,
    intro: Text,
    duration: Text,
    privacy: Text,
    closing: Text,
    contact_invitation: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGuidingQuestion {
    id: String,
    text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDomain {
    id: String,
    name: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAdvice {
    recommendation: Text,
    follow_up: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArea {
    id: String,
    name: Text,
    why: Text,
    levels: Vec<Text>,
    advice: Vec<RawAdvice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStatement {
    id: String,
    area: String,
    #[serde(default)]
    guiding_question: Option<String>,
    #[serde(default)]
    weight: Option<i64>,
    text: Text,
    options: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArchetype {
    id: String,
    name: Text,
    description: Text,
    strengths: Vec<Text>,
    pitfalls: Vec<Text>,
    next_step: Text,
    profile: BTreeMap<String, f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    when: String,
    title: Text,
    text: Text,
}

/// Collects problems while the content is converted.
#[derive(Default)]
struct Problems(Vec<ContentError>);

impl Problems {
    fn add(&mut self, location: impl Into<String>, message: impl Into<String>) {
        self.0.push(ContentError {
            location: location.into(),
            message: message.into(),
        });
    }
}

/// Parses and validates a content file. Every problem found is returned, not just the first.
pub fn load(json: &str) -> Result<Scan, Vec<ContentError>> {
    let raw: RawContent = serde_json::from_str(json).map_err(|e| {
        vec![ContentError {
            location: format!("line {}, column {}", e.line(), e.column()),
            message: format!("not a valid content file: {e}"),
        }]
    })?;
    let mut problems = Problems::default();
    if raw.format != 1 {
        problems.add("format", format!("format {} is not supported; expected 1", raw.format));
    }
    let scan = convert(raw, &mut problems);
    if problems.0.is_empty() {
        Ok(scan)
    } else {
        Err(problems.0)
    }
}

fn convert(raw: RawContent, problems: &mut Problems) -> Scan {
    let areas: Vec<Area> = raw
        .areas
        .into_iter()
        .map(|a| Area {
            id: a.id,
            name: a.name,
            why: a.why,
            levels: a.levels,
            advice: a
                .advice
                .into_iter()
                .map(|v| Advice {
                    recommendation: v.recommendation,
                    follow_up: v.follow_up,
                })
                .collect(),
        })
        .collect();
    let guiding_questions: Vec<GuidingQuestion> = raw
        .guiding_questions
        .into_iter()
        .map(|g| GuidingQuestion {
            id: g.id,
            text: g.text,
        })
        .collect();
    let statements = raw
        .statements
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let at = format!("statements[{i}] ({})", s.id);
            let area = areas.iter().position(|a| a.id == s.area).unwrap_or_else(|| {
                problems.add(format!("{at}.area"), format!("unknown area \"{}\"", s.area));
                0
            });
            let guiding_question = s.guiding_question.as_ref().and_then(|g| {
                let found = guiding_questions.iter().position(|q| &q.id == g);
                if found.is_none() {
                    problems.add(
                        format!("{at}.guiding_question"),
                        format!("unknown guiding question \"{g}\""),
                    );
                }
                found
            });
            let weight = s.weight.unwrap_or(1);
            if !(1..=3).contains(&weight) {
                problems.add(format!("{at}.weight"), format!("weight {weight} is not 1, 2 or 3"));
            }
            if s.options.len() != usize::from(LEVELS) {
                problems.add(
                    format!("{at}.options"),
                    format!("has {} options; every statement needs exactly 5", s.options.len()),
                );
            }
            Statement {
                id: s.id,
                area,
                guiding_question,
                weight: weight.clamp(1, 3) as u8,
                text: s.text,
                options: s.options,
            }
        })
        .collect();
    let archetypes = raw
        .archetypes
        .into_iter()
        .enumerate()
        .map(|(i, a)| {
            let at = format!("archetypes[{i}] ({})", a.id);
            for id in a.profile.keys() {
                if !areas.iter().any(|area| &area.id == id) {
                    problems.add(format!("{at}.profile"), format!("unknown area \"{id}\""));
                }
            }
            let profile = areas
                .iter()
                .map(|area| {
                    a.profile.get(&area.id).copied().unwrap_or_else(|| {
                        problems.add(format!("{at}.profile"), format!("no level for area \"{}\"", area.id));
                        1.0
                    })
                })
                .collect();
            Archetype {
                id: a.id,
                name: a.name,
                description: a.description,
                strengths: a.strengths,
                pitfalls: a.pitfalls,
                next_step: a.next_step,
                profile,
            }
        })
        .collect();
    let rules = raw
        .rules
        .into_iter()
        .map(|r| Rule {
            id: r.id,
            when: r.when,
            title: r.title,
            text: r.text,
        })
        .collect();
    let t = raw.texts;
    Scan {
        texts: ScanTexts {
            intro_title: t.intro_title,
            intro: t.intro,
            duration: t.duration,
            privacy: t.privacy,
            closing: t.closing,
            contact_invitation: t.contact_invitation,
        },
        guiding_questions,
        domains: raw
            .domains
            .into_iter()
            .map(|d| Domain { id: d.id, name: d.name })
            .collect(),
        areas,
        statements,
        archetypes,
        rules,
    }
}
