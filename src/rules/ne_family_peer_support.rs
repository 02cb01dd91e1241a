//! Nebraska: Family Peer Support, for caregivers (DHHS Division of Behavioral Health), program
//! `ne-family-peer-support`.
//!
//! Source: `000_cb1551f63f5ea02a.txt`, the same service definition as `ne-peer-support`:
//! Utilization Guidelines, I. Admission Guidelines and Program Expectations. "All criteria are
//! met" governs items 1 to 4, read about the child or adolescent the service is for
//! (SCREENING.md §4.3): item 1 is met by the child's condition (item 4's serious emotional
//! disturbance or substance use disorder), item 2 is the child's or the family's enrolment,
//! item 3 the child's symptoms or functional deficits, item 4 the caregiver and the child's
//! urgent challenges. Each criterion stands beside the passage it encodes; the passages of
//! items 2 and 3, the clinical assessment, the document and the service facts come from
//! `ne_peer_support.rs`. The review (`ne_family_peer_support_continued_stay.rs`) asks this
//! program's eligibility criteria again.

use super::ne_peer_support::{
    ACTIVE_SERVICES_SOURCE, ASSESSMENT, CLINICAL_ASSESSMENT, DOCUMENT, FUNCTIONAL_DEFICITS_SOURCE, SERVICE,
};
use crate::model::*;

pub const CAREGIVER_OF_CHILD: Question = Question::yes_no(
    "caregiver_of_child",
    Words {
        en: Said {
            staff: "Is the applicant the caregiver of a child/adolescent?",
            family: "Are you the caregiver of a child or teenager (a parent or another adult raising them)?",
            child: None,
        },
        es: Said {
            staff: "¿Es la persona solicitante quien cuida de un niño/adolescente?",
            family: "¿Es usted quien cuida de un niño, niña o adolescente (madre, padre u otro adulto a cargo)?",
            child: None,
        },
    },
);

pub const CHILD_CONDITION: Question = Question::yes_no(
    "child_condition",
    Words {
 en: Said { staff: "Does the child/adolescent live with a serious emotional disturbance (significant functional impairment due to a behavioral health diagnosis) or a substance use disorder?", family: "Does the child in your care have a substance use disorder? Or a behavioral health diagnosis that makes daily life much harder, at home, at school or with others?", child: None },
 es: Said { staff: "¿Vive el niño/adolescente con un trastorno emocional grave (deterioro funcional significativo debido a un diagnóstico de salud conductual) o con un trastorno por uso de sustancias?", family: "¿El niño o adolescente a su cargo tiene un trastorno por uso de sustancias? ¿O un diagnóstico de salud conductual que le hace mucho más difícil la vida diaria, en casa, en la escuela o con otras personas?", child: None },
 },
);

pub const URGENT_CHALLENGES: Question = Question::yes_no(
    "urgent_challenges",
    Words {
 en: Said { staff: "Is the child/adolescent experiencing urgent behavioral/emotional challenges in the home, school and/or community?", family: "Is the child in your care having urgent behavior or emotional problems right now? This could be at home, at school or in the community.", child: None },
 es: Said { staff: "¿Está el niño/adolescente pasando por problemas conductuales o emocionales urgentes en el hogar, la escuela y/o la comunidad?", family: "¿El niño o adolescente a su cargo tiene ahora problemas urgentes de conducta o emocionales? Puede ser en casa, en la escuela o en la comunidad.", child: None },
 },
);

/// Admission guideline 2, for Family Peer Support: the child's or the family's enrolment.
pub const ACTIVE_BH_SERVICES: Question = Question::yes_no(
    "active_bh_services",
    Words {
 en: Said { staff: "Is the child/adolescent or the family enrolled in active behavioral health services?", family: "Is the child in your care, or your family, enrolled in behavioral health services right now? These are mental health or substance use services.", child: None },
 es: Said { staff: "¿Está el niño/adolescente o la familia inscrito en servicios activos de salud conductual?", family: "¿El niño o adolescente a su cargo, o su familia, está inscrito ahora en servicios de salud conductual? Son servicios de salud mental o por uso de sustancias.", child: None },
 },
);

