//! Nebraska: Peer Support (DHHS Division of Behavioral Health), program `ne-peer-support`.
//!
//! Source: `000_cb1551f63f5ea02a.txt`, the Division of Behavioral Health service definition and
//! utilization guidelines for Peer Support: Program Expectations and Utilization Guidelines,
//! I. Admission Guidelines ("All criteria are met"). Each criterion stands beside the passage
//! it encodes. The document names no state, title or date: "Nebraska" and the title are
//! inferred from "DHHS Division of Behavioral Health" and the Nebraska licence titles it lists
//! (LIMHP, PLMHP, PLADC), and, with no date, the program has no `effective_from`.
//!
//! The same document also defines Family Peer Support (`ne_family_peer_support.rs`) and the
//! Continued Stay Guidelines of both (`ne_peer_support_continued_stay.rs`,
//! `ne_family_peer_support_continued_stay.rs`). What they share is defined once here: the
//! document, the service facts, the passages of items 2 and 3 and of the assessment, and this
//! program's admission criteria, which its review asks again ("continues to meet the admission
//! guidelines").
//!
//! The assessment of the Program Expectations ("must have been completed prior to initiating
//! peer support services and recommends this level of care") is two questions (SCREENING.md
//! §4.8): whether it was done (`clinical_assessment`, the requirement `ne.assessment`), and
//! whether the completed one recommends peer support (`assessment_recommends`, the exclusion
//! `ne.assessment_recommends`), so that an assessment that recommends another level of care
//! rules peer support out and a next step never asks for an assessment that was done.
//!
//! The program serves the person, who may check for themself or be a parent checking for a
//! child or teen (SCREENING.md §4.9): every text that speaks of the person has a form about
//! "your child" ("su hijo o hija").
//!
//! Not encoded, and why: the rest of the Program Expectations (the Wellness and Recovery Service
//! Plan within 30 days of admission and reviewed every 90 days, clinical consultation every 90
//! days, care coordination with other treatment providers, developmentally appropriate
//! screenings including suicide risk, the interventions, crisis support, face-to-face delivery
//! preferred and the telephone "with documentation regarding the barriers"), Setting, Staffing
//! (the provider 19 or older with lived experience, a diploma, two years of lived recovery and
//! certification; the clinical consultant's licences), Staffing Ratio (caseloads up to 1:25,
//! groups of three to twelve) and Hours of Operation: they govern how providers run the service,
//! not who may receive it. The copy of the assessment in the peer support file ("if unable to
//! obtain, documentation will be found describing efforts to obtain") is record keeping: only
//! the staff next step says it. Length of Services ("As identified by the individual, the
//! coordinated treatment team, and as determined clinically necessary") sets no cap, and the
//! source gives no unit, rate or code, so every service fact is null. Funding Source
//! ("Behavioral Health") states no financial or residency test, and none is imposed; nor is an
//! age, since the source gives none. Individual Desired Outcome describes the goals of the
//! service, not who may start it. Item 2 ("enrolled in active behavioral health services") is
//! not narrowed to services other than peer support: the contract's meaning counts any active
//! behavioral health service of the individual's own. Self-help groups (AA, NA and the like) are
//! not counted: the source names them as something peer support helps a person find ("assisting
//! individuals in locating and joining existing self-help groups"), among the "informal"
//! supports, not a behavioral health service one is enrolled in; the questions say so.
//!
//! Readings: a completed assessment that does not recommend peer support, including one that does
//! not speak to it at all, fails `ne.assessment_recommends` (SCREENING.md §4.8: "`A` true and `R`
//! false: `fail`"); a later assessment that recommends it is a new answer. To keep a past
//! screening or an unrelated evaluation from being counted, the family wording of
//! `clinical_assessment` asks for a full assessment that describes the services the person needs
//! ("describing the service needs of the individual"), not a short screening form. The family
//! wording names no kind of clinician: the source says only "a licensed clinician authorized to
//! perform this service" (its list of licences, with "for substance use only", is the clinical
//! consultant's).

use crate::model::*;

/// The source document, shared with Family Peer Support and both reviews. Its title is
/// constructed: the document itself has none.
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

pub const PROGRAM_EXPECTATIONS: &str = "Program Expectations";

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

/// The first Program Expectation: what the completed assessment must recommend
/// (`ne.assessment_recommends`), shared with Family Peer Support, which words it for the child.
pub const RECOMMENDS_SOURCE: Citation = Citation {
    section: PROGRAM_EXPECTATIONS,
    quote: "A mental health or substance use disorder assessment describing the service needs of the individual, completed by a licensed clinician authorized to perform this service, must have been completed prior to initiating peer support services and recommends this level of care.",
};

