//! English texts fetched at run time (`model::vocab::install_english`): Dutch until installed,
//! then looked up by index; a table of the wrong size is refused. One test, in a process of its
//! own, because the table is installed once per program.

use zelfscan_core::model::vocab::{english_installed, install_english, EnglishError, FETCHED_MARK};
use zelfscan_core::model::{Lang, Text};

fn leaked(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

#[test]
fn fetched_english_is_dutch_until_installed_then_looked_up_by_index() {
    let fetched = Text {
        nl: "Tweede",
        en: leaked(format!("{FETCHED_MARK}1")),
    };
    let beyond = Text {
        nl: "Buiten de tabel",
        en: leaked(format!("{FETCHED_MARK}7")),
    };
    let compiled = Text {
        nl: "Hallo",
        en: "Hello",
    };

    assert!(!english_installed());
    assert_eq!(fetched.get(Lang::En), "Tweede");
    assert_eq!(fetched.get(Lang::Nl), "Tweede");
    assert_eq!(compiled.get(Lang::En), "Hello");

    // Another build's table (another number of texts) is refused and changes nothing.
    assert_eq!(
        install_english(vec!["zero".into()], 2),
        Err(EnglishError::Count {
            expected: 2,
            found: 1
        })
    );
    assert!(!english_installed());
    assert_eq!(fetched.get(Lang::En), "Tweede");

    assert_eq!(
        install_english(vec!["zero".into(), "Second".into()], 2),
        Ok(())
    );
    assert!(english_installed());
    assert_eq!(fetched.get(Lang::En), "Second");
    assert_eq!(fetched.get(Lang::Nl), "Tweede");
    assert_eq!(compiled.get(Lang::En), "Hello");
    // An index the table does not have shows the Dutch rather than nothing.
    assert_eq!(beyond.get(Lang::En), "Buiten de tabel");
    // The first table stays.
    assert_eq!(
        install_english(vec!["a".into(), "b".into()], 2),
        Err(EnglishError::Installed)
    );
    assert_eq!(fetched.get(Lang::En), "Second");
}
