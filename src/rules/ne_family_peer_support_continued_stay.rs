//! Nebraska: Family Peer Support, continued stay review, program
//! `ne-family-peer-support-continued-stay`: may a caregiver already receiving Family Peer
//! Support continue?
//!
//! Source: `000_cb1551f63f5ea02a.txt`, Utilization Guidelines, II. Continued Stay Guidelines,
//! the same as for Peer Support: item 1 is Family Peer Support's eligibility criteria asked
//! again (the constants of `ne_family_peer_support.rs`); item 2 is shared with the Peer Support
//! review; item 3 speaks of "the individual/family", worded here for the caregiver's family.
//!
//! No requirement, no standing note, no service facts.

use super::ne_family_peer_support::{
    ACTIVE_BH_SERVICES, ACTIVE_SERVICES, CAREGIVER, CAREGIVER_OF_CHILD, CHILD_CONDITION, CONDITION, DEFICITS,
    FUNCTIONAL_DEFICITS, URGENT, URGENT_CHALLENGES,
};
use super::ne_peer_support::{DOCUMENT, SERVICE};
use super::ne_peer_support_continued_stay::{BENEFIT, PROGRESS_SOURCE, SUBSTANTIAL_BENEFIT};
use crate::model::*;

pub const PROGRAM: Program = Program {
    id: "ne-family-peer-support-continued-stay",
    state: "NE",
    state_name: super::ne_peer_support::STATE_NAME,
    title: Words {
 en: Said { staff: "Family Peer Support: continued stay review (Nebraska DHHS Division of Behavioral Health)", family: "Family Peer Support: can you keep getting it? (Nebraska Division of Behavioral Health)", child: None },
 es: Said { staff: "Apoyo de Pares para Familias: revisión de continuidad (División de Salud Conductual del DHHS de Nebraska)", family: "Apoyo de Pares para Familias: ¿puede seguir recibiéndolo? (División de Salud Conductual de Nebraska)", child: None },
 },
    stage: Stage::ContinuedStay { review_of: "ne-family-peer-support" },
    serves: Serves::Caregiver,
    version: "2026-11-30",
    effective_from: None,
    document: DOCUMENT,
    questions: &[
        CAREGIVER_OF_CHILD,
        CHILD_CONDITION,
        URGENT_CHALLENGES,
        ACTIVE_BH_SERVICES,
        FUNCTIONAL_DEFICITS,
        SUBSTANTIAL_BENEFIT,
        Question::yes_no(
            "making_progress",
            Words {
 en: Said { staff: "Is the individual/family making progress toward their goals and actively participating in the interventions?", family: "Is your family making progress toward its goals, and taking an active part in the help you get?", child: None },
 es: Said { staff: "¿La persona o la familia avanza hacia sus metas y participa activamente en las intervenciones?", family: "¿Su familia avanza hacia sus metas y participa activamente en la ayuda que recibe?", child: None },
 },
        ),
    ],
    criteria: &[
        CAREGIVER,
        CONDITION,
        URGENT,
        ACTIVE_SERVICES,
        DEFICITS,
        BENEFIT,
        Criterion::eligibility(
            "ne.continued.progress",
            PROGRESS_SOURCE,
            Test::Yes {
                question: "making_progress",
                says: Verdicts {
                    pass: Words {
 en: Said { staff: "The individual/family is making progress toward their goals and is actively participating in the interventions.", family: "Your family is making progress toward its goals and taking an active part in the help you get.", child: None },
 es: Said { staff: "La persona o la familia avanza hacia sus metas y participa activamente en las intervenciones.", family: "Su familia avanza hacia sus metas y participa activamente en la ayuda que recibe.", child: None },
 },
                    fail: Words {
 en: Said { staff: "The individual/family is not both making progress toward their goals and actively participating in the interventions, which a continued stay requires.", family: "The service goes on only if your family makes progress toward its goals and takes an active part in the help you get. You said that is not so.", child: None },
 es: Said { staff: "La persona o la familia no avanza hacia sus metas o no participa activamente en las intervenciones, requisito de la continuidad.", family: "El servicio sigue solo si su familia avanza hacia sus metas y participa activamente en la ayuda que recibe. Usted dijo que no es así.", child: None },
 },
                },
            },
        ),
    ],
    service: SERVICE,
    standing_notes: &[],
    // Whom to ask is the admission program's.
    ask: super::ne_family_peer_support::PROGRAM.ask,
};
