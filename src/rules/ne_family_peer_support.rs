//! Nebraska: Family Peer Support, for caregivers (DHHS Division of Behavioral Health), program
//! `ne-family-peer-support`.
//!
//! Source: `000_cb1551f63f5ea02a.txt`, the same service definition as `ne-peer-support`:
//! Utilization Guidelines, I. Admission Guidelines and Program Expectations. "All criteria are
//! met" governs items 1 to 4, read about the child or adolescent the service is for
//! (SCREENING.md §4.3): item 1 is met by the child's condition (item 4's serious emotional
//! disturbance or substance use disorder; whether the service would benefit it is the
//! clinician's, judged by the assessment), item 2 is the child's enrolment or the family's
//! together (family therapy, for example), never a caregiver's or another relative's own
//! treatment, item 3 the child's symptoms or functional deficits, item 4 the caregiver and the
//! child's urgent challenges. Each criterion stands beside the passage it encodes; the passages
//! of items 2 and 3 and of the assessment, the document and the service facts come from
//! `ne_peer_support.rs`. The review (`ne_family_peer_support_continued_stay.rs`) asks this
//! program's eligibility criteria again.
//!
//! The assessment is two questions (SCREENING.md §4.8): done (`clinical_assessment`, the
//! requirement `ne.assessment`), and, once done, whether it recommends Family Peer Support
//! (`assessment_recommends`, the exclusion `ne.assessment_recommends`). The source leaves open
//! whose needs it describes ("the service needs of the individual"): the child's, or the
//! family's together, as the contract reads it; never the caregiver's own alone.
//!
//! The program serves the caregiver: every text speaks to the caregiver and of the child as "the
//! child in your care" ("el niño, niña o adolescente a su cargo"), never in words that could be
//! read as the caregiver (no Spanish "le" without the child named beside it), and no text has a
//! form about a child (`child: None`): `subject: child` is not offered.
//!
//! Not encoded, and why: what `ne_peer_support.rs` lists (how providers run the service,
//! staffing, ratios, hours, record keeping, no cap and no service facts, no financial,
//! residency or age test), and, for Family Peer Support in particular, that its providers "must
//! have experience parenting a child/youth with a behavioral health challenge" (a staffing rule)
//! and what the service covers ("the acquisition of skills to assist in improved outcomes for
//! youth with complex needs, education of the family to support building parenting skills and
//! understanding trauma"): neither says who may receive it. The source gives no age for
//! "child/adolescent", and none is imposed. Item 4 says "severe emotional disturbance" and then
//! defines "Serious Emotional Disturbance"; the two are read as one. Item 2 is not narrowed to
//! services other than peer support (the contract's meaning counts any active behavioral health
//! service of the child's, or of the family's together); self-help groups are not counted, as in
//! `ne_peer_support.rs`.
//!
//! Readings: the source does not say whose enrolment item 2 ("The individual is enrolled in
//! active behavioral health services") means when the service is Family Peer Support. Items 1
//! and 3 make sense only about the child, so the contract reads all three about the child, and
//! item 2 about the child or the family together (SCREENING.md §4.3); a caregiver in their own
//! treatment whose child is not enrolled is therefore not eligible on this reading, not on
//! anything the source settles. Item 4 speaks of one child ("caregiver of a child/adolescent
//! living with ... who is experiencing ..."): the caregiver question asks that every later
//! question be answered about that same child.

use super::ne_peer_support::{
    ACTIVE_SERVICES_SOURCE, ADMISSION, ASSESSMENT_SOURCE, DOCUMENT, FUNCTIONAL_DEFICITS_SOURCE, RECOMMENDS_SOURCE,
    SERVICE,
};
use crate::model::*;

