//! Nebraska: Peer Support, continued stay review, program `ne-peer-support-continued-stay`: may
//! someone already receiving Peer Support continue?
//!
//! Source: `000_cb1551f63f5ea02a.txt`, Utilization Guidelines, II. Continued Stay Guidelines:
//! "All of the following Guidelines are necessary for continuing treatment". Item 1 ("continues
//! to meet the admission guidelines") is the admission's eligibility criteria asked again, the
//! very same constants as `ne_peer_support.rs` (ids, words and sources); items 2 and 3 follow,
//! each beside its passage. Item 2 is shared with the Family Peer Support review.
//!
//! No requirement (the assessment comes before admission), no standing note, no service facts.

use super::ne_peer_support::{
    ACTIVE_BH_SERVICES, ACTIVE_SERVICES, DEFICITS, DISORDER, DOCUMENT, FUNCTIONAL_DEFICITS, MH_SUD_DISORDER, SERVICE,
};
use crate::model::*;

pub const CONTINUED_STAY: &str = "Utilization Guidelines, II. Continued Stay Guidelines";

/// Item 3's passage, shared with the Family Peer Support review (which words it for the family).
pub const PROGRESS_SOURCE: Citation = Citation {
    section: CONTINUED_STAY,
    quote: "The individual/family is making progress toward their goals and is actively participating in the interventions.",
};

/// Item 2, the same in both reviews.
pub const SUBSTANTIAL_BENEFIT: Question = Question::yes_no(
    "substantial_benefit",
    Words {
 en: Said { staff: "Do objective behavioral measurements of improvement show a reasonable likelihood of substantial benefit from active continuation of this service?", family: "Do objective measures of behavior show improvement, so that going on with this service is likely to help a lot?", child: None },
 es: Said { staff: "¿Muestran las mediciones conductuales objetivas de mejora una probabilidad razonable de beneficio sustancial si el servicio continúa activamente?", family: "¿Muestran medidas objetivas de la conducta una mejora, de modo que seguir con este servicio probablemente ayude mucho?", child: None },
 },
);

/// `ne.continued.benefit`: item 2, the same in both reviews.
pub const BENEFIT: Criterion = Criterion::eligibility(
    "ne.continued.benefit",
    Citation {
        section: CONTINUED_STAY,
        quote: "There is reasonable likelihood of substantial benefit as a result of active continuation of this service as demonstrated by objective behavioral measurements of improvements; and",
    },
    Test::Yes {
        question: "substantial_benefit",
        says: Verdicts {
            pass: Words {
 en: Said { staff: "Objective behavioral measurements of improvement show a reasonable likelihood of substantial benefit from continuing.", family: "Objective measures of behavior show improvement, so going on with this service is likely to help a lot.", child: None },
 es: Said { staff: "Las mediciones conductuales objetivas de mejora muestran una probabilidad razonable de beneficio sustancial si continúa.", family: "Medidas objetivas de la conducta muestran una mejora, así que seguir con este servicio probablemente ayude mucho.", child: None },
 },
            fail: Words {
 en: Said { staff: "Objective behavioral measurements of improvement do not show a reasonable likelihood of substantial benefit from continuing, which a continued stay requires.", family: "The service goes on only if objective measures of behavior show it is likely to help a lot. You said they do not.", child: None },
 es: Said { staff: "Las mediciones conductuales objetivas de mejora no muestran una probabilidad razonable de beneficio sustancial si continúa, requisito de la continuidad.", family: "El servicio sigue solo si medidas objetivas de la conducta muestran que probablemente ayude mucho. Usted dijo que no lo muestran.", child: None },
 },
        },
    },
);

pub const PROGRAM: Program = Program {
    id: "ne-peer-support-continued-stay",
    state: "NE",
    state_name: super::ne_peer_support::STATE_NAME,
    title: Words {
 en: Said { staff: "Peer Support: continued stay review (Nebraska DHHS Division of Behavioral Health)", family: "Peer Support: can you keep getting it? (Nebraska Division of Behavioral Health)", child: None },
 es: Said { staff: "Apoyo de Pares: revisión de continuidad (División de Salud Conductual del DHHS de Nebraska)", family: "Apoyo de Pares: ¿puede seguir recibiéndolo? (División de Salud Conductual de Nebraska)", child: None },
 },
    stage: Stage::ContinuedStay { review_of: "ne-peer-support" },
    serves: Serves::Person,
    version: "2026-11-30",
    effective_from: None,
    document: DOCUMENT,
    questions: &[
        MH_SUD_DISORDER,
        ACTIVE_BH_SERVICES,
        FUNCTIONAL_DEFICITS,
        SUBSTANTIAL_BENEFIT,
        Question::yes_no(
            "making_progress",
            Words {
 en: Said { staff: "Is the individual making progress toward their goals and actively participating in the interventions?", family: "Are you making progress toward your goals, and taking an active part in the help you get?", child: None },
 es: Said { staff: "¿La persona avanza hacia sus metas y participa activamente en las intervenciones?", family: "¿Usted avanza hacia sus metas y participa activamente en la ayuda que recibe?", child: None },
 },
        ),
    ],
    criteria: &[
        DISORDER,
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
 en: Said { staff: "The individual is making progress toward their goals and is actively participating in the interventions.", family: "You are making progress toward your goals and taking an active part in the help you get.", child: None },
 es: Said { staff: "La persona avanza hacia sus metas y participa activamente en las intervenciones.", family: "Usted avanza hacia sus metas y participa activamente en la ayuda que recibe.", child: None },
 },
                    fail: Words {
 en: Said { staff: "The individual is not both making progress toward their goals and actively participating in the interventions, which a continued stay requires.", family: "The service goes on only if you make progress toward your goals and take an active part in the help you get. You said that is not so.", child: None },
 es: Said { staff: "La persona no avanza hacia sus metas o no participa activamente en las intervenciones, requisito de la continuidad.", family: "El servicio sigue solo si usted avanza hacia sus metas y participa activamente en la ayuda que recibe. Usted dijo que no es así.", child: None },
 },
                },
            },
        ),
    ],
    service: SERVICE,
    standing_notes: &[],
    // Whom to ask is the admission program's.
    ask: super::ne_peer_support::PROGRAM.ask,
};
