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
    /// The text in `lang`. An English text the widget fetches ([`FETCHED_MARK`]) is Dutch until
    /// [`install_english`] has run.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => english(self.en).unwrap_or(self.nl),
        }
    }
}

/// Starts an English text that is not compiled in but fetched when a visitor first needs
/// English: the mark, then the text's index in the fetched table (decimal). The widget's
/// Dutch visitors never download the English content (`crates/shipped`, `fetch-english`).
pub const FETCHED_MARK: char = '\u{E000}';

/// The fetched English texts, in the order of their indices; set once.
static FETCHED: std::sync::OnceLock<Box<[&'static str]>> = std::sync::OnceLock::new();

/// An English text as it is stored, resolved: itself, or its fetched text (`None` while the
/// table is not installed).
fn english(stored: &'static str) -> Option<&'static str> {
    match stored.strip_prefix(FETCHED_MARK) {
        None => Some(stored),
        Some(index) => FETCHED.get()?.get(index.parse::<usize>().ok()?).copied(),
    }
}

/// Whether every English text can be shown: the table is installed, or nothing is fetched.
pub fn english_installed() -> bool {
    FETCHED.get().is_some()
}

/// Why a fetched table of English texts was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnglishError {
    /// It holds another number of texts than the compiled content expects: another build's.
    Count { expected: usize, found: usize },
    /// A table is installed already; it stays.
    Installed,
}

/// Installs the fetched English texts, which must number `expected` (the compiled content's
/// count). They live as long as the program, like the compiled texts.
pub fn install_english(texts: Vec<String>, expected: usize) -> Result<(), EnglishError> {
    if texts.len() != expected {
        return Err(EnglishError::Count {
            expected,
            found: texts.len(),
        });
    }
    let table: Box<[&'static str]> = texts
        .into_iter()
        .map(|text| &*Box::leak(text.into_boxed_str()))
        .collect();
    FETCHED.set(table).map_err(|_| EnglishError::Installed)
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
