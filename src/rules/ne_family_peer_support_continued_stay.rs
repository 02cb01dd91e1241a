//! Nebraska: Family Peer Support, continued stay review, program
//! `ne-family-peer-support-continued-stay`: may a caregiver already receiving Family Peer
//! Support continue?
//!
//! Source: `000_cb1551f63f5ea02a.txt`, Utilization Guidelines, II. Continued Stay Guidelines,
//! the same as for Peer Support: item 1 is Family Peer Support's eligibility criteria asked
//! again (the constants of `ne_family_peer_support.rs`); items 2 and 3 speak of "the
//! individual/family" and share their passages with the Peer Support review, worded here for
//! the caregiver's family and the child in their care.
//!
//! Item 2 rests on "objective behavioral measurements of improvements", which a family seldom
//! sees: the family wording asks what the peer support worker or care team has told them of
//! those measures, for the child or the family, and to answer Not sure (unknown) when nobody
//! has; its reasons say "You said", never the family's report as a fact. Item 3 joins two
//! conditions that must both hold: the question asks whether both are true, and says to answer No
//! if either is not.
//!
//! The program serves the caregiver: its texts speak to the caregiver, of the child as the
//! child, and have no form about a child (`child: None`): `subject: child` is not offered.
//!
//! No requirement, no standing note, no service facts.
//!
//! Not encoded, and why: the source has no discharge guidelines, so none can be encoded; the
//! Wellness and Recovery Service Plan is reviewed "a minimum of every 90 days", but the source
//! does not tie the continued stay review to that cycle, so no date to screen again is derived
//! from it; everything `ne_family_peer_support.rs` lists as not encoded holds here too. Item 1
//! asks item 4's "urgent behavioral/emotional challenges" again, as "continues to meet the
//! admission guidelines" says, although items 2 and 3 look for improvement: that tension is the
//! source's, and is encoded as written.

use super::ne_family_peer_support::{
    ACTIVE_BH_SERVICES, ACTIVE_SERVICES, CAREGIVER, CAREGIVER_OF_CHILD, CHILD_CONDITION, CONDITION, DEFICITS,
    FUNCTIONAL_DEFICITS, URGENT, URGENT_CHALLENGES,
};
use super::ne_peer_support::{DOCUMENT, SERVICE};
use super::ne_peer_support_continued_stay::{BENEFIT_SOURCE, PROGRESS_SOURCE};
use crate::model::*;

/// Item 2, asked of the caregiver: what the care team has said of the child or the family.
pub const SUBSTANTIAL_BENEFIT: Question = Question::yes_no(
    "substantial_benefit",
    words! {
    en: Said { staff: "Do objective behavioral measurements of improvement show a reasonable likelihood of substantial benefit from active continuation of this service?", family: "Think of what your peer support worker or care team has told you about their measures, such as scores or ratings. Do those measures show the child in your care, or your family, improving, so that going on is likely to help a lot? If they have not told you, answer Not sure.", child: None },
    es: Said { staff: "¿Muestran las mediciones conductuales objetivas de mejora una probabilidad razonable de beneficio sustancial si el servicio continúa activamente?", family: "Piense en lo que su persona de apoyo de pares o su equipo de atención le ha dicho sobre las mediciones que hacen, como puntajes o calificaciones. ¿Esas mediciones muestran una mejora del niño, niña o adolescente a su cargo, o de su familia, de modo que seguir probablemente ayude mucho? Si no se lo han dicho, responda No sé.", child: None },
    },
);

/// `ne.continued.benefit`: item 2, for the child or the family. The answer is what the family
/// was told: the reasons say so.
pub const BENEFIT: Criterion = Criterion::eligibility(
    "ne.continued.benefit",
    BENEFIT_SOURCE,
    Test::Yes {
        question: "substantial_benefit",
        says: Verdicts {
            pass: words! {
            en: Said { staff: "Objective behavioral measurements of improvement show a reasonable likelihood of substantial benefit from continuing.", family: "You said the care team's measures show the child in your care, or your family, improving, so going on is likely to help a lot.", child: None },
            es: Said { staff: "Las mediciones conductuales objetivas de mejora muestran una probabilidad razonable de beneficio sustancial si continúa.", family: "Usted dijo que las mediciones del equipo de atención muestran una mejora del niño, niña o adolescente a su cargo, o de su familia, así que seguir probablemente ayude mucho.", child: None },
            },
            fail: words! {
            en: Said { staff: "Objective behavioral measurements of improvement do not show a reasonable likelihood of substantial benefit from continuing, which a continued stay requires.", family: "The service goes on only if measures show that going on is likely to help a lot. You said the care team's measures do not show that.", child: None },
            es: Said { staff: "Las mediciones conductuales objetivas de mejora no muestran una probabilidad razonable de beneficio sustancial si continúa, requisito de la continuidad.", family: "El servicio sigue solo si las mediciones muestran que seguir probablemente ayude mucho. Usted dijo que las mediciones del equipo de atención no lo muestran.", child: None },
            },
        },
    },
);

