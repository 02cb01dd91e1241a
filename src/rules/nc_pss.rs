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
        staff_en: "Does the beneficiary receive NC Innovations Waiver services?",
        staff_es: "¿Recibe el beneficiario servicios de la Exención NC Innovations?",
        family_en: "Do you get services through the NC Innovations Waiver (a Medicaid program for people with intellectual or developmental disabilities)?",
        family_es: "¿Recibe servicios de la Exención NC Innovations (un programa de Medicaid para personas con discapacidades intelectuales o del desarrollo)?",
    },
);

pub const ACTT: Question = Question::yes_no(
    "actt",
    Words {
        staff_en: "Does the beneficiary currently receive Assertive Community Treatment Team (ACTT)?",
        staff_es: "¿Recibe actualmente el beneficiario Tratamiento Comunitario Asertivo en Equipo (ACTT)?",
        family_en: "Do you get help now from an Assertive Community Treatment Team (ACTT), a team that visits you often?",
        family_es: "¿Recibe ahora ayuda de un Equipo de Tratamiento Comunitario Asertivo (ACTT), un equipo que le visita a menudo?",
    },
);

/// The last day of the authorization, not of the service: the Limitation speaks of "last
/// 30-days of an authorization for ACTT or CST".
pub const ACTT_AUTH_END: Question = Question::date(
    "actt_auth_end",
    Words {
        staff_en: "Last day of the current ACTT authorization:",
        staff_es: "Último día de la autorización actual de ACTT:",
        family_en: "ACTT is approved for a set time, called an authorization. What is the last day of your current ACTT approval? Give the end date on the approval, not the day you think ACTT will stop.",
        family_es: "ACTT se aprueba por un tiempo fijo, llamado autorización. ¿Cuál es el último día de su aprobación actual de ACTT? Escriba la fecha en que termina la aprobación, no el día en que cree que ACTT terminará.",
    },
)
.follows("actt");

pub const CST: Question = Question::yes_no(
    "cst",
    Words {
        staff_en: "Does the beneficiary currently receive Community Support Team (CST)?",
        staff_es: "¿Recibe actualmente el beneficiario Equipo de Apoyo Comunitario (CST)?",
        family_en: "Do you get help now from a Community Support Team (CST)?",
        family_es: "¿Recibe ahora ayuda de un Equipo de Apoyo Comunitario (CST)?",
    },
);

pub const CST_AUTH_END: Question = Question::date(
    "cst_auth_end",
    Words {
        staff_en: "Last day of the current CST authorization:",
        staff_es: "Último día de la autorización actual de CST:",
        family_en: "CST is approved for a set time, called an authorization. What is the last day of your current CST approval? Give the end date on the approval, not the day you think CST will stop.",
        family_es: "CST se aprueba por un tiempo fijo, llamado autorización. ¿Cuál es el último día de su aprobación actual de CST? Escriba la fecha en que termina la aprobación, no el día en que cree que CST terminará.",
    },
)
.follows("cst");

pub const OTHER_PSS_PROVIDER: Question = Question::yes_no(
    "other_pss_provider",
    Words {
        staff_en: "Does the beneficiary already receive Peer Support Services from another provider?",
        staff_es: "¿Recibe ya el beneficiario Servicios de Apoyo de Pares de otro proveedor?",
        family_en: "Do you already get peer support from another agency?",
        family_es: "¿Ya recibe apoyo de pares de otra agencia?",
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
                staff_en: "Does not receive NC Innovations Waiver services.",
                staff_es: "No recibe servicios de la Exención NC Innovations.",
                family_en: "You do not get NC Innovations Waiver services.",
                family_es: "Usted no recibe servicios de la Exención NC Innovations.",
            },
            fail: Words {
                staff_en: "Receives NC Innovations Waiver services, which excludes PSS.",
                staff_es: "Recibe servicios de la Exención NC Innovations, lo que excluye PSS.",
                family_en: "People who get NC Innovations Waiver services cannot get this peer support.",
                family_es: "Las personas que reciben servicios de la Exención NC Innovations no pueden recibir este apoyo de pares.",
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
            staff_en: "ACTT",
            staff_es: "ACTT",
            family_en: "ACTT (Assertive Community Treatment Team)",
            family_es: "ACTT (Equipo de Tratamiento Comunitario Asertivo)",
        },
        end_of: Words {
            staff_en: "the current ACTT authorization",
            staff_es: "la autorización actual de ACTT",
            family_en: "your ACTT approval",
            family_es: "su aprobación de ACTT",
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
            staff_en: "CST",
            staff_es: "CST",
            family_en: "CST (Community Support Team)",
            family_es: "CST (Equipo de Apoyo Comunitario)",
        },
        end_of: Words {
            staff_en: "the current CST authorization",
            staff_es: "la autorización actual de CST",
            family_en: "your CST approval",
            family_es: "su aprobación de CST",
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
                staff_en: "Receives no PSS from another provider.",
                staff_es: "No recibe PSS de otro proveedor.",
                family_en: "You do not get peer support from another agency.",
                family_es: "Usted no recibe apoyo de pares de otra agencia.",
            },
            fail: Words {
                staff_en: "Already receives PSS from another provider; PSS comes from one provider only.",
                staff_es: "Ya recibe PSS de otro proveedor; PSS se recibe de un solo proveedor.",
                family_en: "You already get peer support from another agency, and you can get it from only one.",
                family_es: "Usted ya recibe apoyo de pares de otra agencia, y solo puede recibirlo de una.",
            },
        },
    },
);