pub const CAREGIVER_OF_CHILD: Question = Question::yes_no(
    "caregiver_of_child",
    words! {
    en: Said { staff: "Is the applicant the caregiver of a child/adolescent? Answer the following questions about that same child/adolescent.", family: "Are you the caregiver of a child or teenager (for example a parent, grandparent or other relative, foster parent, or guardian who cares for them)? If you care for more than one child, answer every question about the same child.", child: None },
    es: Said { staff: "¿Es la persona solicitante quien cuida de un/a menor (niño, niña o adolescente)? Responda las preguntas siguientes sobre ese/a mismo/a menor.", family: "¿Es usted quien cuida de un niño, niña o adolescente (por ejemplo, madre, padre, abuela, abuelo u otro familiar, familia de acogida o quien tenga su tutela)? Si cuida de más de uno, responda todas las preguntas sobre el mismo niño, niña o adolescente.", child: None },
    },
);

pub const CHILD_CONDITION: Question = Question::yes_no(
    "child_condition",
    words! {
    en: Said { staff: "Does the child/adolescent live with a serious emotional disturbance (significant functional impairment due to a behavioral health diagnosis) or a substance use disorder?", family: "Does the child in your care have either of these? A substance use disorder. Or a behavioral health diagnosis that makes the child's own daily life much harder, at home, at school or with others.", child: None },
    es: Said { staff: "¿Vive el/la menor con un trastorno emocional grave (deterioro funcional significativo debido a un diagnóstico de salud conductual) o con un trastorno por uso de sustancias?", family: "¿El niño, niña o adolescente a su cargo tiene alguna de estas dos cosas? Un trastorno por uso de sustancias. O un diagnóstico de salud conductual que hace mucho más difícil la vida diaria del propio niño, niña o adolescente, en casa, en la escuela o con otras personas.", child: None },
    },
);

pub const URGENT_CHALLENGES: Question = Question::yes_no(
    "urgent_challenges",
    words! {
    en: Said { staff: "Is the child/adolescent experiencing urgent behavioral/emotional challenges in the home, school and/or community?", family: "Is the child in your care having urgent behavior or emotional problems right now? This could be at home, at school or in the community.", child: None },
    es: Said { staff: "¿Está el/la menor pasando por problemas conductuales o emocionales urgentes en el hogar, la escuela y/o la comunidad?", family: "¿El niño, niña o adolescente a su cargo tiene ahora problemas urgentes de conducta o emocionales? Puede ser en casa, en la escuela o en la comunidad.", child: None },
    },
);

/// Admission guideline 2, for Family Peer Support: the child's enrolment, or the family's
/// together; never a caregiver's or another relative's own treatment.
pub const ACTIVE_BH_SERVICES: Question = Question::yes_no(
    "active_bh_services",
    words! {
    en: Said { staff: "Is the child/adolescent enrolled in active behavioral health services, or the family together (family therapy, for example)? A caregiver's or another relative's own treatment does not count, nor do self-help groups (AA, NA and the like).", family: "Is the child in your care enrolled in behavioral health services right now? Services your family gets together, such as family therapy, count too. Your own treatment, or another relative's, does not count. Self-help groups, such as Alcoholics Anonymous, do not count either.", child: None },
    es: Said { staff: "¿Está el/la menor inscrito/a en servicios activos de salud conductual, o la familia en conjunto (por ejemplo, en terapia familiar)? No cuenta el tratamiento propio de la persona cuidadora ni el de otro familiar, ni los grupos de autoayuda (AA, NA y similares).", family: "¿El niño, niña o adolescente a su cargo está inscrito o inscrita ahora en servicios de salud conductual? También cuentan los servicios que su familia recibe en conjunto, como la terapia familiar. Su propio tratamiento, o el de otro familiar, no cuenta. Tampoco cuentan los grupos de autoayuda, como Alcohólicos Anónimos.", child: None },
    },
);

