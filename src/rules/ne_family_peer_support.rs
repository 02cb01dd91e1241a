//! Nebraska: Family Peer Support, for caregivers (DHHS Division of Behavioral Health), program
//! `ne-family-peer-support`.
//!
//! Source: `000_cb1551f63f5ea02a.txt`, the same service definition as `ne-peer-support`:
//! Utilization Guidelines, I. Admission Guidelines, item 4 ("For Family Peer Support, ...") and
//! Program Expectations. Each criterion stands beside the passage it encodes. The enrolment in
//! active behavioral health services and the clinical assessment are shared with Peer Support
//! and come from `ne_peer_support.rs`.

use super::ne_peer_support::{ACTIVE_BH_SERVICES, ACTIVE_SERVICES, ASSESSMENT, CLINICAL_ASSESSMENT, DOCUMENT, SERVICE};
use crate::model::*;

pub const PROGRAM: Program = Program {
    id: "ne-family-peer-support",
    state: "NE",
    title: Words {
        staff_en: "Family Peer Support (Nebraska DHHS Division of Behavioral Health)",
        staff_es: "Apoyo de Pares para Familias (División de Salud Conductual del DHHS de Nebraska)",
        family_en: "Family Peer Support for caregivers (Nebraska Division of Behavioral Health)",
        family_es: "Apoyo de Pares para Familias, para cuidadores (División de Salud Conductual de Nebraska)",
    },
    version: "2026-11-23",
    effective_from: None,
    document: DOCUMENT,
    questions: &[
        Question::yes_no(
            "caregiver_of_child",
            Words {
                staff_en: "Is the applicant the caregiver of a child/adolescent?",
                staff_es: "¿Es la persona solicitante quien cuida de un niño/adolescente?",
                family_en: "Are you the caregiver of a child or teenager (a parent or another adult raising them)?",
                family_es: "¿Es usted quien cuida de un niño, niña o adolescente (madre, padre u otro adulto a cargo)?",
            },
        ),
        Question::yes_no(
            "child_condition",
            Words {
                staff_en: "Does the child/adolescent live with a serious emotional disturbance (significant functional impairment due to a behavioral health diagnosis) or a substance use disorder?",
                staff_es: "¿Vive el niño/adolescente con un trastorno emocional grave (deterioro funcional significativo debido a un diagnóstico de salud conductual) o con un trastorno por uso de sustancias?",
                family_en: "Does the child in your care have a behavioral health diagnosis that seriously affects daily life (at home, at school or with others), or a substance use disorder?",
                family_es: "¿El niño o adolescente a su cargo tiene un diagnóstico de salud conductual que afecta seriamente su vida diaria (en casa, en la escuela o con otras personas), o un trastorno por uso de sustancias?",
            },
        ),
        Question::yes_no(
            "urgent_challenges",
            Words {
                staff_en: "Is the child/adolescent experiencing urgent behavioral/emotional challenges in the home, school and/or community?",
                staff_es: "¿Está el niño/adolescente pasando por problemas conductuales o emocionales urgentes en el hogar, la escuela y/o la comunidad?",
                family_en: "Is the child in your care having urgent behavior or emotional problems right now, at home, at school or in the community?",
                family_es: "¿El niño o adolescente a su cargo tiene ahora problemas urgentes de conducta o emocionales en casa, en la escuela o en la comunidad?",
            },
        ),
        ACTIVE_BH_SERVICES,
        CLINICAL_ASSESSMENT,
    ],
    criteria: &[
        Criterion::eligibility(
            "ne.family.caregiver",
            Citation {
                section: "Utilization Guidelines, I. Admission Guidelines",
                quote: "For Family Peer Support, caregiver of a child/adolescent",
            },
            Test::Yes {
                question: "caregiver_of_child",
                says: Verdicts {
                    pass: Words {
                        staff_en: "Is the caregiver of a child/adolescent.",
                        staff_es: "Cuida de un niño/adolescente.",
                        family_en: "You are the caregiver of a child or teenager.",
                        family_es: "Usted cuida de un niño, niña o adolescente.",
                    },
                    fail: Words {
                        staff_en: "Is not the caregiver of a child/adolescent; Family Peer Support is for caregivers.",
                        staff_es: "No cuida de un niño/adolescente; el Apoyo de Pares para Familias es para cuidadores.",
                        family_en: "Family peer support is for people who care for a child or teenager, and you said you do not.",
                        family_es: "El apoyo de pares para familias es para quienes cuidan de un niño, niña o adolescente, y usted dijo que no es su caso.",
                    },
                },
            },
        ),
        // Item 4 says "severe emotional disturbance" and then defines "Serious Emotional
        // Disturbance" ("evidenced by significant functional impairments due to their
        // behavioral health diagnosis"); the question folds that definition in.
        Criterion::eligibility(
            "ne.family.child_condition",
            Citation {
                section: "Utilization Guidelines, I. Admission Guidelines",
                quote: "caregiver of a child/adolescent living with a severe emotional disturbance, substance use disorder",
            },
            Test::Yes {
                question: "child_condition",
                says: Verdicts {
                    pass: Words {
                        staff_en: "The child/adolescent lives with a serious emotional disturbance or a substance use disorder.",
                        staff_es: "El niño/adolescente vive con un trastorno emocional grave o un trastorno por uso de sustancias.",
                        family_en: "The child in your care has a serious behavioral health condition or a substance use disorder.",
                        family_es: "El niño o adolescente a su cargo tiene una condición de salud conductual grave o un trastorno por uso de sustancias.",
                    },
                    fail: Words {
                        staff_en: "The child/adolescent has no serious emotional disturbance or substance use disorder, which Family Peer Support requires.",
                        staff_es: "El niño/adolescente no tiene un trastorno emocional grave ni un trastorno por uso de sustancias, requisito del Apoyo de Pares para Familias.",
                        family_en: "This service is for caregivers of a child with a serious behavioral health condition or a substance use disorder, and you said that does not apply.",
                        family_es: "Este servicio es para quienes cuidan de un niño o adolescente con una condición de salud conductual grave o un trastorno por uso de sustancias, y usted dijo que no es el caso.",
                    },
                },
            },
        ),
        Criterion::eligibility(
            "ne.family.urgent_challenges",
            Citation {
                section: "Utilization Guidelines, I. Admission Guidelines",
                quote: "who is experiencing urgent behavioral/emotional challenges in the home, school, and/or community.",
            },
            Test::Yes {
                question: "urgent_challenges",
                says: Verdicts {
                    pass: Words {
                        staff_en: "The child/adolescent is experiencing urgent behavioral/emotional challenges in the home, school and/or community.",
                        staff_es: "El niño/adolescente pasa por problemas conductuales o emocionales urgentes en el hogar, la escuela y/o la comunidad.",
                        family_en: "The child in your care is having urgent behavior or emotional problems.",
                        family_es: "El niño o adolescente a su cargo tiene problemas urgentes de conducta o emocionales.",
                    },
                    fail: Words {
                        staff_en: "The child/adolescent is not experiencing urgent behavioral/emotional challenges, which Family Peer Support requires.",
                        staff_es: "El niño/adolescente no pasa por problemas conductuales o emocionales urgentes, requisito del Apoyo de Pares para Familias.",
                        family_en: "This service is for caregivers of a child with urgent behavior or emotional problems, and you said there are none right now.",
                        family_es: "Este servicio es para quienes cuidan de un niño o adolescente con problemas urgentes de conducta o emocionales, y usted dijo que ahora no los hay.",
                    },
                },
            },
        ),
        ACTIVE_SERVICES,
        ASSESSMENT,
    ],
    service: SERVICE,
    standing_notes: &[],
};
