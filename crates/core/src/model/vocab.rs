//! The shared vocabulary: the words every other module speaks (languages, bilingual texts, the
//! number of levels, a domain's stage). A leaf: it imports nothing of the crate, so that no
//! two modules need each other to name these.

/// The languages the widget speaks. Dutch first: it is the default everywhere.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 code, for `lang` attributes and saved records.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A text in every language the widget speaks. Static: the widget's content is compiled in
/// (see `crate::codegen`), and a content file loaded at run time lives as long as the program.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Text {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

/// The number of answer options per statement and of levels per area.
pub const LEVELS: u8 = 5;

/// How far a chosen domain is with data-driven working.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DomainStage {
    #[default]
    NotStarted,
    Experimenting,
    Practice,
}

impl DomainStage {
    pub const ALL: [DomainStage; 3] = [
        DomainStage::NotStarted,
        DomainStage::Experimenting,
        DomainStage::Practice,
    ];

    /// The id used in saved records and in insight rules.
    pub fn id(self) -> &'static str {
        match self {
            DomainStage::NotStarted => "not_started",
            DomainStage::Experimenting => "experimenting",
            DomainStage::Practice => "practice",
        }
    }

    pub fn from_id(id: &str) -> Option<DomainStage> {
        DomainStage::ALL.into_iter().find(|s| s.id() == id)
    }
}
