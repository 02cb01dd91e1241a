//! North Carolina: Peer Support Services (NC Medicaid), program `nc-pss`.
//!
//! Source: `002_e35242edc1a08dd4.txt`, the Peer Support Services Definition presented to
//! LME-MCOs on 10 Sept 2018: Eligibility Criteria, Entrance Criteria, Limitations, Prior Approval.
//! Each criterion stands beside the passage it encodes.
//!
//! The webinar presents "an overview of the Peer Support Services draft policy", so the document
//! is marked a draft and the titles say so. The Limitations hold for as long as the service is
//! received: the questions and criteria that encode them, the document and the service facts are
//! shared with the continued-stay review (`nc_pss_continued_stay.rs`).
//!
//! Not encoded: who may provide the service ("Family members or legally responsible person(s)
//! are not eligible to provide the service"), billing ("Only the time which a beneficiary
//! receives PSS may service be billed"), Activities Not Covered, Program Requirements, Staffing
//! and Training: they govern providers and claims, not whether a person may receive PSS.

use crate::model::*;

/// The 2018 webinar: a draft.
pub const DOCUMENT: Document = Document {
    file: "002_e35242edc1a08dd4.txt",
    title: "NC Medicaid Peer Support Services Definition (2018)",
    draft: true,
};

/// The webinar gives no unit length, rate, code or caps.
pub const SERVICE: Service = Service::NONE;

pub const INNOVATIONS_WAIVER: Question = Question::yes_no(
    "innovations_waiver",
    Words {
 en: Said { staff: "Does the beneficiary receive NC Innovations Waiver services?", family: "Do you get services through the NC Innovations Waiver (a Medicaid program for people with intellectual or developmental disabilities)?", child: None },
 es: Said { staff: "¿Recibe el beneficiario servicios de la Exención NC Innovations?", family: "¿Recibe servicios de la Exención NC Innovations (un programa de Medicaid para personas con discapacidades intelectuales o del desarrollo)?", child: None },
 },
);

pub const ACTT: Question = Question::yes_no(
    "actt",
    Words {
 en: Said { staff: "Does the beneficiary currently receive Assertive Community Treatment Team (ACTT)?", family: "Do you get help now from an Assertive Community Treatment Team (ACTT), a team that visits you often?", child: None },
 es: Said { staff: "¿Recibe actualmente el beneficiario Tratamiento Comunitario Asertivo en Equipo (ACTT)?", family: "¿Recibe ahora ayuda de un Equipo de Tratamiento Comunitario Asertivo (ACTT), un equipo que le visita a menudo?", child: None },
 },
);

/// The last day of the authorization, not of the service: the Limitation speaks of "last
/// 30-days of an authorization for ACTT or CST".
pub const ACTT_AUTH_END: Question = Question::date(
    "actt_auth_end",
    Words {
 en: Said { staff: "Last day of the current ACTT authorization:", family: "ACTT is approved for a set time, called an authorization. What is the last day of your current ACTT approval? Give the end date on the approval, not the day you think ACTT will stop.", child: None },
 es: Said { staff: "Último día de la autorización actual de ACTT:", family: "ACTT se aprueba por un tiempo fijo, llamado autorización. ¿Cuál es el último día de su aprobación actual de ACTT? Escriba la fecha en que termina la aprobación, no el día en que cree que ACTT terminará.", child: None },
 },
)
.follows("actt");

pub const CST: Question = Question::yes_no(
    "cst",
    Words {
        en: Said {
            staff: "Does the beneficiary currently receive Community Support Team (CST)?",
            family: "Do you get help now from a Community Support Team (CST)?",
            child: None,
        },
        es: Said {
            staff: "¿Recibe actualmente el beneficiario Equipo de Apoyo Comunitario (CST)?",
            family: "¿Recibe ahora ayuda de un Equipo de Apoyo Comunitario (CST)?",
            child: None,
        },
    },
);

