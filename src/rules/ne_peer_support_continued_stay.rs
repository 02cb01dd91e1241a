//! Nebraska: Peer Support, continued stay review, program `ne-peer-support-continued-stay`: may
//! someone already receiving Peer Support continue?
//!
//! Source: `000_cb1551f63f5ea02a.txt`, Utilization Guidelines, II. Continued Stay Guidelines:
//! "All of the following Guidelines are necessary for continuing treatment". Item 1 ("continues
//! to meet the admission guidelines") is the admission's eligibility criteria asked again, the
//! very same constants as `ne_peer_support.rs` (ids, words and sources: their reasons say "which
//! the admission guidelines require", true at both stages); items 2 and 3 follow, each beside
//! its passage. Family Peer Support's review shares their passages and words them for the
//! caregiver's family.
//!
//! Item 2 rests on "objective behavioral measurements of improvements", which a person seldom
//! sees: the family wording asks what their peer support worker or care team has told them of
//! those measures, and to answer Not sure (unknown) when nobody has; its reasons say "You said",
//! never the family's report as a fact. Item 3 joins two conditions that must both hold
//! (progress and active participation): the question asks whether both are true, and says to
//! answer No if either is not.
//!
//! The program serves the person, who may check for themself or be a parent checking for a
//! child or teen (SCREENING.md §4.9): every text that speaks of the person has a form about
//! "your child" ("su hijo o hija").
//!
//! No requirement (the assessment is required only "prior to initiating peer support
//! services"), no standing note, no service facts.
//!
//! Not encoded, and why: the source has no discharge guidelines, so none can be encoded; the
//! Wellness and Recovery Service Plan is reviewed "a minimum of every 90 days", but the source
//! does not tie the continued stay review to that cycle, so no date to screen again is derived
//! from it (`rescreen_on` stays null); everything `ne_peer_support.rs` lists as not encoded
//! (how providers run the service, staffing, ratios, hours, record keeping) holds here too.

use super::ne_peer_support::{
    ACTIVE_BH_SERVICES, ACTIVE_SERVICES, DEFICITS, DISORDER, DOCUMENT, FUNCTIONAL_DEFICITS, MH_SUD_DISORDER, SERVICE,
};
use crate::model::*;

pub const CONTINUED_STAY: &str = "Utilization Guidelines, II. Continued Stay Guidelines";

/// Item 2's passage, shared with the Family Peer Support review (which words it for the family).
pub const BENEFIT_SOURCE: Citation = Citation {
    section: CONTINUED_STAY,
    quote: "There is reasonable likelihood of substantial benefit as a result of active continuation of this service as demonstrated by objective behavioral measurements of improvements; and",
};

/// Item 3's passage, shared with the Family Peer Support review (which words it for the family).
pub const PROGRESS_SOURCE: Citation = Citation {
    section: CONTINUED_STAY,
    quote: "The individual/family is making progress toward their goals and is actively participating in the interventions.",
};

/// Item 2, asked of the person (or of a parent about their child): what the care team has said.
pub const SUBSTANTIAL_BENEFIT: Question = Question::yes_no(
    "substantial_benefit",
    words! {
    en: Said { staff: "Do objective behavioral measurements of improvement show a reasonable likelihood of substantial benefit from active continuation of this service?", family: "Think of what your peer support worker or care team has told you about their measures, such as scores or ratings. Do those measures show you are improving, so that going on is likely to help you a lot? If they have not told you, answer Not sure.", child: Some("Think of what your child's peer support worker or care team has told you about their measures, such as scores or ratings. Do those measures show your child is improving, so that going on is likely to help your child a lot? If they have not told you, answer Not sure.") },
    es: Said { staff: "¿Muestran las mediciones conductuales objetivas de mejora una probabilidad razonable de beneficio sustancial si el servicio continúa activamente?", family: "Piense en lo que su persona de apoyo de pares o su equipo de atención le ha dicho sobre las mediciones que hacen, como puntajes o calificaciones. ¿Esas mediciones muestran que usted está mejorando, de modo que seguir probablemente le ayude mucho? Si no se lo han dicho, responda No sé.", child: Some("Piense en lo que la persona de apoyo de pares o el equipo de atención de su hijo o hija le ha dicho sobre las mediciones que hacen, como puntajes o calificaciones. ¿Esas mediciones muestran que su hijo o hija está mejorando, de modo que seguir probablemente le ayude mucho a su hijo o hija? Si no se lo han dicho, responda No sé.") },
    },
);

