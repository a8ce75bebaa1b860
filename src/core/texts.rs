//! The one table of UI strings, Dutch and English. Components never hold literal text: they ask
//! this table with a key. Content texts (statements, areas, advice) live in the content file.

use crate::core::model::Lang;

/// A UI string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum T {
    Start,
    Continue,
    StartAgain,
    ClearAnswers,
    ClearConfirm,
    ClearYes,
    ClearNo,
    Cleared,
    Next,
    Back,
    DontKnow,
    NotApplicable,
    Language,
    SwitchLanguage,
    StepOf,
    Answered,
    Saved,
    StorageUnavailable,
    StorageFull,
    ContentBroken,
}

impl T {
    /// The text in the given language.
    pub fn get(self, lang: Lang) -> &'static str {
        let (nl, en) = self.both();
        match lang {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }

    fn both(self) -> (&'static str, &'static str) {
        match self {
            T::Start => ("Start de scan", "Start the scan"),
            T::Continue => ("Verder waar u was gebleven", "Continue where you left off"),
            T::StartAgain => ("Opnieuw beginnen", "Start again"),
            T::ClearAnswers => ("Mijn antwoorden wissen", "Clear my answers"),
            T::ClearConfirm => (
                "Weet u zeker dat u al uw antwoorden uit deze browser wilt wissen? Dit kan niet ongedaan worden gemaakt.",
                "Are you sure you want to clear all your answers from this browser? This cannot be undone.",
            ),
            T::ClearYes => ("Ja, wis mijn antwoorden", "Yes, clear my answers"),
            T::ClearNo => ("Nee, bewaar ze", "No, keep them"),
            T::Cleared => ("Uw antwoorden zijn gewist.", "Your answers have been cleared."),
            T::Next => ("Volgende", "Next"),
            T::Back => ("Vorige", "Back"),
            T::DontKnow => ("Weet ik niet", "Don't know"),
            T::NotApplicable => ("Niet van toepassing", "Not applicable"),
            T::Language => ("Taal", "Language"),
            T::SwitchLanguage => ("English", "Nederlands"),
            T::StepOf => ("Stap {k} van {n}", "Step {k} of {n}"),
            T::Answered => ("{k} van {n} stellingen beantwoord", "{k} of {n} statements answered"),
            T::Saved => ("Opgeslagen in deze browser", "Saved in this browser"),
            T::StorageUnavailable => (
                "Deze browser staat opslaan niet toe. U kunt de scan invullen, maar uw antwoorden blijven niet bewaard als u de pagina sluit.",
                "This browser does not allow saving. You can complete the scan, but your answers will not be kept when you close the page.",
            ),
            T::StorageFull => (
                "Uw laatste wijziging kon niet worden opgeslagen: de opslag van deze browser is vol. Uw antwoorden staan nog op het scherm; wij proberen het bij de volgende wijziging opnieuw.",
                "Your last change could not be saved: this browser's storage is full. Your answers are still on screen; we will try again at the next change.",
            ),
            T::ContentBroken => (
                "De inhoud van deze scan is beschadigd. Neem contact op met de beheerder van deze website.",
                "The content of this scan is damaged. Please contact the administrator of this website.",
            ),
        }
    }
}

/// Fills `{name}` placeholders in a UI string.
pub fn fill(template: &str, values: &[(&str, usize)]) -> String {
    values.iter().fold(template.to_owned(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), &value.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_in_both_languages() {
        let cases = [
            (Lang::Nl, "Stap 2 van 9"),
            (Lang::En, "Step 2 of 9"),
        ];
        for (lang, expected) in cases {
            assert_eq!(fill(T::StepOf.get(lang), &[("k", 2), ("n", 9)]), expected);
        }
    }
}
