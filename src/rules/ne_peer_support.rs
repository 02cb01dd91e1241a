//! Nebraska: Peer Support (DHHS Division of Behavioral Health), program `ne-peer-support`.
//!
//! Source: `000_cb1551f63f5ea02a.txt`, the Division of Behavioral Health service definition and
//! utilization guidelines for Peer Support: Program Expectations and Utilization Guidelines,
//! I. Admission Guidelines ("All criteria are met"). Each criterion stands beside the passage
//! it encodes.
//!
//! The same document also defines Family Peer Support (`ne_family_peer_support.rs`) and the
//! Continued Stay Guidelines of both (`ne_peer_support_continued_stay.rs`,
//! `ne_family_peer_support_continued_stay.rs`). What they share is defined once here: the
//! document, the service facts, the passages of items 2 and 3, the clinical assessment, and
//! this program's admission criteria, which its review asks again ("continues to meet the
//! admission guidelines").
//!
//! Not encoded: the provider's qualifications (Staffing), caseloads and group sizes (Staffing
//! Ratio), and how the service is run (the plan, consultation, hours): they govern providers,
//! not who may receive the service.

use crate::model::*;

/// The source document, shared with Family Peer Support and both reviews.
pub const DOCUMENT: Document = Document {
    file: "000_cb1551f63f5ea02a.txt",
    title: "Nebraska DHHS Division of Behavioral Health Peer Support Service Definition and Utilization Guidelines",
    draft: false,
};

/// The source gives no unit of service, rate or procedure code, and no caps (Length of Services
/// is "As identified by the individual, the coordinated treatment team, and as determined
/// clinically necessary"), so every fact is `None`. Shared with Family Peer Support.
pub const SERVICE: Service = Service::NONE;

pub const ADMISSION: &str = "Utilization Guidelines, I. Admission Guidelines";

/// Admission guideline 2. Family Peer Support reads it about the child or the family
/// (SCREENING.md §4.3) and so words it differently: only the passage is shared.
pub const ACTIVE_SERVICES_SOURCE: Citation =
    Citation { section: ADMISSION, quote: "The individual is enrolled in active behavioral health services; and" };

/// Admission guideline 3, read about the individual here and about the child in Family Peer
/// Support: only the passage is shared.
pub const FUNCTIONAL_DEFICITS_SOURCE: Citation = Citation {
    section: ADMISSION,
    quote: "Presents with symptoms and/or functional deficits that interfere with the individual's ability to maintain a routine of wellness and sustained recovery.",
};

/// Admission guideline 1.
pub const MH_SUD_DISORDER: Question = Question::yes_no(
    "mh_sud_disorder",
    Words {
 en: Said { staff: "Does the individual have a mental health and/or substance use disorder that would benefit from peer support?", family: "Do you have a mental health condition or a substance use disorder that peer support could help with?", child: None },
 es: Said { staff: "¿Tiene la persona un trastorno de salud mental y/o por uso de sustancias que se beneficiaría del apoyo de pares?", family: "¿Tiene usted una condición de salud mental o un trastorno por uso de sustancias con el que el apoyo de pares podría ayudarle?", child: None },
 },
);

/// Admission guideline 2, about the individual: their own enrolment, not a family member's.
pub const ACTIVE_BH_SERVICES: Question = Question::yes_no(
    "active_bh_services",
    Words {
 en: Said { staff: "Is the individual enrolled in active behavioral health services?", family: "Are you enrolled in behavioral health services right now? These are mental health or substance use services. Count only your own, not a family member's.", child: None },
 es: Said { staff: "¿Está la persona inscrita en servicios activos de salud conductual?", family: "¿Está usted inscrito ahora en servicios de salud conductual? Son servicios de salud mental o por uso de sustancias. Cuente solo los suyos, no los de un familiar.", child: None },
 },
);

/// Admission guideline 3, about the individual.
pub const FUNCTIONAL_DEFICITS: Question = Question::yes_no(
    "functional_deficits",
    Words {
 en: Said { staff: "Does the individual present with symptoms and/or functional deficits that interfere with maintaining a routine of wellness and sustained recovery?", family: "Do symptoms, or trouble with daily life, make it hard for you to keep a healthy routine and stay in recovery?", child: None },
 es: Said { staff: "¿Presenta la persona síntomas y/o déficits funcionales que interfieren con su capacidad de mantener una rutina de bienestar y una recuperación sostenida?", family: "¿Los síntomas, o los problemas con la vida diaria, le hacen difícil mantener una rutina saludable y seguir en recuperación?", child: None },
 },
);

