//! What the website that embeds the widget configures without recompiling: the adviser's
//! contact details. Read from `data-contact-*` attributes of the mount element.

/// The adviser a visitor may contact; every field optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    pub name: Option<String>,
    pub role: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

impl Contact {
    /// Builds the contact from attribute values, trimming them and ignoring empty ones and
    /// e-mail addresses that are not addresses.
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> Contact {
        let field = |name: &str| {
            get(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty() && v.len() <= 200)
        };
        Contact {
            name: field("data-contact-name"),
            role: field("data-contact-role"),
            email: field("data-contact-email")
                .filter(|e| e.contains('@') && !e.contains(char::is_whitespace)),
            phone: field("data-contact-phone"),
        }
    }

    /// True when nothing is configured: the widget shows a clearly marked placeholder.
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.email.is_none() && self.phone.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(attributes: &[(&str, &str)], expected: Contact) {
        let got = Contact::from_attributes(|name| {
            attributes
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        });
        assert_eq!(got, expected, "{attributes:?}");
    }

    #[test]
    fn attributes_are_trimmed_and_bad_values_ignored() {
        check(&[], Contact::default());
        check(
            &[
                ("data-contact-name", "  A. Adviseur "),
                ("data-contact-email", "a@example.nl"),
            ],
            Contact {
                name: Some("A. Adviseur".into()),
                email: Some("a@example.nl".into()),
                ..Contact::default()
            },
        );
        check(
            &[
                ("data-contact-email", "not an address"),
                ("data-contact-phone", "   "),
            ],
            Contact::default(),
        );
    }
}