/// `ne.continued.benefit`: item 2. The family's answer is what they were told: the reasons say so.
pub const BENEFIT: Criterion = Criterion::eligibility(
    "ne.continued.benefit",
    BENEFIT_SOURCE,
    Test::Yes {
        question: "substantial_benefit",
        says: Verdicts {
            pass: words! {
            en: Said { staff: "Objective behavioral measurements of improvement show a reasonable likelihood of substantial benefit from continuing.", family: "You said the care team's measures show you are improving, so going on is likely to help you a lot.", child: Some("You said the care team's measures show your child is improving, so going on is likely to help your child a lot.") },
            es: Said { staff: "Las mediciones conductuales objetivas de mejora muestran una probabilidad razonable de beneficio sustancial si continúa.", family: "Usted dijo que las mediciones del equipo de atención muestran que usted está mejorando, así que seguir probablemente le ayude mucho.", child: Some("Usted dijo que las mediciones del equipo de atención muestran que su hijo o hija está mejorando, así que seguir probablemente le ayude mucho a su hijo o hija.") },
            },
            fail: words! {
            en: Said { staff: "Objective behavioral measurements of improvement do not show a reasonable likelihood of substantial benefit from continuing, which a continued stay requires.", family: "The service goes on only if measures show that going on is likely to help a lot. You said the care team's measures do not show that.", child: Some("The service goes on only if measures show that going on is likely to help a lot. You said the care team's measures do not show that for your child.") },
            es: Said { staff: "Las mediciones conductuales objetivas de mejora no muestran una probabilidad razonable de beneficio sustancial si continúa, requisito de la continuidad.", family: "El servicio sigue solo si las mediciones muestran que seguir probablemente ayude mucho. Usted dijo que las mediciones del equipo de atención no lo muestran.", child: Some("El servicio sigue solo si las mediciones muestran que seguir probablemente ayude mucho. Usted dijo que las mediciones del equipo de atención no lo muestran para su hijo o hija.") },
            },
        },
    },
);

/// Item 3, about the individual: both conditions, asked as both.
pub const MAKING_PROGRESS: Question = Question::yes_no(
    "making_progress",
    words! {
    en: Said { staff: "Is the individual both making progress toward their goals and actively participating in the interventions (answer No if either is not met)?", family: "Are both of these true: you are making progress toward your goals, and you take an active part in the help you get? If either one is not true, answer No.", child: Some("Are both of these true: your child is making progress toward their goals, and your child takes an active part in the help they get? If either one is not true, answer No.") },
    es: Said { staff: "¿La persona avanza hacia sus metas y, además, participa activamente en las intervenciones (responda No si alguna no se cumple)?", family: "¿Se cumplen las dos cosas: usted avanza hacia sus metas, y participa activamente en la ayuda que recibe? Si alguna de las dos no se cumple, responda No.", child: Some("¿Se cumplen las dos cosas: su hijo o hija avanza hacia sus metas, y participa activamente en la ayuda que recibe? Si alguna de las dos no se cumple, responda No.") },
    },
);

/// `ne.continued.progress`: item 3, about the individual.
pub const PROGRESS: Criterion = Criterion::eligibility(
    "ne.continued.progress",
    PROGRESS_SOURCE,
    Test::Yes {
        question: "making_progress",
        says: Verdicts {
            pass: words! {
            en: Said { staff: "The individual is making progress toward their goals and is actively participating in the interventions.", family: "You are making progress toward your goals and taking an active part in the help you get.", child: Some("Your child is making progress toward their goals and taking an active part in the help they get.") },
            es: Said { staff: "La persona avanza hacia sus metas y participa activamente en las intervenciones.", family: "Usted avanza hacia sus metas y participa activamente en la ayuda que recibe.", child: Some("Su hijo o hija avanza hacia sus metas y participa activamente en la ayuda que recibe.") },
            },
            fail: words! {
            en: Said { staff: "The individual is not both making progress toward their goals and actively participating in the interventions, which a continued stay requires.", family: "The service goes on only if you make progress toward your goals and take an active part in the help you get. You said that is not so.", child: Some("The service goes on only if your child makes progress toward their goals and takes an active part in the help they get. You said that is not so.") },
            es: Said { staff: "La persona no avanza hacia sus metas o no participa activamente en las intervenciones, requisito de la continuidad.", family: "El servicio sigue solo si usted avanza hacia sus metas y participa activamente en la ayuda que recibe. Usted dijo que no es así.", child: Some("El servicio sigue solo si su hijo o hija avanza hacia sus metas y participa activamente en la ayuda que recibe. Usted dijo que no es así.") },
            },
        },
    },
);

pub const PROGRAM: Program = Program {
    id: "ne-peer-support-continued-stay",
    state: "NE",
    state_name: super::ne_peer_support::STATE_NAME,
    title: words! {
        en: Said {
            staff: "Peer Support: continued stay review (Nebraska DHHS Division of Behavioral Health)",
            family: "Peer Support: can you keep getting it? (Nebraska Division of Behavioral Health)",
            child: Some("Peer Support: can your child keep getting it? (Nebraska Division of Behavioral Health)"),
        },
        es: Said {
            staff: "Apoyo de Pares: revisión de continuidad (División de Salud Conductual del DHHS de Nebraska)",
            family: "Apoyo de Pares: ¿puede seguir recibiéndolo? (División de Salud Conductual de Nebraska)",
            child: Some(
                "Apoyo de Pares: ¿puede su hijo o hija seguir recibiéndolo? (División de Salud Conductual de Nebraska)",
            ),
        },
    },
    stage: Stage::ContinuedStay { review_of: "ne-peer-support" },
    serves: Serves::Person,
    version: "2026-12-03",
    effective_from: None,
    document: DOCUMENT,
    questions: &[MH_SUD_DISORDER, ACTIVE_BH_SERVICES, FUNCTIONAL_DEFICITS, SUBSTANTIAL_BENEFIT, MAKING_PROGRESS],
    criteria: &[DISORDER, ACTIVE_SERVICES, DEFICITS, BENEFIT, PROGRESS],
    service: SERVICE,
    standing_notes: &[],
    // Whom to ask is the admission program's.
    ask: super::ne_peer_support::PROGRAM.ask,
};