pub const CST_AUTH_END: Question = Question::date(
    "cst_auth_end",
    Words {
 en: Said { staff: "Last day of the current CST authorization:", family: "CST is approved for a set time, called an authorization. What is the last day of your current CST approval? Give the end date on the approval, not the day you think CST will stop.", child: None },
 es: Said { staff: "Último día de la autorización actual de CST:", family: "CST se aprueba por un tiempo fijo, llamado autorización. ¿Cuál es el último día de su aprobación actual de CST? Escriba la fecha en que termina la aprobación, no el día en que cree que CST terminará.", child: None },
 },
)
.follows("cst");

pub const OTHER_PSS_PROVIDER: Question = Question::yes_no(
    "other_pss_provider",
    Words {
        en: Said {
            staff: "Does the beneficiary already receive Peer Support Services from another provider?",
            family: "Do you already get peer support from another agency?",
            child: None,
        },
        es: Said {
            staff: "¿Recibe ya el beneficiario Servicios de Apoyo de Pares de otro proveedor?",
            family: "¿Ya recibe apoyo de pares de otra agencia?",
            child: None,
        },
    },
);

/// `nc.innovations`.
pub const INNOVATIONS: Criterion = Criterion::exclusion(
    "nc.innovations",
    Citation {
        section: "Limitations",
        quote: "Beneficiaries receiving Innovations Wavier services, ACTT or CST are not eligible.",
    },
    Test::No {
        question: "innovations_waiver",
        says: Verdicts {
            pass: Words {
 en: Said { staff: "Does not receive NC Innovations Waiver services.", family: "You do not get NC Innovations Waiver services.", child: None },
 es: Said { staff: "No recibe servicios de la Exención NC Innovations.", family: "Usted no recibe servicios de la Exención NC Innovations.", child: None },
 },
            fail: Words {
 en: Said { staff: "Receives NC Innovations Waiver services, which excludes PSS.", family: "People who get NC Innovations Waiver services cannot get this peer support.", child: None },
 es: Said { staff: "Recibe servicios de la Exención NC Innovations, lo que excluye PSS.", family: "Las personas que reciben servicios de la Exención NC Innovations no pueden recibir este apoyo de pares.", child: None },
 },
        },
    },
);

/// ACTT and CST exclude PSS but in the last 30 days of their authorization.
const TRANSITION: Citation = Citation {
    section: "Limitations",
    quote: "PSS may be authorized during last 30-days of an authorization for ACTT or CST for transition of beneficiary to PSS.",
};

/// `nc.actt`.
pub const ACTT_WINDOW: Criterion = Criterion::exclusion(
    "nc.actt",
    TRANSITION,
    Test::TransitionWindow {
        service: "actt",
        ends: "actt_auth_end",
        days: 30,
        service_name: Words {
            en: Said { staff: "ACTT", family: "ACTT (Assertive Community Treatment Team)", child: None },
            es: Said { staff: "ACTT", family: "ACTT (Equipo de Tratamiento Comunitario Asertivo)", child: None },
        },
        end_of: Words {
            en: Said { staff: "the current ACTT authorization", family: "your ACTT approval", child: None },
            es: Said { staff: "la autorización actual de ACTT", family: "su aprobación de ACTT", child: None },
        },
    },
);

/// `nc.cst`.
pub const CST_WINDOW: Criterion = Criterion::exclusion(
    "nc.cst",
    TRANSITION,
    Test::TransitionWindow {
        service: "cst",
        ends: "cst_auth_end",
        days: 30,
        service_name: Words {
            en: Said { staff: "CST", family: "CST (Community Support Team)", child: None },
            es: Said { staff: "CST", family: "CST (Equipo de Apoyo Comunitario)", child: None },
        },
        end_of: Words {
            en: Said { staff: "the current CST authorization", family: "your CST approval", child: None },
            es: Said { staff: "la autorización actual de CST", family: "su aprobación de CST", child: None },
        },
    },
);

