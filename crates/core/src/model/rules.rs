//! Insight rules: conditions over area scores, levels and gaps, written in the content file
//! (`"when": "score(ict) - score(culture) >= 50"`, language in `src/content/FORMAT.md`) so that
//! consultants add insights without Rust changes. A condition is tokenised and parsed once, when
//! the content loads, into a typed tree: a rule that does not parse, names an unknown area or
//! compares a condition with a number is a content error with its location, never a surprise at
//! evaluation time.
//!
//! Missing data never triggers an insight. A number that needs an area without a score or
//! without a desired level is unknown (`None`), a comparison with an unknown side is unknown,
//! and `and`/`or`/`not` follow three-valued logic (unknown stays unknown under `not`; `false and
//! unknown` is false, `true or unknown` is true). A rule fires only when its condition is
//! definitely true.

use std::fmt;

use crate::model::vocab::DomainStage;

/// A parsed `when` condition, with the text it was parsed from for display and debugging.
#[derive(Clone, Debug, PartialEq)]
pub struct Condition {
    pub source: &'static str,
    pub expr: Expr,
}

impl Condition {
    /// Parses a condition; area names are resolved to indices into `area_ids` (the order of
    /// [`crate::model::Scan::areas`]). Returns every unknown area, or the first syntax
    /// error.
    pub fn parse(source: &str, area_ids: &[&str]) -> Result<Condition, Vec<RuleError>> {
        let tokens = tokenize(source).map_err(|e| vec![e])?;
        let mut parser = Parser {
            tokens,
            pos: 0,
            end: source.chars().count() + 1,
            area_ids,
            unknown: Vec::new(),
        };
        let expr = parser.condition().map_err(|e| vec![e])?;
        if !parser.unknown.is_empty() {
            return Err(parser.unknown);
        }
        Ok(Condition {
            source: String::leak(source.to_owned()),
            expr,
        })
    }

    /// True only when the condition is definitely true for these facts.
    pub fn holds(&self, facts: &impl Facts) -> bool {
        self.expr.evaluate(facts) == Some(true)
    }
}

impl fmt::Display for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.source)
    }
}

/// What a condition can ask about one person's result. Implemented by
/// [`crate::score::scoring::Profile`]; kept as a trait so that rules know nothing of scoring.
pub trait Facts {
    /// The value of an area function, or `None` when the area has no score (or, for `desired`
    /// and `gap`, no desired level).
    fn area(&self, fact: AreaFact, area: usize) -> Option<f64>;
    /// How many chosen domains are at `stage`; `None` counts every chosen domain.
    fn domains(&self, stage: Option<DomainStage>) -> f64;
}

/// The functions over an area that a condition may call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AreaFact {
    /// `score(a)`: 0..100.
    Score,
    /// `level(a)`: 1..5.
    Level,
    /// `desired(a)`: 1..5, the level the user wants.
    Desired,
    /// `gap(a)`: desired minus current level.
    Gap,
    /// `answered(a)`: the share of the area's statements answered with an option, 0..1;
    /// unknown when the area has no answer of any kind.
    Answered,
    /// `dont_know(a)`: the share of the area's applicable statements (those not answered "not
    /// applicable") answered "don't know", 0..1; unknown when the area has no answer of any
    /// kind, or only "not applicable".
    DontKnow,
}

impl AreaFact {
    const ALL: [AreaFact; 6] = [
        AreaFact::Score,
        AreaFact::Level,
        AreaFact::Desired,
        AreaFact::Gap,
        AreaFact::Answered,
        AreaFact::DontKnow,
    ];

    pub fn name(self) -> &'static str {
        match self {
            AreaFact::Score => "score",
            AreaFact::Level => "level",
            AreaFact::Desired => "desired",
            AreaFact::Gap => "gap",
            AreaFact::Answered => "answered",
            AreaFact::DontKnow => "dont_know",
        }
    }
}

/// A comparison operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparison {
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
}