/// Program Expectations, first bullet, asked in both admission programs.
pub const CLINICAL_ASSESSMENT: Question = Question::yes_no(
    "clinical_assessment",
    Words {
 en: Said { staff: "Has a licensed clinician completed a mental health or substance use disorder assessment that recommends this level of care?", family: "A licensed clinician, like a therapist or counselor, can do a mental health or substance use assessment. Has one done an assessment that recommends peer support?", child: None },
 es: Said { staff: "¿Un profesional clínico con licencia completó una evaluación de salud mental o de trastorno por uso de sustancias que recomienda este nivel de atención?", family: "Un profesional clínico con licencia, como un terapeuta o consejero, puede hacer una evaluación de salud mental o de uso de sustancias. ¿Alguno hizo una evaluación que recomienda el apoyo de pares?", child: None },
 },
);

/// `ne.disorder`: admission guideline 1.
pub const DISORDER: Criterion = Criterion::eligibility(
    "ne.disorder",
    Citation {
        section: ADMISSION,
        quote: "Presence of a mental health and/or a substance use disorder that would benefit from this service; and",
    },
    Test::Yes {
        question: "mh_sud_disorder",
        says: Verdicts {
            pass: Words {
 en: Said { staff: "Has a mental health and/or substance use disorder that would benefit from peer support.", family: "You have a mental health or substance use condition that peer support can help with.", child: None },
 es: Said { staff: "Tiene un trastorno de salud mental y/o por uso de sustancias que se beneficiaría del apoyo de pares.", family: "Usted tiene una condición de salud mental o de uso de sustancias con la que el apoyo de pares puede ayudarle.", child: None },
 },
            fail: Words {
 en: Said { staff: "Has no mental health or substance use disorder that would benefit from this service, which admission requires.", family: "This service is for people with a mental health or substance use condition that peer support can help. You said that does not apply to you.", child: None },
 es: Said { staff: "No tiene un trastorno de salud mental ni por uso de sustancias que se beneficiaría de este servicio, un requisito de admisión.", family: "Este servicio es para personas con una condición de salud mental o de uso de sustancias en la que el apoyo de pares pueda ayudar. Usted dijo que no es su caso.", child: None },
 },
        },
    },
);

/// `ne.active_services`, about the individual.
pub const ACTIVE_SERVICES: Criterion = Criterion::eligibility(
    "ne.active_services",
    ACTIVE_SERVICES_SOURCE,
    Test::Yes {
        question: "active_bh_services",
        says: Verdicts {
            pass: Words {
 en: Said { staff: "The individual is enrolled in active behavioral health services.", family: "You are enrolled in behavioral health services.", child: None },
 es: Said { staff: "La persona participa en servicios activos de salud conductual.", family: "Usted participa en servicios de salud conductual.", child: None },
 },
            fail: Words {
 en: Said { staff: "The individual is not enrolled in active behavioral health services, which admission requires.", family: "Peer support needs you yourself to be enrolled in behavioral health services. You said you are not.", child: None },
 es: Said { staff: "La persona no participa en servicios activos de salud conductual, un requisito de admisión.", family: "El apoyo de pares requiere que usted mismo participe en servicios de salud conductual. Usted dijo que no participa.", child: None },
 },
        },
    },
);

/// `ne.functional_deficits`, about the individual.
pub const DEFICITS: Criterion = Criterion::eligibility(
    "ne.functional_deficits",
    FUNCTIONAL_DEFICITS_SOURCE,
    Test::Yes {
        question: "functional_deficits",
        says: Verdicts {
            pass: Words {
 en: Said { staff: "Presents with symptoms and/or functional deficits that interfere with a routine of wellness and sustained recovery.", family: "Symptoms, or trouble with daily life, make it hard for you to keep a healthy routine and stay in recovery.", child: None },
 es: Said { staff: "Presenta síntomas y/o déficits funcionales que interfieren con una rutina de bienestar y una recuperación sostenida.", family: "Los síntomas, o los problemas con la vida diaria, le hacen difícil mantener una rutina saludable y seguir en recuperación.", child: None },
 },
            fail: Words {
 en: Said { staff: "Presents no symptoms or functional deficits that interfere with a routine of wellness and sustained recovery, which admission requires.", family: "This service is for people whose symptoms, or trouble with daily life, get in the way of recovery. You said yours do not.", child: None },
 es: Said { staff: "No presenta síntomas ni déficits funcionales que interfieran con una rutina de bienestar y una recuperación sostenida, un requisito de admisión.", family: "Este servicio es para personas cuyos síntomas, o problemas con la vida diaria, afectan su recuperación. Usted dijo que no es su caso.", child: None },
 },
        },
    },
);