/// Admission guideline 3, about the child.
pub const FUNCTIONAL_DEFICITS: Question = Question::yes_no(
    "functional_deficits",
    words! {
    en: Said { staff: "Does the child/adolescent present with symptoms and/or functional deficits that interfere with their ability to maintain a routine of wellness and sustained recovery?", family: "Think of the child in your care, not yourself. Think of the child's symptoms, and any trouble with everyday tasks because of the child's mental health or substance use. Do they make it hard for the child to keep a healthy routine and reach or keep lasting recovery?", child: None },
    es: Said { staff: "¿Presenta el/la menor síntomas y/o déficits funcionales que interfieren con su capacidad de mantener una rutina de bienestar y una recuperación sostenida?", family: "Piense en el niño, niña o adolescente a su cargo, no en usted. Piense en los síntomas y en las dificultades con las tareas diarias que tiene ese niño, niña o adolescente a causa de la salud mental o del uso de sustancias. ¿Eso le hace difícil a ese niño, niña o adolescente mantener una rutina saludable y lograr o mantener una recuperación duradera?", child: None },
    },
);

/// Program Expectations, first bullet, for Family Peer Support: an assessment of the child's
/// needs, or of the family's together.
pub const CLINICAL_ASSESSMENT: Question = Question::yes_no(
    "clinical_assessment",
    words! {
    en: Said { staff: "Has a licensed clinician authorized to perform it completed a mental health or substance use disorder assessment describing the service needs of the child/adolescent (or of the family)?", family: "Has a licensed clinician done a full mental health or substance use assessment of the child in your care, or of your family together? Count only one that describes the services needed. A short screening form, or an assessment of only your own needs, does not count.", child: None },
    es: Said { staff: "¿Un profesional clínico con licencia, autorizado para hacerla, completó una evaluación de salud mental o de trastorno por uso de sustancias que describa las necesidades de servicio del/de la menor (o de la familia)?", family: "¿Un profesional clínico con licencia ya hizo una evaluación completa de salud mental o de uso de sustancias del niño, niña o adolescente a su cargo, o de su familia en conjunto? Cuente solo una que describa los servicios que se necesitan. No cuenta un cuestionario breve de detección, ni una evaluación solo de sus propias necesidades.", child: None },
    },
);

/// Program Expectations, first bullet: what the completed assessment recommends.
pub const ASSESSMENT_RECOMMENDS: Question = Question::yes_no(
    "assessment_recommends",
    words! {
        en: Said {
            staff: "Does that assessment recommend this level of care (Family Peer Support)?",
            family: "Did that assessment recommend family peer support?",
            child: None,
        },
        es: Said {
            staff: "¿Esa evaluación recomienda este nivel de atención (Apoyo de Pares para Familias)?",
            family: "¿Esa evaluación recomendó el apoyo de pares para familias?",
            child: None,
        },
    },
)
.follows("clinical_assessment");

pub const CAREGIVER: Criterion = Criterion::eligibility(
    "ne.family.caregiver",
    Citation { section: ADMISSION, quote: "For Family Peer Support, caregiver of a child/adolescent" },
    Test::Yes {
        question: "caregiver_of_child",
        says: Verdicts {
            pass: words! {
            en: Said { staff: "Is the caregiver of a child/adolescent.", family: "You are the caregiver of a child or teenager.", child: None },
            es: Said { staff: "Cuida de un/a menor.", family: "Usted cuida de un niño, niña o adolescente.", child: None },
            },
            fail: words! {
            en: Said { staff: "Is not the caregiver of a child/adolescent; Family Peer Support is for caregivers.", family: "Family peer support is for people who care for a child or teenager. You said you do not.", child: None },
            es: Said { staff: "No cuida de un/a menor; el Apoyo de Pares para Familias es para personas cuidadoras.", family: "El apoyo de pares para familias es para quienes cuidan de un niño, niña o adolescente. Usted dijo que no es su caso.", child: None },
            },
        },
    },
);

