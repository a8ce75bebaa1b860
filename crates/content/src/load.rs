//! The content file (`crates/content/scan.json`, format in `crates/content/FORMAT.md`): its serde
//! types, kept apart from the model because it is a boundary that consultants edit, and the
//! conversion that validates it into a [`Scan`], reporting every problem at once so that one run
//! of the checker shows a consultant everything to fix.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde::Deserialize;

use zelfscan_core::model::answers::{Answer, Answers};
use zelfscan_core::model::rules::Condition;
use zelfscan_core::model::{
    Advice, Archetype, Area, Domain, GuidingQuestion, Lang, Orientation, OrientationOption, Rule,
    Scan, ScanTexts, Statement, Text, LEVELS,
};

/// The content shipped with the widget, for the checker and tests; the widget itself uses the
/// static data that `crates/shipped` compiles from the same file.
pub use crate::SHIPPED;

/// A text as the content file spells it. Unknown keys are refused so that a typo in a language
/// code (`"em"`) is reported instead of leaving the English empty.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText {
    #[serde(default)]
    nl: String,
    #[serde(default)]
    en: String,
}

impl From<RawText> for Text {
    /// A loaded content file lives as long as the program (the model holds `&'static str`): the
    /// widget's content is static data compiled in, and the checker loads a file once per run.
    fn from(raw: RawText) -> Text {
        Text {
            nl: String::leak(raw.nl),
            en: String::leak(raw.en),
        }
    }
}

/// Reads a text field (`#[serde(deserialize_with)]`: the model's `Text` is the core's type).
fn file_text<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
    RawText::deserialize(deserializer).map(Text::from)
}

/// Reads a list of texts.
fn file_texts<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<Text>, D::Error> {
    Vec::<RawText>::deserialize(deserializer).map(|list| list.into_iter().map(Text::from).collect())
}

/// Gives a list the program's lifetime; see [`Text`]'s `Deserialize`.
fn leak<T>(list: Vec<T>) -> &'static [T] {
    Vec::leak(list)
}

/// The fewest words a level descriptor may have: fewer cannot describe an observable situation.
pub const DESCRIPTOR_MIN_WORDS: usize = 6;

/// Texts that may read the same in Dutch and English besides acronyms (see [`same_in_both`]).
pub const SAME_IN_BOTH: [&str; 3] = ["Data", "Dashboard", "Privacy"];

/// How many follow-up questions one advice has: enough to start a discussion, few enough to
/// have it.
pub const FOLLOW_UPS: std::ops::RangeInclusive<usize> = 2..=3;

/// The content format this build reads. Format 2 added `measures`, `ladder`, `orientation`
/// and each archetype's `signature`; format 3 each statement's `counts` and `improvements`, the
/// `events` ladder, each guiding question's `discussion` and `texts.early_profile`.
pub const FORMAT: u32 = 3;

/// Improvements per statement: one from each option below the top to the next.
pub const IMPROVEMENTS: usize = 4;

/// The verbs an improvement may start with, in the imperative (Dutch, then English): an
/// improvement is an action, and one that starts otherwise ("Er is ...", "The vision ...") is
/// most likely a state, which [`warnings`] reports. Lowercase; extend the list when a real verb
/// is missing.
pub const IMPERATIVES: &[&str] = &[
    // Dutch
    "agendeer",
    "lever",
    "rangschik",
    "stuur",
    "vervang",
    "zoek",
    "begin",
    "begroot",
    "beleg",
    "benoem",
    "beschrijf",
    "besluit",
    "bespreek",
    "betrek",
    "bied",
    "breid",
    "controleer",
    "deel",
    "evalueer",
    "geef",
    "herhaal",
    "houd",
    "inventariseer",
    "kies",
    "koppel",
    "laat",
    "leg",
    "maak",
    "meet",
    "neem",
    "noem",
    "organiseer",
    "plan",
    "publiceer",
    "rapporteer",
    "registreer",
    "reserveer",
    "richt",
    "schrijf",
    "spreek",
    "start",
    "stel",
    "toets",
    "voeg",
    "beoordeel",
    "train",
    "veranker",
    "verbreed",
    "vraag",
    "voer",
    "werk",
    "wijs",
    "zet",
    "zorg",
    "stop",
    "vul",
    "pas",
    "gebruik",
    "verzamel",
    "nodig",
    "breng",
    "bepaal",
    "ga",
    // English
    "deliver",
    "work",
    "submit",
    "enrol",
    "instruct",
    "look",
    "switch",
    "turn",
    "find",
    "rank",
    "replace",
    "send",
    "add",
    "adopt",
    "assess",
    "include",
    "agree",
    "appoint",
    "ask",
    "assign",
    "budget",
    "carry",
    "check",
    "choose",
    "collect",
    "describe",
    "discuss",
    "draw",
    "embed",
    "evaluate",
    "extend",
    "fill",
    "give",
    "have",
    "hold",
    "involve",
    "keep",
    "link",
    "list",
    "make",
    "measure",
    "name",
    "offer",
    "organise",
    "plan",
    "publish",
    "put",
    "record",
    "register",
    "repeat",
    "report",
    "reserve",
    "review",
    "schedule",
    "set",
    "share",
    "start",
    "stop",
    "take",
    "train",
    "use",
    "write",
    "bring",
    "invite",
    "decide",
    "apply",
    "broaden",
    "adjust",
    "let",
    "go",
];

/// Words that name a review cycle: in a statement whose ladder is not a frequency they add a
/// second attribute to an option (see [`warnings`]). Lowercase; matched inside lowercased text.
pub const CYCLE_WORDS: &[&str] = &[
    "jaarlijks",
    "elk jaar",
    "elk halfjaar",
    "per jaar",
    "elk kwartaal",
    "per kwartaal",
    "elke maand",
    "maandelijks",
    "wekelijks",
    "every year",
    "yearly",
    "annually",
    "every quarter",
    "quarterly",
    "every month",
    "monthly",
    "each year",
    "each quarter",
    "each month",
    "weekly",
];

