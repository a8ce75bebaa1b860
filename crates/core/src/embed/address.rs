//! What the address's fragment tells the widget. The fragment never reaches a server, so it is
//! where a result link carries its code: `#r=CODE`. In an iframe that `embed.js` made, the
//! fragment is a list of `key=value` pairs (the host's settings), to which the host page adds
//! the code it was opened with (`r`) and its own address (`page`), so that the widget's result
//! links point at the host page rather than at the frame.
//!
//! **Safety invariant:** the fragment is outside data that anyone can write into a link. A
//! `page` is used only in a frame, only when it is an http(s) address, and only when the
//! frame's referrer (the embedding page, as the browser reports it) has the same origin, so a
//! crafted link cannot make the widget hand out result links to another site.

/// The longest `page` address taken from a fragment.
const MAX_PAGE: usize = 2000;

/// The pairs of a fragment (with or without its `#`), percent-decoded; a pair without `=` has an
/// empty value, and a pair that does not decode is left out.
fn pairs(fragment: &str) -> impl Iterator<Item = (String, String)> + '_ {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            Some((decode(key)?, decode(value)?))
        })
}

/// The value of `key` in a fragment, the first if it occurs more than once.
fn value(fragment: &str, key: &str) -> Option<String> {
    pairs(fragment).find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Percent-decoding as `URLSearchParams` writes it (`+` is a space); `None` for a broken escape
/// or bytes that are not UTF-8.
fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The result code a link carries (`#r=CODE`, or `r` among the frame's pairs), as written: the
/// code reader says what is wrong with it, if anything.
pub fn shared_code(fragment: &str) -> Option<String> {
    value(fragment, "r")
}

/// `scheme://host[:port]` of an http(s) address.
fn origin(address: &str) -> Option<&str> {
    let rest = address
        .strip_prefix("https://")
        .or_else(|| address.strip_prefix("http://"))?;
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    if host_end == 0 {
        return None;
    }
    Some(&address[..address.len() - rest.len() + host_end])
}

/// The host page's address, without fragment, that result links should point at; `None` when
/// the links should point at the widget's own page (see the module's safety invariant).
pub fn host_page(fragment: &str, framed: bool, referrer: &str) -> Option<String> {
    if !framed {
        return None;
    }
    let page = value(fragment, "page")?;
    let page = page.split('#').next().unwrap_or_default();
    if page.len() > MAX_PAGE || page.chars().any(char::is_whitespace) {
        return None;
    }
    let page_origin = origin(page)?;
    (origin(referrer)? == page_origin).then(|| page.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_result_link_and_a_frame_fragment_both_give_the_code() {
        assert_eq!(shared_code("#r=ABCD-EFGH").as_deref(), Some("ABCD-EFGH"));
        assert_eq!(
            shared_code("#lang=en&r=ABCD-EFGH&page=http%3A%2F%2Fx.nl%2F").as_deref(),
            Some("ABCD-EFGH")
        );
        assert_eq!(shared_code("r=1234").as_deref(), Some("1234"));
        assert_eq!(shared_code("#lang=en&theme=dark"), None);
        assert_eq!(shared_code(""), None);
        assert_eq!(shared_code("#"), None);
        // An empty code is still a code the reader will call "not a code".
        assert_eq!(shared_code("#r=").as_deref(), Some(""));
        // A broken escape is not silently read as something else.
        assert_eq!(shared_code("#r=AB%G1"), None);
        assert_eq!(shared_code("#r=AB%2"), None);
        assert_eq!(shared_code("#r=%C3%A9+x").as_deref(), Some("é x"));
    }

    #[test]
    fn the_host_page_is_used_only_in_a_frame_embedded_by_that_page() {
        let fragment = "#lang=nl&page=https%3A%2F%2Fwww.bureau.nl%2Fzelfscan%3Fa%3D1";
        let page = "https://www.bureau.nl/zelfscan?a=1";
        assert_eq!(
            host_page(fragment, true, "https://www.bureau.nl/").as_deref(),
            Some(page)
        );
        assert_eq!(
            host_page(fragment, true, "https://www.bureau.nl/zelfscan?a=1").as_deref(),
            Some(page)
        );
        // Not framed: the widget's own page is the host page.
        assert_eq!(host_page(fragment, false, "https://www.bureau.nl/"), None);
        // Embedded by another site than the page named, or with no referrer at all.
        assert_eq!(host_page(fragment, true, "https://evil.example/"), None);
        assert_eq!(
            host_page(fragment, true, "https://www.bureau.nl.evil.example/"),
            None
        );
        assert_eq!(host_page(fragment, true, "http://www.bureau.nl/"), None);
        assert_eq!(host_page(fragment, true, ""), None);
        // Only http(s) addresses with a host.
        for bad in [
            "#page=javascript%3Aalert(1)",
            "#page=data%3Atext%2Fhtml%2Cx",
            "#page=https%3A%2F%2F",
            "#page=%2Fzelfscan",
            "#page=https%3A%2F%2Fwww.bureau.nl%2Fa%20b",
        ] {
            assert_eq!(
                host_page(bad, true, "https://www.bureau.nl/"),
                None,
                "{bad}"
            );
        }
        // The page's own fragment is dropped; a port is part of the origin.
        assert_eq!(
            host_page(
                "#page=http%3A%2F%2Flocalhost%3A4175%2Fh.html%23x",
                true,
                "http://localhost:4175/h.html"
            )
            .as_deref(),
            Some("http://localhost:4175/h.html")
        );
        assert_eq!(
            host_page(
                "#page=http%3A%2F%2Flocalhost%3A4175%2Fh.html",
                true,
                "http://localhost:4176/"
            ),
            None
        );
        let long = format!("#page=https%3A%2F%2Fx.nl%2F{}", "a".repeat(MAX_PAGE));
        assert_eq!(host_page(&long, true, "https://x.nl/"), None);
    }
}