/// The first Program Expectation with the copy kept on file: that the assessment is done before
/// services start (`ne.assessment`), shared with Family Peer Support.
pub const ASSESSMENT_SOURCE: Citation = Citation {
    section: PROGRAM_EXPECTATIONS,
    quote: "A mental health or substance use disorder assessment describing the service needs of the individual, completed by a licensed clinician authorized to perform this service, must have been completed prior to initiating peer support services and recommends this level of care. A copy of the assessment(s) should be found in the individual's peer support file; if unable to obtain, documentation will be found describing efforts to obtain.",
};

/// Admission guideline 1.
pub const MH_SUD_DISORDER: Question = Question::yes_no(
    "mh_sud_disorder",
    words! {
    en: Said { staff: "Does the individual have a mental health and/or substance use disorder that would benefit from peer support?", family: "Do you have a mental health disorder or a substance use disorder that peer support could help with?", child: Some("Does your child have a mental health disorder or a substance use disorder that peer support could help with?") },
    es: Said { staff: "¿Tiene la persona un trastorno de salud mental y/o por uso de sustancias para el cual el apoyo de pares sería beneficioso?", family: "¿Tiene usted un trastorno de salud mental o un trastorno por uso de sustancias con el que el apoyo de pares podría ayudarle?", child: Some("¿Su hijo o hija tiene un trastorno de salud mental o un trastorno por uso de sustancias en el que el apoyo de pares podría ser de ayuda?") },
    },
);

/// Admission guideline 2, about the individual: their own enrolment, not a family member's.
pub const ACTIVE_BH_SERVICES: Question = Question::yes_no(
    "active_bh_services",
    words! {
    en: Said { staff: "Is the individual (not a family member) enrolled in active behavioral health services? Self-help groups (AA, NA and the like) do not count.", family: "Are you enrolled in behavioral health services right now, such as counseling, therapy or a treatment program? Count only your own, not a family member's. Self-help groups, such as Alcoholics Anonymous, do not count.", child: Some("Is your child enrolled in behavioral health services right now, such as counseling, therapy or a treatment program? Count only your child's own, not yours or another family member's. Self-help groups, such as Alcoholics Anonymous, do not count.") },
    es: Said { staff: "¿Está la persona (no un familiar) inscrita en servicios activos de salud conductual? Los grupos de autoayuda (AA, NA y similares) no cuentan.", family: "¿Está usted inscrito o inscrita ahora en servicios de salud conductual, como consejería, terapia o un programa de tratamiento? Cuente solo los suyos, no los de un familiar. Los grupos de autoayuda, como Alcohólicos Anónimos, no cuentan.", child: Some("¿Su hijo o hija está inscrito o inscrita ahora en servicios de salud conductual, como consejería, terapia o un programa de tratamiento? Cuente solo los de su hijo o hija, no los suyos ni los de otro familiar. Los grupos de autoayuda, como Alcohólicos Anónimos, no cuentan.") },
    },
);

/// Admission guideline 3, about the individual.
pub const FUNCTIONAL_DEFICITS: Question = Question::yes_no(
    "functional_deficits",
    words! {
    en: Said { staff: "Does the individual present with symptoms and/or functional deficits that interfere with maintaining a routine of wellness and sustained recovery?", family: "Think of your symptoms, and any trouble with everyday tasks because of your mental health or substance use. Do they make it hard for you to keep a healthy routine and reach or keep a lasting recovery?", child: Some("Think of your child's symptoms, and any trouble with everyday tasks because of your child's mental health or substance use. Do they make it hard for your child to keep a healthy routine and reach or keep a lasting recovery?") },
    es: Said { staff: "¿Presenta la persona síntomas y/o déficits funcionales que interfieren con su capacidad de mantener una rutina de bienestar y una recuperación sostenida?", family: "Piense en sus síntomas y en cualquier dificultad con las tareas diarias que se deba a su salud mental o a su uso de sustancias. ¿Eso le hace difícil mantener una rutina saludable y lograr o mantener una recuperación duradera?", child: Some("Piense en los síntomas de su hijo o hija y en cualquier dificultad con las tareas diarias que se deba a la salud mental o al uso de sustancias de su hijo o hija. ¿Eso le hace difícil a su hijo o hija mantener una rutina saludable y lograr o mantener una recuperación duradera?") },
    },
);