/// Number words that, joined as "twee of drie" or "three or more", count departments or
/// domains: in a share ladder such a count overlaps with the shares in a small municipality
/// (see [`warnings`]). Whole words, lowercase.
pub const COUNT_WORDS: &[&str] = &[
    "één", "eén", "twee", "drie", "vier", "vijf", "zes", "one", "two", "three", "four", "five",
    "six",
];

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
    #[serde(default)]
    orientation: Vec<RawOrientation>,
    archetypes: Vec<RawArchetype>,
    #[serde(default)]
    rules: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTexts {
    #[serde(deserialize_with = "file_text")]
    intro_title: Text,
    #[serde(deserialize_with = "file_text")]
    intro: Text,
    #[serde(deserialize_with = "file_text")]
    duration: Text,
    #[serde(deserialize_with = "file_text")]
    privacy: Text,
    #[serde(deserialize_with = "file_text")]
    closing: Text,
    #[serde(deserialize_with = "file_text")]
    contact_invitation: Text,
    #[serde(deserialize_with = "file_text")]
    early_profile: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGuidingQuestion {
    id: String,
    #[serde(deserialize_with = "file_text")]
    text: Text,
    #[serde(default, deserialize_with = "file_text")]
    discussion: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDomain {
    id: String,
    #[serde(deserialize_with = "file_text")]
    name: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAdvice {
    #[serde(deserialize_with = "file_text")]
    recommendation: Text,
    #[serde(deserialize_with = "file_texts")]
    follow_up: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArea {
    id: String,
    #[serde(deserialize_with = "file_text")]
    name: Text,
    #[serde(deserialize_with = "file_text")]
    why: Text,
    #[serde(deserialize_with = "file_texts")]
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
    ladder: Ladder,
    #[serde(deserialize_with = "file_text")]
    measures: Text,
    #[serde(deserialize_with = "file_text")]
    text: Text,
    /// "Wat telt mee"; missing reads as empty, which the text check reports with its place.
    #[serde(default, deserialize_with = "file_text")]
    counts: Text,
    #[serde(deserialize_with = "file_texts")]
    options: Vec<Text>,
    /// Missing reads as none, which the check reports with its place.
    #[serde(default, deserialize_with = "file_texts")]
    improvements: Vec<Text>,
}

/// How a statement's five options climb: what the checker's warnings look for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Ladder {
    /// A share that stays exclusive at any municipal size: none, under a quarter, ...
    Share,
    /// How often something happens.
    Frequency,
    /// Steps where each requires the one below.
    Sequence,
    /// How long something takes.
    Duration,
    /// What happened at the last few occasions, or in a fixed recent period.
    Events,
}

impl Ladder {
    fn name(self) -> &'static str {
        match self {
            Ladder::Share => "share",
            Ladder::Frequency => "frequency",
            Ladder::Sequence => "sequence",
            Ladder::Duration => "duration",
            Ladder::Events => "events",
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrientation {
    id: String,
    area: String,
    #[serde(deserialize_with = "file_text")]
    measures: Text,
    #[serde(deserialize_with = "file_text")]
    text: Text,
    options: Vec<RawOrientationOption>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrientationOption {
    archetype: String,
    #[serde(deserialize_with = "file_text")]
    text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArchetype {
    id: String,
    #[serde(deserialize_with = "file_text")]
    name: Text,
    #[serde(deserialize_with = "file_text")]
    description: Text,
    #[serde(deserialize_with = "file_texts")]
    strengths: Vec<Text>,
    #[serde(deserialize_with = "file_texts")]
    pitfalls: Vec<Text>,
    #[serde(deserialize_with = "file_text")]
    next_step: Text,
    profile: BTreeMap<String, f64>,
    signature: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    when: String,
    #[serde(deserialize_with = "file_text")]
    title: Text,
    #[serde(deserialize_with = "file_text")]
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

    /// A text every reader sees: present in both languages, and really translated.
    fn text(&mut self, location: &str, text: &Text) {
        let (nl, en) = (text.nl.trim(), text.en.trim());
        if nl.is_empty() {
            self.add(format!("{location}.nl"), "the Dutch text is missing");
        }
        if en.is_empty() {
            self.add(format!("{location}.en"), "the English text is missing");
        }
        if !nl.is_empty() && nl == en && !same_in_both(nl) {
            self.add(
                format!("{location}.en"),
                format!("the English text is the same as the Dutch (\"{en}\"); translate it"),
            );
        }
    }

    fn texts(&mut self, location: &str, texts: &[Text]) {
        for (i, text) in texts.iter().enumerate() {
            self.text(&format!("{location}[{i}]"), text);
        }
    }

    /// A level descriptor: a text long enough to describe an observable situation.
    fn descriptor(&mut self, location: &str, text: &Text) {
        self.text(location, text);
        for lang in Lang::ALL {
            // Counting stops at the minimum: this runs for every descriptor at every start-up.
            let count = text
                .get(lang)
                .split_whitespace()
                .take(DESCRIPTOR_MIN_WORDS)
                .count();
            let code = lang.code();
            if count > 0 && count < DESCRIPTOR_MIN_WORDS {
                self.add(
                    format!("{location}.{code}"),
                    format!(
                        "a level descriptor needs at least {DESCRIPTOR_MIN_WORDS} words to describe a situation; this has {count}"
                    ),
                );
            }
        }
    }

    /// Five descriptors that exclude each other: none may repeat another's text.
    fn five_descriptors(&mut self, location: &str, what: &str, descriptors: &[Text]) {
        if descriptors.len() != usize::from(LEVELS) {
            self.add(
                location,
                format!(
                    "has {} {what}; it needs exactly {LEVELS}, least mature first",
                    descriptors.len()
                ),
            );
        }
        for (i, text) in descriptors.iter().enumerate() {
            self.descriptor(&format!("{location}[{i}]"), text);
        }
        for lang in Lang::ALL {
            let code = lang.code();
            for (i, text) in descriptors.iter().enumerate() {
                let text = text.get(lang);
                if text.trim().is_empty() {
                    continue;
                }
                let first = descriptors[..i]
                    .iter()
                    .position(|earlier| same_words(earlier.get(lang), text));
                if let Some(first) = first {
                    self.add(
                        format!("{location}[{i}].{code}"),
                        format!("the same text as {what}[{first}]; each level must describe a different situation"),
                    );
                }
            }
        }
    }

    /// Ids are keys in saved answers and words in rule conditions: unique and simply spelled.
    fn ids<'a>(&mut self, collection: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            let at = format!("{collection}[{i}] ({id}).id");
            if !is_valid_id(id) {
                self.add(
                    &at,
                    format!("id \"{id}\" must be lowercase letters and digits, with \"-\" between words"),
                );
            }
            if let Some(first) = seen.get(id) {
                self.add(
                    &at,
                    format!("duplicate id \"{id}\", already used by {collection}[{first}]"),
                );
            } else {
                seen.insert(id, i);
            }
        }
    }
}

/// Whether a text may read the same in both languages: acronyms (`KCC`, `ICT`, `MT`, every
/// word in capitals) and the few loanwords in [`SAME_IN_BOTH`]. Anything else identical is
/// almost always a forgotten translation.
pub fn same_in_both(text: &str) -> bool {
    let acronyms = text.chars().any(char::is_alphabetic)
        && text
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || !c.is_alphanumeric());
    SAME_IN_BOTH.contains(&text) || acronyms
}

/// The same words, ignoring case and spacing. Word by word, because level descriptors often
/// share their first words and this runs at every start-up.
fn same_words(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.split_whitespace(), b.split_whitespace());
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if same_word(x, y) => {}
            _ => return false,
        }
    }
}

fn same_word(x: &str, y: &str) -> bool {
    x == y
        || x.eq_ignore_ascii_case(y)
        || (!(x.is_ascii() && y.is_ascii()) && x.to_lowercase() == y.to_lowercase())
}

/// Lowercase letters and digits, with single `-` between words: `openbare-ruimte`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// Parses and validates a content file. Every problem found is returned, not just the first.
pub fn load(json: &str) -> Result<Scan, Vec<ContentError>> {
    let raw = parse(json)?;
    let mut problems = Problems::default();
    if raw.format != FORMAT {
        problems.add(
            "format",
            format!("format {} is not supported; expected {FORMAT}", raw.format),
        );
    }
    check_ids(&raw, &mut problems);
    check_texts(&raw, &mut problems);
    let scan = convert(raw, &mut problems);
    check_scan(&scan, &mut problems);
    if problems.0.is_empty() {
        check_signatures(&scan, &mut problems);
    }
    if problems.0.is_empty() {
        Ok(scan)
    } else {
        Err(problems.0)
    }
}

fn parse(json: &str) -> Result<RawContent, Vec<ContentError>> {
    serde_json::from_str(json).map_err(|e| {
        vec![ContentError {
            location: format!("line {}, column {}", e.line(), e.column()),
            message: format!("not a valid content file: {e}"),
        }]
    })
}

fn check_ids(raw: &RawContent, problems: &mut Problems) {
    problems.ids(
        "guiding_questions",
        raw.guiding_questions.iter().map(|g| g.id.as_str()),
    );
    problems.ids("domains", raw.domains.iter().map(|d| d.id.as_str()));
    problems.ids("areas", raw.areas.iter().map(|a| a.id.as_str()));
    problems.ids("statements", raw.statements.iter().map(|s| s.id.as_str()));
    problems.ids("orientation", raw.orientation.iter().map(|o| o.id.as_str()));
    // Both are keys of the same saved answers.
    for (i, o) in raw.orientation.iter().enumerate() {
        if let Some(j) = raw.statements.iter().position(|s| s.id == o.id) {
            problems.add(
                format!("orientation[{i}] ({}).id", o.id),
                format!("duplicate id \"{}\", already used by statements[{j}]", o.id),
            );
        }
    }
    problems.ids("archetypes", raw.archetypes.iter().map(|a| a.id.as_str()));
    problems.ids("rules", raw.rules.iter().map(|r| r.id.as_str()));
}

/// Every text in the file, in file order, and the descriptors' length and distinctness.
fn check_texts(raw: &RawContent, problems: &mut Problems) {
    let t = &raw.texts;
    for (name, text) in [
        ("intro_title", &t.intro_title),
        ("intro", &t.intro),
        ("duration", &t.duration),
        ("privacy", &t.privacy),
        ("closing", &t.closing),
        ("contact_invitation", &t.contact_invitation),
        ("early_profile", &t.early_profile),
    ] {
        problems.text(&format!("texts.{name}"), text);
    }
    for (i, g) in raw.guiding_questions.iter().enumerate() {
        problems.text(&format!("guiding_questions[{i}] ({}).text", g.id), &g.text);
        problems.text(
            &format!("guiding_questions[{i}] ({}).discussion", g.id),
            &g.discussion,
        );
    }
    for (i, d) in raw.domains.iter().enumerate() {
        problems.text(&format!("domains[{i}] ({}).name", d.id), &d.name);
    }
    check_area_texts(&raw.areas, problems);
    check_statement_texts(&raw.statements, problems);
    for (i, o) in raw.orientation.iter().enumerate() {
        let at = format!("orientation[{i}] ({})", o.id);
        problems.text(&format!("{at}.measures"), &o.measures);
        problems.text(&format!("{at}.text"), &o.text);
        for (j, option) in o.options.iter().enumerate() {
            problems.descriptor(&format!("{at}.options[{j}].text"), &option.text);
        }
    }
    for (i, a) in raw.archetypes.iter().enumerate() {
        let at = format!("archetypes[{i}] ({})", a.id);
        problems.text(&format!("{at}.name"), &a.name);
        problems.text(&format!("{at}.description"), &a.description);
        problems.texts(&format!("{at}.strengths"), &a.strengths);
        problems.texts(&format!("{at}.pitfalls"), &a.pitfalls);
        problems.text(&format!("{at}.next_step"), &a.next_step);
    }
    for (i, r) in raw.rules.iter().enumerate() {
        let at = format!("rules[{i}] ({})", r.id);
        problems.text(&format!("{at}.title"), &r.title);
        problems.text(&format!("{at}.text"), &r.text);
    }
}

/// Every text of the areas: names, levels and the advice per level band.
fn check_area_texts(areas: &[RawArea], problems: &mut Problems) {
    for (i, a) in areas.iter().enumerate() {
        let at = format!("areas[{i}] ({})", a.id);
        problems.text(&format!("{at}.name"), &a.name);
        problems.text(&format!("{at}.why"), &a.why);
        problems.five_descriptors(&format!("{at}.levels"), "levels", &a.levels);
        if a.advice.len() != usize::from(LEVELS) {
            problems.add(
                format!("{at}.advice"),
                format!(
                    "has {} advice entries; it needs exactly {LEVELS}, one recommendation per level band",
                    a.advice.len()
                ),
            );
        }
        for (j, advice) in a.advice.iter().enumerate() {
            let at = format!("{at}.advice[{j}]");
            problems.text(&format!("{at}.recommendation"), &advice.recommendation);
            if !FOLLOW_UPS.contains(&advice.follow_up.len()) {
                problems.add(
                    format!("{at}.follow_up"),
                    format!(
                        "has {} follow-up questions; it needs {} to {}",
                        advice.follow_up.len(),
                        FOLLOW_UPS.start(),
                        FOLLOW_UPS.end()
                    ),
                );
            }
            problems.texts(&format!("{at}.follow_up"), &advice.follow_up);
        }
    }
}

/// Every text of the statements, with their five options and four improvements.
fn check_statement_texts(statements: &[RawStatement], problems: &mut Problems) {
    for (i, s) in statements.iter().enumerate() {
        let at = format!("statements[{i}] ({})", s.id);
        problems.text(&format!("{at}.measures"), &s.measures);
        problems.text(&format!("{at}.text"), &s.text);
        problems.text(&format!("{at}.counts"), &s.counts);
        problems.five_descriptors(&format!("{at}.options"), "options", &s.options);
        if s.improvements.len() != IMPROVEMENTS {
            problems.add(
                format!("{at}.improvements"),
                format!(
                    "has {} improvements; it needs exactly {IMPROVEMENTS}, the action from each of options 1 to 4 to the next",
                    s.improvements.len()
                ),
            );
        }
        problems.texts(&format!("{at}.improvements"), &s.improvements);
    }
}

/// Builds the model, resolving ids to indices; what cannot be resolved is reported.
fn convert(raw: RawContent, problems: &mut Problems) -> Scan {
    let areas = convert_areas(raw.areas);
    let guiding_questions: Vec<GuidingQuestion> = raw
        .guiding_questions
        .into_iter()
        .map(|g| GuidingQuestion {
            id: String::leak(g.id),
            text: g.text,
            discussion: g.discussion,
        })
        .collect();
    let statements = convert_statements(raw.statements, &areas, &guiding_questions, problems);
    let archetype_ids: Vec<&str> = raw.archetypes.iter().map(|a| a.id.as_str()).collect();
    let orientation = convert_orientation(raw.orientation, &areas, &archetype_ids, problems);
    let rule_ids: Vec<&str> = raw.rules.iter().map(|r| r.id.as_str()).collect();
    let archetypes = convert_archetypes(raw.archetypes, &areas, &rule_ids, problems);
    let rules = convert_rules(raw.rules, &areas, problems);
    let t = raw.texts;
    Scan {
        texts: ScanTexts {
            intro_title: t.intro_title,
            intro: t.intro,
            duration: t.duration,
            privacy: t.privacy,
            closing: t.closing,
            contact_invitation: t.contact_invitation,
            early_profile: t.early_profile,
        },
        guiding_questions: leak(guiding_questions),
        domains: leak(
            raw.domains
                .into_iter()
                .map(|d| Domain {
                    id: String::leak(d.id),
                    name: d.name,
                })
                .collect(),
        ),
        areas: leak(areas),
        statements: leak(statements),
        orientation: leak(orientation),
        archetypes: leak(archetypes),
        rules: leak(rules),
    }
}

/// The areas with their levels and advice; nothing in them refers elsewhere.
fn convert_areas(areas: Vec<RawArea>) -> Vec<Area> {
    areas
        .into_iter()
        .map(|a| Area {
            id: String::leak(a.id),
            name: a.name,
            why: a.why,
            levels: leak(a.levels),
            advice: leak(
                a.advice
                    .into_iter()
                    .map(|v| Advice {
                        recommendation: v.recommendation,
                        follow_up: leak(v.follow_up),
                    })
                    .collect(),
            ),
        })
        .collect()
}

/// The statements, their area and guiding question resolved to indices.
fn convert_statements(
    statements: Vec<RawStatement>,
    areas: &[Area],
    guiding_questions: &[GuidingQuestion],
    problems: &mut Problems,
) -> Vec<Statement> {
    statements
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let at = format!("statements[{i}] ({})", s.id);
            let area = areas
                .iter()
                .position(|a| a.id == s.area)
                .unwrap_or_else(|| {
                    problems.add(format!("{at}.area"), format!("unknown area \"{}\"", s.area));
                    0
                });
            let guiding_question = s.guiding_question.as_ref().and_then(|g| {
                let found = guiding_questions.iter().position(|q| q.id == g);
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
                problems.add(
                    format!("{at}.weight"),
                    format!("weight {weight} is not 1, 2 or 3"),
                );
            }
            Statement {
                id: String::leak(s.id),
                area,
                guiding_question,
                weight: weight.clamp(1, 3) as u8,
                measures: s.measures,
                text: s.text,
                counts: s.counts,
                options: leak(s.options),
                improvements: leak(s.improvements),
            }
        })
        .collect()
}