/// Item 3, about the individual/family: both conditions, asked as both.
pub const MAKING_PROGRESS: Question = Question::yes_no(
    "making_progress",
    words! {
    en: Said { staff: "Is the individual/family both making progress toward their goals and actively participating in the interventions (answer No if either is not met)?", family: "Are both of these true: your family is making progress toward its goals, and your family takes an active part in the help you get? If either one is not true, answer No.", child: None },
    es: Said { staff: "¿La persona o la familia avanza hacia sus metas y, además, participa activamente en las intervenciones (responda No si alguna no se cumple)?", family: "¿Se cumplen las dos cosas: su familia avanza hacia sus metas, y participa activamente en la ayuda que recibe? Si alguna de las dos no se cumple, responda No.", child: None },
    },
);

/// `ne.continued.progress`: item 3, for the individual/family.
pub const PROGRESS: Criterion = Criterion::eligibility(
    "ne.continued.progress",
    PROGRESS_SOURCE,
    Test::Yes {
        question: "making_progress",
        says: Verdicts {
            pass: words! {
            en: Said { staff: "The individual/family is making progress toward their goals and is actively participating in the interventions.", family: "Your family is making progress toward its goals and taking an active part in the help you get.", child: None },
            es: Said { staff: "La persona o la familia avanza hacia sus metas y participa activamente en las intervenciones.", family: "Su familia avanza hacia sus metas y participa activamente en la ayuda que recibe.", child: None },
            },
            fail: words! {
            en: Said { staff: "The individual/family is not both making progress toward their goals and actively participating in the interventions, which a continued stay requires.", family: "The service goes on only if your family makes progress toward its goals and takes an active part in the help you get. You said that is not so.", child: None },
            es: Said { staff: "La persona o la familia no avanza hacia sus metas o no participa activamente en las intervenciones, requisito de la continuidad.", family: "El servicio sigue solo si su familia avanza hacia sus metas y participa activamente en la ayuda que recibe. Usted dijo que no es así.", child: None },
            },
        },
    },
);

pub const PROGRAM: Program = Program {
    id: "ne-family-peer-support-continued-stay",
    state: "NE",
    state_name: super::ne_peer_support::STATE_NAME,
    title: words! {
    en: Said { staff: "Family Peer Support: continued stay review (Nebraska DHHS Division of Behavioral Health)", family: "Family Peer Support: can you keep getting it? (Nebraska Division of Behavioral Health)", child: None },
    es: Said { staff: "Apoyo de Pares para Familias: revisión de continuidad (División de Salud Conductual del DHHS de Nebraska)", family: "Apoyo de Pares para Familias: ¿puede seguir recibiéndolo? (División de Salud Conductual de Nebraska)", child: None },
    },
    stage: Stage::ContinuedStay { review_of: "ne-family-peer-support" },
    serves: Serves::Caregiver,
    version: "2026-12-03",
    effective_from: None,
    document: DOCUMENT,
    questions: &[
        CAREGIVER_OF_CHILD,
        CHILD_CONDITION,
        URGENT_CHALLENGES,
        ACTIVE_BH_SERVICES,
        FUNCTIONAL_DEFICITS,
        SUBSTANTIAL_BENEFIT,
        MAKING_PROGRESS,
    ],
    criteria: &[CAREGIVER, CONDITION, URGENT, ACTIVE_SERVICES, DEFICITS, BENEFIT, PROGRESS],
    service: SERVICE,
    standing_notes: &[],
    // Whom to ask is the admission program's.
    ask: super::ne_family_peer_support::PROGRAM.ask,
};