/// Program Expectations, first bullet: the assessment done.
pub const CLINICAL_ASSESSMENT: Question = Question::yes_no(
    "clinical_assessment",
    words! {
    en: Said { staff: "Has a licensed clinician authorized to perform it completed a mental health or substance use disorder assessment describing the individual's service needs?", family: "Has a licensed clinician done a full mental health or substance use assessment with you, one that describes the services you need? A short screening form does not count.", child: Some("Has a licensed clinician done a full mental health or substance use assessment of your child, one that describes the services your child needs? A short screening form does not count.") },
    es: Said { staff: "¿Un profesional clínico con licencia, autorizado para hacerla, completó una evaluación de salud mental o de trastorno por uso de sustancias que describa las necesidades de servicio de la persona?", family: "¿Un profesional clínico con licencia ya le hizo a usted una evaluación completa de salud mental o de uso de sustancias, que describa los servicios que usted necesita? Un cuestionario breve de detección no cuenta.", child: Some("¿Un profesional clínico con licencia ya le hizo a su hijo o hija una evaluación completa de salud mental o de uso de sustancias, que describa los servicios que su hijo o hija necesita? Un cuestionario breve de detección no cuenta.") },
    },
);

/// Program Expectations, first bullet: what the completed assessment recommends.
pub const ASSESSMENT_RECOMMENDS: Question = Question::yes_no(
    "assessment_recommends",
    words! {
        en: Said {
            staff: "Does that assessment recommend this level of care (peer support)?",
            family: "Did that assessment recommend peer support for you?",
            child: Some("Did that assessment recommend peer support for your child?"),
        },
        es: Said {
            staff: "¿Esa evaluación recomienda este nivel de atención (apoyo de pares)?",
            family: "¿Esa evaluación recomendó el apoyo de pares para usted?",
            child: Some("¿Esa evaluación recomendó el apoyo de pares para su hijo o hija?"),
        },
    },
)
.follows("clinical_assessment");

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
            pass: words! {
            en: Said { staff: "Has a mental health and/or substance use disorder that would benefit from peer support.", family: "You have a mental health or substance use disorder that peer support could help with.", child: Some("Your child has a mental health or substance use disorder that peer support could help with.") },
            es: Said { staff: "Tiene un trastorno de salud mental y/o por uso de sustancias para el cual el apoyo de pares sería beneficioso.", family: "Usted tiene un trastorno de salud mental o por uso de sustancias con el que el apoyo de pares podría ayudarle.", child: Some("Su hijo o hija tiene un trastorno de salud mental o por uso de sustancias en el que el apoyo de pares podría ser de ayuda.") },
            },
            fail: words! {
            en: Said { staff: "Has no mental health or substance use disorder that would benefit from this service, which the admission guidelines require.", family: "This service is for people with a mental health or substance use disorder that peer support could help with. You said that does not apply to you.", child: Some("This service is for people with a mental health or substance use disorder that peer support could help with. You said that does not apply to your child.") },
            es: Said { staff: "No tiene un trastorno de salud mental ni por uso de sustancias para el cual este servicio sea beneficioso, como exigen los criterios de admisión.", family: "Este servicio es para personas con un trastorno de salud mental o por uso de sustancias en el que el apoyo de pares pueda ayudar. Usted dijo que no es su caso.", child: Some("Este servicio es para personas con un trastorno de salud mental o por uso de sustancias en el que el apoyo de pares pueda ayudar. Usted dijo que no es el caso de su hijo o hija.") },
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
            pass: words! {
            en: Said { staff: "The individual is enrolled in active behavioral health services.", family: "You are enrolled in behavioral health services.", child: Some("Your child is enrolled in behavioral health services.") },
            es: Said { staff: "La persona está inscrita en servicios activos de salud conductual.", family: "Usted está inscrito o inscrita en servicios de salud conductual.", child: Some("Su hijo o hija está inscrito o inscrita en servicios de salud conductual.") },
            },
            fail: words! {
            en: Said { staff: "The individual is not enrolled in active behavioral health services, which the admission guidelines require.", family: "Peer support needs you yourself to be enrolled in behavioral health services. You said you are not.", child: Some("Peer support needs your child to be enrolled in behavioral health services. You said your child is not.") },
            es: Said { staff: "La persona no está inscrita en servicios activos de salud conductual, como exigen los criterios de admisión.", family: "El apoyo de pares requiere que usted, personalmente, esté inscrito o inscrita en servicios de salud conductual. Usted dijo que no lo está.", child: Some("El apoyo de pares requiere que su hijo o hija esté inscrito o inscrita en servicios de salud conductual. Usted dijo que su hijo o hija no lo está.") },
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
            pass: words! {
            en: Said { staff: "Presents with symptoms and/or functional deficits that interfere with a routine of wellness and sustained recovery.", family: "Your symptoms, or trouble with everyday tasks because of mental health or substance use, get in the way of a healthy routine and lasting recovery.", child: Some("Your child has symptoms, or trouble with everyday tasks because of mental health or substance use. These get in the way of a healthy routine and lasting recovery.") },
            es: Said { staff: "Presenta síntomas y/o déficits funcionales que interfieren con una rutina de bienestar y una recuperación sostenida.", family: "Sus síntomas, o sus dificultades con las tareas diarias a causa de la salud mental o del uso de sustancias, le hacen difícil tener una rutina saludable y una recuperación duradera.", child: Some("Los síntomas de su hijo o hija, o las dificultades de su hijo o hija con las tareas diarias a causa de la salud mental o del uso de sustancias, le hacen difícil a su hijo o hija tener una rutina saludable y una recuperación duradera.") },
            },
            fail: words! {
            en: Said { staff: "Presents no symptoms or functional deficits that interfere with a routine of wellness and sustained recovery, which the admission guidelines require.", family: "This service is for people whose symptoms, or trouble with everyday tasks because of mental health or substance use, get in the way of recovery. You said yours do not.", child: Some("This service is for people whose symptoms, or trouble with everyday tasks because of mental health or substance use, get in the way of recovery. You said your child's do not.") },
            es: Said { staff: "No presenta síntomas ni déficits funcionales que interfieran con una rutina de bienestar y una recuperación sostenida, como exigen los criterios de admisión.", family: "Este servicio es para personas cuyos síntomas, o dificultades con las tareas diarias a causa de la salud mental o del uso de sustancias, afectan su recuperación. Usted dijo que no es su caso.", child: Some("Este servicio es para personas cuyos síntomas, o dificultades con las tareas diarias a causa de la salud mental o del uso de sustancias, afectan su recuperación. Usted dijo que no es el caso de su hijo o hija.") },
            },
        },
    },
);

