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

/// The facilitator's workbench (`workbench.html`): which of its views a link opens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum WorkbenchView {
    /// The team overview (codes of colleagues, their chart and tables).
    #[default]
    Team,
    /// The scans kept on this device, and comparing two of them.
    History,
}

impl WorkbenchView {
    fn id(self) -> &'static str {
        match self {
            WorkbenchView::Team => "team",
            WorkbenchView::History => "history",
        }
    }

    /// The view a workbench address asks for (`view=…` in its fragment); the team overview
    /// when it names none or one this build does not know.
    pub fn from_fragment(fragment: &str) -> WorkbenchView {
        match value(fragment, "view").as_deref() {
            Some("history") => WorkbenchView::History,
            _ => WorkbenchView::Team,
        }
    }
}

/// Keys that belong to one page's address only: a result code is the widget's, the view and
/// the way back are the workbench's.
const PAGE_KEYS: [&str; 3] = ["r", "view", "back"];

/// The pairs of a fragment that both pages share (the host's settings, `page`), re-encoded.
fn shared_pairs(fragment: &str) -> Vec<String> {
    pairs(fragment)
        .filter(|(key, _)| !PAGE_KEYS.contains(&key.as_str()))
        .map(|(key, value)| format!("{}={}", encode(&key), encode(&value)))
        .collect()
}

/// The fragment that opens the workbench from the widget: the widget's settings and host page,
/// which view, and, when the widget is mounted on another page than its own, that page
/// (`back`), so that the workbench's way back returns there. A result code stays behind.
pub fn workbench_fragment(fragment: &str, view: WorkbenchView, back: Option<&str>) -> String {
    let mut out = shared_pairs(fragment);
    out.push(format!("view={}", view.id()));
    if let Some(back) = back {
        out.push(format!("back={}", encode(back)));
    }
    format!("#{}", out.join("&"))
}

/// The fragment that takes the workbench back to the widget's own page: the shared settings.
pub fn widget_fragment(fragment: &str) -> String {
    let out = shared_pairs(fragment);
    if out.is_empty() {
        String::new()
    } else {
        format!("#{}", out.join("&"))
    }
}

/// The page the workbench's way back leads to, when the widget was mounted on another page
/// (`back`): only an http(s) address of the workbench's own origin, so that a crafted link
/// cannot make "back to the scan" lead to another site. `None`: the widget's own page.
pub fn back_page(fragment: &str, own_address: &str) -> Option<String> {
    let back = value(fragment, "back")?;
    let back = back.split('#').next().unwrap_or_default();
    if back.len() > MAX_PAGE || back.chars().any(char::is_whitespace) {
        return None;
    }
    (origin(back)? == origin(own_address)?).then(|| back.to_owned())
}

/// Percent-encoding as `URLSearchParams` reads it: every byte but `A-Z a-z 0-9 - . _ ~` escaped.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

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

    #[test]
    fn the_workbench_gets_the_shared_settings_and_its_view_and_never_the_code() {
        let frame = "#lang=en&theme=dark&r=ABCD&page=https%3A%2F%2Fwww.bureau.nl%2Fscan%3Fa%3D1";
        let there = workbench_fragment(frame, WorkbenchView::History, None);
        assert_eq!(
            there,
            "#lang=en&theme=dark&page=https%3A%2F%2Fwww.bureau.nl%2Fscan%3Fa%3D1&view=history"
        );
        assert_eq!(WorkbenchView::from_fragment(&there), WorkbenchView::History);
        assert_eq!(shared_code(&there), None);
        // Back on the widget's page: the same settings and host page, no view.
        assert_eq!(
            widget_fragment(&there),
            "#lang=en&theme=dark&page=https%3A%2F%2Fwww.bureau.nl%2Fscan%3Fa%3D1"
        );
        assert_eq!(widget_fragment("#view=team"), "");
        assert_eq!(
            workbench_fragment("", WorkbenchView::Team, None),
            "#view=team"
        );
        assert_eq!(
            WorkbenchView::from_fragment("#view=team"),
            WorkbenchView::Team
        );
        assert_eq!(
            WorkbenchView::from_fragment("#view=other"),
            WorkbenchView::Team
        );
        assert_eq!(WorkbenchView::from_fragment(""), WorkbenchView::Team);
        // A value with spaces, ampersands or non-ASCII survives the round trip.
        let odd = workbench_fragment("#contact-name=A%26B+%C3%A9", WorkbenchView::Team, None);
        assert_eq!(value(&odd, "contact-name").as_deref(), Some("A&B é"));
    }

    #[test]
    fn the_way_back_leads_only_to_a_page_of_the_workbenchs_own_origin() {
        let own = "https://www.bureau.nl/zelfscan/workbench.html";
        let there = workbench_fragment(
            "",
            WorkbenchView::Team,
            Some("https://www.bureau.nl/diensten/scan?x=1"),
        );
        assert_eq!(
            back_page(&there, own).as_deref(),
            Some("https://www.bureau.nl/diensten/scan?x=1")
        );
        assert_eq!(back_page("#view=team", own), None);
        for bad in [
            "#back=https%3A%2F%2Fevil.example%2F",
            "#back=https%3A%2F%2Fwww.bureau.nl.evil.example%2F",
            "#back=http%3A%2F%2Fwww.bureau.nl%2F",
            "#back=javascript%3Aalert(1)",
            "#back=%2F%2Fevil.example%2F",
            "#back=https%3A%2F%2Fwww.bureau.nl%2Fa%20b",
        ] {
            assert_eq!(back_page(bad, own), None, "{bad}");
        }
    }
}