/// `ne.assessment`, shared with Family Peer Support.
pub const ASSESSMENT: Criterion = Criterion::requirement(
    "ne.assessment",
    Citation {
        section: "Program Expectations",
        quote: "A mental health or substance use disorder assessment describing the service needs of the individual, completed by a licensed clinician authorized to perform this service, must have been completed prior to initiating peer support services and recommends this level of care.",
    },
    Test::Yes {
        question: "clinical_assessment",
        says: Verdicts {
            pass: Words {
 en: Said { staff: "A licensed clinician's mental health or substance use disorder assessment recommending this level of care is completed.", family: "A licensed clinician has done the assessment that recommends peer support.", child: None },
 es: Said { staff: "Se completó una evaluación de salud mental o de trastorno por uso de sustancias, hecha por un profesional clínico con licencia, que recomienda este nivel de atención.", family: "Un profesional clínico con licencia ya hizo la evaluación que recomienda el apoyo de pares.", child: None },
 },
            fail: Words {
 en: Said { staff: "No assessment by a licensed clinician recommending this level of care yet; it must be completed before peer support services start.", family: "A licensed clinician still needs to do an assessment that recommends peer support. It must be done before the service starts.", child: None },
 es: Said { staff: "Aún no hay una evaluación de un profesional clínico con licencia que recomiende este nivel de atención; debe completarse antes de iniciar los servicios de apoyo de pares.", family: "Todavía falta que un profesional clínico con licencia haga una evaluación que recomiende el apoyo de pares. Debe hacerse antes de que empiece el servicio.", child: None },
 },
        },
    },
    Words {
 en: Said { staff: "Obtain a mental health or substance use disorder assessment by a licensed clinician recommending this level of care before initiating peer support services, and keep a copy in the peer support file.", family: "Ask a licensed clinician, like a therapist or counselor, for an assessment. It must recommend peer support before the service can start.", child: None },
 es: Said { staff: "Obtenga una evaluación de salud mental o de trastorno por uso de sustancias, hecha por un profesional clínico con licencia, que recomiende este nivel de atención antes de iniciar los servicios de apoyo de pares, y guarde una copia en el expediente de apoyo de pares.", family: "Pida una evaluación a un profesional clínico con licencia, como un terapeuta o consejero. Debe recomendar el apoyo de pares antes de que el servicio pueda empezar.", child: None },
 },
);

/// The state, as people name it.
pub const STATE_NAME: Words = Words::same("Nebraska", "Nebraska");

pub const PROGRAM: Program = Program {
    id: "ne-peer-support",
    state: "NE",
    state_name: STATE_NAME,
    title: Words {
 en: Said { staff: "Peer Support (Nebraska DHHS Division of Behavioral Health)", family: "Peer Support (Nebraska Division of Behavioral Health)", child: None },
 es: Said { staff: "Apoyo de Pares (División de Salud Conductual del DHHS de Nebraska)", family: "Apoyo de Pares (División de Salud Conductual de Nebraska)", child: None },
 },
    stage: Stage::Admission,
    serves: Serves::Person,
    version: "2026-11-30",
    effective_from: None,
    document: DOCUMENT,
    questions: &[MH_SUD_DISORDER, ACTIVE_BH_SERVICES, FUNCTIONAL_DEFICITS, CLINICAL_ASSESSMENT],
    criteria: &[DISORDER, ACTIVE_SERVICES, DEFICITS, ASSESSMENT],
    service: SERVICE,
    standing_notes: &[],
    // Length of Services: "As identified by the individual, the coordinated treatment team, and
    // as determined clinically necessary"; the assessment is a licensed clinician's.
    ask: Words {
 en: Said { staff: "Questions: ask the agency that gave you this screener, or the individual's treatment team.", family: "Ask the agency that gave you this page. You can also ask your treatment team, the people who give you mental health or substance use care.", child: None },
 es: Said { staff: "Preguntas: consulte a la agencia que le dio esta evaluación, o al equipo de tratamiento de la persona.", family: "Pregunte a la agencia que le dio esta página. También puede preguntar a su equipo de tratamiento, las personas que le dan atención de salud mental o de uso de sustancias.", child: None },
 },
};