/// `ne.assessment_recommends` (SCREENING.md §4.8): an assessment not done yet rules nobody out
/// (the requirement asks for one); a completed one that does not recommend peer support does.
pub const RECOMMENDS: Criterion = Criterion::exclusion(
    "ne.assessment_recommends",
    RECOMMENDS_SOURCE,
    Test::WithFollowUp {
        question: "clinical_assessment",
        follow_up: "assessment_recommends",
        fails_when: false,
        says: Verdicts {
            pass: words! {
            en: Said { staff: "The completed assessment recommends this level of care.", family: "The assessment recommends peer support for you.", child: Some("The assessment recommends peer support for your child.") },
            es: Said { staff: "La evaluación completada recomienda este nivel de atención.", family: "La evaluación recomienda el apoyo de pares para usted.", child: Some("La evaluación recomienda el apoyo de pares para su hijo o hija.") },
            },
            fail: words! {
            en: Said { staff: "The completed assessment does not recommend this level of care, so peer support services cannot be initiated.", family: "The assessment did not recommend peer support for you. Peer support can start only if an assessment recommends it.", child: Some("The assessment did not recommend peer support for your child. Peer support can start only if an assessment recommends it.") },
            es: Said { staff: "La evaluación completada no recomienda este nivel de atención, así que no se pueden iniciar los servicios de apoyo de pares.", family: "La evaluación no recomendó el apoyo de pares para usted. El apoyo de pares solo puede empezar si una evaluación lo recomienda.", child: Some("La evaluación no recomendó el apoyo de pares para su hijo o hija. El apoyo de pares solo puede empezar si una evaluación lo recomienda.") },
            },
        },
        when_no: words! {
        en: Said { staff: "No assessment has been completed yet, so no assessment stands against this level of care.", family: "No assessment has been done yet, so no assessment stands in the way of peer support.", child: Some("No assessment of your child has been done yet, so no assessment stands in the way of peer support.") },
        es: Said { staff: "Aún no se ha completado ninguna evaluación, así que ninguna evaluación se opone a este nivel de atención.", family: "Todavía no se ha hecho ninguna evaluación, así que ninguna evaluación impide el apoyo de pares.", child: Some("Todavía no se ha hecho ninguna evaluación de su hijo o hija, así que ninguna evaluación impide el apoyo de pares.") },
        },
    },
);

