//! What the website that embeds the widget configures without recompiling: the start language,
//! the theme and accent colour, and the adviser's contact details. The host page sets them as
//! `data-*` attributes on the mount element (`embed.js` copies them there for an iframe, and from
//! `zelfscan.config.json` for hosts that cannot add attributes); this module validates them.
//!
//! Every value is checked, and an invalid one falls back to its default with a [`Problem`] the
//! widget logs as one console warning: never a blank widget, never injected markup (values are
//! only ever used as text, as an `href` of a checked form, or as a normalised `#rrggbb`).

use std::fmt;

use crate::model::Lang;

/// The attributes the widget reads, in the order they are documented. `embed.js` forwards
/// exactly these (a test keeps the two lists equal).
pub const ATTRIBUTES: [&str; 10] = [
    "data-lang",
    "data-theme",
    "data-accent",
    "data-accent-dark",
    "data-contact-name",
    "data-contact-role",
    "data-contact-phone",
    "data-contact-email",
    "data-contact-link",
    "data-preview",
];

/// The smallest contrast ratio for text (WCAG 2.1 success criterion 1.4.3, AA).
pub const MIN_TEXT_CONTRAST: f64 = 4.5;

/// The longest text value accepted (names, roles); longer ones are refused, not cut.
const MAX_TEXT: usize = 100;
/// The longest link accepted.
const MAX_LINK: usize = 2000;

/// A colour in sRGB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Reads `#rgb` or `#rrggbb` (any case, surrounding spaces ignored).
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).ok();
        let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        match hex.len() {
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => Some(Rgb(pair(0)?, pair(2)?, pair(4)?)),
            _ => None,
        }
    }

    /// `#rrggbb`, lower case: the only form the widget writes into its styles.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance as WCAG 2.1 defines it, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// `x` to the power 2.4 for `x` in 0..=1, from square roots only: 2.4 is 2 plus the binary
/// fraction 0.0110 0110 0110 0110, and each 1 bit is a repeated square root. The error
/// (x to the power -0.000004, at most 1.00004 for x >= 0.00003) is far below what contrast
/// checks need, and unlike `powf` it needs no maths library in the wasm.
fn pow_2_4(x: f64) -> f64 {
    let mut result = x * x;
    let mut root = x;
    for bit in 1..=16 {
        root = root.sqrt();
        if bit % 4 == 2 || bit % 4 == 3 {
            result *= root;
        }
    }
    result
}

/// The WCAG contrast ratio of two colours, 1 to 21, the same in either order.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (light, dark) = if la >= lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

/// Light, dark, or whichever the visitor's system prefers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    Auto,
}

impl Theme {
    pub fn parse(text: &str) -> Option<Theme> {
        match text.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" => Some(Theme::Auto),
            _ => None,
        }
    }

    /// The class on the widget's root that selects the theme in `style/zelfscan.css`.
    pub fn class(self) -> &'static str {
        match self {
            Theme::Light => "zs--light",
            Theme::Dark => "zs--dark",
            Theme::Auto => "zs--auto",
        }
    }
}

/// The colours an accent is shown on in one theme. They equal the `--zs-background` and
/// `--zs-surface` of that theme in `style/zelfscan.css` (a test compares them).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub name: &'static str,
    pub background: Rgb,
    pub surface: Rgb,
    pub accent: Rgb,
}

pub const LIGHT: Palette = Palette {
    name: "light",
    background: Rgb(0xff, 0xff, 0xff),
    surface: Rgb(0xf3, 0xf5, 0xf7),
    accent: Rgb(0x15, 0x42, 0x73),
};

pub const DARK: Palette = Palette {
    name: "dark",
    background: Rgb(0x16, 0x18, 0x1d),
    surface: Rgb(0x24, 0x28, 0x30),
    accent: Rgb(0x8c, 0xb8, 0xf2),
};

impl Palette {
    /// The lowest contrast of `accent` with the colours it meets here: the background and the
    /// surface (accent text on them, and the background's colour as text on an accent button).
    pub fn accent_contrast(&self, accent: Rgb) -> f64 {
        contrast(accent, self.background).min(contrast(accent, self.surface))
    }
}

/// The adviser a visitor may contact; every field optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    pub name: Option<String>,
    pub role: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// An http(s) address, e.g. the adviser's page or an appointment form.
    pub link: Option<String>,
}

impl Contact {
    /// True when nothing is configured: the widget shows a clearly marked placeholder.
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.email.is_none() && self.phone.is_none() && self.link.is_none()
    }
}

