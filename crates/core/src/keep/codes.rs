//! The result code: one completed scan as a short text a person can pass on without a file or a
//! server. It holds every answer ("don't know" and "not applicable" included), the desired
//! levels and the domains with their stage, and names the content version it was made with.
//!
//! Layout, as a string of bits written in Crockford base32 (5 bits a character, most
//! significant first), shown in groups of four joined by `-`:
//!
//! ```text
//! version        5 bits   1..=31, a block of crates/content/versions.txt
//! per statement  3 bits   0 unanswered, 1..=5 option, 6 don't know, 7 not applicable
//!                         (the orientation questions follow the statements, answered alike)
//! per area       3 bits   0 no desired level, 1..=5 the desired level
//! per domain     2 bits   0 not chosen, 1 not started, 2 experimenting, 3 practice
//! padding        0..4     zero bits, so that the whole is a multiple of 5
//! checksum      16 bits   CRC-16 (x^16 + x^12 + x^5 + 1, start 0xFFFF) over all bits before it
//! ```
//!
//! Statements, areas and domains are in the order of the version's block, so a code of an
//! earlier content version still decodes by id. The length follows from the version, so a
//! truncated code is recognised by its length. A CRC of degree 16 detects every error burst of
//! at most 16 bits; a changed character is a burst of at most 5 bits and two swapped adjacent
//! characters one of at most 10, so both are always detected.

use std::fmt;

use crate::model::answers::{Answer, Answers};
use crate::model::vocab::{DomainStage, LEVELS};
use crate::model::Scan;

/// Crockford's base32 alphabet: no I, L, O or U.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const VERSION_BITS: usize = 5;
const CHECK_BITS: usize = 16;
const POLY: u16 = 0x1021;

/// The ids one content version stores, in code order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout<'a> {
    pub version: u8,
    /// The day the version was published, `YYYY-MM-DD`; empty for blocks written before dates
    /// were recorded.
    pub date: &'a str,
    pub areas: Vec<&'a str>,
    pub domains: Vec<&'a str>,
    pub statements: Vec<&'a str>,
}

impl<'a> Layout<'a> {
    /// The layout of a scan's content (its version number still to be given).
    pub fn of(scan: &'a Scan, version: u8) -> Layout<'a> {
        Layout {
            version,
            date: "",
            areas: scan.areas.iter().map(|a| a.id).collect(),
            domains: scan.domains.iter().map(|d| d.id).collect(),
            statements: scan
                .statements
                .iter()
                .map(|s| s.id)
                .chain(scan.orientation.iter().map(|o| o.id))
                .collect(),
        }
    }

    /// Whether two layouts store the same ids in the same order (the date aside).
    pub fn same_ids(&self, other: &Layout) -> bool {
        self.areas == other.areas
            && self.domains == other.domains
            && self.statements == other.statements
    }

    fn payload_bits(&self) -> usize {
        VERSION_BITS + 3 * self.statements.len() + 3 * self.areas.len() + 2 * self.domains.len()
    }

    /// The number of characters of this version's codes, without separators.
    pub fn code_chars(&self) -> usize {
        (self.payload_bits() + CHECK_BITS).div_ceil(5)
    }

    /// The block of `versions.txt` that registers this layout.
    pub fn block(&self) -> String {
        let mut out = format!("version: {}\n", self.version);
        if !self.date.is_empty() {
            out.push_str(&format!("date: {}\n", self.date));
        }
        for (key, ids) in [
            ("areas:", &self.areas),
            ("domains:", &self.domains),
            ("statements:", &self.statements),
        ] {
            let mut line = key.to_owned();
            for id in ids {
                if line.len() + 1 + id.len() > 96 {
                    out.push_str(&line);
                    out.push('\n');
                    line = "   ".to_owned();
                }
                line.push(' ');
                line.push_str(id);
            }
            out.push_str(&line);
            out.push('\n');
        }
        out
    }
}

/// Reads `versions.txt`: blocks of `version: N`, `areas:`, `domains:`, `statements:`, each
/// followed by ids separated by white space (over as many lines as needed); `#` starts a comment
/// line. Versions are 1..=31, each once, in rising order.
pub fn layouts(text: &str) -> Result<Vec<Layout<'_>>, String> {
    let mut out: Vec<Layout> = Vec::new();
    let mut list: Option<u8> = None;
    for (n, line) in text.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        for word in line.split_whitespace() {
            match word {
                "version:" => list = Some(0),
                "areas:" => list = Some(1),
                "domains:" => list = Some(2),
                "statements:" => list = Some(3),
                "date:" => list = Some(4),
                _ => {
                    let current = out.last_mut();
                    match (list, current) {
                        (Some(0), _) => {
                            let version: u8 =
                                word.parse().ok().filter(|v| (1..=31).contains(v)).ok_or(
                                    format!("line {}: version {word} is not 1..31", n + 1),
                                )?;
                            if out.last().is_some_and(|l| l.version >= version) {
                                return Err(format!(
                                    "line {}: version {version} is not above the one before",
                                    n + 1
                                ));
                            }
                            out.push(Layout {
                                version,
                                date: "",
                                areas: vec![],
                                domains: vec![],
                                statements: vec![],
                            });
                            list = None;
                        }
                        (Some(1), Some(l)) => l.areas.push(word),
                        (Some(2), Some(l)) => l.domains.push(word),
                        (Some(3), Some(l)) => l.statements.push(word),
                        (Some(4), Some(l)) if l.date.is_empty() => l.date = word,
                        _ => return Err(format!("line {}: \"{word}\" is out of place", n + 1)),
                    }
                }
            }
        }
    }
    Ok(out)
}