/// The orientation questions, each option's archetype resolved, one option per archetype.
fn convert_orientation(
    orientation: Vec<RawOrientation>,
    areas: &[Area],
    archetype_ids: &[&str],
    problems: &mut Problems,
) -> Vec<Orientation> {
    orientation
        .into_iter()
        .enumerate()
        .map(|(i, o)| {
            let at = format!("orientation[{i}] ({})", o.id);
            let area = areas.iter().position(|a| a.id == o.area).unwrap_or_else(|| {
                problems.add(format!("{at}.area"), format!("unknown area \"{}\"", o.area));
                0
            });
            let options: Vec<OrientationOption> = o
                .options
                .into_iter()
                .enumerate()
                .map(|(j, option)| {
                    let archetype = archetype_ids
                        .iter()
                        .position(|id| *id == option.archetype)
                        .unwrap_or_else(|| {
                            problems.add(
                                format!("{at}.options[{j}].archetype"),
                                format!("unknown archetype \"{}\"", option.archetype),
                            );
                            0
                        });
                    OrientationOption {
                        archetype,
                        text: option.text,
                    }
                })
                .collect();
            // One option per archetype, so that no archetype gets more chances than another.
            for (k, id) in archetype_ids.iter().enumerate() {
                let count = options.iter().filter(|o| o.archetype == k).count();
                if count != 1 {
                    problems.add(
                        format!("{at}.options"),
                        format!("archetype \"{id}\" has {count} options; each archetype needs exactly one"),
                    );
                }
            }
            Orientation {
                id: String::leak(o.id),
                area,
                measures: o.measures,
                text: o.text,
                options: leak(options),
            }
        })
        .collect()
}