/// Everything the host configured, validated.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    /// The language to start in, unless the visitor's saved progress has one.
    pub lang: Option<Lang>,
    pub theme: Theme,
    /// The accent in the light theme, if not the default.
    pub accent_light: Option<Rgb>,
    /// The accent in the dark theme, if not the default.
    pub accent_dark: Option<Rgb>,
    pub contact: Contact,
    /// The site owner's preview (`data-preview="true"`): what is still to be configured shows
    /// as a marked placeholder instead of the visitor's neutral text.
    pub preview: bool,
}

/// A configured value that was refused, with why; the widget uses the default instead.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Unknown {
        attribute: &'static str,
        value: String,
        expected: &'static str,
    },
    LowContrast {
        attribute: &'static str,
        colour: String,
        theme: &'static str,
        ratio: f64,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Unknown {
                attribute,
                value,
                expected,
            } => write!(
                f,
                "zelfscan: {attribute}=\"{value}\" is not {expected}; the default is used instead."
            ),
            Problem::LowContrast {
                attribute,
                colour,
                theme,
                ratio,
            } => write!(
                f,
                "zelfscan: {attribute}=\"{colour}\" has a contrast of only {}:1 with the {theme} theme's background colours; text needs at least 4.5:1, so the default accent is used instead.",
                hundredths(*ratio)
            ),
        }
    }
}

impl Config {
    /// Reads and validates the configuration from attribute values (`get("data-lang")` etc.).
    /// Absent and empty values are defaults without a word; invalid ones are defaults with a
    /// [`Problem`] each.
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> (Config, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut read = |attribute: &'static str,
                        expected: &'static str,
                        check: &dyn Fn(&str) -> bool|
         -> Option<String> {
            let value = get(attribute)?.trim().to_owned();
            if value.is_empty() {
                return None;
            }
            if check(&value) {
                Some(value)
            } else {
                problems.push(Problem::Unknown {
                    attribute,
                    value: shorten(&value),
                    expected,
                });
                None
            }
        };
        let lang = read("data-lang", "a language (nl or en)", &|v| {
            parse_lang(v).is_some()
        })
        .and_then(|v| parse_lang(&v));
        let theme = read("data-theme", "a theme (light, dark or auto)", &|v| {
            Theme::parse(v).is_some()
        })
        .and_then(|v| Theme::parse(&v))
        .unwrap_or_default();
        let colour = "a colour (#rgb or #rrggbb)";
        let accent =
            read("data-accent", colour, &|v| Rgb::parse(v).is_some()).and_then(|v| Rgb::parse(&v));
        let accent_dark = read("data-accent-dark", colour, &|v| Rgb::parse(v).is_some())
            .and_then(|v| Rgb::parse(&v));
        let text = "a short text (at most 100 characters, no control characters)";
        let contact = Contact {
            name: read("data-contact-name", text, &is_plain_text),
            role: read("data-contact-role", text, &is_plain_text),
            email: read("data-contact-email", "an e-mail address", &is_email),
            phone: read("data-contact-phone", "a telephone number", &is_phone),
            link: read("data-contact-link", "an http(s) address", &is_link),
        };
        let preview = read("data-preview", "true or false", &|v| {
            v == "true" || v == "false"
        })
        .is_some_and(|v| v == "true");

        let (accent_light, accent_dark) = accents(theme, accent, accent_dark, &mut problems);
        let config = Config {
            lang,
            theme,
            accent_light,
            accent_dark,
            contact,
            preview,
        };
        (config, problems)
    }
}

/// The accents to use in each theme: a configured colour only where it has text contrast on
/// that theme's background; each refused one adds a [`Problem`].
fn accents(
    theme: Theme,
    accent: Option<Rgb>,
    accent_dark: Option<Rgb>,
    problems: &mut Vec<Problem>,
) -> (Option<Rgb>, Option<Rgb>) {
    // `data-accent` colours the theme that is shown; with `auto` that is the light one
    // (`data-accent-dark` colours the dark one).
    let mut checked = |attribute: &'static str, colour: Option<Rgb>, palette: &Palette| {
        let colour = colour?;
        let ratio = palette.accent_contrast(colour);
        if ratio >= MIN_TEXT_CONTRAST {
            Some(colour)
        } else {
            problems.push(Problem::LowContrast {
                attribute,
                colour: colour.hex(),
                theme: palette.name,
                ratio,
            });
            None
        }
    };
    match theme {
        Theme::Light => (checked("data-accent", accent, &LIGHT), None),
        Theme::Dark => (
            None,
            match accent_dark {
                Some(_) => checked("data-accent-dark", accent_dark, &DARK),
                None => checked("data-accent", accent, &DARK),
            },
        ),
        Theme::Auto => (
            checked("data-accent", accent, &LIGHT),
            checked("data-accent-dark", accent_dark, &DARK),
        ),
    }
}