/// The registered version whose ids are exactly the scan's, if any.
pub fn current<'l, 'a>(layouts: &'l [Layout<'a>], scan: &Scan) -> Option<&'l Layout<'a>> {
    layouts
        .iter()
        .rev()
        .find(|l| l.same_ids(&Layout::of(scan, l.version)))
}

/// Why a text is not a result code. Each says which, so the person knows what to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Characters no code has, or nothing at all.
    NotACode,
    /// The checksum does not match: a character was mistyped, swapped, added or left out.
    Mistyped,
    /// Shorter than a code of its version.
    Truncated,
    /// A well-formed code of a content version this build does not know (a newer one).
    UnknownVersion(u8),
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::NotACode => f.write_str("this is not a result code"),
            CodeError::Mistyped => f.write_str("the code has a typing error"),
            CodeError::Truncated => f.write_str("the code is incomplete"),
            CodeError::UnknownVersion(v) => write!(
                f,
                "the code is from content version {v}, which this scan does not know"
            ),
        }
    }
}

fn crc(bits: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &bit in bits {
        let top = (crc >> 15) as u8 ^ bit;
        crc <<= 1;
        if top & 1 == 1 {
            crc ^= POLY;
        }
    }
    crc
}

fn push(bits: &mut Vec<u8>, value: u32, width: usize) {
    for i in (0..width).rev() {
        bits.push(((value >> i) & 1) as u8);
    }
}

fn stage_value(stage: DomainStage) -> u32 {
    match stage {
        DomainStage::NotStarted => 1,
        DomainStage::Experimenting => 2,
        DomainStage::Practice => 3,
    }
}

/// The code of `answers` in `layout`, in groups of four. Entries the layout does not name are
/// not in the code.
pub fn encode(layout: &Layout, answers: &Answers) -> String {
    let mut bits = Vec::with_capacity(layout.code_chars() * 5);
    push(&mut bits, u32::from(layout.version), VERSION_BITS);
    for id in &layout.statements {
        let value = match answers.get(id) {
            Some(Answer::DontKnow) => 6,
            Some(Answer::NotApplicable) => 7,
            Some(answer) => answer.level().map_or(0, u32::from),
            None => 0,
        };
        push(&mut bits, value, 3);
    }
    for id in &layout.areas {
        let value = answers
            .desired
            .get(*id)
            .copied()
            .filter(|l| (1..=LEVELS).contains(l));
        push(&mut bits, value.map_or(0, u32::from), 3);
    }
    for id in &layout.domains {
        push(
            &mut bits,
            answers.domains.get(*id).map_or(0, |s| stage_value(*s)),
            2,
        );
    }
    while !(bits.len() + CHECK_BITS).is_multiple_of(5) {
        bits.push(0);
    }
    let check = crc(&bits);
    push(&mut bits, u32::from(check), CHECK_BITS);
    let mut out = String::with_capacity(bits.len() / 4);
    for (i, chunk) in bits.chunks(5).enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        let value = chunk.iter().fold(0usize, |v, b| v << 1 | usize::from(*b));
        out.push(char::from(ALPHABET[value]));
    }
    out
}

