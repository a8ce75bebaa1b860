//! The domain's words and data: the questionnaire as validated static data, the insight rules'
//! language and one person's answers. The lowest part: it uses no other.

pub mod answers;
pub mod rules;
mod scan;
pub mod vocab;

pub use scan::*;
