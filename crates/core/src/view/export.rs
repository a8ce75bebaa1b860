//! What leaves the widget at the person's request: CSV for Dutch Excel (`;` separator, UTF-8
//! byte order mark, decimal comma, every text quoted), numbers written without float
//! formatting, and the `mailto:` link to the adviser.

use crate::model::answers::{Answer, Answers};
use crate::model::{Lang, Scan};
use crate::score::scoring::area_results;
use crate::score::team::{Spread, Team};
use crate::view::texts::T;

/// The byte order mark that makes Excel read the file as UTF-8.
pub const BOM: char = '\u{feff}';

/// `value` rounded to `places` (0..=3) decimals, with a decimal comma or point. Integer
/// arithmetic only, so the wasm carries no float formatting.
pub fn fixed(value: f64, places: u32, comma: bool) -> String {
    let scale = 10i64.pow(places.min(3));
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let whole = scaled.unsigned_abs() / scale as u64;
    let mut out = format!("{sign}{whole}");
    if places > 0 {
        let fraction = scaled.unsigned_abs() % scale as u64;
        out.push(if comma { ',' } else { '.' });
        let digits = fraction.to_string();
        for _ in digits.len()..places.min(3) as usize {
            out.push('0');
        }
        out.push_str(&digits);
    }
    out
}

/// A number as the language writes it: a decimal comma in Dutch.
pub fn shown(value: f64, places: u32, lang: Lang) -> String {
    fixed(value, places, lang == Lang::Nl)
}

/// A quoted CSV text field; quotes inside are doubled.
pub fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

fn row(out: &mut String, fields: &[String]) {
    out.push_str(&fields.join(";"));
    out.push_str("\r\n");
}

fn number(value: Option<f64>) -> String {
    value.map_or_else(String::new, |v| fixed(v, 2, true))
}

/// The text of an answer, as the person saw it.
pub fn answer_text(scan: &Scan, statement: usize, answer: Answer, lang: Lang) -> &'static str {
    match answer {
        Answer::DontKnow => T::DontKnow.get(lang),
        Answer::NotApplicable => T::NotApplicable.get(lang),
        Answer::Level(_) => answer
            .level()
            .and_then(|k| {
                scan.statements
                    .get(statement)?
                    .options
                    .get(usize::from(k - 1))
            })
            .map_or("", |t| t.get(lang)),
    }
}

/// One scan: a row per area (score, level, desired level), then a row per statement (the
/// chosen option's number and text).
pub fn scan_csv(scan: &Scan, answers: &Answers, lang: Lang) -> String {
    let mut out = String::from(BOM);
    let head = [
        T::CsvKind,
        T::CsvId,
        T::CsvText,
        T::ColScore,
        T::ColLevel,
        T::ColDesired,
        T::CsvAnswer,
        T::CsvNextStep,
    ];
    row(&mut out, &head.map(|t| quoted(t.get(lang))));
    for r in area_results(scan, answers) {
        let area = &scan.areas[r.area];
        row(
            &mut out,
            &[
                quoted(T::ColArea.get(lang)),
                quoted(area.id),
                quoted(area.name.get(lang)),
                number(r.score),
                r.level.map_or_else(String::new, |l| l.to_string()),
                r.desired.map_or_else(String::new, |l| l.to_string()),
                quoted(""),
                quoted(""),
            ],
        );
    }
    for (i, statement) in scan.statements.iter().enumerate() {
        let answer = answers.get(statement.id);
        row(
            &mut out,
            &[
                quoted(T::CsvStatement.get(lang)),
                quoted(statement.id),
                quoted(statement.text.get(lang)),
                String::new(),
                answer
                    .and_then(Answer::level)
                    .map_or_else(String::new, |k| k.to_string()),
                String::new(),
                quoted(answer.map_or("", |a| answer_text(scan, i, a, lang))),
                // The action from the chosen option to the next, as the results show it.
                quoted(
                    answer
                        .and_then(Answer::level)
                        .and_then(|k| statement.improvement(k))
                        .map_or("", |t| t.get(lang)),
                ),
            ],
        );
    }
    out
}