/// Admission guideline 3, about the child.
pub const FUNCTIONAL_DEFICITS: Question = Question::yes_no(
    "functional_deficits",
    Words {
 en: Said { staff: "Does the child/adolescent present with symptoms and/or functional deficits that interfere with their ability to maintain a routine of wellness and sustained recovery?", family: "Think of the child in your care. Do symptoms, or trouble with daily life, make it hard for them to keep a healthy routine and stay in recovery?", child: None },
 es: Said { staff: "¿Presenta el niño/adolescente síntomas y/o déficits funcionales que interfieren con su capacidad de mantener una rutina de bienestar y una recuperación sostenida?", family: "Piense en el niño o adolescente a su cargo. ¿Los síntomas, o los problemas con la vida diaria, le hacen difícil mantener una rutina saludable y seguir en recuperación?", child: None },
 },
);

pub const CAREGIVER: Criterion = Criterion::eligibility(
    "ne.family.caregiver",
    Citation {
        section: "Utilization Guidelines, I. Admission Guidelines",
        quote: "For Family Peer Support, caregiver of a child/adolescent",
    },
    Test::Yes {
        question: "caregiver_of_child",
        says: Verdicts {
            pass: Words {
 en: Said { staff: "Is the caregiver of a child/adolescent.", family: "You are the caregiver of a child or teenager.", child: None },
 es: Said { staff: "Cuida de un niño/adolescente.", family: "Usted cuida de un niño, niña o adolescente.", child: None },
 },
            fail: Words {
 en: Said { staff: "Is not the caregiver of a child/adolescent; Family Peer Support is for caregivers.", family: "Family peer support is for people who care for a child or teenager. You said you do not.", child: None },
 es: Said { staff: "No cuida de un niño/adolescente; el Apoyo de Pares para Familias es para cuidadores.", family: "El apoyo de pares para familias es para quienes cuidan de un niño, niña o adolescente. Usted dijo que no es su caso.", child: None },
 },
        },
    },
);

// Item 4 says "severe emotional disturbance" and then defines "Serious Emotional
// Disturbance" ("evidenced by significant functional impairments due to their
// behavioral health diagnosis"); the question folds that definition in.
pub const CONDITION: Criterion = Criterion::eligibility(
    "ne.family.child_condition",
    Citation {
        section: "Utilization Guidelines, I. Admission Guidelines",
        quote: "caregiver of a child/adolescent living with a severe emotional disturbance, substance use disorder",
    },
    Test::Yes {
        question: "child_condition",
        says: Verdicts {
            pass: Words {
 en: Said { staff: "The child/adolescent lives with a serious emotional disturbance or a substance use disorder.", family: "The child in your care has a serious behavioral health condition or a substance use disorder.", child: None },
 es: Said { staff: "El niño/adolescente vive con un trastorno emocional grave o un trastorno por uso de sustancias.", family: "El niño o adolescente a su cargo tiene una condición de salud conductual grave o un trastorno por uso de sustancias.", child: None },
 },
            fail: Words {
 en: Said { staff: "The child/adolescent has no serious emotional disturbance or substance use disorder, which Family Peer Support requires.", family: "This service is for caregivers of a child with a serious behavioral health condition or a substance use disorder. You said that does not apply.", child: None },
 es: Said { staff: "El niño/adolescente no tiene un trastorno emocional grave ni un trastorno por uso de sustancias, requisito del Apoyo de Pares para Familias.", family: "Este servicio es para quienes cuidan de un niño o adolescente con una condición de salud conductual grave o un trastorno por uso de sustancias. Usted dijo que no es el caso.", child: None },
 },
        },
    },
);

pub const URGENT: Criterion = Criterion::eligibility(
    "ne.family.urgent_challenges",
    Citation {
        section: "Utilization Guidelines, I. Admission Guidelines",
        quote: "who is experiencing urgent behavioral/emotional challenges in the home, school, and/or community.",
    },
    Test::Yes {
        question: "urgent_challenges",
        says: Verdicts {
            pass: Words {
 en: Said { staff: "The child/adolescent is experiencing urgent behavioral/emotional challenges in the home, school and/or community.", family: "The child in your care is having urgent behavior or emotional problems.", child: None },
 es: Said { staff: "El niño/adolescente pasa por problemas conductuales o emocionales urgentes en el hogar, la escuela y/o la comunidad.", family: "El niño o adolescente a su cargo tiene problemas urgentes de conducta o emocionales.", child: None },
 },
            fail: Words {
 en: Said { staff: "The child/adolescent is not experiencing urgent behavioral/emotional challenges, which Family Peer Support requires.", family: "This service is for caregivers of a child with urgent behavior or emotional problems. You said there are none right now.", child: None },
 es: Said { staff: "El niño/adolescente no pasa por problemas conductuales o emocionales urgentes, requisito del Apoyo de Pares para Familias.", family: "Este servicio es para quienes cuidan de un niño o adolescente con problemas urgentes de conducta o emocionales. Usted dijo que ahora no los hay.", child: None },
 },
        },
    },
);

