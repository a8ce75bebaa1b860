//! Insight rules: conditions over area scores, levels and gaps, written in the content file and
//! evaluated by a small interpreter. (Interpreter: see the engine issue.)

use crate::core::model::Text;

/// An insight worth a conversation, shown when its condition holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    pub id: String,
    /// The condition as written in the content file.
    pub when: String,
    pub title: Text,
    pub text: Text,
}