// Item 4 says "severe emotional disturbance" and then defines "Serious Emotional
// Disturbance" ("evidenced by significant functional impairments due to their
// behavioral health diagnosis"); the question folds that definition in, about the child's own
// daily life.
pub const CONDITION: Criterion = Criterion::eligibility(
    "ne.family.child_condition",
    Citation {
        section: ADMISSION,
        quote: "caregiver of a child/adolescent living with a severe emotional disturbance, substance use disorder",
    },
    Test::Yes {
        question: "child_condition",
        says: Verdicts {
            pass: words! {
            en: Said { staff: "The child/adolescent lives with a serious emotional disturbance or a substance use disorder.", family: "The child in your care has a substance use disorder, or a behavioral health diagnosis that seriously affects the child's daily life.", child: None },
            es: Said { staff: "El/la menor vive con un trastorno emocional grave o un trastorno por uso de sustancias.", family: "El niño, niña o adolescente a su cargo tiene un trastorno por uso de sustancias, o un diagnóstico de salud conductual que afecta seriamente la vida diaria de ese niño, niña o adolescente.", child: None },
            },
            fail: words! {
            en: Said { staff: "The child/adolescent has no serious emotional disturbance or substance use disorder, which Family Peer Support requires.", family: "This service is for caregivers of a child with a substance use disorder, or a behavioral health diagnosis that seriously affects the child's daily life. You said that does not apply.", child: None },
            es: Said { staff: "El/la menor no tiene un trastorno emocional grave ni un trastorno por uso de sustancias, requisito del Apoyo de Pares para Familias.", family: "Este servicio es para quienes cuidan de un niño, niña o adolescente con un trastorno por uso de sustancias, o con un diagnóstico de salud conductual que afecta seriamente la vida diaria de ese niño, niña o adolescente. Usted dijo que no es el caso.", child: None },
            },
        },
    },
);

pub const URGENT: Criterion = Criterion::eligibility(
    "ne.family.urgent_challenges",
    Citation {
        section: ADMISSION,
        quote: "who is experiencing urgent behavioral/emotional challenges in the home, school, and/or community.",
    },
    Test::Yes {
        question: "urgent_challenges",
        says: Verdicts {
            pass: words! {
            en: Said { staff: "The child/adolescent is experiencing urgent behavioral/emotional challenges in the home, school and/or community.", family: "The child in your care is having urgent behavior or emotional problems.", child: None },
            es: Said { staff: "El/la menor pasa por problemas conductuales o emocionales urgentes en el hogar, la escuela y/o la comunidad.", family: "El niño, niña o adolescente a su cargo tiene problemas urgentes de conducta o emocionales.", child: None },
            },
            fail: words! {
            en: Said { staff: "The child/adolescent is not experiencing urgent behavioral/emotional challenges, which Family Peer Support requires.", family: "This service is for caregivers of a child with urgent behavior or emotional problems. You said there are none right now.", child: None },
            es: Said { staff: "El/la menor no pasa por problemas conductuales o emocionales urgentes, requisito del Apoyo de Pares para Familias.", family: "Este servicio es para quienes cuidan de un niño, niña o adolescente con problemas urgentes de conducta o emocionales. Usted dijo que ahora no los hay.", child: None },
            },
        },
    },
);