pub const PROGRAM: Program = Program {
    id: "nc-pss",
    state: "NC",
    title: Words {
        staff_en: "Peer Support Services (NC Medicaid, draft policy of 2018)",
        staff_es: "Servicios de Apoyo de Pares (NC Medicaid, política en borrador de 2018)",
        family_en: "Peer Support Services (North Carolina Medicaid, draft rules)",
        family_es: "Servicios de Apoyo de Pares (Medicaid de Carolina del Norte, reglas en borrador)",
    },
    stage: Stage::Admission,
    version: "2026-11-30",
    effective_from: None,
    document: DOCUMENT,
    questions: &[
        Question::yes_no(
            "dsm5_diagnosis",
            Words {
                staff_en: "Does the beneficiary have a DSM-5 mental health or substance use disorder (SUD) diagnosis?",
                staff_es: "¿Tiene el beneficiario un diagnóstico DSM-5 de salud mental o de trastorno por uso de sustancias (SUD)?",
                family_en: "Has a professional diagnosed you with a mental health condition or a substance use disorder?",
                family_es: "¿Un profesional le ha diagnosticado una condición de salud mental o un trastorno por uso de sustancias?",
            },
        ),
        // "Documented identified needs … (related to diagnosis)": the family wording asks for
        // needs written in the person's records, not needs the person feels.
        Question::multi_select(
            "need_areas",
            Words {
                staff_en: "Documented needs related to the diagnosis (check every area that applies):",
                staff_es: "Necesidades documentadas relacionadas con el diagnóstico (marque cada área que aplique):",
                family_en: "Which of these needs are written down in your records? Check only needs that come from your diagnosis. Check all that apply.",
                family_es: "¿Cuáles de estas necesidades están anotadas en sus registros? Marque solo las que vienen de su diagnóstico. Marque todas las que apliquen.",
            },
            &[
                Choice {
                    id: "wellness_integration",
                    text: Words {
                        staff_en: "Limited ability to integrate recovery and wellness practices into daily activities",
                        staff_es: "Capacidad limitada para integrar prácticas de recuperación y bienestar en las actividades diarias",
                        family_en: "It is hard to fit recovery and wellness habits into my day",
                        family_es: "Me cuesta incluir hábitos de recuperación y bienestar en mi día",
                    },
                },
                Choice {
                    id: "recent_crisis",
                    text: Words {
                        staff_en: "Recent crisis episode requiring Mobile Crisis Management, Facility Based Crisis, Emergency Department or detoxification services",
                        staff_es: "Episodio de crisis reciente que requirió Manejo Móvil de Crisis, Crisis en Centro, Departamento de Emergencias o servicios de desintoxicación",
                        family_en: "I recently had a crisis and needed a crisis team, a crisis center, the emergency room or detox",
                        family_es: "Hace poco tuve una crisis y necesité un equipo de crisis, un centro de crisis, la sala de emergencias o desintoxicación",
                    },
                },
                Choice {
                    id: "traditional_services_difficulty",
                    text: Words {
                        staff_en: "History of difficulty using traditional services (missed appointments, medication schedules)",
                        staff_es: "Historial de dificultad para usar servicios tradicionales (citas perdidas, horarios de medicamentos)",
                        family_en: "I have had trouble with regular services, like missing appointments or keeping up with medicines",
                        family_es: "He tenido problemas con los servicios habituales, como faltar a citas o seguir mis medicinas",
                    },
                },
                Choice {
                    id: "community_resources",
                    text: Words {
                        staff_en: "Limited ability to identify and use community services and supports without assistance",
                        staff_es: "Capacidad limitada para identificar y usar servicios y apoyos comunitarios sin ayuda",
                        family_en: "It is hard to find and use services and support in my community without help",
                        family_es: "Me cuesta encontrar y usar servicios y apoyos en mi comunidad sin ayuda",
                    },
                },
                Choice {
                    id: "relationships",
                    text: Words {
                        staff_en: "Limited ability to develop and maintain relationships, including natural supports",
                        staff_es: "Capacidad limitada para formar y mantener relaciones, incluidos los apoyos naturales",
                        family_en: "It is hard to make and keep relationships, including people in my life who support me, like family and friends",
                        family_es: "Me cuesta hacer y mantener relaciones, incluidas las personas de mi vida que me apoyan, como familiares y amigos",
                    },
                },
                Choice {
                    id: "daily_living",
                    text: Words {
                        staff_en: "Limited ability to maintain housing, physical health, school, job or volunteer activity",
                        staff_es: "Capacidad limitada para mantener vivienda, salud física, escuela, empleo o voluntariado",
                        family_en: "It is hard to keep my housing, my physical health, school, a job or volunteer work",
                        family_es: "Me cuesta mantener mi vivienda, mi salud física, la escuela, un trabajo o el voluntariado",
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
                staff_en: "Is a Comprehensive Clinical Assessment (CCA) demonstrating medical necessity completed?",
                staff_es: "¿Se completó una Evaluación Clínica Integral (CCA) que demuestre necesidad médica?",
                family_en: "Have you had a full clinical assessment that shows you need this service?",
                family_es: "¿Le hicieron una evaluación clínica completa que muestra que necesita este servicio?",
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
                        staff_en: "Has a DSM-5 mental health or SUD diagnosis.",
                        staff_es: "Tiene un diagnóstico DSM-5 de salud mental o SUD.",
                        family_en: "You have a mental health or substance use diagnosis.",
                        family_es: "Usted tiene un diagnóstico de salud mental o de uso de sustancias.",
                    },
                    fail: Words {
                        staff_en: "Has no DSM-5 mental health or SUD diagnosis, which the service requires.",
                        staff_es: "No tiene un diagnóstico DSM-5 de salud mental o SUD, que el servicio requiere.",
                        family_en: "This service needs a mental health or substance use diagnosis. You said you have none.",
                        family_es: "Este servicio requiere un diagnóstico de salud mental o de uso de sustancias. Usted dijo que no lo tiene.",
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
                        staff_en: "Has documented needs in {n} of the six areas; at least {min} are required.",
                        staff_es: "Tiene necesidades documentadas en {n} de las seis áreas; se requieren al menos {min}.",
                        family_en: "You said your records show needs in {n} of the six areas. At least {min} are needed.",
                        family_es: "Usted dijo que sus registros muestran necesidades en {n} de las seis áreas. Se necesitan al menos {min}.",
                    },
                    fail: Words {
                        staff_en: "Has documented needs in {n} of the six areas; at least {min} are required.",
                        staff_es: "Tiene necesidades documentadas en {n} de las seis áreas; se requieren al menos {min}.",
                        family_en: "You said your records show needs in {n} of the six areas, but at least {min} are needed.",
                        family_es: "Usted dijo que sus registros muestran necesidades en {n} de las seis áreas, pero se necesitan al menos {min}.",
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
                        staff_en: "A Comprehensive Clinical Assessment demonstrating medical necessity is completed.",
                        staff_es: "Se completó una Evaluación Clínica Integral que demuestra necesidad médica.",
                        family_en: "You have had the clinical assessment that shows you need this service.",
                        family_es: "Ya tuvo la evaluación clínica que muestra que necesita este servicio.",
                    },
                    fail: Words {
                        staff_en: "No Comprehensive Clinical Assessment yet; it must be completed before PSS is provided.",
                        staff_es: "Aún no hay Evaluación Clínica Integral; debe completarse antes de prestar PSS.",
                        family_en: "You still need a clinical assessment. It must be done before peer support starts.",
                        family_es: "Todavía necesita una evaluación clínica. Debe hacerse antes de que empiece el apoyo de pares.",
                    },
                },
            },
            Words {
                staff_en: "Complete a Comprehensive Clinical Assessment that demonstrates medical necessity before PSS is provided.",
                staff_es: "Complete una Evaluación Clínica Integral que demuestre necesidad médica antes de prestar PSS.",
                family_en: "Ask for a full clinical assessment; it must be done before peer support starts.",
                family_es: "Pida una evaluación clínica completa; debe hacerse antes de que empiece el apoyo de pares.",
            },
        ),
    ],
    service: SERVICE,
    standing_notes: &[
        // Prior Approval: "Required prior to provision or rendering of services."
        Words {
            staff_en: "Prior approval is required before services start.",
            staff_es: "Se requiere aprobación previa antes de que empiecen los servicios.",
            family_en: "The service must be approved before it starts; your provider asks for this approval.",
            family_es: "El servicio debe aprobarse antes de empezar; su proveedor pide esta aprobación.",
        },
    ],
    // The source is a webinar for LME-MCOs, the bodies that manage Medicaid behavioral health
    // services and give the prior approval it requires ("LME-MCO Stakeholder Webinar").
    ask: Words {
        staff_en: "Questions: ask the agency that gave you this screener, or the beneficiary's LME-MCO.",
        staff_es: "Preguntas: consulte a la agencia que le dio esta evaluación, o a la LME-MCO del beneficiario.",
        family_en: "Ask the agency that gave you this page. You can also ask your LME-MCO. It manages Medicaid mental health and substance use services where you live.",
        family_es: "Pregunte a la agencia que le dio esta página. También puede preguntar a su LME-MCO. Esta administra los servicios de Medicaid de salud mental y de uso de sustancias donde usted vive.",
    },
};