/// A language code: `nl` or `en`, any case, with or without a region (`nl-NL`).
pub fn parse_lang(text: &str) -> Option<Lang> {
    let primary = text.trim().split(['-', '_']).next()?;
    Lang::from_code(&primary.to_ascii_lowercase())
}

/// A ratio with two decimals, e.g. `1.02`, without the float formatting code of `{:.2}`.
fn hundredths(ratio: f64) -> String {
    let n = (ratio * 100.0 + 0.5) as u64;
    format!("{}.{:02}", n / 100, n % 100)
}

/// A value as quoted in a warning: at most 60 characters.
fn shorten(value: &str) -> String {
    match value.char_indices().nth(60) {
        Some((end, _)) => format!("{}…", &value[..end]),
        None => value.to_owned(),
    }
}

fn is_plain_text(value: &str) -> bool {
    value.chars().count() <= MAX_TEXT && !value.chars().any(char::is_control)
}

/// An e-mail address as people type them: `local@domain.tld`, without spaces, quotes, angle
/// brackets or a display name.
pub fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    let local_ok = (1..=64).contains(&local.len())
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..");
    local_ok && value.len() <= 254 && is_host(domain) && domain.contains('.')
}

/// A host name: letters, digits and hyphens in dot-separated labels, ending in a letter label.
fn is_host(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    let label_ok = |l: &&str| {
        (1..=63).contains(&l.len())
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    let top_ok = labels
        .last()
        .is_some_and(|t| t.chars().all(|c| c.is_ascii_alphabetic()));
    host.len() <= 253 && labels.iter().all(label_ok) && top_ok
}

/// A telephone number: digits with the usual separators, at least six digits.
pub fn is_phone(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    value.len() <= 30
        && digits >= 6
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
}

/// An absolute `http:` or `https:` address with a plain host (no user name, which could hide
/// the real host), without spaces, quotes or angle brackets.
pub fn is_link(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match authority.rsplit_once(':') {
        Some((host, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => host,
        Some(_) => return false,
        None => authority,
    };
    let allowed = |c: char| c.is_ascii_graphic() && !"\"'<>\\^`{|}".contains(c);
    value.len() <= MAX_LINK && (is_host(host) || host == "localhost") && value.chars().all(allowed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(attributes: &[(&str, &str)]) -> (Config, Vec<Problem>) {
        Config::from_attributes(|name| {
            attributes
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
    }

    fn check<T: PartialEq + fmt::Debug>(f: impl Fn(&str) -> T, cases: &[(&str, T)]) {
        for (input, expected) in cases {
            assert_eq!(&f(input), expected, "{input:?}");
        }
    }

    #[test]
    fn colours_are_read_in_short_and_long_hex_only() {
        check(
            Rgb::parse,
            &[
                ("#154273", Some(Rgb(0x15, 0x42, 0x73))),
                (" #ABCDEF ", Some(Rgb(0xab, 0xcd, 0xef))),
                ("#fff", Some(Rgb(255, 255, 255))),
                ("#0a0", Some(Rgb(0, 0xaa, 0))),
                ("154273", None),
                ("#15427", None),
                ("#1542733", None),
                ("#ggg", None),
                ("#+12345", None),
                ("red", None),
                ("rgb(1,2,3)", None),
                ("#12;}x{", None),
                ("", None),
            ],
        );
        assert_eq!(Rgb(0x8a, 0x15, 0x38).hex(), "#8a1538");
    }

    #[test]
    fn contrast_ratios_match_wcag_reference_values() {
        let round = |a: &str, b: &str| {
            let ratio = contrast(Rgb::parse(a).unwrap(), Rgb::parse(b).unwrap());
            (ratio * 100.0).round() / 100.0
        };
        // #767676 and #777777 are the well-known AA boundary greys on white; #154273 was worked
        // out by hand from the WCAG formula (L = 0.0530).
        let cases = [
            (("#000000", "#ffffff"), 21.0),
            (("#ffffff", "#ffffff"), 1.0),
            (("#767676", "#ffffff"), 4.54),
            (("#777777", "#ffffff"), 4.48),
            (("#154273", "#ffffff"), 10.2),
            (("#ffffff", "#154273"), 10.2),
            (("#ffff00", "#ffffff"), 1.07),
        ];
        for ((a, b), expected) in cases {
            assert_eq!(round(a, b), expected, "{a} on {b}");
        }
    }

    #[test]
    fn the_power_from_square_roots_matches_the_maths_library() {
        for i in 0..=1000 {
            let x = f64::from(i) / 1000.0;
            let (ours, exact) = (pow_2_4(x), x.powf(2.4));
            assert!(
                (ours - exact).abs() <= exact * 1e-4 + 1e-12,
                "{x}: {ours} vs {exact}"
            );
        }
        for (ratio, shown) in [
            (1.0177, "1.02"),
            (4.5, "4.50"),
            (21.0, "21.00"),
            (10.199, "10.20"),
        ] {
            assert_eq!(hundredths(ratio), shown);
        }
    }

    #[test]
    fn the_default_accents_have_text_contrast_in_their_theme() {
        for palette in [LIGHT, DARK] {
            let ratio = palette.accent_contrast(palette.accent);
            assert!(ratio >= MIN_TEXT_CONTRAST, "{}: {ratio}", palette.name);
        }
    }

    #[test]
    fn languages_and_themes_are_read_leniently_but_only_known_ones() {
        check(
            parse_lang,
            &[
                ("nl", Some(Lang::Nl)),
                ("EN", Some(Lang::En)),
                ("nl-NL", Some(Lang::Nl)),
                ("en_GB", Some(Lang::En)),
                ("de", None),
                ("", None),
                ("english", None),
            ],
        );
        check(
            Theme::parse,
            &[
                ("light", Some(Theme::Light)),
                ("Dark", Some(Theme::Dark)),
                (" auto ", Some(Theme::Auto)),
                ("night", None),
            ],
        );
    }

    #[test]
    fn e_mail_addresses_are_plain_addresses() {
        check(
            is_email,
            &[
                ("adviseur@example.nl", true),
                ("a.b+zelfscan@sub.example.co.uk", true),
                ("not an address", false),
                ("a@b", false),
                ("a@@example.nl", false),
                ("@example.nl", false),
                (".a@example.nl", false),
                ("a..b@example.nl", false),
                ("a@example.nl?subject=x", false),
                ("A <a@example.nl>", false),
                ("a\"@example.nl", false),
                ("a@-example.nl", false),
                ("a@example.123", false),
            ],
        );
    }

    #[test]
    fn links_are_http_or_https_with_a_plain_host() {
        check(
            is_link,
            &[
                ("https://example.nl/adviseurs/jansen", true),
                ("HTTP://example.nl", true),
                ("https://example.nl:8443/x?y=1#z", true),
                ("http://localhost:4375/contact", true),
                ("javascript:alert(1)", false),
                ("data:text/html,hi", false),
                ("mailto:a@example.nl", false),
                ("//example.nl", false),
                ("https://", false),
                ("https://user@evil.example", false),
                ("https://example.nl/\"onmouseover=\"x", false),
                ("https://example.nl/a b", false),
                ("https://example.nl/<script>", false),
                ("https://exa mple.nl", false),
                ("https://example.nl:port", false),
            ],
        );
    }

    #[test]
    fn phone_numbers_are_digits_with_separators() {
        check(
            is_phone,
            &[
                ("010 123 45 67", true),
                ("+31 (0)10-1234567", true),
                ("12345", false),
                ("bel me", false),
                ("010 123 45 67 <b>", false),
            ],
        );
    }

    #[test]
    fn nothing_configured_is_the_default_without_problems() {
        assert_eq!(config(&[]), (Config::default(), vec![]));
        assert_eq!(
            config(&[("data-lang", "  "), ("data-accent", "")]),
            (Config::default(), vec![])
        );
    }

    #[test]
    fn valid_values_are_taken_over() {
        let (got, problems) = config(&[
            ("data-lang", "en"),
            ("data-theme", "auto"),
            ("data-accent", "#8A1538"),
            ("data-accent-dark", "#ffb3c6"),
            ("data-contact-name", "  A. Adviseur "),
            ("data-contact-role", "Adviseur datagedreven werken"),
            ("data-contact-email", "a@example.nl"),
            ("data-contact-phone", "010 123 45 67"),
            ("data-contact-link", "https://example.nl/afspraak"),
            ("data-preview", "true"),
        ]);
        assert_eq!(problems, vec![]);
        assert_eq!(
            got,
            Config {
                lang: Some(Lang::En),
                theme: Theme::Auto,
                accent_light: Some(Rgb(0x8a, 0x15, 0x38)),
                accent_dark: Some(Rgb(0xff, 0xb3, 0xc6)),
                contact: Contact {
                    name: Some("A. Adviseur".into()),
                    role: Some("Adviseur datagedreven werken".into()),
                    email: Some("a@example.nl".into()),
                    phone: Some("010 123 45 67".into()),
                    link: Some("https://example.nl/afspraak".into()),
                },
                preview: true,
            }
        );
    }

    #[test]
    fn each_invalid_value_falls_back_with_one_problem() {
        let (got, problems) = config(&[
            ("data-lang", "de"),
            ("data-theme", "night"),
            ("data-accent", "purple"),
            ("data-contact-name", "<img src=x onerror=alert(1)>"),
            ("data-contact-email", "not an address"),
            ("data-contact-phone", "call me"),
            ("data-contact-link", "javascript:alert(1)"),
            ("data-preview", "yes"),
        ]);
        let attributes: Vec<&str> = problems
            .iter()
            .map(|p| match p {
                Problem::Unknown { attribute, .. } | Problem::LowContrast { attribute, .. } => {
                    *attribute
                }
            })
            .collect();
        assert_eq!(
            attributes,
            [
                "data-lang",
                "data-theme",
                "data-accent",
                "data-contact-email",
                "data-contact-phone",
                "data-contact-link",
                "data-preview"
            ]
        );
        // A name is text: shown as text, never parsed as markup, so it is kept as typed.
        assert_eq!(
            got.contact.name.as_deref(),
            Some("<img src=x onerror=alert(1)>")
        );
        assert_eq!(
            Config {
                contact: Contact::default(),
                ..got
            },
            Config::default()
        );
        assert_eq!(
            problems[0].to_string(),
            "zelfscan: data-lang=\"de\" is not a language (nl or en); the default is used instead."
        );
    }

    #[test]
    fn an_accent_without_text_contrast_on_its_background_is_refused() {
        // (attributes, expected light accent, expected dark accent, refused attributes)
        let yellow = Rgb(0xff, 0xff, 0x00);
        let wine = Rgb(0x8a, 0x15, 0x38);
        type Case<'a> = (
            &'a [(&'a str, &'a str)],
            Option<Rgb>,
            Option<Rgb>,
            &'a [&'a str],
        );
        let cases: [Case; 6] = [
            (&[("data-accent", "#8a1538")], Some(wine), None, &[]),
            (&[("data-accent", "#ffff00")], None, None, &["data-accent"]),
            // In the dark theme, data-accent colours the dark background, where wine is too dark.
            (
                &[("data-theme", "dark"), ("data-accent", "#8a1538")],
                None,
                None,
                &["data-accent"],
            ),
            (
                &[("data-theme", "dark"), ("data-accent", "#ffff00")],
                None,
                Some(yellow),
                &[],
            ),
            (
                &[
                    ("data-theme", "dark"),
                    ("data-accent", "#8a1538"),
                    ("data-accent-dark", "#ffff00"),
                ],
                None,
                Some(yellow),
                &[],
            ),
            (
                &[
                    ("data-theme", "auto"),
                    ("data-accent", "#ffff00"),
                    ("data-accent-dark", "#8a1538"),
                ],
                None,
                None,
                &["data-accent", "data-accent-dark"],
            ),
        ];
        for (attributes, light, dark, refused) in cases {
            let (got, problems) = config(attributes);
            assert_eq!(
                (got.accent_light, got.accent_dark),
                (light, dark),
                "{attributes:?}"
            );
            let attributes_refused: Vec<&str> = problems
                .iter()
                .map(|p| match p {
                    Problem::LowContrast { attribute, .. } => *attribute,
                    Problem::Unknown { attribute, .. } => panic!("unexpected {attribute}"),
                })
                .collect();
            assert_eq!(attributes_refused, refused, "{attributes:?}");
        }
        let (_, problems) = config(&[("data-accent", "#ffff00")]);
        assert_eq!(
            problems[0].to_string(),
            "zelfscan: data-accent=\"#ffff00\" has a contrast of only 1.02:1 with the light theme's background colours; text needs at least 4.5:1, so the default accent is used instead."
        );
    }
}
