//! What is kept and carried: change stamps and merging, the team set and the history, the
//! saved record (a boundary with its own format versions), the session and the result codes.
//! Uses `model` and `score`.

pub mod codes;
pub mod kept;
pub mod merge;
pub mod saved;
pub mod session;
