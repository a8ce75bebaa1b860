//! The questionnaire as the rest of the program sees it: validated content, every text in both
//! languages. Built from the content file by the content crate (`zelfscan-content`); never built by hand in
//! the UI.

use crate::model::rules::Condition;
pub use crate::model::vocab::{Lang, Text, LEVELS};

/// One of the source article's five guiding questions for starting the transition.
#[derive(Clone, Debug, PartialEq)]
pub struct GuidingQuestion {
    pub id: &'static str,
    pub text: Text,
    /// One open question for the management team to discuss after seeing its answers on it.
    pub discussion: Text,
}

/// A professional domain (vakdomein) a municipality may want to work data-driven in.
#[derive(Clone, Debug, PartialEq)]
pub struct Domain {
    pub id: &'static str,
    pub name: Text,
}

/// What the scan advises for one level band of an area.
#[derive(Clone, Debug, PartialEq)]
pub struct Advice {
    pub recommendation: Text,
    pub follow_up: &'static [Text],
}

/// One of the archetype model's aspect areas (bedrijfskundige aspectgebieden).
#[derive(Clone, Debug, PartialEq)]
pub struct Area {
    pub id: &'static str,
    pub name: Text,
    /// Why this area matters for data-driven working.
    pub why: Text,
    /// Five level descriptions, level 1 first; the user picks a desired level from these.
    pub levels: &'static [Text],
    /// Advice per level band, level 1 first.
    pub advice: &'static [Advice],
}

impl Area {
    /// The advice for the level band the area is at (1..=5).
    pub fn advice_for(&self, level: u8) -> Option<&Advice> {
        self.advice.get(usize::from(level).checked_sub(1)?)
    }

    /// The description of a level (1..=5), for choosing the desired level.
    pub fn level_text(&self, level: u8) -> Option<&Text> {
        self.levels.get(usize::from(level).checked_sub(1)?)
    }
}

/// A statement the user answers by choosing one of five level descriptors.
#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    pub id: &'static str,
    /// Index into [`Scan::areas`].
    pub area: usize,
    /// Index into [`Scan::guiding_questions`], where the statement serves one.
    pub guiding_question: Option<usize>,
    /// 1..=3; an area's score is the weighted mean of its answered statements.
    pub weight: u8,
    /// The one attribute the five options climb, in a few words; the checker prints it.
    pub measures: Text,
    pub text: Text,
    /// "Wat telt mee": one sentence defining what the statement counts or its terms, shown
    /// under the question and in the report.
    pub counts: Text,
    /// Five options, least mature first.
    pub options: &'static [Text],
    /// Four improvements: `improvements[k - 1]` is the action that takes a municipality from
    /// option k to option k + 1.
    pub improvements: &'static [Text],
}

impl Statement {
    /// The action from option `from` (1..=4) to the next one.
    pub fn improvement(&self, from: u8) -> Option<&Text> {
        self.improvements.get(usize::from(from).checked_sub(1)?)
    }
}

impl Statement {
    /// The text of option `k` (1..=5).
    pub fn option(&self, k: u8) -> Option<&Text> {
        self.options.get(usize::from(k).checked_sub(1)?)
    }
}

/// A question whose options are not a maturity ladder: each option is typical of one
/// archetype. Not scored (0..100); an answer feeds only the archetype similarity. Answered like
/// a statement, with option k (1-based) stored under its id.
#[derive(Clone, Debug, PartialEq)]
pub struct Orientation {
    pub id: &'static str,
    /// Index into [`Scan::areas`]: the step where it is asked.
    pub area: usize,
    pub measures: Text,
    pub text: Text,
    pub options: &'static [OrientationOption],
}

/// One option of an [`Orientation`] question.
#[derive(Clone, Debug, PartialEq)]
pub struct OrientationOption {
    /// Index into [`Scan::archetypes`]: the archetype this answer is typical of.
    pub archetype: usize,
    pub text: Text,
}

/// A municipal archetype of the source article's archetype model.
#[derive(Clone, Debug, PartialEq)]
pub struct Archetype {
    pub id: &'static str,
    pub name: Text,
    pub description: Text,
    pub strengths: &'static [Text],
    pub pitfalls: &'static [Text],
    pub next_step: Text,
    /// Expected level (1.0..=5.0) per area, in the order of [`Scan::areas`].
    pub profile: &'static [f64],
    /// Index into [`Scan::rules`]: the insight that names this archetype's pattern; the
    /// checker proves it fires on the archetype's own profile.
    pub signature: usize,
}

/// The texts around the questions: intro, privacy, closing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScanTexts {
    pub intro_title: Text,
    pub intro: Text,
    pub duration: Text,
    pub privacy: Text,
    pub closing: Text,
    pub contact_invitation: Text,
    /// Shown instead of an archetype when every scored area is at level 1 or 2 and the
    /// orientation answers do not point to one archetype.
    pub early_profile: Text,
}

/// An insight worth a conversation, shown when its condition holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    pub id: &'static str,
    pub when: Condition,
    pub title: Text,
    pub text: Text,
}

/// The whole questionnaire, validated: every index in it points at something that exists.
#[derive(Clone, Debug, PartialEq)]
pub struct Scan {
    pub texts: ScanTexts,
    pub guiding_questions: &'static [GuidingQuestion],
    pub domains: &'static [Domain],
    pub areas: &'static [Area],
    pub statements: &'static [Statement],
    pub orientation: &'static [Orientation],
    pub archetypes: &'static [Archetype],
    pub rules: &'static [Rule],
}

impl Scan {
    /// The statements of one area, in content order.
    pub fn statements_of(&self, area: usize) -> impl Iterator<Item = &Statement> {
        self.statements.iter().filter(move |s| s.area == area)
    }

    /// The orientation questions asked in one area's step, in content order.
    pub fn orientation_of(&self, area: usize) -> impl Iterator<Item = &Orientation> {
        self.orientation.iter().filter(move |o| o.area == area)
    }

    /// Whether `id` is a statement or orientation question of this scan.
    pub fn knows_answer_id(&self, id: &str) -> bool {
        self.statement(id).is_some() || self.orientation.iter().any(|o| o.id == id)
    }

    pub fn area_index(&self, id: &str) -> Option<usize> {
        self.areas.iter().position(|a| a.id == id)
    }

    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statements.iter().find(|s| s.id == id)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn advice_and_level_texts_are_found_by_level_one_to_five() {
        let scan = crate::fixture::small();
        let ict = &scan.areas[0];
        for (level, expected) in [(0, None), (1, Some(0)), (5, Some(4)), (6, None)] {
            assert_eq!(
                ict.advice_for(level),
                expected.map(|i| &ict.advice[i]),
                "{level}"
            );
            assert_eq!(
                ict.level_text(level),
                expected.map(|i| &ict.levels[i]),
                "{level}"
            );
        }
    }
}