/// `ne.assessment`: done before services start. Its next step does not say who asks for the
/// assessment (the source does not), and is shown only while no assessment is done.
pub const ASSESSMENT: Criterion = Criterion::requirement(
    "ne.assessment",
    ASSESSMENT_SOURCE,
    Test::Yes {
        question: "clinical_assessment",
        says: Verdicts {
            pass: words! {
            en: Said { staff: "A licensed clinician's mental health or substance use disorder assessment of the individual's service needs has been completed.", family: "A licensed clinician has done a mental health or substance use assessment with you.", child: Some("A licensed clinician has done a mental health or substance use assessment of your child.") },
            es: Said { staff: "Se completó una evaluación de salud mental o de trastorno por uso de sustancias de las necesidades de servicio de la persona, hecha por un profesional clínico con licencia.", family: "Un profesional clínico con licencia ya le hizo a usted una evaluación de salud mental o de uso de sustancias.", child: Some("Un profesional clínico con licencia ya le hizo a su hijo o hija una evaluación de salud mental o de uso de sustancias.") },
            },
            fail: words! {
            en: Said { staff: "No mental health or substance use disorder assessment by a licensed clinician has been completed yet.", family: "A licensed clinician has not done an assessment with you yet.", child: Some("A licensed clinician has not assessed your child yet.") },
            es: Said { staff: "Aún no se ha completado una evaluación de salud mental o de trastorno por uso de sustancias hecha por un profesional clínico con licencia.", family: "Un profesional clínico con licencia todavía no le ha hecho a usted una evaluación.", child: Some("Un profesional clínico con licencia todavía no ha evaluado a su hijo o hija.") },
            },
        },
    },
    words! {
    en: Said { staff: "Before initiating peer support services, obtain a mental health or substance use disorder assessment by a licensed clinician authorized to perform it that recommends this level of care; keep a copy in the peer support file or, if a copy cannot be obtained, document the efforts made to obtain a copy.", family: "Before peer support can start, a licensed clinician who is allowed to do this kind of assessment must assess you and recommend peer support.", child: Some("Before peer support can start, a licensed clinician who is allowed to do this kind of assessment must assess your child and recommend peer support.") },
    es: Said { staff: "Antes de iniciar los servicios de apoyo de pares, obtenga una evaluación de salud mental o de trastorno por uso de sustancias, hecha por un profesional clínico con licencia autorizado para hacerla, que recomiende este nivel de atención; guarde una copia en el expediente de apoyo de pares o, si no puede obtener la copia, documente las gestiones hechas para obtener la copia.", family: "Antes de que pueda empezar el apoyo de pares, un profesional clínico con licencia que esté autorizado para hacer este tipo de evaluación debe evaluarle a usted y recomendar el apoyo de pares.", child: Some("Antes de que pueda empezar el apoyo de pares, un profesional clínico con licencia que esté autorizado para hacer este tipo de evaluación debe evaluar a su hijo o hija y recomendar el apoyo de pares.") },
    },
);

/// The state, as people name it.
pub const STATE_NAME: Words = Words::same("Nebraska", "Nebraska");

pub const PROGRAM: Program = Program {
    id: "ne-peer-support",
    state: "NE",
    state_name: STATE_NAME,
    title: words! {
    en: Said { staff: "Peer Support (Nebraska DHHS Division of Behavioral Health)", family: "Peer Support (Nebraska Division of Behavioral Health)", child: None },
    es: Said { staff: "Apoyo de Pares (División de Salud Conductual del DHHS de Nebraska)", family: "Apoyo de Pares (División de Salud Conductual de Nebraska)", child: None },
    },
    stage: Stage::Admission,
    serves: Serves::Person,
    version: "2026-12-03",
    effective_from: None,
    document: DOCUMENT,
    questions: &[MH_SUD_DISORDER, ACTIVE_BH_SERVICES, FUNCTIONAL_DEFICITS, CLINICAL_ASSESSMENT, ASSESSMENT_RECOMMENDS],
    criteria: &[DISORDER, ACTIVE_SERVICES, DEFICITS, RECOMMENDS, ASSESSMENT],
    service: SERVICE,
    standing_notes: &[],
    // Length of Services: "As identified by the individual, the coordinated treatment team, and
    // as determined clinically necessary"; the assessment is a licensed clinician's.
    ask: words! {
    en: Said { staff: "Questions: ask the agency that gave you this screener, or the individual's treatment team.", family: "Ask the agency that gave you this page. You can also ask your treatment team, the people who give you mental health or substance use care.", child: Some("Ask the agency that gave you this page. You can also ask your child's treatment team, the people who give your child mental health or substance use care.") },
    es: Said { staff: "Preguntas: consulte a la agencia que le dio esta evaluación, o al equipo de tratamiento de la persona.", family: "Pregunte a la agencia que le dio esta página. También puede preguntar a su equipo de tratamiento, las personas que le dan atención de salud mental o de uso de sustancias.", child: Some("Pregunte a la agencia que le dio esta página. También puede preguntar al equipo de tratamiento de su hijo o hija, las personas que atienden a su hijo o hija en salud mental o uso de sustancias.") },
    },
};