/// The value of one character, Crockford's way: case-insensitive, O read as 0, I and L as 1.
fn symbol(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        c => c,
    };
    ALPHABET
        .iter()
        .position(|&a| char::from(a) == c)
        .map(|p| p as u8)
}

/// A decoded code: the version it names and what it holds, keyed by id.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub version: u8,
    pub answers: Answers,
}

/// Reads a code, or a link holding one after `r=`; spaces and `-` are ignored. Never panics.
pub fn decode(layouts: &[Layout], text: &str) -> Result<Decoded, CodeError> {
    let text = text.rfind("r=").map_or(text, |i| &text[i + 2..]);
    let mut symbols = Vec::with_capacity(64);
    for c in text.chars() {
        if c.is_whitespace() || c == '-' {
            continue;
        }
        symbols.push(symbol(c).ok_or(CodeError::NotACode)?);
        if symbols.len() > 512 {
            return Err(CodeError::NotACode);
        }
    }
    let version = *symbols.first().ok_or(CodeError::NotACode)?;
    let bits: Vec<u8> = symbols
        .iter()
        .flat_map(|s| (0..5).rev().map(move |i| (s >> i) & 1))
        .collect();
    let checks = |bits: &[u8]| {
        bits.len() >= VERSION_BITS + CHECK_BITS && {
            let (data, check) = bits.split_at(bits.len() - CHECK_BITS);
            let stored = check.iter().fold(0u16, |v, b| v << 1 | u16::from(*b));
            crc(data) == stored
        }
    };
    let Some(layout) = layouts.iter().find(|l| l.version == version) else {
        return Err(if checks(&bits) {
            CodeError::UnknownVersion(version)
        } else if layouts.iter().any(|l| l.code_chars() == symbols.len()) {
            CodeError::Mistyped
        } else {
            CodeError::NotACode
        });
    };
    let expected = layout.code_chars();
    if symbols.len() < expected {
        return Err(CodeError::Truncated);
    }
    if symbols.len() > expected || !checks(&bits) {
        return Err(CodeError::Mistyped);
    }
    let mut at = VERSION_BITS;
    let mut take = |width: usize| {
        let v = bits[at..at + width].iter().fold(0u8, |v, b| v << 1 | b);
        at += width;
        v
    };
    let mut answers = Answers::default();
    for id in &layout.statements {
        match take(3) {
            0 => {}
            6 => answers.set(id, Answer::DontKnow),
            7 => answers.set(id, Answer::NotApplicable),
            k => answers.set(id, Answer::Level(k)),
        }
    }
    for id in &layout.areas {
        match take(3) {
            0 => {}
            k if k <= LEVELS => answers.set_desired(id, Some(k)),
            _ => return Err(CodeError::Mistyped),
        }
    }
    for id in &layout.domains {
        match take(2) {
            0 => {}
            k => answers.set_domain_stage(id, DomainStage::ALL[usize::from(k - 1)]),
        }
    }
    if bits[at..bits.len() - CHECK_BITS].iter().any(|b| *b != 0) {
        return Err(CodeError::Mistyped);
    }
    Ok(Decoded { version, answers })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO: &str = "# test\nversion: 1\nareas: a b\ndomains: d\nstatements: s1 s2\n  s3\n\
                       version: 3\nareas: b\ndomains: d e\nstatements: s3 s1 s4\n";

    #[test]
    fn the_versions_file_is_read_block_by_block() {
        let got = layouts(TWO).expect("valid");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].statements, ["s1", "s2", "s3"]);
        assert_eq!(got[1].version, 3);
        assert_eq!(got[1].areas, ["b"]);
        assert_eq!(got[1].domains, ["d", "e"]);
        assert_eq!((got[0].date, got[1].date), ("", ""));
        // A block may name the day it was published; the block written back keeps it.
        let dated = layouts("version: 2\ndate: 2026-12-02\nareas: a\ndomains: d\nstatements: s1\n")
            .expect("valid");
        assert_eq!(dated[0].date, "2026-12-02");
        assert_eq!(dated[0].statements, ["s1"]);
        assert_eq!(layouts(&dated[0].block()), Ok(dated.clone()));
        assert!(dated[0].same_ids(&Layout {
            date: "",
            ..dated[0].clone()
        }));
    }

    #[test]
    fn a_damaged_versions_file_is_refused_with_its_line() {
        for (text, expected) in [
            ("areas: a\n", "line 1: \"a\" is out of place"),
            ("version: 0\n", "line 1: version 0 is not 1..31"),
            ("version: 32\n", "line 1: version 32 is not 1..31"),
            (
                "version: 2\nversion: 2\n",
                "line 2: version 2 is not above the one before",
            ),
            ("version: x\n", "line 1: version x is not 1..31"),
        ] {
            assert_eq!(layouts(text), Err(expected.to_owned()), "{text}");
        }
    }

    #[test]
    fn known_codes_of_known_answers() {
        let layout = &layouts(TWO).expect("valid")[0];
        // 5 + 9 + 6 + 2 = 22 bits, 2 of padding, 16 of checksum: 40 bits, 8 characters.
        assert_eq!(layout.code_chars(), 8);
        let mut answers = Answers::default();
        answers.set("s1", Answer::Level(5));
        answers.set("s2", Answer::DontKnow);
        answers.set("s3", Answer::NotApplicable);
        answers.set_desired("b", Some(2));
        answers.set_domain_stage("d", DomainStage::Practice);
        let code = encode(layout, &answers);
        // 00001 10111 01110 00010 1100+checksum, the checksum computed apart from this code.
        assert_eq!(code, "1QE2-REV9");
        assert_eq!(
            decode(&layouts(TWO).expect("valid"), &code.to_lowercase()).map(|d| d.answers),
            Ok(answers)
        );
    }

    #[test]
    fn each_kind_of_bad_code_says_which() {
        let all = layouts(TWO).expect("valid");
        let mut answers = Answers::default();
        answers.set("s1", Answer::Level(3));
        let code = encode(&all[0], &answers);
        let plain: String = code.chars().filter(|c| *c != '-').collect();
        let mut flipped: Vec<char> = plain.chars().collect();
        flipped[4] = if flipped[4] == 'Z' { 'Y' } else { 'Z' };
        let flipped: String = flipped.into_iter().collect();
        // A real code of version 2, which these layouts do not have.
        let newer = encode(
            &Layout {
                version: 2,
                ..all[0].clone()
            },
            &answers,
        );
        for (text, expected) in [
            ("", Err(CodeError::NotACode)),
            ("   - ", Err(CodeError::NotACode)),
            ("hello world!", Err(CodeError::NotACode)),
            ("ABCU", Err(CodeError::NotACode)),
            (&plain[..plain.len() - 1], Err(CodeError::Truncated)),
            (&plain[..1], Err(CodeError::Truncated)),
            (&format!("{plain}0"), Err(CodeError::Mistyped)),
            (&flipped, Err(CodeError::Mistyped)),
            (&newer, Err(CodeError::UnknownVersion(2))),
            (&format!("https://example.nl/scan#r={code}"), Ok(1)),
            (&code.replace('0', "o").to_lowercase(), Ok(1)),
        ] {
            assert_eq!(decode(&all, text).map(|d| d.version), expected, "{text:?}");
        }
    }
}