impl Comparison {
    fn holds(self, left: f64, right: f64) -> bool {
        // Scores are means of quarters; a tolerance keeps `==` meaningful on them.
        const EPSILON: f64 = 1e-9;
        match self {
            Comparison::Less => left < right - EPSILON,
            Comparison::LessOrEqual => left <= right + EPSILON,
            Comparison::Greater => left > right + EPSILON,
            Comparison::GreaterOrEqual => left >= right - EPSILON,
            Comparison::Equal => (left - right).abs() <= EPSILON,
            Comparison::NotEqual => (left - right).abs() > EPSILON,
        }
    }
}

/// A condition: true, false or unknown.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Compare(Comparison, Quantity, Quantity),
    And(&'static Expr, &'static Expr),
    Or(&'static Expr, &'static Expr),
    Not(&'static Expr),
}

impl Expr {
    /// Three-valued: `None` when missing data decides the outcome.
    pub fn evaluate(&self, facts: &impl Facts) -> Option<bool> {
        match self {
            Expr::Compare(op, left, right) => {
                Some(op.holds(left.evaluate(facts)?, right.evaluate(facts)?))
            }
            Expr::And(left, right) => match (left.evaluate(facts), right.evaluate(facts)) {
                (Some(false), _) | (_, Some(false)) => Some(false),
                (Some(true), Some(true)) => Some(true),
                _ => None,
            },
            Expr::Or(left, right) => match (left.evaluate(facts), right.evaluate(facts)) {
                (Some(true), _) | (_, Some(true)) => Some(true),
                (Some(false), Some(false)) => Some(false),
                _ => None,
            },
            Expr::Not(inner) => inner.evaluate(facts).map(|b| !b),
        }
    }
}

/// A number in a condition; unknown when it needs missing data.
#[derive(Clone, Debug, PartialEq)]
pub enum Quantity {
    Constant(f64),
    /// A function of an area, by index into the scan's areas.
    Area(AreaFact, usize),
    /// `domains(stage)`; `None` is `any`.
    Domains(Option<DomainStage>),
    Negate(&'static Quantity),
    Add(&'static Quantity, &'static Quantity),
    Subtract(&'static Quantity, &'static Quantity),
    Multiply(&'static Quantity, &'static Quantity),
}

impl Quantity {
    pub fn evaluate(&self, facts: &impl Facts) -> Option<f64> {
        Some(match self {
            Quantity::Constant(n) => *n,
            Quantity::Area(fact, area) => facts.area(*fact, *area)?,
            Quantity::Domains(stage) => facts.domains(*stage),
            Quantity::Negate(q) => -q.evaluate(facts)?,
            Quantity::Add(a, b) => a.evaluate(facts)? + b.evaluate(facts)?,
            Quantity::Subtract(a, b) => a.evaluate(facts)? - b.evaluate(facts)?,
            Quantity::Multiply(a, b) => a.evaluate(facts)? * b.evaluate(facts)?,
        })
    }
}

/// A parsed node lives as long as the program: the widget's rules are static data, and a
/// content file is loaded once per run of the checker.
fn leak<T>(node: T) -> &'static T {
    Box::leak(Box::new(node))
}

/// Why a condition could not be read, and where (1-based column in the condition text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleError {
    pub column: usize,
    pub message: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "column {}: {}", self.column, self.message)
    }
}

fn error(column: usize, message: impl Into<String>) -> RuleError {
    RuleError {
        column,
        message: message.into(),
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Number(f64),
    Word(String),
    Open,
    Close,
    Plus,
    Minus,
    Times,
    Compare(Comparison),
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Token::Number(n) => write!(f, "{n}"),
            Token::Word(w) => write!(f, "\"{w}\""),
            Token::Open => f.write_str("\"(\""),
            Token::Close => f.write_str("\")\""),
            Token::Plus => f.write_str("\"+\""),
            Token::Minus => f.write_str("\"-\""),
            Token::Times => f.write_str("\"*\""),
            Token::Compare(_) => f.write_str("a comparison"),
        }
    }
}

/// A token and its 1-based column.
struct Placed {
    token: Token,
    column: usize,
}

