//! The pure core: what runs in the browser besides the UI, in five parts. Each part may use only
//! the parts listed before it:
//!
//! 1. [`model`]: the shared words (`vocab`), the validated questionnaire (`Scan` and its
//!    parts), the insight rules' language and what one person answered. Uses nothing else.
//! 2. [`score`]: one person's profile (`scoring`), the five guiding questions (`guiding`), many
//!    people (`team`), two scans compared (`compare`), sample answer sets. Uses `model`.
//! 3. [`keep`]: what is kept and carried: change stamps and merging (`merge`), the team set and
//!    the history (`kept`), the saved record (`saved`), the session (`session`) and the result
//!    codes (`codes`). Uses `model` and `score`.
//! 4. [`view`]: what is shown: the UI strings (`texts`), chart geometry, the report's dates and
//!    page rules, CSV, and the static markup of the team view and the comparison. Uses the parts
//!    above.
//! 5. [`embed`]: the host page: its settings (`config`), the events it hears (`host`) and what
//!    the address says (`address`). Uses the parts above.
//!
//! **Architecture invariant:** nothing here imports `leptos`, `web_sys` or `gloo` (the crate
//! does not depend on them); it is tested natively with `cargo test`. Content files are loaded
//! and checked by the `zelfscan-content` crate, at build time.

pub mod model;

pub mod score;

pub mod keep;

pub mod view;

pub mod embed;

#[cfg(test)]
mod fixture;
