//! What the printed report needs besides the profile: dates in words, the version of the content
//! the answers were given to, and the page rules (the scan's title and date at the top of every
//! page, "pagina 2 van 9" at the bottom) as CSS text. Pure: the caller passes the clock's time and
//! the browser's time-zone offset in.

use crate::model::Lang;

/// The content version as the report names it: its number in `versions.txt` and the day it was
/// published, "2 (2 december 2026)"; only the number when the block has no date, and the
/// fingerprint (eight hex digits of [`fnv1a`] of the content file) when the content is not
/// registered as a version.
pub fn content_version(version: Option<(u8, &str)>, fingerprint: u32, lang: Lang) -> String {
    let Some((number, date)) = version else {
        return format!("{fingerprint:08x}");
    };
    let mut parts = date.splitn(3, '-').map(|p| p.parse::<u32>().ok());
    match (parts.next(), parts.next(), parts.next()) {
        (Some(Some(year)), Some(Some(month @ 1..=12)), Some(Some(day))) => {
            let months = match lang {
                Lang::Nl => &MONTHS_NL,
                Lang::En => &MONTHS_EN,
            };
            let name = months[month as usize - 1];
            format!("{number} ({day} {name} {year})")
        }
        _ => number.to_string(),
    }
}

/// FNV-1a over bytes, 32 bits: tiny, and good enough to tell two content files apart.
pub const fn fnv1a(bytes: &[u8]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The calendar date (year, month 1..=12, day 1..=31) of a time in milliseconds since 1970,
/// shifted by `offset_minutes` east of UTC (Amsterdam in winter: 60).
pub fn civil_date(ms: u64, offset_minutes: i64) -> (i64, u32, u32) {
    let local_ms = ms as i128 + i128::from(offset_minutes) * 60_000;
    let days = local_ms.div_euclid(86_400_000) as i64;
    // Howard Hinnant's days-to-civil algorithm, for the proleptic Gregorian calendar.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// A date as people write it: "27 november 2026", "27 November 2026".
pub fn date_in_words(ms: u64, offset_minutes: i64, lang: Lang) -> String {
    let (year, month, day) = civil_date(ms, offset_minutes);
    let months = match lang {
        Lang::Nl => &MONTHS_NL,
        Lang::En => &MONTHS_EN,
    };
    let name = months[(month as usize).saturating_sub(1).min(11)];
    format!("{day} {name} {year}")
}

/// A CSS string literal holding `text`: quotes and backslashes escaped, line breaks as `\A`, and
/// `<` escaped so the text can never end the `<style>` element it is put in.
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\A "),
            '<' => out.push_str("\\3C "),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The page rules of the printed report: `running` (the title and date) at the top left of every
/// page and the page number at the bottom right, from a template such as "pagina {page} van
/// {pages}" whose placeholders become the CSS page counters. Page margin boxes: Chromium prints
/// them from version 131; browsers without them ignore the rules and print their own header and
/// footer, if the person has those switched on.
pub fn page_rules(running: &str, page_of: &str) -> String {
    let mut number = Vec::new();
    let mut rest = page_of;
    while let Some(start) = rest.find('{') {
        let (before, after) = rest.split_at(start);
        let Some(end) = after.find('}') else { break };
        if !before.is_empty() {
            number.push(css_string(before));
        }
        match &after[1..end] {
            "page" => number.push("counter(page)".to_owned()),
            "pages" => number.push("counter(pages)".to_owned()),
            other => number.push(css_string(&format!("{{{other}}}"))),
        }
        rest = &after[end + 1..];
    }
    if !rest.is_empty() {
        number.push(css_string(rest));
    }
    format!(
        "@page{{@top-left{{content:{}}}@bottom-right{{content:{}}}}}",
        css_string(running),
        number.join(" ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_the_calendar_day_where_the_person_is() {
        // 2026-11-27T23:30:00Z
        let late_evening_utc = 1_795_822_200_000;
        let cases = [
            (0, 0, (1970, 1, 1)),
            (late_evening_utc, 0, (2026, 11, 27)),
            // Amsterdam (UTC+1 in winter) is already on the next day.
            (late_evening_utc, 60, (2026, 11, 28)),
            (late_evening_utc, -300, (2026, 11, 27)),
            // 2024-02-29T12:00:00Z, a leap day.
            (1_709_208_000_000, 0, (2024, 2, 29)),
            // 2000-03-01T00:00:00Z
            (951_868_800_000, 0, (2000, 3, 1)),
            // 2026-12-31T23:59:59.999Z
            (1_798_761_599_999, 0, (2026, 12, 31)),
            (1_798_761_599_999, 1, (2027, 1, 1)),
        ];
        for (ms, offset, expected) in cases {
            assert_eq!(civil_date(ms, offset), expected, "{ms} at {offset}");
        }
    }

    #[test]
    fn dates_are_written_out_in_each_language() {
        let ms = 1_795_822_200_000;
        assert_eq!(date_in_words(ms, 0, Lang::Nl), "27 november 2026");
        assert_eq!(date_in_words(ms, 0, Lang::En), "27 November 2026");
        assert_eq!(
            date_in_words(1_709_208_000_000, 0, Lang::Nl),
            "29 februari 2024"
        );
    }

    #[test]
    fn css_strings_cannot_break_out_of_their_quotes_or_the_style_element() {
        let cases = [
            ("plain", r#""plain""#),
            (r#"say "hi""#, r#""say \"hi\"""#),
            (r"a\b", r#""a\\b""#),
            ("</style><script>", r#""\3C /style>\3C script>""#),
            ("two\nlines", r#""two\A lines""#),
        ];
        for (text, expected) in cases {
            assert_eq!(css_string(text), expected, "{text}");
        }
    }

    #[test]
    fn page_rules_put_the_running_title_on_top_and_counters_in_the_page_number() {
        let css = page_rules("Rapport · 27 november 2026", "pagina {page} van {pages}");
        assert_eq!(
            css,
            r#"@page{@top-left{content:"Rapport · 27 november 2026"}@bottom-right{content:"pagina " counter(page) " van " counter(pages)}}"#
        );
        let css = page_rules("R", "{page}/{pages}");
        assert!(
            css.ends_with(r#"content:counter(page) "/" counter(pages)}}"#),
            "{css}"
        );
    }

    #[test]
    fn the_content_version_tells_two_content_files_apart() {
        assert_eq!(fnv1a(b""), 0x811c_9dc5);
        assert_eq!(fnv1a(b"a"), 0xe40c_292c);
        assert_ne!(fnv1a(b"{\"a\":1}"), fnv1a(b"{\"a\":2}"));
        assert_eq!(content_version(None, 0xe40c_292c, Lang::Nl), "e40c292c");
        assert_eq!(content_version(None, 0xab, Lang::En), "000000ab");
        assert_eq!(
            content_version(Some((2, "2026-12-02")), 0xab, Lang::Nl),
            "2 (2 december 2026)"
        );
        assert_eq!(
            content_version(Some((2, "2026-12-02")), 0xab, Lang::En),
            "2 (2 December 2026)"
        );
        assert_eq!(content_version(Some((1, "")), 0xab, Lang::Nl), "1");
        assert_eq!(
            content_version(Some((3, "2026-13-01")), 0xab, Lang::Nl),
            "3"
        );
    }
}
