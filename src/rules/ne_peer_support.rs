//! STUB: to be written from its source document (see nc_pss.rs for the pattern).

use crate::model::*;

pub const PROGRAM: Program = Program {
    id: "ne-peer-support",
    state: "NE",
    title: Words::same("ne-peer-support", "ne-peer-support"),
    version: "2026-11-22",
    effective_from: None,
    document: Document { file: "", title: "" },
    questions: &[],
    criteria: &[],
    service: Service {
        unit_minutes: None,
        rate_cents: None,
        procedure_code: None,
        max_units_per_day: None,
        max_units_per_month: None,
    },
    standing_notes: &[],
};