fn tokenize(source: &str) -> Result<Vec<Placed>, RuleError> {
    let chars: Vec<char> = source.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let column = i + 1;
        let two: String = chars[i..chars.len().min(i + 2)].iter().collect();
        let (token, width) = match c {
            c if c.is_whitespace() => {
                i += 1;
                continue;
            }
            '(' => (Token::Open, 1),
            ')' => (Token::Close, 1),
            '+' => (Token::Plus, 1),
            '-' => (Token::Minus, 1),
            '*' => (Token::Times, 1),
            '<' | '>' | '=' | '!' => match two.as_str() {
                "<=" => (Token::Compare(Comparison::LessOrEqual), 2),
                ">=" => (Token::Compare(Comparison::GreaterOrEqual), 2),
                "==" => (Token::Compare(Comparison::Equal), 2),
                "!=" => (Token::Compare(Comparison::NotEqual), 2),
                _ if c == '<' => (Token::Compare(Comparison::Less), 1),
                _ if c == '>' => (Token::Compare(Comparison::Greater), 1),
                _ if c == '=' => return Err(error(column, "write \"==\" to compare")),
                _ => return Err(error(column, "write \"not\" instead of \"!\"")),
            },
            '&' | '|' => {
                return Err(error(column, "write \"and\" or \"or\" instead of symbols"));
            }
            c if c.is_ascii_digit() || c == '.' => {
                let mut end = i;
                while end < chars.len() && (chars[end].is_ascii_digit() || chars[end] == '.') {
                    end += 1;
                }
                let text: String = chars[i..end].iter().collect();
                let number = text
                    .parse::<f64>()
                    .map_err(|_| error(column, format!("\"{text}\" is not a number")))?;
                (Token::Number(number), end - i)
            }
            c if c.is_alphabetic() || c == '_' => {
                // Ids have `-` between words (`openbare-ruimte`); a `-` belongs to a word only
                // when a letter or digit follows it, so `gap(a)-1` still subtracts.
                let mut end = i + 1;
                while end < chars.len() {
                    let d = chars[end];
                    let joins = d == '-'
                        && chars
                            .get(end + 1)
                            .is_some_and(|n| n.is_alphanumeric() || *n == '_');
                    if d.is_alphanumeric() || d == '_' || joins {
                        end += 1;
                    } else {
                        break;
                    }
                }
                (Token::Word(chars[i..end].iter().collect()), end - i)
            }
            other => return Err(error(column, format!("unexpected character \"{other}\""))),
        };
        tokens.push(Placed { token, column });
        i += width;
    }
    Ok(tokens)
}

/// What a sub-expression turned out to be while parsing; the operators check the kinds.
enum Parsed {
    Condition(Expr),
    Quantity(Quantity),
}

struct Parser<'a> {
    tokens: Vec<Placed>,
    pos: usize,
    /// The column just after the text, for "ends too early" errors.
    end: usize,
    area_ids: &'a [&'a str],
    unknown: Vec<RuleError>,
}