/// `ne.active_services`, about the child or the family.
pub const ACTIVE_SERVICES: Criterion = Criterion::eligibility(
    "ne.active_services",
    ACTIVE_SERVICES_SOURCE,
    Test::Yes {
        question: "active_bh_services",
        says: Verdicts {
            pass: Words {
 en: Said { staff: "The child/adolescent or the family is enrolled in active behavioral health services.", family: "The child in your care, or your family, is enrolled in behavioral health services.", child: None },
 es: Said { staff: "El niño/adolescente o la familia participa en servicios activos de salud conductual.", family: "El niño o adolescente a su cargo, o su familia, participa en servicios de salud conductual.", child: None },
 },
            fail: Words {
 en: Said { staff: "Neither the child/adolescent nor the family is enrolled in active behavioral health services, which admission requires.", family: "This service needs the child in your care, or your family, to be enrolled in behavioral health services. You said neither is.", child: None },
 es: Said { staff: "Ni el niño/adolescente ni la familia participan en servicios activos de salud conductual, un requisito de admisión.", family: "Este servicio requiere que el niño o adolescente a su cargo, o su familia, participe en servicios de salud conductual. Usted dijo que ninguno participa.", child: None },
 },
        },
    },
);

/// `ne.functional_deficits`, about the child.
pub const DEFICITS: Criterion = Criterion::eligibility(
    "ne.functional_deficits",
    FUNCTIONAL_DEFICITS_SOURCE,
    Test::Yes {
        question: "functional_deficits",
        says: Verdicts {
            pass: Words {
 en: Said { staff: "The child/adolescent presents with symptoms and/or functional deficits that interfere with a routine of wellness and sustained recovery.", family: "Symptoms, or trouble with daily life, make it hard for the child in your care to keep a healthy routine and stay in recovery.", child: None },
 es: Said { staff: "El niño/adolescente presenta síntomas y/o déficits funcionales que interfieren con una rutina de bienestar y una recuperación sostenida.", family: "Los síntomas, o los problemas con la vida diaria, le hacen difícil al niño o adolescente a su cargo mantener una rutina saludable y seguir en recuperación.", child: None },
 },
            fail: Words {
 en: Said { staff: "The child/adolescent presents no symptoms or functional deficits that interfere with a routine of wellness and sustained recovery, which admission requires.", family: "This service is for caregivers of a child whose symptoms, or trouble with daily life, get in the way of recovery. You said that is not the case.", child: None },
 es: Said { staff: "El niño/adolescente no presenta síntomas ni déficits funcionales que interfieran con una rutina de bienestar y una recuperación sostenida, un requisito de admisión.", family: "Este servicio es para quienes cuidan de un niño o adolescente cuyos síntomas, o problemas con la vida diaria, afectan su recuperación. Usted dijo que no es el caso.", child: None },
 },
        },
    },
);

pub const PROGRAM: Program = Program {
    id: "ne-family-peer-support",
    state: "NE",
    state_name: super::ne_peer_support::STATE_NAME,
    title: Words {
 en: Said { staff: "Family Peer Support (Nebraska DHHS Division of Behavioral Health)", family: "Family Peer Support for caregivers (Nebraska Division of Behavioral Health)", child: None },
 es: Said { staff: "Apoyo de Pares para Familias (División de Salud Conductual del DHHS de Nebraska)", family: "Apoyo de Pares para Familias, para cuidadores (División de Salud Conductual de Nebraska)", child: None },
 },
    stage: Stage::Admission,
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
        CLINICAL_ASSESSMENT,
    ],
    criteria: &[CAREGIVER, CONDITION, URGENT, ACTIVE_SERVICES, DEFICITS, ASSESSMENT],
    service: SERVICE,
    standing_notes: &[],
    // As for Peer Support: "the coordinated treatment team", here the child's.
    ask: Words {
 en: Said { staff: "Questions: ask the agency that gave you this screener, or the child's treatment team.", family: "Ask the agency that gave you this page. You can also ask your child's treatment team, the people who give your child mental health or substance use care.", child: None },
 es: Said { staff: "Preguntas: consulte a la agencia que le dio esta evaluación, o al equipo de tratamiento del niño o adolescente.", family: "Pregunte a la agencia que le dio esta página. También puede preguntar al equipo de tratamiento de su hijo o hija, las personas que le dan atención de salud mental o de uso de sustancias.", child: None },
 },
};