/// The archetypes, each profile a level per area in area order, the signature rule resolved.
fn convert_archetypes(
    archetypes: Vec<RawArchetype>,
    areas: &[Area],
    rule_ids: &[&str],
    problems: &mut Problems,
) -> Vec<Archetype> {
    archetypes
        .into_iter()
        .enumerate()
        .map(|(i, a)| {
            let at = format!("archetypes[{i}] ({})", a.id);
            for id in a.profile.keys() {
                if !areas.iter().any(|area| area.id == id) {
                    problems.add(
                        format!("{at}.profile.{id}"),
                        format!("unknown area \"{id}\""),
                    );
                }
            }
            let profile: Vec<f64> = areas
                .iter()
                .map(|area| match a.profile.get(area.id) {
                    Some(level) if (1.0..=f64::from(LEVELS)).contains(level) => *level,
                    Some(level) => {
                        problems.add(
                            format!("{at}.profile.{}", area.id),
                            format!("level {level} is outside 1 to {LEVELS}"),
                        );
                        level.clamp(1.0, f64::from(LEVELS))
                    }
                    None => {
                        problems.add(
                            format!("{at}.profile"),
                            format!("no level for area \"{}\"; every area needs one", area.id),
                        );
                        1.0
                    }
                })
                .collect();
            Archetype {
                id: String::leak(a.id),
                name: a.name,
                description: a.description,
                strengths: leak(a.strengths),
                pitfalls: leak(a.pitfalls),
                next_step: a.next_step,
                profile: leak(profile),
                signature: rule_ids
                    .iter()
                    .position(|id| *id == a.signature)
                    .unwrap_or_else(|| {
                        problems.add(
                            format!("{at}.signature"),
                            format!("unknown rule \"{}\"", a.signature),
                        );
                        0
                    }),
            }
        })
        .collect()
}

/// The rules, each condition parsed against the area ids.
fn convert_rules(rules: Vec<RawRule>, areas: &[Area], problems: &mut Problems) -> Vec<Rule> {
    let area_ids: Vec<&str> = areas.iter().map(|a| a.id).collect();
    rules
        .into_iter()
        .enumerate()
        .filter_map(|(i, r)| match Condition::parse(&r.when, &area_ids) {
            Ok(when) => Some(Rule {
                id: String::leak(r.id),
                when,
                title: r.title,
                text: r.text,
            }),
            Err(errors) => {
                for e in errors {
                    problems.add(format!("rules[{i}] ({}).when", r.id), e.to_string());
                }
                None
            }
        })
        .collect()
}

/// The answers of someone whose municipality is exactly this archetype: every statement at the
/// archetype's level for its area (rounded), every orientation question with the archetype's
/// option. Used to prove signatures, and by the similarity tests.
pub fn archetype_answers(scan: &Scan, archetype: usize) -> Answers {
    let mut answers = Answers::default();
    let Some(a) = scan.archetypes.get(archetype) else {
        return answers;
    };
    for s in scan.statements {
        let level = a.profile.get(s.area).copied().unwrap_or(1.0).round() as u8;
        answers.set(s.id, Answer::Level(level.clamp(1, LEVELS)));
    }
    for o in scan.orientation {
        if let Some(k) = o.options.iter().position(|opt| opt.archetype == archetype) {
            answers.set(o.id, Answer::Level(k as u8 + 1));
        }
    }
    answers
}