/// `ne.active_services`, about the child or the family together.
pub const ACTIVE_SERVICES: Criterion = Criterion::eligibility(
    "ne.active_services",
    ACTIVE_SERVICES_SOURCE,
    Test::Yes {
        question: "active_bh_services",
        says: Verdicts {
            pass: words! {
            en: Said { staff: "The child/adolescent, or the family together, is enrolled in active behavioral health services.", family: "The child in your care, or your family together, is enrolled in behavioral health services.", child: None },
            es: Said { staff: "El/la menor, o la familia en conjunto, está inscrito/a en servicios activos de salud conductual.", family: "El niño, niña o adolescente a su cargo, o su familia en conjunto, está inscrito o inscrita en servicios de salud conductual.", child: None },
            },
            fail: words! {
            en: Said { staff: "Neither the child/adolescent nor the family together is enrolled in active behavioral health services, which the admission guidelines require.", family: "This service needs the child in your care, or your family together, to be enrolled in behavioral health services. You said neither is.", child: None },
            es: Said { staff: "Ni el/la menor ni la familia en conjunto están inscritos en servicios activos de salud conductual, como exigen los criterios de admisión.", family: "Este servicio requiere que el niño, niña o adolescente a su cargo, o su familia en conjunto, esté inscrito o inscrita en servicios de salud conductual. Usted dijo que no es así.", child: None },
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
            pass: words! {
            en: Said { staff: "The child/adolescent presents with symptoms and/or functional deficits that interfere with a routine of wellness and sustained recovery.", family: "The child in your care has symptoms, or trouble with everyday tasks because of mental health or substance use. These get in the way of the child's healthy routine and lasting recovery.", child: None },
            es: Said { staff: "El/la menor presenta síntomas y/o déficits funcionales que interfieren con una rutina de bienestar y una recuperación sostenida.", family: "Los síntomas, o las dificultades con las tareas diarias a causa de la salud mental o del uso de sustancias, le hacen difícil al niño, niña o adolescente a su cargo mantener una rutina saludable y lograr o mantener una recuperación duradera.", child: None },
            },
            fail: words! {
            en: Said { staff: "The child/adolescent presents no symptoms or functional deficits that interfere with a routine of wellness and sustained recovery, which the admission guidelines require.", family: "This service needs the child's symptoms, or trouble with everyday tasks because of mental health or substance use, to get in the way of recovery. You said that is not the case.", child: None },
            es: Said { staff: "El/la menor no presenta síntomas ni déficits funcionales que interfieran con una rutina de bienestar y una recuperación sostenida, como exigen los criterios de admisión.", family: "Este servicio es para quienes cuidan de un niño, niña o adolescente cuyos síntomas, o dificultades con las tareas diarias a causa de la salud mental o del uso de sustancias, afectan la recuperación del propio niño, niña o adolescente. Usted dijo que no es el caso.", child: None },
            },
        },
    },
);

/// `ne.assessment_recommends` (SCREENING.md §4.8), for Family Peer Support.
pub const RECOMMENDS: Criterion = Criterion::exclusion(
    "ne.assessment_recommends",
    RECOMMENDS_SOURCE,
    Test::WithFollowUp {
        question: "clinical_assessment",
        follow_up: "assessment_recommends",
        fails_when: false,
        says: Verdicts {
            pass: words! {
            en: Said { staff: "The completed assessment recommends this level of care.", family: "The assessment recommends family peer support.", child: None },
            es: Said { staff: "La evaluación completada recomienda este nivel de atención.", family: "La evaluación recomienda el apoyo de pares para familias.", child: None },
            },
            fail: words! {
            en: Said { staff: "The completed assessment does not recommend this level of care, so Family Peer Support services cannot be initiated.", family: "The assessment did not recommend family peer support. Family peer support can start only if an assessment recommends it.", child: None },
            es: Said { staff: "La evaluación completada no recomienda este nivel de atención, así que no se pueden iniciar los servicios de Apoyo de Pares para Familias.", family: "La evaluación no recomendó el apoyo de pares para familias. El apoyo de pares para familias solo puede empezar si una evaluación lo recomienda.", child: None },
            },
        },
        when_no: words! {
        en: Said { staff: "No assessment has been completed yet, so no assessment stands against this level of care.", family: "No assessment has been done yet, so no assessment stands in the way of family peer support.", child: None },
        es: Said { staff: "Aún no se ha completado ninguna evaluación, así que ninguna evaluación se opone a este nivel de atención.", family: "Todavía no se ha hecho ninguna evaluación, así que ninguna evaluación impide el apoyo de pares para familias.", child: None },
        },
    },
);

/// `ne.assessment`, for Family Peer Support: done before services start.
pub const ASSESSMENT: Criterion = Criterion::requirement(
    "ne.assessment",
    ASSESSMENT_SOURCE,
    Test::Yes {
        question: "clinical_assessment",
        says: Verdicts {
            pass: words! {
            en: Said { staff: "A licensed clinician's mental health or substance use disorder assessment of the child/adolescent's (or the family's) service needs has been completed.", family: "A licensed clinician has done a mental health or substance use assessment of the child in your care, or of your family.", child: None },
            es: Said { staff: "Se completó una evaluación de salud mental o de trastorno por uso de sustancias de las necesidades de servicio del/de la menor (o de la familia), hecha por un profesional clínico con licencia.", family: "Un profesional clínico con licencia ya hizo una evaluación de salud mental o de uso de sustancias del niño, niña o adolescente a su cargo, o de su familia.", child: None },
            },
            fail: words! {
            en: Said { staff: "No mental health or substance use disorder assessment of the child/adolescent's (or the family's) service needs by a licensed clinician has been completed yet.", family: "A licensed clinician has not assessed the child in your care, or your family, yet.", child: None },
            es: Said { staff: "Aún no se ha completado una evaluación de salud mental o de trastorno por uso de sustancias de las necesidades de servicio del/de la menor (o de la familia) hecha por un profesional clínico con licencia.", family: "Un profesional clínico con licencia todavía no ha evaluado al niño, niña o adolescente a su cargo, ni a su familia.", child: None },
            },
        },
    },
    words! {
    en: Said { staff: "Before initiating Family Peer Support, obtain a mental health or substance use disorder assessment of the child/adolescent's (or the family's) service needs by a licensed clinician authorized to perform it that recommends this level of care; keep a copy in the peer support file or, if a copy cannot be obtained, document the efforts made to obtain a copy.", family: "Before family peer support can start, a licensed clinician must assess the child in your care, or your family, and recommend it.", child: None },
    es: Said { staff: "Antes de iniciar el Apoyo de Pares para Familias, obtenga una evaluación de salud mental o de trastorno por uso de sustancias de las necesidades de servicio del/de la menor (o de la familia), hecha por un profesional clínico con licencia autorizado para hacerla, que recomiende este nivel de atención; guarde una copia en el expediente de apoyo de pares o, si no puede obtener la copia, documente las gestiones hechas para obtener la copia.", family: "Antes de que pueda empezar el apoyo de pares para familias, un profesional clínico con licencia debe evaluar al niño, niña o adolescente a su cargo, o a su familia, y recomendarlo.", child: None },
    },
);

pub const PROGRAM: Program = Program {
    id: "ne-family-peer-support",
    state: "NE",
    state_name: super::ne_peer_support::STATE_NAME,
    title: words! {
    en: Said { staff: "Family Peer Support (Nebraska DHHS Division of Behavioral Health)", family: "Family Peer Support for caregivers (Nebraska Division of Behavioral Health)", child: None },
    es: Said { staff: "Apoyo de Pares para Familias (División de Salud Conductual del DHHS de Nebraska)", family: "Apoyo de Pares para Familias, para personas cuidadoras (División de Salud Conductual de Nebraska)", child: None },
    },
    stage: Stage::Admission,
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
        CLINICAL_ASSESSMENT,
        ASSESSMENT_RECOMMENDS,
    ],
    criteria: &[CAREGIVER, CONDITION, URGENT, ACTIVE_SERVICES, DEFICITS, RECOMMENDS, ASSESSMENT],
    service: SERVICE,
    standing_notes: &[],
    // As for Peer Support: "the coordinated treatment team", here the child's.
    ask: words! {
    en: Said { staff: "Questions: ask the agency that gave you this screener, or the child/adolescent's treatment team.", family: "Ask the agency that gave you this page. You can also ask the treatment team of the child in your care, the people who give the child mental health or substance use care.", child: None },
    es: Said { staff: "Preguntas: consulte a la agencia que le dio esta evaluación, o al equipo de tratamiento del/de la menor.", family: "Pregunte a la agencia que le dio esta página. También puede preguntar al equipo de tratamiento del niño, niña o adolescente a su cargo, las personas que le dan a ese niño, niña o adolescente atención de salud mental o de uso de sustancias.", child: None },
    },
};