/// `nc.one_provider`.
pub const ONE_PROVIDER: Criterion = Criterion::exclusion(
    "nc.one_provider",
    Citation { section: "Limitations", quote: "Beneficiary can only receive PSS from one provider." },
    Test::No {
        question: "other_pss_provider",
        says: Verdicts {
            pass: Words {
                en: Said {
                    staff: "Receives no PSS from another provider.",
                    family: "You do not get peer support from another agency.",
                    child: None,
                },
                es: Said {
                    staff: "No recibe PSS de otro proveedor.",
                    family: "Usted no recibe apoyo de pares de otra agencia.",
                    child: None,
                },
            },
            fail: Words {
                en: Said {
                    staff: "Already receives PSS from another provider; PSS comes from one provider only.",
                    family: "You already get peer support from another agency, and you can get it from only one.",
                    child: None,
                },
                es: Said {
                    staff: "Ya recibe PSS de otro proveedor; PSS se recibe de un solo proveedor.",
                    family: "Usted ya recibe apoyo de pares de otra agencia, y solo puede recibirlo de una.",
                    child: None,
                },
            },
        },
    },
);

/// The state, as people name it.
pub const STATE_NAME: Words = Words::same("North Carolina", "Carolina del Norte");

pub const PROGRAM: Program = Program {
    id: "nc-pss",
    state: "NC",
    state_name: STATE_NAME,
    title: Words {
 en: Said { staff: "Peer Support Services (NC Medicaid, draft policy of 2018)", family: "Peer Support Services (North Carolina Medicaid, draft rules)", child: None },
 es: Said { staff: "Servicios de Apoyo de Pares (NC Medicaid, política en borrador de 2018)", family: "Servicios de Apoyo de Pares (Medicaid de Carolina del Norte, reglas en borrador)", child: None },
 },
    stage: Stage::Admission,
    serves: Serves::Person,
    version: "2026-11-30",
    effective_from: None,
    document: DOCUMENT,
    questions: &[
        Question::yes_no(
            "dsm5_diagnosis",
            Words {
 en: Said { staff: "Does the beneficiary have a DSM-5 mental health or substance use disorder (SUD) diagnosis?", family: "Has a professional diagnosed you with a mental health condition or a substance use disorder?", child: None },
 es: Said { staff: "¿Tiene el beneficiario un diagnóstico DSM-5 de salud mental o de trastorno por uso de sustancias (SUD)?", family: "¿Un profesional le ha diagnosticado una condición de salud mental o un trastorno por uso de sustancias?", child: None },
 },
        ),
        // "Documented identified needs … (related to diagnosis)": the family wording asks for
        // needs written in the person's records, not needs the person feels.
        Question::multi_select(
            "need_areas",
            Words {
 en: Said { staff: "Documented needs related to the diagnosis (check every area that applies):", family: "Which of these needs are written down in your records? Check only needs that come from your diagnosis. Check all that apply.", child: None },
 es: Said { staff: "Necesidades documentadas relacionadas con el diagnóstico (marque cada área que aplique):", family: "¿Cuáles de estas necesidades están anotadas en sus registros? Marque solo las que vienen de su diagnóstico. Marque todas las que apliquen.", child: None },
 },
            &[
                Choice {
                    id: "wellness_integration",
                    text: Words {
 en: Said { staff: "Limited ability to integrate recovery and wellness practices into daily activities", family: "It is hard to fit recovery and wellness habits into my day", child: None },
 es: Said { staff: "Capacidad limitada para integrar prácticas de recuperación y bienestar en las actividades diarias", family: "Me cuesta incluir hábitos de recuperación y bienestar en mi día", child: None },
 },
                },
                Choice {
                    id: "recent_crisis",
                    text: Words {
 en: Said { staff: "Recent crisis episode requiring Mobile Crisis Management, Facility Based Crisis, Emergency Department or detoxification services", family: "I recently had a crisis and needed a crisis team, a crisis center, the emergency room or detox", child: None },
 es: Said { staff: "Episodio de crisis reciente que requirió Manejo Móvil de Crisis, Crisis en Centro, Departamento de Emergencias o servicios de desintoxicación", family: "Hace poco tuve una crisis y necesité un equipo de crisis, un centro de crisis, la sala de emergencias o desintoxicación", child: None },
 },
                },
                Choice {
                    id: "traditional_services_difficulty",
                    text: Words {
 en: Said { staff: "History of difficulty using traditional services (missed appointments, medication schedules)", family: "I have had trouble with regular services, like missing appointments or keeping up with medicines", child: None },
 es: Said { staff: "Historial de dificultad para usar servicios tradicionales (citas perdidas, horarios de medicamentos)", family: "He tenido problemas con los servicios habituales, como faltar a citas o seguir mis medicinas", child: None },
 },
                },
                Choice {
                    id: "community_resources",
                    text: Words {
 en: Said { staff: "Limited ability to identify and use community services and supports without assistance", family: "It is hard to find and use services and support in my community without help", child: None },
 es: Said { staff: "Capacidad limitada para identificar y usar servicios y apoyos comunitarios sin ayuda", family: "Me cuesta encontrar y usar servicios y apoyos en mi comunidad sin ayuda", child: None },
 },
                },
                Choice {
                    id: "relationships",
                    text: Words {
 en: Said { staff: "Limited ability to develop and maintain relationships, including natural supports", family: "It is hard to make and keep relationships, including people in my life who support me, like family and friends", child: None },
 es: Said { staff: "Capacidad limitada para formar y mantener relaciones, incluidos los apoyos naturales", family: "Me cuesta hacer y mantener relaciones, incluidas las personas de mi vida que me apoyan, como familiares y amigos", child: None },
 },
                },
                Choice {
                    id: "daily_living",
                    text: Words {
 en: Said { staff: "Limited ability to maintain housing, physical health, school, job or volunteer activity", family: "It is hard to keep my housing, my physical health, school, a job or volunteer work", child: None },
 es: Said { staff: "Capacidad limitada para mantener vivienda, salud física, escuela, empleo o voluntariado", family: "Me cuesta mantener mi vivienda, mi salud física, la escuela, un trabajo o el voluntariado", child: None },
 },
                },
            ],
        ),
        INNOVATIONS_WAIVER,
        ACTT,
        ACTT_AUTH_END,
        CST,
        CST_AUTH_END,
        OTHER_PSS_PROVIDER,
        Question::yes_no(
            "cca_completed",
            Words {
 en: Said { staff: "Is a Comprehensive Clinical Assessment (CCA) demonstrating medical necessity completed?", family: "Have you had a full clinical assessment that shows you need this service?", child: None },
 es: Said { staff: "¿Se completó una Evaluación Clínica Integral (CCA) que demuestre necesidad médica?", family: "¿Le hicieron una evaluación clínica completa que muestra que necesita este servicio?", child: None },
 },
        ),
    ],
    criteria: &[
        Criterion::eligibility(
            "nc.diagnosis",
            Citation { section: "Eligibility Criteria", quote: "DSM-5 Diagnosis (Mental Health or SUD); AND" },
            Test::Yes {
                question: "dsm5_diagnosis",
                says: Verdicts {
                    pass: Words {
 en: Said { staff: "Has a DSM-5 mental health or SUD diagnosis.", family: "You have a mental health or substance use diagnosis.", child: None },
 es: Said { staff: "Tiene un diagnóstico DSM-5 de salud mental o SUD.", family: "Usted tiene un diagnóstico de salud mental o de uso de sustancias.", child: None },
 },
                    fail: Words {
 en: Said { staff: "Has no DSM-5 mental health or SUD diagnosis, which the service requires.", family: "This service needs a mental health or substance use diagnosis. You said you have none.", child: None },
 es: Said { staff: "No tiene un diagnóstico DSM-5 de salud mental o SUD, que el servicio requiere.", family: "Este servicio requiere un diagnóstico de salud mental o de uso de sustancias. Usted dijo que no lo tiene.", child: None },
 },
                },
            },
        ),
        Criterion::eligibility(
            "nc.need_areas",
            Citation {
                section: "Eligibility Criteria",
                quote: "Documented identified needs in three of the following areas (related to diagnosis):",
            },
            Test::AtLeast {
                question: "need_areas",
                min: 3,
                says: Verdicts {
                    pass: Words {
 en: Said { staff: "Has documented needs in {n} of the six areas; at least {min} are required.", family: "You said your records show needs in {n} of the six areas. At least {min} are needed.", child: None },
 es: Said { staff: "Tiene necesidades documentadas en {n} de las seis áreas; se requieren al menos {min}.", family: "Usted dijo que sus registros muestran necesidades en {n} de las seis áreas. Se necesitan al menos {min}.", child: None },
 },
                    fail: Words {
 en: Said { staff: "Has documented needs in {n} of the six areas; at least {min} are required.", family: "You said your records show needs in {n} of the six areas, but at least {min} are needed.", child: None },
 es: Said { staff: "Tiene necesidades documentadas en {n} de las seis áreas; se requieren al menos {min}.", family: "Usted dijo que sus registros muestran necesidades en {n} de las seis áreas, pero se necesitan al menos {min}.", child: None },
 },
                },
            },
        ),
        INNOVATIONS,
        ACTT_WINDOW,
        CST_WINDOW,
        ONE_PROVIDER,
        Criterion::requirement(
            "nc.cca",
            Citation {
                section: "Entrance Criteria",
                quote: "Comprehensive Clinical Assessment that demonstrates medical necessity.",
            },
            Test::Yes {
                question: "cca_completed",
                says: Verdicts {
                    pass: Words {
 en: Said { staff: "A Comprehensive Clinical Assessment demonstrating medical necessity is completed.", family: "You have had the clinical assessment that shows you need this service.", child: None },
 es: Said { staff: "Se completó una Evaluación Clínica Integral que demuestra necesidad médica.", family: "Ya tuvo la evaluación clínica que muestra que necesita este servicio.", child: None },
 },
                    fail: Words {
 en: Said { staff: "No Comprehensive Clinical Assessment yet; it must be completed before PSS is provided.", family: "You still need a clinical assessment. It must be done before peer support starts.", child: None },
 es: Said { staff: "Aún no hay Evaluación Clínica Integral; debe completarse antes de prestar PSS.", family: "Todavía necesita una evaluación clínica. Debe hacerse antes de que empiece el apoyo de pares.", child: None },
 },
                },
            },
            Words {
 en: Said { staff: "Complete a Comprehensive Clinical Assessment that demonstrates medical necessity before PSS is provided.", family: "Ask for a full clinical assessment; it must be done before peer support starts.", child: None },
 es: Said { staff: "Complete una Evaluación Clínica Integral que demuestre necesidad médica antes de prestar PSS.", family: "Pida una evaluación clínica completa; debe hacerse antes de que empiece el apoyo de pares.", child: None },
 },
        ),
    ],
    service: SERVICE,
    standing_notes: &[
        // Prior Approval: "Required prior to provision or rendering of services."
        Words {
 en: Said { staff: "Prior approval is required before services start.", family: "The service must be approved before it starts; your provider asks for this approval.", child: None },
 es: Said { staff: "Se requiere aprobación previa antes de que empiecen los servicios.", family: "El servicio debe aprobarse antes de empezar; su proveedor pide esta aprobación.", child: None },
 },
    ],
    // The source is a webinar for LME-MCOs, the bodies that manage Medicaid behavioral health
    // services and give the prior approval it requires ("LME-MCO Stakeholder Webinar").
    ask: Words {
 en: Said { staff: "Questions: ask the agency that gave you this screener, or the beneficiary's LME-MCO.", family: "Ask the agency that gave you this page. You can also ask your LME-MCO. It manages Medicaid mental health and substance use services where you live.", child: None },
 es: Said { staff: "Preguntas: consulte a la agencia que le dio esta evaluación, o a la LME-MCO del beneficiario.", family: "Pregunte a la agencia que le dio esta página. También puede preguntar a su LME-MCO. Esta administra los servicios de Medicaid de salud mental y de uso de sustancias donde usted vive.", child: None },
 },
};