/// Each archetype's signature insight must fire on the archetype's own profile, scored as
/// answers: otherwise the insight that names the pattern contradicts the archetype.
fn check_signatures(scan: &Scan, problems: &mut Problems) {
    for (i, a) in scan.archetypes.iter().enumerate() {
        let profile = zelfscan_core::score::scoring::score(scan, &archetype_answers(scan, i));
        if !profile.insights.contains(&a.signature) {
            let rule = scan.rules.get(a.signature);
            problems.add(
                format!("archetypes[{i}] ({}).signature", a.id),
                format!(
                    "rule \"{}\" ({}) does not fire on this archetype's own profile",
                    rule.map_or("?", |r| r.id),
                    rule.map_or("", |r| r.when.source),
                ),
            );
        }
    }
}

/// A count such as "twee of drie", "één tot vier", "three or more", or a number in digits.
fn count_in(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if let Some(digits) = words.iter().find(|w| w.chars().all(|c| c.is_ascii_digit())) {
        return Some((*digits).to_owned());
    }
    words.windows(3).find_map(|w| {
        let joins = ["of", "tot", "or", "to"].contains(&w[1]);
        let ends = COUNT_WORDS.contains(&w[2]) || ["meer", "more"].contains(&w[2]);
        (COUNT_WORDS.contains(&w[0]) && joins && ends).then(|| w.join(" "))
    })
}

/// Faults the checker can suspect but not prove, printed as warnings: a cycle word
/// ([`CYCLE_WORDS`]) in an option of a statement whose ladder is not a frequency (the option
/// then grades a second attribute), and a count ([`COUNT_WORDS`]) in an option of a share
/// ladder (counts overlap with shares in a small municipality). A file that does not parse
/// gives no warnings; `load` reports why.
pub fn warnings(json: &str) -> Vec<ContentError> {
    let Ok(raw) = serde_json::from_str::<RawContent>(json) else {
        return Vec::new();
    };
    let mut found = Problems::default();
    for (i, s) in raw.statements.iter().enumerate() {
        option_warnings(i, s, &mut found);
        for (j, improvement) in s.improvements.iter().enumerate() {
            for lang in Lang::ALL {
                if !starts_imperative(improvement.get(lang)) {
                    found.add(
                        format!("statements[{i}] ({}).improvements[{j}].{}", s.id, lang.code()),
                        "does not start with an imperative verb from the checker's list (IMPERATIVES); an improvement is an action, not a state",
                    );
                }
            }
        }
    }
    let shares = raw
        .statements
        .iter()
        .filter(|s| s.ladder == Ladder::Share)
        .count();
    if shares * 3 > raw.statements.len() {
        found.add(
            "statements",
            format!(
                "{shares} of {} statements are share ladders; at most a third may be (a share counts only over a list the municipality keeps)",
                raw.statements.len()
            ),
        );
    }
    found.0
}

/// Words that stand where a number or a defined share could: readers fill them in differently.
/// Lowercase, matched as whole words.
pub const VAGUE_WORDS: &[&str] = &[
    "soms",
    "vaak",
    "meestal",
    "gewoonlijk",
    "regelmatig",
    "enkele",
    "voldoende",
    "sometimes",
    "often",
    "usually",
    "regularly",
    "several",
    "sufficient",
    "most",
];

/// The warnings about one statement's options: cycle words outside frequency and event
/// ladders, counts in share ladders and vague quantifiers. (Whether "all" at the top of a share
/// is proportionate depends on what the statement counts; the blind readers judge that.)
fn option_warnings(i: usize, s: &RawStatement, found: &mut Problems) {
    for (j, option) in s.options.iter().enumerate() {
        for lang in Lang::ALL {
            let at = || format!("statements[{i}] ({}).options[{j}].{}", s.id, lang.code());
            let text = option.get(lang).to_lowercase();
            if !matches!(s.ladder, Ladder::Frequency | Ladder::Events) {
                if let Some(word) = CYCLE_WORDS.iter().find(|w| contains_words(&text, w)) {
                    found.add(
                        at(),
                        format!("\"{word}\" names a cycle, but this ladder is a {}; give the cycle a statement of its own", s.ladder.name()),
                    );
                }
            }
            // A count written to exclude the shares ("precies 1", "2 of meer, maar niet meer dan
            // de helft") keeps a small municipality's bands apart; a bare count does not.
            let bounded = ["precies", "exactly", "helft", "half", "kwart", "quarter"]
                .iter()
                .any(|w| text.contains(w));
            if s.ladder == Ladder::Share && !bounded {
                if let Some(count) = count_in(&text) {
                    found.add(
                        at(),
                        format!("\"{count}\" is a count in a share ladder; in a small municipality it overlaps with a share"),
                    );
                }
            }
            // "geen enkele" is "not a single": a clear zero, not a vague quantifier.
            let plain = text.replace("geen enkele", "geen");
            let words: Vec<&str> = plain
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            if let Some(word) = VAGUE_WORDS.iter().find(|v| words.contains(v)) {
                found.add(
                    at(),
                    format!("\"{word}\" is a vague quantifier; give a number, a defined share or the last few occasions"),
                );
            }
        }
    }
}