fn spread_fields(spread: Option<&Spread>) -> [String; 5] {
    match spread {
        Some(s) => [
            s.respondents.to_string(),
            fixed(s.mean, 2, true),
            fixed(s.min, 2, true),
            fixed(s.max, 2, true),
            fixed(s.std_dev, 2, true),
        ],
        None => [
            "0".into(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ],
    }
}

/// The team: a row per area (the spread of the scores, then of the desired levels), then a row
/// per statement (the spread of the chosen options and the count per option).
pub fn team_csv(scan: &Scan, team: &Team, lang: Lang) -> String {
    let mut out = String::from(BOM);
    let mut head: Vec<String> = [
        T::CsvKind,
        T::CsvId,
        T::CsvText,
        T::ColCount,
        T::ColMean,
        T::ColMin,
        T::ColMax,
        T::ColSpread,
        T::ColDesiredMean,
        T::ColDesiredRange,
    ]
    .iter()
    .map(|t| quoted(t.get(lang)))
    .collect();
    head.extend((1..=5).map(|k| quoted(&k.to_string())));
    head.push(quoted(T::DontKnow.get(lang)));
    head.push(quoted(T::NotApplicable.get(lang)));
    row(&mut out, &head);
    for a in &team.areas {
        let area = &scan.areas[a.area];
        let mut fields = vec![
            quoted(T::ColArea.get(lang)),
            quoted(area.id),
            quoted(area.name.get(lang)),
        ];
        fields.extend(spread_fields(a.score.as_ref()));
        fields.push(number(a.desired.as_ref().map(|d| d.mean)));
        fields.push(quoted(&a.desired.as_ref().map_or_else(String::new, |d| {
            format!("{}-{}", fixed(d.min, 0, true), fixed(d.max, 0, true))
        })));
        row(&mut out, &fields);
    }
    for s in &team.statements {
        let statement = &scan.statements[s.statement];
        let mut fields = vec![
            quoted(T::CsvStatement.get(lang)),
            quoted(statement.id),
            quoted(statement.text.get(lang)),
        ];
        fields.extend(spread_fields(s.level.as_ref()));
        fields.push(String::new());
        fields.push(String::new());
        fields.extend(s.counts.iter().map(usize::to_string));
        row(&mut out, &fields);
    }
    out
}

/// Percent-encodes everything but unreserved characters, for a `mailto:` query.
fn percent(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A `mailto:` link with the subject and body filled in. Line breaks become CRLF, as RFC 6068
/// asks.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    format!(
        "mailto:{}?subject={}&body={}",
        percent(to).replace("%40", "@"),
        percent(subject),
        percent(&body.replace('\n', "\r\n"))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_without_float_formatting() {
        for (value, places, comma, expected) in [
            (62.5, 2, true, "62,50"),
            (62.5, 1, false, "62.5"),
            (0.0, 2, true, "0,00"),
            (100.0, 0, true, "100"),
            (33.333_333, 2, true, "33,33"),
            (2.005, 1, true, "2,0"),
            (0.05, 2, true, "0,05"),
            (-1.25, 1, true, "-1,3"),
            (1.0 / 3.0 * 100.0, 1, true, "33,3"),
        ] {
            assert_eq!(fixed(value, places, comma), expected, "{value}");
        }
    }

    #[test]
    fn texts_are_quoted_with_quotes_doubled() {
        assert_eq!(quoted("a;b \"c\""), "\"a;b \"\"c\"\"\"");
    }

    #[test]
    fn a_scan_as_csv_for_dutch_excel() {
        let scan = crate::fixture::small();
        let mut answers = Answers::default();
        answers.set("ict-owner", Answer::Level(4));
        answers.set("ict-dashboard", Answer::Level(2));
        answers.set("culture-lessons", Answer::DontKnow);
        answers.set_desired("ict", Some(5));
        let csv = scan_csv(&scan, &answers, Lang::Nl);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert!(csv.starts_with('\u{feff}'));
        assert_eq!(
            lines[0],
            "\u{feff}\"Soort\";\"Id\";\"Tekst\";\"Score\";\"Niveau\";\"Gewenst niveau\";\"Antwoord\";\"Volgende stap\""
        );
        // ict: weights 2 and 1 in the fixture: (2 x 75 + 25) / 3 = 58.33.
        assert!(
            lines[1].starts_with("\"Aspectgebied\";\"ict\";"),
            "{}",
            lines[1]
        );
        assert!(lines[1].ends_with(";58,33;3;5;\"\";\"\""), "{}", lines[1]);
        let dk = lines
            .iter()
            .find(|l| l.contains("\"culture-lessons\""))
            .expect("a row");
        assert!(dk.ends_with(";;;;\"Weet ik niet\";\"\""), "{dk}");
    }

    #[test]
    fn a_mailto_link_encodes_subject_and_body() {
        assert_eq!(
            mailto("a.b@example.nl", "Uitkomst & code", "Regel 1\nregel 2: 50%"),
            "mailto:a.b@example.nl?subject=Uitkomst%20%26%20code&body=Regel%201%0D%0Aregel%202%3A%2050%25"
        );
    }

    /// Splits `;` CSV with quoted fields and doubled quotes, as Excel reads it.
    fn parse(text: &str) -> Vec<Vec<String>> {
        let mut rows = vec![];
        let (mut row, mut field, mut quoted) = (vec![], String::new(), false);
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ';') => row.push(std::mem::take(&mut field)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => field.push(c),
            }
        }
        rows
    }

    #[test]
    fn a_text_with_semicolons_quotes_and_line_breaks_comes_back_unchanged() {
        let tricky = "Eigenaar; \"benoemd\" en\nvastgelegd";
        let mut scan = crate::fixture::small();
        let mut statements = scan.statements.to_vec();
        let owner = statements
            .iter_mut()
            .find(|s| s.id == "ict-owner")
            .expect("the fixture has ict-owner");
        owner.text.nl = tricky;
        scan.statements = Box::leak(statements.into_boxed_slice());
        let rows = parse(scan_csv(&scan, &Answers::default(), Lang::Nl).trim_start_matches(BOM));
        let row = rows.iter().find(|r| r[1] == "ict-owner").expect("a row");
        assert_eq!(row[2], tricky);
        assert!(rows.iter().all(|r| r.len() == 8), "{rows:?}");
    }

    #[test]
    fn a_statement_answered_below_the_top_carries_its_improvement_as_the_next_step() {
        let scan = crate::fixture::small();
        let mut answers = Answers::default();
        answers.set("ict-owner", Answer::Level(2));
        answers.set("ict-dashboard", Answer::Level(5));
        answers.set("culture-lessons", Answer::DontKnow);
        let rows = parse(scan_csv(&scan, &answers, Lang::Nl).trim_start_matches(BOM));
        let next = |id: &str| rows.iter().find(|r| r[1] == id).expect("a row")[7].clone();
        let owner = scan
            .statements
            .iter()
            .find(|s| s.id == "ict-owner")
            .expect("fixture");
        assert_eq!(next("ict-owner"), owner.improvements[1].nl);
        assert_eq!(next("ict-dashboard"), "", "option 5 has no next step");
        assert_eq!(next("culture-lessons"), "", "don't know has no next step");
        assert_eq!(next("service-reasons"), "", "unanswered");
        assert_eq!(rows[0][7], "Volgende stap");
    }
}
