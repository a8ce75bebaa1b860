//! Scoring: one person's profile, the five guiding questions, a team, and two scans compared.
//! Uses `model` only.

pub mod compare;
pub mod guiding;
pub mod headline;
pub mod sample;
pub mod scoring;
pub mod team;