/// Whether `words` occurs in `text` as whole words ("in welke maand" holds no "elke maand").
fn contains_words(text: &str, words: &str) -> bool {
    text.match_indices(words).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + words.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether a text starts with one of [`IMPERATIVES`].
fn starts_imperative(text: &str) -> bool {
    let first = text
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    IMPERATIVES.contains(&first.as_str())
}

/// Checks over the whole model: coverage of areas and distinguishable archetypes.
fn check_scan(scan: &Scan, problems: &mut Problems) {
    if scan.areas.is_empty() {
        problems.add("areas", "the scan has no aspect areas");
    }
    if scan.archetypes.is_empty() {
        problems.add(
            "archetypes",
            "the scan has no archetypes; the result needs at least one",
        );
    }
    for (i, area) in scan.areas.iter().enumerate() {
        if scan.statements_of(i).next().is_none() {
            problems.add(
                format!("areas[{i}] ({})", area.id),
                "the area has no statements; it could never get a score",
            );
        }
    }
    for (i, a) in scan.archetypes.iter().enumerate() {
        if let Some(j) = scan.archetypes[..i]
            .iter()
            .position(|b| b.profile == a.profile)
        {
            problems.add(
                format!("archetypes[{i}] ({}).profile", a.id),
                format!(
                    "the same profile as archetypes[{j}] ({}); the scan could never tell them apart",
                    scan.archetypes[j].id
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    const FIXTURE: &str = include_str!("../tests/fixtures/small.json");

    /// Applies edits to the fixture and loads it. An edit sets the value at a JSON pointer; a
    /// pointer ending in `/-` appends to an array, and `Value::Null` removes the key or element.
    fn load_edited(edits: &[(&str, Value)]) -> Result<Scan, Vec<ContentError>> {
        let mut content: Value = serde_json::from_str(FIXTURE).expect("fixture is JSON");
        for (pointer, value) in edits {
            let (parent, last) = pointer.rsplit_once('/').expect("a pointer starts with /");
            let target = content.pointer_mut(parent).expect(pointer);
            match (target, value) {
                (Value::Array(items), Value::Null) => {
                    items.remove(last.parse::<usize>().expect(pointer));
                }
                (Value::Array(items), _) if last == "-" => items.push(value.clone()),
                (Value::Array(items), _) => {
                    items[last.parse::<usize>().expect(pointer)] = value.clone()
                }
                (Value::Object(map), Value::Null) => {
                    map.remove(last);
                }
                (Value::Object(map), _) => {
                    map.insert(last.to_owned(), value.clone());
                }
                _ => panic!("{pointer} does not point into an array or object"),
            }
        }
        load(&content.to_string())
    }

    /// Edits the fixture and expects exactly these problems, as (location, message fragment).
    fn check(edits: &[(&str, Value)], expected: &[(&str, &str)]) {
        let problems = match load_edited(edits) {
            Ok(_) => Vec::new(),
            Err(problems) => problems,
        };
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(problems.len(), expected.len(), "{edits:?}: {shown:#?}");
        for (problem, (location, fragment)) in problems.iter().zip(expected) {
            assert_eq!(problem.location, *location, "{edits:?}: {shown:#?}");
            assert!(problem.message.contains(fragment), "{edits:?}: {shown:#?}");
        }
    }

    fn text(nl: &str, en: &str) -> Value {
        json!({"nl": nl, "en": en})
    }

    fn six_words(n: usize) -> Value {
        text(
            &format!("Optie {n} beschrijft een situatie op het werk."),
            &format!("Option {n} describes a situation at work."),
        )
    }

    #[test]
    fn orientation_options_name_every_archetype_exactly_once() {
        check(
            &[("/orientation/0/options/0/archetype", json!("beheers"))],
            &[
                (
                    "orientation[0] (orientation-first).options",
                    "archetype \"beheers\" has 2 options",
                ),
                (
                    "orientation[0] (orientation-first).options",
                    "archetype \"dienstverlenend\" has 0 options",
                ),
            ],
        );
        check(
            &[("/orientation/0/options/2/archetype", json!("snel"))],
            &[
                (
                    "orientation[0] (orientation-first).options[2].archetype",
                    "unknown archetype \"snel\"",
                ),
                (
                    "orientation[0] (orientation-first).options",
                    "archetype \"beheers\" has 2 options",
                ),
                (
                    "orientation[0] (orientation-first).options",
                    "archetype \"wendbaar\" has 0 options",
                ),
            ],
        );
        check(
            &[("/orientation/0/area", json!("finance"))],
            &[("orientation[0] (orientation-first).area", "unknown area")],
        );
    }

    #[test]
    fn every_statement_says_what_it_measures_and_on_which_ladder() {
        check(
            &[("/statements/0/measures/en", json!(""))],
            &[("statements[0] (ict-owner).measures.en", "missing")],
        );
        let mut content: Value = serde_json::from_str(FIXTURE).expect("JSON");
        content["statements"][0]["ladder"] = json!("adjective");
        let errors = load(&content.to_string()).expect_err("an unknown ladder");
        assert!(errors[0].message.contains("unknown variant"), "{errors:?}");
    }

    #[test]
    fn a_signature_insight_must_exist_and_fire_on_its_archetypes_own_profile() {
        check(
            &[("/archetypes/0/signature", json!("nothing"))],
            &[(
                "archetypes[0] (beheers).signature",
                "unknown rule \"nothing\"",
            )],
        );
        // "all-high" needs culture and ICT at 75 or more; beheers has 1 and 2.
        check(
            &[("/archetypes/0/signature", json!("all-high"))],
            &[(
                "archetypes[0] (beheers).signature",
                "rule \"all-high\" (score(culture) >= 75 and score(ict) >= 75) does not fire on this archetype's own profile",
            )],
        );
        // A profile changed so that its signature no longer fires.
        check(
            &[("/archetypes/1/profile/service", json!(3))],
            &[(
                "archetypes[1] (dienstverlenend).signature",
                "rule \"service-ahead\"",
            )],
        );
    }

    #[test]
    fn cycle_words_outside_frequency_ladders_and_counts_in_share_ladders_are_warnings() {
        let at = |warnings: Vec<ContentError>| -> Vec<String> {
            warnings.into_iter().map(|w| w.location).collect()
        };
        // The fixture's service-reasons (a share) ends in "maandelijks" / "monthly", and its
        // ict-owner (a share) counts "Eén of twee bronnen" / "One or two sources".
        assert_eq!(
            at(warnings(FIXTURE)),
            [
                "statements[0] (ict-owner).options[1].nl",
                "statements[0] (ict-owner).options[1].en",
                // "Enkele teams", "enkele producten": vague quantifiers.
                "statements[2] (culture-lessons).options[2].nl",
                "statements[4] (service-reasons).options[2].nl",
                "statements[4] (service-reasons).options[4].nl",
                "statements[4] (service-reasons).options[4].en",
                "statements[5] (service-channels).options[3].nl",
                "statements[5] (service-channels).options[3].en",
            ]
        );
        // A frequency ladder may name cycles; a sequence may count.
        let mut content: Value = serde_json::from_str(FIXTURE).expect("JSON");
        content["statements"][4]["ladder"] = json!("frequency");
        content["statements"][0]["ladder"] = json!("sequence");
        content["statements"][5]["ladder"] = json!("frequency");
        let left: Vec<ContentError> = warnings(&content.to_string())
            .into_iter()
            .filter(|w| !w.message.contains("vague quantifier"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
        assert_eq!(
            warnings(&load_edited_json(&[(
                "/statements/2/options/0/en",
                json!("Lessons are shared every quarter in a forum.")
            )]))
            .into_iter()
            .filter(|w| w.location.starts_with("statements[2]") && w.message.contains("cycle"))
            .collect::<Vec<_>>(),
            [ContentError {
                location: "statements[2] (culture-lessons).options[0].en".into(),
                message: "\"every quarter\" names a cycle, but this ladder is a sequence; give the cycle a statement of its own".into(),
            }]
        );
        assert!(warnings(SHIPPED).is_empty(), "{:?}", warnings(SHIPPED));
    }

    /// The fixture with edits applied, as JSON text (see [`load_edited`]).
    fn load_edited_json(edits: &[(&str, Value)]) -> String {
        let mut content: Value = serde_json::from_str(FIXTURE).expect("JSON");
        for (pointer, value) in edits {
            *content.pointer_mut(pointer).expect(pointer) = value.clone();
        }
        content.to_string()
    }

    #[test]
    fn improvements_that_are_no_action_and_too_many_shares_are_warnings() {
        let edited = |edits: &[(&str, Value)]| -> Vec<String> {
            let mut content: Value = serde_json::from_str(FIXTURE).expect("JSON");
            for (pointer, value) in edits {
                *content.pointer_mut(pointer).expect(pointer) = value.clone();
            }
            let before: Vec<String> = warnings(FIXTURE).into_iter().map(|w| w.location).collect();
            warnings(&content.to_string())
                .into_iter()
                .map(|w| format!("{}: {}", w.location, w.message))
                .filter(|w| !before.iter().any(|b| w.starts_with(&format!("{b}:"))))
                .collect()
        };
        assert_eq!(edited(&[]), Vec::<String>::new());
        let state = text(
            "Er is een plan voor de volgende optie.",
            "There is a plan for the next option.",
        );
        let found = edited(&[("/statements/1/improvements/2", state)]);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].starts_with("statements[1] (ict-dashboard).improvements[2].nl: does not start with an imperative verb"), "{found:?}");
        // A count in a share is a warning, unless the option bounds it against the shares.
        let bare = text(
            "3 gegevensbronnen hebben een eigenaar en een plan.",
            "3 data sources have an owner and a plan.",
        );
        let found = edited(&[("/statements/0/options/3", bare)]);
        assert!(found.iter().any(|w| w.starts_with("statements[0] (ict-owner).options[3].nl: \"3\" is a count")), "{found:?}");
        let bounded = text(
            "Precies 1 gegevensbron heeft een eigenaar, de rest niet.",
            "Exactly 1 data source has an owner, the rest do not.",
        );
        let found = edited(&[("/statements/0/options/3", bounded)]);
        assert!(!found.iter().any(|w| w.contains("is a count")), "{found:?}");
        // Two shares of six are a third; a third share is too many.
        let found = edited(&[
            ("/statements/2/ladder", json!("share")),
            ("/statements/3/ladder", json!("share")),
        ]);
        assert!(
            found
                .iter()
                .any(|w| w.starts_with("statements: 4 of 6 statements are share ladders")),
            "{found:?}"
        );
    }
    #[test]
    fn the_fixture_is_valid() {
        check(&[], &[]);
    }

    #[test]
    fn duplicate_and_malformed_ids_are_reported() {
        check(
            &[("/areas/1/id", json!("ict"))],
            &[
                (
                    "areas[1] (ict).id",
                    "duplicate id \"ict\", already used by areas[0]",
                ),
                // Everything that named the renamed area now names an unknown one.
                (
                    "statements[2] (culture-lessons).area",
                    "unknown area \"culture\"",
                ),
                (
                    "statements[3] (culture-change).area",
                    "unknown area \"culture\"",
                ),
                ("orientation[0] (orientation-first).area", "unknown area"),
                ("archetypes[0] (beheers).profile.culture", "unknown area"),
                (
                    "archetypes[1] (dienstverlenend).profile.culture",
                    "unknown area",
                ),
                ("archetypes[2] (wendbaar).profile.culture", "unknown area"),
                (
                    "rules[0] (technical-trick).when",
                    "column 20: unknown area \"culture\"",
                ),
                ("rules[1] (culture-behind).when", "column 20: unknown area"),
                ("rules[3] (all-high).when", "column 7: unknown area"),
                ("areas[1] (ict)", "the area has no statements"),
            ],
        );
        check(
            &[("/statements/1/id", json!("ict-owner"))],
            &[("statements[1] (ict-owner).id", "duplicate id")],
        );
        check(
            &[("/domains/1/id", json!("soza"))],
            &[("domains[1] (soza).id", "duplicate id")],
        );
    }

    #[test]
    fn duplicate_ids_in_other_lists_and_malformed_ids_are_reported() {
        check(
            &[("/guiding_questions/4/id", json!("domains"))],
            &[
                ("guiding_questions[4] (domains).id", "duplicate id"),
                (
                    "statements[0] (ict-owner).guiding_question",
                    "unknown guiding question \"conditions\"",
                ),
                (
                    "statements[1] (ict-dashboard).guiding_question",
                    "unknown guiding question",
                ),
            ],
        );
        check(
            &[
                ("/archetypes/1/id", json!("beheers")),
                ("/orientation", json!([])),
            ],
            &[("archetypes[1] (beheers).id", "duplicate id")],
        );
        check(
            &[("/orientation/0/id", json!("ict-owner"))],
            &[(
                "orientation[0] (ict-owner).id",
                "duplicate id \"ict-owner\", already used by statements[0]",
            )],
        );
        check(
            &[(
                "/rules/-",
                json!({"id": "technical-trick", "when": "level(ict) > 1",
                "title": text("Een titel", "A title"), "text": text("Een tekst", "A text")}),
            )],
            &[("rules[4] (technical-trick).id", "duplicate id")],
        );
        check(
            &[("/domains/0/id", json!("Sociaal Domein"))],
            &[(
                "domains[0] (Sociaal Domein).id",
                "must be lowercase letters and digits",
            )],
        );
        check(
            &[("/domains/0/id", json!(""))],
            &[("domains[0] ().id", "must be lowercase")],
        );
    }

    #[test]
    fn unknown_ids_are_reported_where_they_are_used() {
        check(
            &[("/statements/0/area", json!("finance"))],
            &[("statements[0] (ict-owner).area", "unknown area \"finance\"")],
        );
        check(
            &[("/statements/0/guiding_question", json!("money"))],
            &[(
                "statements[0] (ict-owner).guiding_question",
                "unknown guiding question \"money\"",
            )],
        );
        check(
            &[("/archetypes/0/profile/finance", json!(3))],
            &[(
                "archetypes[0] (beheers).profile.finance",
                "unknown area \"finance\"",
            )],
        );
        check(
            &[(
                "/rules/0/when",
                json!("level(finance) - level(culture) >= 2"),
            )],
            &[(
                "rules[0] (technical-trick).when",
                "column 7: unknown area \"finance\"",
            )],
        );
    }

    #[test]
    fn areas_need_statements_five_levels_and_advice_for_every_band() {
        check(
            &[
                ("/statements/5", Value::Null),
                ("/statements/4", Value::Null),
            ],
            &[("areas[2] (service)", "the area has no statements")],
        );
        check(
            &[("/areas/0/levels/4", Value::Null)],
            &[("areas[0] (ict).levels", "has 4 levels; it needs exactly 5")],
        );
        check(
            &[("/areas/0/advice/4", Value::Null)],
            &[(
                "areas[0] (ict).advice",
                "has 4 advice entries; it needs exactly 5",
            )],
        );
        check(
            &[("/areas/1/advice/2/follow_up/1", Value::Null)],
            &[(
                "areas[1] (culture).advice[2].follow_up",
                "has 1 follow-up questions; it needs 2 to 3",
            )],
        );
        check(
            &[
                ("/areas/1/advice/2/follow_up/-", text("Wie?", "Who?")),
                ("/areas/1/advice/2/follow_up/-", text("Wat?", "What?")),
            ],
            &[(
                "areas[1] (culture).advice[2].follow_up",
                "has 4 follow-up questions",
            )],
        );
        check(
            &[
                ("/areas", json!([])),
                ("/statements", json!([])),
                ("/orientation", json!([])),
                ("/archetypes", json!([])),
                ("/rules", json!([])),
            ],
            &[
                ("areas", "no aspect areas"),
                ("archetypes", "no archetypes"),
            ],
        );
    }

    #[test]
    fn statements_need_five_distinct_options_of_six_words_or_more() {
        check(
            &[("/statements/0/options/-", six_words(6))],
            &[(
                "statements[0] (ict-owner).options",
                "has 6 options; it needs exactly 5",
            )],
        );
        check(
            &[("/statements/0/options", json!([six_words(1), six_words(2)]))],
            &[("statements[0] (ict-owner).options", "has 2 options")],
        );
        check(
            &[
                ("/statements/2/options/3", six_words(1)),
                ("/statements/2/options/0", six_words(1)),
            ],
            &[
                (
                    "statements[2] (culture-lessons).options[3].nl",
                    "the same text as options[0]",
                ),
                (
                    "statements[2] (culture-lessons).options[3].en",
                    "the same text as options[0]",
                ),
            ],
        );
        check(
            &[(
                "/statements/2/options/1/en",
                json!("Lessons from experiments are  RECORDED or shared nowhere."),
            )],
            &[(
                "statements[2] (culture-lessons).options[1].en",
                "the same text as options[0]",
            )],
        );
        check(
            &[(
                "/statements/1/options/2",
                text(
                    "Het MT bespreekt dashboards.",
                    "The MT discusses the dashboards every quarter.",
                ),
            )],
            &[(
                "statements[1] (ict-dashboard).options[2].nl",
                "at least 6 words to describe a situation; this has 4",
            )],
        );
        check(
            &[("/areas/2/levels/0/en", json!("No overview at all."))],
            &[("areas[2] (service).levels[0].en", "this has 4")],
        );
        check(
            &[(
                "/areas/2/levels/4",
                json!(text(
                    "Een KCC beantwoordt algemene vragen en verwijst door.",
                    "A KCC answers general questions and refers onwards."
                )),
            )],
            &[
                (
                    "areas[2] (service).levels[4].nl",
                    "the same text as levels[1]",
                ),
                (
                    "areas[2] (service).levels[4].en",
                    "the same text as levels[1]",
                ),
            ],
        );
    }

    #[test]
    fn weights_must_be_one_two_or_three() {
        check(&[("/statements/1/weight", json!(3))], &[]);
        check(
            &[("/statements/1/weight", json!(0))],
            &[(
                "statements[1] (ict-dashboard).weight",
                "weight 0 is not 1, 2 or 3",
            )],
        );
        check(
            &[("/statements/1/weight", json!(4))],
            &[("statements[1] (ict-dashboard).weight", "weight 4")],
        );
    }

    #[test]
    fn every_text_needs_both_languages_and_a_real_translation() {
        check(
            &[("/texts/privacy/en", json!(""))],
            &[("texts.privacy.en", "the English text is missing")],
        );
        check(
            &[("/texts/privacy/nl", Value::Null)],
            &[("texts.privacy.nl", "the Dutch text is missing")],
        );
        check(
            &[("/domains/1/name/en", json!("Publiekszaken"))],
            &[(
                "domains[1] (puza).name.en",
                "the same as the Dutch (\"Publiekszaken\")",
            )],
        );
        check(
            &[("/areas/0/advice/3/follow_up/1/nl", json!("  "))],
            &[(
                "areas[0] (ict).advice[3].follow_up[1].nl",
                "the Dutch text is missing",
            )],
        );
        check(
            &[(
                "/archetypes/2/pitfalls/0/en",
                json!("Te veel tegelijk willen"),
            )],
            &[("archetypes[2] (wendbaar).pitfalls[0].en", "translate it")],
        );
        check(
            &[("/rules/0/title/en", json!(""))],
            &[("rules[0] (technical-trick).title.en", "missing")],
        );
        check(
            &[("/statements/3/options/2/en", json!(""))],
            &[(
                "statements[3] (culture-change).options[2].en",
                "the English text is missing",
            )],
        );
        // Acronyms and a few loanwords read the same in both languages.
        check(&[("/domains/1/name", text("KCC", "KCC"))], &[]);
        check(&[("/domains/1/name", text("ICT / MT", "ICT / MT"))], &[]);
        check(&[("/domains/1/name", text("Privacy", "Privacy"))], &[]);
        check(
            &[("/domains/1/name", text("Kcc", "Kcc"))],
            &[("domains[1] (puza).name.en", "translate it")],
        );
    }

    #[test]
    fn archetype_profiles_give_every_area_a_level_from_one_to_five() {
        check(
            &[("/archetypes/1/profile/service", json!(6))],
            &[(
                "archetypes[1] (dienstverlenend).profile.service",
                "level 6 is outside 1 to 5",
            )],
        );
        check(
            &[("/archetypes/1/profile/service", json!(0.5))],
            &[("archetypes[1] (dienstverlenend).profile.service", "outside")],
        );
        check(&[("/archetypes/1/profile/service", json!(4.5))], &[]);
        check(
            &[("/archetypes/1/profile/culture", Value::Null)],
            &[(
                "archetypes[1] (dienstverlenend).profile",
                "no level for area \"culture\"",
            )],
        );
        check(
            &[(
                "/archetypes/2/profile",
                json!({"ict": 2, "culture": 1, "service": 2}),
            )],
            &[(
                "archetypes[2] (wendbaar).profile",
                "the same profile as archetypes[0] (beheers)",
            )],
        );
    }

    #[test]
    fn rules_that_do_not_parse_are_reported_with_their_column() {
        check(
            &[("/rules/0/when", json!("level(ict) >= "))],
            &[(
                "rules[0] (technical-trick).when",
                "column 15: the condition ends too early",
            )],
        );
        check(
            &[("/rules/0/when", json!("level(ict)"))],
            &[("rules[0] (technical-trick).when", "expected a condition")],
        );
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        check(
            &[
                ("/format", json!(1)),
                ("/domains/0/name/en", json!("")),
                ("/areas/1/levels/2", Value::Null),
                ("/statements/0/weight", json!(9)),
                ("/statements/3/area", json!("people")),
                ("/rules/0/when", json!("gap(ict) >")),
            ],
            &[
                ("format", "format 1 is not supported; expected 3"),
                ("domains[0] (soza).name.en", "missing"),
                ("areas[1] (culture).levels", "has 4 levels"),
                ("statements[0] (ict-owner).weight", "weight 9"),
                (
                    "statements[3] (culture-change).area",
                    "unknown area \"people\"",
                ),
                ("rules[0] (technical-trick).when", "ends too early"),
            ],
        );
    }

    #[test]
    fn a_file_that_does_not_fit_the_format_is_reported_with_its_line() {
        let cases = [
            (
                "{\n  \"format\": 1,\n  oops",
                "line 3, column 3",
                "not a valid content file",
            ),
            (
                r#"{"format": 1, "colour": "red"}"#,
                "line 1",
                "unknown field `colour`",
            ),
        ];
        for (json, location, fragment) in cases {
            let problems = load(json).expect_err(json);
            assert_eq!(problems.len(), 1, "{json}");
            assert!(
                problems[0].location.starts_with(location),
                "{json}: {:?}",
                problems[0]
            );
            assert!(
                problems[0].message.contains(fragment),
                "{json}: {:?}",
                problems[0]
            );
        }
        let typo = load_edited(&[("/domains/0/name/em", json!("Social domain"))])
            .expect_err("a typo in a language code");
        assert!(typo[0].message.contains("unknown field `em`"), "{typo:?}");
    }

    #[test]
    fn ids_are_lowercase_words_joined_by_dashes() {
        for (id, valid) in [
            ("ict", true),
            ("openbare-ruimte", true),
            ("ict2", true),
            ("", false),
            ("-ict", false),
            ("ict-", false),
            ("a--b", false),
            ("not_started", false),
            ("ICT", false),
            ("a b", false),
        ] {
            assert_eq!(is_valid_id(id), valid, "{id:?}");
        }
    }

    #[test]
    fn the_shipped_content_is_valid() {
        if let Err(problems) = load(SHIPPED) {
            let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("{} problems:\n{}", shown.len(), shown.join("\n"));
        }
    }
}
