//! Options that repeat each other: when all five of a statement's options begin or end with the
//! same words, a question page shows those words once, as a sentence the options complete, and
//! each option only what differs. The full option stays everywhere else (overview, report, CSV).

/// Fewer shared words than this at either end are left in the options.
pub const MIN_SHARED_WORDS: usize = 4;

/// The words all options share, at the start and at the end, and what differs in each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    /// The words every option starts with (may be empty).
    pub prefix: String,
    /// The words every option ends with (may be empty).
    pub suffix: String,
    /// Each option without them, in order; never empty.
    pub parts: Vec<String>,
}

impl Shared {
    /// The sentence the options complete, with "…" where an option goes.
    pub fn template(&self) -> String {
        match (self.prefix.is_empty(), self.suffix.is_empty()) {
            (false, false) => format!("{} … {}", self.prefix, self.suffix),
            (false, true) => format!("{} …", self.prefix),
            _ => format!("… {}", self.suffix),
        }
    }
}

/// The shared start and end of `options`, when at least [`MIN_SHARED_WORDS`] words are shared
/// at one end; `None` otherwise, or when fewer than two options are given.
pub fn shared(options: &[&str]) -> Option<Shared> {
    if options.len() < 2 {
        return None;
    }
    let words: Vec<Vec<&str>> = options
        .iter()
        .map(|o| o.split_whitespace().collect())
        .collect();
    let shortest = words.iter().map(Vec::len).min().unwrap_or(0);
    // Every option keeps at least one word of its own.
    let limit = shortest.saturating_sub(1);
    let first = &words[0];
    let mut start = 0;
    while start < limit && words.iter().all(|w| w[start] == first[start]) {
        start += 1;
    }
    let mut end = 0;
    while start + end < limit
        && words
            .iter()
            .all(|w| w[w.len() - 1 - end] == first[first.len() - 1 - end])
    {
        end += 1;
    }
    let start = if start >= MIN_SHARED_WORDS { start } else { 0 };
    let end = if end >= MIN_SHARED_WORDS { end } else { 0 };
    if start == 0 && end == 0 {
        return None;
    }
    Some(Shared {
        prefix: words[0][..start].join(" "),
        suffix: words[0][words[0].len() - end..].join(" "),
        parts: words
            .iter()
            .map(|w| w[start..w.len() - end].join(" "))
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_start_and_end_are_taken_out_and_the_template_puts_them_back() {
        let options = [
            "In the last year the vision was not on the agenda of the MT.",
            "In the last year the vision was on it once on the agenda of the MT.",
            "In the last year the vision was on it 4 times or more on the agenda of the MT.",
        ];
        let s = shared(&options).expect("shared words");
        assert_eq!(s.prefix, "In the last year the vision was");
        assert_eq!(s.suffix, "on the agenda of the MT.");
        assert_eq!(s.parts, ["not", "on it once", "on it 4 times or more"]);
        assert_eq!(
            s.template(),
            "In the last year the vision was … on the agenda of the MT."
        );
        // Each option is its part in the template.
        for (option, part) in options.iter().zip(&s.parts) {
            assert_eq!(s.template().replace('…', part), *option);
        }
    }

    #[test]
    fn fewer_than_four_shared_words_stay_in_the_options() {
        assert_eq!(shared(&["For none it is so.", "For one it is so."]), None);
        let s = shared(&[
            "For none: stated in an adopted document.",
            "For all: stated in an adopted document.",
        ])
        .expect("a shared end");
        assert_eq!(s.prefix, "");
        assert_eq!(s.template(), "… stated in an adopted document.");
        assert_eq!(s.parts, ["For none:", "For all:"]);
    }

    #[test]
    fn every_option_keeps_a_word_of_its_own() {
        // The first option is entirely the others' start: nothing would be left of it.
        let options = ["one two three four five", "one two three four five six"];
        let s = shared(&options);
        assert!(
            s.as_ref()
                .is_none_or(|s| s.parts.iter().all(|p| !p.is_empty())),
            "{s:?}"
        );
        assert_eq!(shared(&["alone"]), None);
        assert_eq!(shared(&[]), None);
    }
}