const STAGE_WORDS: [(&str, Option<DomainStage>); 4] = [
    ("any", None),
    ("not_started", Some(DomainStage::NotStarted)),
    ("experimenting", Some(DomainStage::Experimenting)),
    ("practice", Some(DomainStage::Practice)),
];

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos).map(|p| &p.token)
    }

    fn column(&self) -> usize {
        self.tokens.get(self.pos).map_or(self.end, |p| p.column)
    }

    fn is_word(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Token::Word(w)) if w == word)
    }

    /// The whole text: a condition and nothing after it.
    fn condition(&mut self) -> Result<Expr, RuleError> {
        let column = self.column();
        let parsed = self.or()?;
        if let Some(token) = self.peek() {
            return Err(error(
                self.column(),
                format!("unexpected {token} after a complete condition"),
            ));
        }
        expect_condition(parsed, column)
    }

    fn or(&mut self) -> Result<Parsed, RuleError> {
        let column = self.column();
        let mut left = self.and()?;
        while self.is_word("or") {
            self.pos += 1;
            let right_column = self.column();
            let right = self.and()?;
            left = Parsed::Condition(Expr::Or(
                leak(expect_condition(left, column)?),
                leak(expect_condition(right, right_column)?),
            ));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Parsed, RuleError> {
        let column = self.column();
        let mut left = self.not()?;
        while self.is_word("and") {
            self.pos += 1;
            let right_column = self.column();
            let right = self.not()?;
            left = Parsed::Condition(Expr::And(
                leak(expect_condition(left, column)?),
                leak(expect_condition(right, right_column)?),
            ));
        }
        Ok(left)
    }

    fn not(&mut self) -> Result<Parsed, RuleError> {
        if self.is_word("not") {
            self.pos += 1;
            let column = self.column();
            let inner = self.not()?;
            return Ok(Parsed::Condition(Expr::Not(leak(expect_condition(
                inner, column,
            )?))));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Parsed, RuleError> {
        let column = self.column();
        let left = self.sum()?;
        let Some(Token::Compare(op)) = self.peek().cloned() else {
            return Ok(left);
        };
        self.pos += 1;
        let right_column = self.column();
        let right = self.sum()?;
        if let Some(Token::Compare(_)) = self.peek() {
            return Err(error(
                self.column(),
                "comparisons cannot be chained; join them with \"and\"",
            ));
        }
        Ok(Parsed::Condition(Expr::Compare(
            op,
            expect_quantity(left, column)?,
            expect_quantity(right, right_column)?,
        )))
    }

    fn sum(&mut self) -> Result<Parsed, RuleError> {
        let column = self.column();
        let mut left = self.product()?;
        loop {
            let add = match self.peek() {
                Some(Token::Plus) => true,
                Some(Token::Minus) => false,
                _ => return Ok(left),
            };
            self.pos += 1;
            let right_column = self.column();
            let right = self.product()?;
            let (a, b) = (
                leak(expect_quantity(left, column)?),
                leak(expect_quantity(right, right_column)?),
            );
            left = Parsed::Quantity(if add {
                Quantity::Add(a, b)
            } else {
                Quantity::Subtract(a, b)
            });
        }
    }

    fn product(&mut self) -> Result<Parsed, RuleError> {
        let column = self.column();
        let mut left = self.unary()?;
        while let Some(Token::Times) = self.peek() {
            self.pos += 1;
            let right_column = self.column();
            let right = self.unary()?;
            left = Parsed::Quantity(Quantity::Multiply(
                leak(expect_quantity(left, column)?),
                leak(expect_quantity(right, right_column)?),
            ));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Parsed, RuleError> {
        if let Some(Token::Minus) = self.peek() {
            self.pos += 1;
            let column = self.column();
            let inner = self.unary()?;
            return Ok(Parsed::Quantity(Quantity::Negate(leak(expect_quantity(
                inner, column,
            )?))));
        }
        self.atom()
    }

    fn atom(&mut self) -> Result<Parsed, RuleError> {
        let column = self.column();
        let Some(token) = self.peek().cloned() else {
            return Err(error(column, "the condition ends too early"));
        };
        self.pos += 1;
        match token {
            Token::Number(n) => Ok(Parsed::Quantity(Quantity::Constant(n))),
            Token::Open => {
                let inner = self.or()?;
                self.expect_close(column)?;
                Ok(inner)
            }
            Token::Word(name) => self.call(&name, column),
            other => Err(error(
                column,
                format!("expected a number or a function, found {other}"),
            )),
        }
    }

    /// `name(argument)`: an area function or `domains(stage)`.
    fn call(&mut self, name: &str, column: usize) -> Result<Parsed, RuleError> {
        let fact = AreaFact::ALL.into_iter().find(|f| f.name() == name);
        if fact.is_none() && name != "domains" {
            let known: Vec<&str> = AreaFact::ALL.iter().map(|f| f.name()).collect();
            return Err(error(
                column,
                format!(
                    "unknown function \"{name}\"; use one of {}, domains",
                    known.join(", ")
                ),
            ));
        }
        if self.peek() != Some(&Token::Open) {
            return Err(error(
                self.column(),
                format!("expected \"(\" after \"{name}\""),
            ));
        }
        self.pos += 1;
        let argument_column = self.column();
        let Some(Token::Word(argument)) = self.peek().cloned() else {
            return Err(error(
                argument_column,
                format!("expected an id inside \"{name}(...)\""),
            ));
        };
        self.pos += 1;
        self.expect_close(column)?;
        let quantity = match fact {
            Some(fact) => {
                let area = self.area_ids.iter().position(|id| *id == argument);
                if area.is_none() {
                    self.unknown
                        .push(error(argument_column, format!("unknown area \"{argument}\"")));
                }
                Quantity::Area(fact, area.unwrap_or(0))
            }
            None => match STAGE_WORDS.iter().find(|(word, _)| *word == argument) {
                Some((_, stage)) => Quantity::Domains(*stage),
                None => {
                    return Err(error(
                        argument_column,
                        format!(
                            "unknown stage \"{argument}\"; use any, not_started, experimenting or practice"
                        ),
                    ))
                }
            },
        };
        Ok(Parsed::Quantity(quantity))
    }

    fn expect_close(&mut self, opened_at: usize) -> Result<(), RuleError> {
        if self.peek() == Some(&Token::Close) {
            self.pos += 1;
            Ok(())
        } else {
            Err(error(
                self.column(),
                format!("expected \")\" to close the \"(\" at column {opened_at}"),
            ))
        }
    }
}

fn expect_condition(parsed: Parsed, column: usize) -> Result<Expr, RuleError> {
    match parsed {
        Parsed::Condition(c) => Ok(c),
        Parsed::Quantity(_) => Err(error(
            column,
            "expected a condition but found a number; compare it, e.g. \"level(ict) >= 3\"",
        )),
    }
}

fn expect_quantity(parsed: Parsed, column: usize) -> Result<Quantity, RuleError> {
    match parsed {
        Parsed::Quantity(q) => Ok(q),
        Parsed::Condition(_) => Err(error(column, "expected a number but found a condition")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AREAS: [&str; 3] = ["ict", "culture", "openbare-ruimte"];

    /// Facts for tests: per area (score, level, desired, answered); two domains experimenting,
    /// one in practice.
    struct Stub(Vec<AreaFacts>);

    /// (score, level, desired, answered) of one area.
    type AreaFacts = (Option<f64>, Option<f64>, Option<f64>, f64);

    impl Facts for Stub {
        fn area(&self, fact: AreaFact, area: usize) -> Option<f64> {
            let (score, level, desired, answered) = *self.0.get(area)?;
            match fact {
                AreaFact::Score => score,
                AreaFact::Level => level,
                AreaFact::Desired => desired,
                AreaFact::Gap => Some(desired? - level?),
                AreaFact::Answered => Some(answered),
                AreaFact::DontKnow => Some(1.0 - answered),
            }
        }

        fn domains(&self, stage: Option<DomainStage>) -> f64 {
            match stage {
                None => 3.0,
                Some(DomainStage::Experimenting) => 2.0,
                Some(DomainStage::Practice) => 1.0,
                Some(DomainStage::NotStarted) => 0.0,
            }
        }
    }

    fn facts() -> Stub {
        Stub(vec![
            (Some(80.0), Some(4.0), Some(5.0), 1.0),
            (Some(25.0), Some(2.0), None, 0.5),
            (None, None, Some(3.0), 0.0),
        ])
    }

    /// Parses `source` and evaluates it against [`facts`]; `Err` holds the first error text.
    fn check(source: &str, expected: Result<Option<bool>, &str>) {
        let got = Condition::parse(source, &AREAS)
            .map(|c| c.expr.evaluate(&facts()))
            .map_err(|e| e[0].to_string());
        match expected {
            Ok(value) => assert_eq!(got, Ok(value), "{source}"),
            Err(fragment) => {
                let message = got.expect_err(source);
                assert!(message.contains(fragment), "{source}: {message}");
            }
        }
    }

    #[test]
    fn conditions_evaluate_over_scores_levels_gaps_and_domains() {
        check("level(ict) - level(culture) >= 2", Ok(Some(true)));
        check("level(ict)-level(culture)>=3", Ok(Some(false)));
        check("score(ict) == 80", Ok(Some(true)));
        check("score(ict) != 80", Ok(Some(false)));
        check("gap(ict) == 1", Ok(Some(true)));
        check("answered(culture) < 0.5", Ok(Some(false)));
        check("answered(openbare-ruimte) < 0.5", Ok(Some(true)));
        check("dont_know(culture) >= 0.5", Ok(Some(true)));
        check("dont_know(ict) > 0", Ok(Some(false)));
        check(
            "domains(experimenting) >= 2 and domains(any) == 3",
            Ok(Some(true)),
        );
        check(
            "domains(practice) > 1 or domains(not_started) == 0",
            Ok(Some(true)),
        );
        check("2 * level(culture) + 1 == 5", Ok(Some(true)));
        check("2 * (level(culture) + 1) == 6", Ok(Some(true)));
        check("-level(ict) < -3", Ok(Some(true)));
        check("not level(ict) < 3", Ok(Some(true)));
        check("not (level(ict) < 3 or level(culture) > 3)", Ok(Some(true)));
        check("(level(ict) + 1) * 2 > 9", Ok(Some(true)));
        check(
            "level(ict) > 3 and level(culture) > 3 or level(culture) == 2",
            Ok(Some(true)),
        );
    }

    #[test]
    fn missing_data_makes_a_condition_unknown_and_never_true() {
        check("level(openbare-ruimte) >= 1", Ok(None));
        check("gap(culture) >= 0", Ok(None));
        check("not level(openbare-ruimte) >= 1", Ok(None));
        check(
            "level(openbare-ruimte) >= 1 and level(ict) > 4",
            Ok(Some(false)),
        );
        check(
            "level(openbare-ruimte) >= 1 or level(ict) == 4",
            Ok(Some(true)),
        );
        check("level(openbare-ruimte) >= 1 or level(ict) > 4", Ok(None));
        check("desired(openbare-ruimte) == 3", Ok(Some(true)));
    }

    #[test]
    fn mistakes_are_explained_with_their_column() {
        check(
            "level(ict) >= ",
            Err("column 15: the condition ends too early"),
        );
        check("level(ict >= 2", Err("expected \")\""));
        check("lvl(ict) >= 2", Err("column 1: unknown function \"lvl\""));
        check(
            "level(ict) >= 2 and level(finance) > 1",
            Err("column 27: unknown area \"finance\""),
        );
        check("level ict >= 2", Err("expected \"(\" after \"level\""));
        check(
            "level(ict)",
            Err("column 1: expected a condition but found a number"),
        );
        check(
            "level(ict) >= 2 + 1 and 3",
            Err("column 25: expected a condition"),
        );
        check(
            "(level(ict) >= 2) + 1 > 2",
            Err("expected a number but found a condition"),
        );
        check("1 < level(ict) < 5", Err("cannot be chained"));
        check("level(ict) = 2", Err("write \"==\""));
        check("!(level(ict) > 2)", Err("write \"not\""));
        check(
            "level(ict) > 2 && level(culture) > 1",
            Err("write \"and\" or \"or\""),
        );
        check("domains(flying) > 1", Err("unknown stage \"flying\""));
        check(
            "level(ict) > 2 level(culture)",
            Err("unexpected \"level\" after a complete"),
        );
        check("level(ict) > 1.2.3", Err("\"1.2.3\" is not a number"));
        check("level(ict) > 2 #", Err("unexpected character \"#\""));
        check("", Err("ends too early"));
    }

    #[test]
    fn every_unknown_area_is_reported() {
        let errors = Condition::parse("level(a) > level(b) or gap(ict) > 0", &AREAS)
            .expect_err("two unknown areas");
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "column 7: unknown area \"a\"",
                "column 18: unknown area \"b\""
            ]
        );
    }

    #[test]
    fn a_condition_keeps_its_source_text() {
        let condition = Condition::parse("gap(ict) >= 1", &AREAS).expect("valid");
        assert_eq!(condition.to_string(), "gap(ict) >= 1");
        assert!(condition.holds(&facts()));
    }
}
