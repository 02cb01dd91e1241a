//! North Carolina: Peer Support Services (NC Medicaid), program `nc-pss`.
//!
//! Source: `002_e35242edc1a08dd4.txt`, the Peer Support Services Definition presented to
//! LME-MCOs on 10 Sept 2018: Eligibility Criteria, Entrance Criteria, Limitations, Prior Approval.
//! Each criterion stands beside the passage it encodes.
//!
//! The webinar presents "an overview of the Peer Support Services draft policy" and asks for
//! input "regarding the design of the service definition", so the document is marked a draft,
//! the titles say so, and the first standing note of every response says so ([`DRAFT_NOTE`]).
//! The Limitations hold for as long as the service is received: the questions and criteria that
//! encode them, the document, the notes and the service facts are shared with the continued-stay
//! review (`nc_pss_continued_stay.rs`), except the wording of `other_pss_provider` and
//! `nc.one_provider`, which there speak of a second provider besides the current one.
//!
//! Readings chosen where the source is open:
//! - "Documented identified needs in three of the following areas" is at least three; "Recent"
//!   crisis has no window in the source, and none is invented.
//! - The Entrance Criteria's "Comprehensive Clinical Assessment that demonstrates medical
//!   necessity" is two things (SCREENING.md §4.8): an assessment completed before the service
//!   (`nc.cca`, a requirement) and what it showed (`nc.medical_necessity`, an exclusion that
//!   applies only to a completed assessment that did not demonstrate medical necessity).
//! - "Beneficiary can only receive PSS from one provider" is one provider at a time.
//! - ACTT and CST: "PSS may be authorized during last 30-days of an authorization for ACTT or CST
//!   for transition of beneficiary to PSS" is read as the window itself (§5): the screener asks
//!   for the last day of the current authorization, and does not ask separately whether ACTT or
//!   CST will be renewed or whether a move to PSS is planned (the contract gives these criteria no
//!   such question). A person whose ACTT or CST will be renewed passes inside the window; staff
//!   confirm the transition when they ask for prior approval. The date questions ask for the end
//!   date written on the approval, and no longer tell the person to set aside whether ACTT or CST
//!   will stop. The window's reasons are the product's shared sentences (`src/words/`).
//! - ACTT and CST are the services of those names: the family questions say to count only a
//!   service with that name, since a loose gloss ("a team that visits you") would take in other
//!   visiting or in-home services.
//! - `need_areas` asks what is documented. An answer left out (in the form: no box ticked) is
//!   unknown and gives `incomplete`; `[]` ("None of these") is a known answer, zero areas
//!   (SCREENING.md §2). Whether an unassessed person's needs will be documented is not asked.
//! - A change of provider: `other_pss_provider` is yes while the other provider's PSS goes on, so
//!   the fail reason says PSS can start here only when it ends there; the contract gives no
//!   question about a planned move (raised for a later version of the contract).
//!
//! Not encoded, and why:
//! - Who may provide: "Family members or legally responsible person(s) are not eligible to
//!   provide the service"; "Service is provided by certified NC Peer Support Specialist"; the
//!   direction of a Qualified Professional; the Code of Ethics and Values. They govern providers,
//!   not whether a person may receive PSS.
//! - Billing: "Only the time which a beneficiary receives PSS may service be billed. PSS may not be
//!   billed at the same time as another service." It governs claims (during an ACTT or CST
//!   overlap too), not eligibility; the contract's standing notes do not include it.
//! - Activities Not Covered (transportation, habilitation, recreation, supervision, "Interventions
//!   not identified in PCP", "Services without prior authorization", "Services provided to family
//!   (children, spouse, etc.)"): the scope of the service, not who may receive it. The Person-
//!   Centered Plan that must name the PSS interventions is written once services are planned;
//!   prior authorization is the standing note.
//! - Program Requirements, Staffing and Training (availability at any hour, staff ratios, the
//!   supervisor's contacts, training hours): provider rules.
//! - The background's "beneficiaries with serious mental or substance use disorders" describes
//!   the model; the Eligibility Criteria ask only for a DSM-5 diagnosis, so "serious" is not
//!   added. "Can be provided in combination with other approved mental health or substance use
//!   services" agrees with the absence of any other exclusion.
//! - Payer: the slides state no enrollment condition, so none is asked; "NC Medicaid" in the
//!   titles is the presenters' agency.

use crate::model::*;

/// The 2018 webinar: a draft.
pub const DOCUMENT: Document = Document {
    file: "002_e35242edc1a08dd4.txt",
    title: "NC Medicaid Peer Support Services Definition (2018)",
    draft: true,
};

/// The webinar gives no unit length, rate, code or caps.
pub const SERVICE: Service = Service::NONE;

/// The first standing note of both North Carolina programs (SCREENING.md §3): "an overview of the
/// Peer Support Services draft policy", "To generate input regarding the design of the service
/// definition".
pub const DRAFT_NOTE: Words = words! {
    en: Said {
        staff: "These rules come from a 2018 draft policy, presented for comment; the rules in force may differ.",
        family: "These rules come from a draft written in 2018. The rules in force now may be different.",
        child: None,
    },
    es: Said {
        staff: "Estas reglas vienen de una política en borrador de 2018, presentada para recibir comentarios; las reglas vigentes pueden ser distintas.",
        family: "Estas reglas vienen de un borrador escrito en 2018. Las reglas vigentes hoy pueden ser distintas.",
        child: None,
    },
};

pub const INNOVATIONS_WAIVER: Question = Question::yes_no(
    "innovations_waiver",
    words! {
        en: Said {
            staff: "Does the beneficiary receive NC Innovations Waiver services?",
            family: "Do you get services through the NC Innovations Waiver (a North Carolina Medicaid program for people with intellectual or developmental disabilities)?",
            child: Some("Does your child get services through the NC Innovations Waiver (a North Carolina Medicaid program for people with intellectual or developmental disabilities)?"),
        },
        es: Said {
            staff: "¿Recibe la persona servicios de la Exención NC Innovations?",
            family: "¿Recibe servicios de la Exención NC Innovations (un programa de Medicaid de Carolina del Norte para personas con discapacidades intelectuales o del desarrollo)?",
            child: Some("¿Recibe su hijo o hija servicios de la Exención NC Innovations (un programa de Medicaid de Carolina del Norte para personas con discapacidades intelectuales o del desarrollo)?"),
        },
    },
);

pub const ACTT: Question = Question::yes_no(
    "actt",
    words! {
        en: Said {
            staff: "Does the beneficiary currently receive Assertive Community Treatment Team (ACTT) services?",
            family: "Do you get services now from an Assertive Community Treatment Team (ACTT)? Count only a service with that name, not other services that visit you.",
            child: Some("Does your child get services now from an Assertive Community Treatment Team (ACTT)? Count only a service with that name, not other services that visit your child."),
        },
        es: Said {
            staff: "¿Recibe actualmente la persona servicios del Equipo de Tratamiento Comunitario Asertivo (ACTT)?",
            family: "¿Recibe ahora servicios de un Equipo de Tratamiento Comunitario Asertivo (ACTT)? Cuente solo un servicio con ese nombre, no otros servicios que le visitan.",
            child: Some("¿Recibe ahora su hijo o hija servicios de un Equipo de Tratamiento Comunitario Asertivo (ACTT)? Cuente solo un servicio con ese nombre, no otros servicios que visitan a su hijo o hija."),
        },
    },
);

/// The last day of the authorization, not of the service: the Limitation speaks of "last
/// 30-days of an authorization for ACTT or CST".
pub const ACTT_AUTH_END: Question = Question::date(
    "actt_auth_end",
    words! {
        en: Said {
            staff: "Last day of the current ACTT authorization:",
            family: "ACTT (Assertive Community Treatment Team) is approved for a set time, called an authorization. What is the last day of your current ACTT approval? Give the end date written on the approval. If you do not know it, ask your ACTT team.",
            child: Some("ACTT (Assertive Community Treatment Team) is approved for a set time, called an authorization. What is the last day of your child's current ACTT approval? Give the end date written on the approval. If you do not know it, ask your child's ACTT team."),
        },
        es: Said {
            staff: "Último día de la autorización actual de ACTT:",
            family: "ACTT (Equipo de Tratamiento Comunitario Asertivo) se aprueba por un tiempo fijo, llamado autorización. ¿Cuál es el último día de su aprobación actual de ACTT? Escriba la fecha de fin que aparece en la aprobación. Si no la sabe, pregunte a su equipo de ACTT.",
            child: Some("ACTT (Equipo de Tratamiento Comunitario Asertivo) se aprueba por un tiempo fijo, llamado autorización. ¿Cuál es el último día de la aprobación actual de ACTT de su hijo o hija? Escriba la fecha de fin que aparece en la aprobación. Si no la sabe, pregunte al equipo de ACTT de su hijo o hija."),
        },
    },
)
.follows("actt");

pub const CST: Question = Question::yes_no(
    "cst",
    words! {
        en: Said {
            staff: "Does the beneficiary currently receive Community Support Team (CST) services?",
            family: "Do you get services now from a Community Support Team (CST)? Count only a service with that name, not other team or in-home services.",
            child: Some("Does your child get services now from a Community Support Team (CST)? Count only a service with that name, not other team or in-home services."),
        },
        es: Said {
            staff: "¿Recibe actualmente la persona servicios del Equipo de Apoyo Comunitario (CST)?",
            family: "¿Recibe ahora servicios de un Equipo de Apoyo Comunitario (CST)? Cuente solo un servicio con ese nombre, no otros servicios en equipo o en el hogar.",
            child: Some("¿Recibe ahora su hijo o hija servicios de un Equipo de Apoyo Comunitario (CST)? Cuente solo un servicio con ese nombre, no otros servicios en equipo o en el hogar."),
        },
    },
);

pub const CST_AUTH_END: Question = Question::date(
    "cst_auth_end",
    words! {
        en: Said {
            staff: "Last day of the current CST authorization:",
            family: "CST (Community Support Team) is approved for a set time, called an authorization. What is the last day of your current CST approval? Give the end date written on the approval. If you do not know it, ask your CST team.",
            child: Some("CST (Community Support Team) is approved for a set time, called an authorization. What is the last day of your child's current CST approval? Give the end date written on the approval. If you do not know it, ask your child's CST team."),
        },
        es: Said {
            staff: "Último día de la autorización actual de CST:",
            family: "CST (Equipo de Apoyo Comunitario) se aprueba por un tiempo fijo, llamado autorización. ¿Cuál es el último día de su aprobación actual de CST? Escriba la fecha de fin que aparece en la aprobación. Si no la sabe, pregunte a su equipo de CST.",
            child: Some("CST (Equipo de Apoyo Comunitario) se aprueba por un tiempo fijo, llamado autorización. ¿Cuál es el último día de la aprobación actual de CST de su hijo o hija? Escriba la fecha de fin que aparece en la aprobación. Si no la sabe, pregunte al equipo de CST de su hijo o hija."),
        },
    },
)
.follows("cst");

/// "PSS from one provider": Peer Support Services, not any peer help (a peer on a treatment
/// team, a support group or a sponsor is not PSS from a provider).
pub const OTHER_PSS_PROVIDER: Question = Question::yes_no(
    "other_pss_provider",
    words! {
        en: Said {
            staff: "Does the beneficiary already receive Peer Support Services (PSS) from another provider?",
            family: "Do you already get Peer Support Services, the service this check is about, from another agency? Do not count a peer worker on a treatment team, a support group or a sponsor.",
            child: Some("Does your child already get Peer Support Services, the service this check is about, from another agency? Do not count a peer worker on a treatment team, a support group or a sponsor."),
        },
        es: Said {
            staff: "¿Recibe ya la persona Servicios de Apoyo de Pares (PSS) de otro proveedor?",
            family: "¿Ya recibe Servicios de Apoyo de Pares, el servicio de esta evaluación, de otra agencia? No cuente a especialistas de pares de un equipo de tratamiento, grupos de apoyo ni padrinos o madrinas.",
            child: Some("¿Ya recibe su hijo o hija Servicios de Apoyo de Pares, el servicio de esta evaluación, de otra agencia? No cuente a especialistas de pares de un equipo de tratamiento, grupos de apoyo ni padrinos o madrinas."),
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
            pass: words! {
                en: Said {
                    staff: "Does not receive NC Innovations Waiver services.",
                    family: "You do not get NC Innovations Waiver services.",
                    child: Some("Your child does not get NC Innovations Waiver services."),
                },
                es: Said {
                    staff: "No recibe servicios de la Exención NC Innovations.",
                    family: "Usted no recibe servicios de la Exención NC Innovations.",
                    child: Some("Su hijo o hija no recibe servicios de la Exención NC Innovations."),
                },
            },
            fail: words! {
                en: Said {
                    staff: "Receives NC Innovations Waiver services, which excludes PSS.",
                    family: "You get NC Innovations Waiver services. People who get them cannot get this peer support.",
                    child: Some("Your child gets NC Innovations Waiver services. People who get them cannot get this peer support."),
                },
                es: Said {
                    staff: "Recibe servicios de la Exención NC Innovations, lo que excluye PSS.",
                    family: "Usted recibe servicios de la Exención NC Innovations. Quienes los reciben no pueden recibir este apoyo de pares.",
                    child: Some("Su hijo o hija recibe servicios de la Exención NC Innovations. Quienes los reciben no pueden recibir este apoyo de pares."),
                },
            },
        },
    },
);

/// ACTT and CST exclude PSS ("are not eligible") but in the last 30 days of their authorization:
/// both sentences of the Limitations, as they stand in the source (two bullets).
const TRANSITION: Citation = Citation {
    section: "Limitations",
    quote: "Beneficiaries receiving Innovations Wavier services, ACTT or CST are not eligible. - PSS may be authorized during last 30-days of an authorization for ACTT or CST for transition of beneficiary to PSS.",
};

/// `nc.actt`.
pub const ACTT_WINDOW: Criterion = Criterion::exclusion(
    "nc.actt",
    TRANSITION,
    Test::TransitionWindow {
        service: "actt",
        ends: "actt_auth_end",
        days: 30,
        service_name: words! {
            en: Said { staff: "ACTT", family: "ACTT (Assertive Community Treatment Team)", child: None },
            es: Said { staff: "ACTT", family: "ACTT (Equipo de Tratamiento Comunitario Asertivo)", child: None },
        },
        end_of: words! {
            en: Said {
                staff: "the current ACTT authorization",
                family: "your ACTT approval",
                child: Some("your child's ACTT approval"),
            },
            es: Said {
                staff: "la autorización actual de ACTT",
                family: "su aprobación de ACTT",
                child: Some("la aprobación de ACTT de su hijo o hija"),
            },
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
        service_name: words! {
            en: Said { staff: "CST", family: "CST (Community Support Team)", child: None },
            es: Said { staff: "CST", family: "CST (Equipo de Apoyo Comunitario)", child: None },
        },
        end_of: words! {
            en: Said {
                staff: "the current CST authorization",
                family: "your CST approval",
                child: Some("your child's CST approval"),
            },
            es: Said {
                staff: "la autorización actual de CST",
                family: "su aprobación de CST",
                child: Some("la aprobación de CST de su hijo o hija"),
            },
        },
    },
);

/// `nc.one_provider`: one provider at a time. The continued-stay review has its own wording
/// (`nc_pss_continued_stay.rs`): there the person already gets PSS from the reviewing provider.
pub const ONE_PROVIDER: Criterion = Criterion::exclusion(
    "nc.one_provider",
    Citation { section: "Limitations", quote: "Beneficiary can only receive PSS from one provider." },
    Test::No {
        question: "other_pss_provider",
        says: Verdicts {
            pass: words! {
                en: Said {
                    staff: "Receives no PSS from another provider.",
                    family: "You do not get Peer Support Services from another agency.",
                    child: Some("Your child does not get Peer Support Services from another agency."),
                },
                es: Said {
                    staff: "No recibe PSS de otro proveedor.",
                    family: "Usted no recibe Servicios de Apoyo de Pares de otra agencia.",
                    child: Some("Su hijo o hija no recibe Servicios de Apoyo de Pares de otra agencia."),
                },
            },
            fail: words! {
                en: Said {
                    staff: "Already receives PSS from another provider; PSS comes from only one provider at a time, so it can start here only when the other provider's PSS ends.",
                    family: "You already get Peer Support Services from another agency. A person can get them from only one agency at a time. They can start here only when they end there.",
                    child: Some("Your child already gets Peer Support Services from another agency. A person can get them from only one agency at a time. They can start here only when they end there."),
                },
                es: Said {
                    staff: "Ya recibe PSS de otro proveedor; PSS se recibe de un solo proveedor a la vez, así que solo puede empezar aquí cuando termine el PSS del otro proveedor.",
                    family: "Usted ya recibe Servicios de Apoyo de Pares de otra agencia. Una persona solo puede recibirlos de una agencia a la vez. Solo pueden empezar aquí cuando terminen en la otra agencia.",
                    child: Some("Su hijo o hija ya recibe Servicios de Apoyo de Pares de otra agencia. Una persona solo puede recibirlos de una agencia a la vez. Solo pueden empezar aquí cuando terminen en la otra agencia."),
                },
            },
        },
    },
);

/// The state, as people name it.
pub const STATE_NAME: Words = Words::same("North Carolina", "Carolina del Norte");

/// Whom to ask: the agency that gave the screener, or the person's LME-MCO. The source is a
/// webinar for LME-MCOs, the bodies that manage Medicaid behavioral health services in each area
/// ("LME-MCO Stakeholder Webinar"). Shared with the continued-stay review.
pub const ASK: Words = words! {
    en: Said {
        staff: "Questions: ask the agency that gave you this screener, or the beneficiary's LME-MCO.",
        family: "Ask the agency that gave you this page. You can also ask your LME-MCO (Local Management Entity-Managed Care Organization). It manages Medicaid mental health and substance use services where you live.",
        child: Some("Ask the agency that gave you this page. You can also ask your child's LME-MCO (Local Management Entity-Managed Care Organization). It manages Medicaid mental health and substance use services where your child lives."),
    },
    es: Said {
        staff: "Preguntas: consulte a la agencia que le dio esta evaluación, o a la LME-MCO de la persona.",
        family: "Pregunte a la agencia que le dio esta página. También puede preguntar a su LME-MCO (Entidad Local de Gestión y Organización de Atención Administrada). Esta administra los servicios de Medicaid de salud mental y de uso de sustancias donde usted vive.",
        child: Some("Pregunte a la agencia que le dio esta página. También puede preguntar a la LME-MCO (Entidad Local de Gestión y Organización de Atención Administrada) de su hijo o hija. Esta administra los servicios de Medicaid de salud mental y de uso de sustancias donde vive su hijo o hija."),
    },
};

pub const PROGRAM: Program = Program {
    id: "nc-pss",
    state: "NC",
    state_name: STATE_NAME,
    title: words! {
        en: Said {
            staff: "Peer Support Services (NC Medicaid, draft policy of 2018)",
            family: "Peer Support Services (North Carolina Medicaid, draft rules)",
            child: None,
        },
        es: Said {
            staff: "Servicios de Apoyo de Pares (NC Medicaid, política en borrador de 2018)",
            family: "Servicios de Apoyo de Pares (Medicaid de Carolina del Norte, reglas en borrador)",
            child: None,
        },
    },
    stage: Stage::Admission,
    serves: Serves::Person,
    version: "2026-12-03",
    effective_from: None,
    document: DOCUMENT,
    questions: &[
        // A diagnosis the person has now ("DSM-5 Diagnosis"), not one given at some time.
        Question::yes_no(
            "dsm5_diagnosis",
            words! {
                en: Said {
                    staff: "Does the beneficiary have a DSM-5 mental health or substance use disorder (SUD) diagnosis?",
                    family: "Do you have a mental health or substance use disorder diagnosis from a professional?",
                    child: Some("Does your child have a mental health or substance use disorder diagnosis from a professional?"),
                },
                es: Said {
                    staff: "¿Tiene la persona un diagnóstico DSM-5 de un trastorno de salud mental o por uso de sustancias (SUD)?",
                    family: "¿Tiene un diagnóstico de salud mental o de trastorno por uso de sustancias hecho por un profesional?",
                    child: Some("¿Tiene su hijo o hija un diagnóstico de salud mental o de trastorno por uso de sustancias hecho por un profesional?"),
                },
            },
        ),
        // "Documented identified needs … (related to diagnosis)": every voice asks what is
        // written in the records, and each option names a need as a record would (not a feeling,
        // and not in the first person), so the options read the same about a child.
        Question::multi_select(
            "need_areas",
            words! {
                en: Said {
                    staff: "Documented needs related to the diagnosis (check every area that applies):",
                    family: "Which of these needs are written down in your records as related to your diagnosis? Check all that apply.",
                    child: Some("Which of these needs are written down in your child's records as related to your child's diagnosis? Check all that apply."),
                },
                es: Said {
                    staff: "Necesidades documentadas relacionadas con el diagnóstico (marque cada área que corresponda):",
                    family: "¿Cuáles de estas necesidades están anotadas en sus registros como relacionadas con su diagnóstico? Marque todas las que correspondan.",
                    child: Some("Piense en el diagnóstico de su hijo o hija. ¿Cuáles de estas necesidades, relacionadas con ese diagnóstico, están anotadas en los registros de su hijo o hija? Marque todas las que correspondan."),
                },
            },
            &[
                Choice {
                    id: "wellness_integration",
                    text: words! {
                        en: Said {
                            staff: "Limited ability to integrate recovery and wellness practices into daily activities",
                            family: "Trouble fitting recovery and wellness habits into daily life",
                            child: None,
                        },
                        es: Said {
                            staff: "Capacidad limitada para integrar prácticas de recuperación y bienestar en las actividades diarias",
                            family: "Dificultad para incluir hábitos de recuperación y bienestar en la vida diaria",
                            child: None,
                        },
                    },
                },
                Choice {
                    id: "recent_crisis",
                    text: words! {
                        en: Said {
                            staff: "Recent crisis episode requiring intervention through Mobile Crisis Management, Facility Based Crisis, Emergency Department or detoxification services",
                            family: "A recent crisis that needed a mobile crisis team, a crisis center, the emergency room or detox",
                            child: None,
                        },
                        es: Said {
                            staff: "Episodio de crisis reciente que requirió intervención de Manejo Móvil de Crisis (Mobile Crisis Management), centro de crisis (Facility Based Crisis), sala de emergencias o servicios de desintoxicación",
                            family: "Una crisis reciente que necesitó un equipo móvil de crisis, un centro de crisis, la sala de emergencias o desintoxicación",
                            child: None,
                        },
                    },
                },
                Choice {
                    id: "traditional_services_difficulty",
                    text: words! {
                        en: Said {
                            staff: "History of difficulty using traditional services (e.g., missed office appointments, difficulty keeping medication schedules)",
                            family: "A history of trouble using regular services, such as missed appointments or trouble taking medicine on schedule",
                            child: None,
                        },
                        es: Said {
                            staff: "Historial de dificultad para usar servicios tradicionales (p. ej., citas perdidas, dificultad para seguir los horarios de medicamentos)",
                            family: "Historial de problemas con los servicios habituales, como faltar a citas o tener dificultad para tomar las medicinas como se indicó",
                            child: None,
                        },
                    },
                },
                Choice {
                    id: "community_resources",
                    text: words! {
                        en: Said {
                            staff: "Limited ability to identify and use community services and supports without assistance",
                            family: "Trouble finding and using services and support in the community without help",
                            child: None,
                        },
                        es: Said {
                            staff: "Capacidad limitada para identificar y usar servicios y apoyos comunitarios sin ayuda",
                            family: "Dificultad para encontrar y usar servicios y apoyos de la comunidad sin ayuda",
                            child: None,
                        },
                    },
                },
                Choice {
                    id: "relationships",
                    text: words! {
                        en: Said {
                            staff: "Limited ability to develop and maintain relationships, including natural supports",
                            family: "Trouble making and keeping relationships, including with people who give support, like family and friends",
                            child: None,
                        },
                        es: Said {
                            staff: "Capacidad limitada para formar y mantener relaciones, incluidos los apoyos naturales",
                            family: "Dificultad para formar y mantener relaciones, incluidas las relaciones con personas que dan apoyo, como familiares y amigos",
                            child: None,
                        },
                    },
                },
                Choice {
                    id: "daily_living",
                    text: words! {
                        en: Said {
                            staff: "Limited ability to maintain housing, physical health, school, job or volunteer activity",
                            family: "Trouble keeping up housing, physical health, school, a job or volunteer work",
                            child: None,
                        },
                        es: Said {
                            staff: "Capacidad limitada para mantener vivienda, salud física, escuela, empleo o voluntariado",
                            family: "Dificultad para mantener la vivienda, la salud física, la escuela, un trabajo o el voluntariado",
                            child: None,
                        },
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
        // Done or not (§4.8); what it showed is the follow-up.
        Question::yes_no(
            "cca_completed",
            words! {
                en: Said {
                    staff: "Has a Comprehensive Clinical Assessment (CCA) been completed?",
                    family: "Have you had a Comprehensive Clinical Assessment (CCA)? It is a full assessment of your mental health or substance use that is used to decide which services you need. If you are not sure, ask the agency that assessed you.",
                    child: Some("Has your child had a Comprehensive Clinical Assessment (CCA)? It is a full assessment of your child's mental health or substance use that is used to decide which services your child needs. If you are not sure, ask the agency that assessed your child."),
                },
                es: Said {
                    staff: "¿Se ha completado una Evaluación Clínica Integral (CCA)?",
                    family: "¿Le han hecho una Evaluación Clínica Integral (CCA, por sus siglas en inglés)? Es una evaluación completa de su salud mental o de su uso de sustancias que se usa para decidir qué servicios necesita. Si no lo sabe, pregunte a la agencia que le evaluó.",
                    child: Some("¿Le han hecho a su hijo o hija una Evaluación Clínica Integral (CCA, por sus siglas en inglés)? Es una evaluación completa de la salud mental o del uso de sustancias de su hijo o hija que se usa para decidir qué servicios necesita. Si no lo sabe, pregunte a la agencia que evaluó a su hijo o hija."),
                },
            },
        ),
        Question::yes_no(
            "cca_medical_necessity",
            words! {
                en: Said {
                    staff: "Does the completed CCA demonstrate medical necessity for Peer Support Services?",
                    family: "Did that Comprehensive Clinical Assessment find that you have a medical need for peer support? If you are not sure, ask the agency that did it.",
                    child: Some("Did that Comprehensive Clinical Assessment find that your child has a medical need for peer support? If you are not sure, ask the agency that did it."),
                },
                es: Said {
                    staff: "¿La CCA completada demuestra necesidad médica de Servicios de Apoyo de Pares?",
                    family: "¿Esa Evaluación Clínica Integral encontró que usted tiene una necesidad médica de apoyo de pares? Si no lo sabe, pregunte a la agencia que la hizo.",
                    child: Some("¿Esa Evaluación Clínica Integral encontró que su hijo o hija tiene una necesidad médica de apoyo de pares? Si no lo sabe, pregunte a la agencia que la hizo."),
                },
            },
        )
        .follows("cca_completed"),
    ],
    criteria: &[
        Criterion::eligibility(
            "nc.diagnosis",
            Citation { section: "Eligibility Criteria", quote: "DSM-5 Diagnosis (Mental Health or SUD); AND" },
            Test::Yes {
                question: "dsm5_diagnosis",
                says: Verdicts {
                    pass: words! {
                        en: Said {
                            staff: "Has a DSM-5 mental health or SUD diagnosis.",
                            family: "You have a mental health or substance use diagnosis.",
                            child: Some("Your child has a mental health or substance use diagnosis."),
                        },
                        es: Said {
                            staff: "Tiene un diagnóstico DSM-5 de salud mental o SUD.",
                            family: "Usted tiene un diagnóstico de salud mental o de uso de sustancias.",
                            child: Some("Su hijo o hija tiene un diagnóstico de salud mental o de uso de sustancias."),
                        },
                    },
                    fail: words! {
                        en: Said {
                            staff: "Has no DSM-5 mental health or SUD diagnosis, which the service requires.",
                            family: "This service needs a mental health or substance use diagnosis. You said you have none.",
                            child: Some("This service needs a mental health or substance use diagnosis. You said your child has none."),
                        },
                        es: Said {
                            staff: "No tiene un diagnóstico DSM-5 de salud mental o SUD, que el servicio requiere.",
                            family: "Este servicio requiere un diagnóstico de salud mental o de uso de sustancias. Usted dijo que no lo tiene.",
                            child: Some("Este servicio requiere un diagnóstico de salud mental o de uso de sustancias. Usted dijo que su hijo o hija no lo tiene."),
                        },
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
                    pass: words! {
                        en: Said {
                            staff: "Has documented needs in {n} of the six areas; at least {min} are required.",
                            family: "You said your records show needs in {n} of the six areas. At least {min} are needed.",
                            child: Some("You said your child's records show needs in {n} of the six areas. At least {min} are needed."),
                        },
                        es: Said {
                            staff: "Tiene necesidades documentadas en {n} de las seis áreas; se requieren al menos {min}.",
                            family: "Usted dijo que sus registros muestran necesidades en {n} de las seis áreas. Se necesitan al menos {min}.",
                            child: Some("Usted dijo que los registros de su hijo o hija muestran necesidades en {n} de las seis áreas. Se necesitan al menos {min}."),
                        },
                    },
                    fail: words! {
                        en: Said {
                            staff: "Has documented needs in {n} of the six areas; at least {min} are required.",
                            family: "You said your records show needs in {n} of the six areas, but at least {min} are needed.",
                            child: Some("You said your child's records show needs in {n} of the six areas, but at least {min} are needed."),
                        },
                        es: Said {
                            staff: "Tiene necesidades documentadas en {n} de las seis áreas; se requieren al menos {min}.",
                            family: "Usted dijo que sus registros muestran necesidades en {n} de las seis áreas, pero se necesitan al menos {min}.",
                            child: Some("Usted dijo que los registros de su hijo o hija muestran necesidades en {n} de las seis áreas, pero se necesitan al menos {min}."),
                        },
                    },
                },
            },
        ),
        INNOVATIONS,
        ACTT_WINDOW,
        CST_WINDOW,
        ONE_PROVIDER,
        // §4.8: a completed assessment that did not demonstrate medical necessity rules the
        // person out; no assessment yet rules nobody out (the requirement below asks for one).
        Criterion::exclusion(
            "nc.medical_necessity",
            Citation {
                section: "Entrance Criteria",
                quote: "Comprehensive Clinical Assessment that demonstrates medical necessity.",
            },
            Test::WithFollowUp {
                question: "cca_completed",
                follow_up: "cca_medical_necessity",
                fails_when: false,
                says: Verdicts {
                    pass: words! {
                        en: Said {
                            staff: "The completed Comprehensive Clinical Assessment demonstrates medical necessity for PSS.",
                            family: "You said your assessment found a medical need for peer support.",
                            child: Some("You said your child's assessment found a medical need for peer support."),
                        },
                        es: Said {
                            staff: "La Evaluación Clínica Integral completada demuestra necesidad médica de PSS.",
                            family: "Usted dijo que su evaluación encontró una necesidad médica de apoyo de pares.",
                            child: Some("Usted dijo que la evaluación de su hijo o hija encontró una necesidad médica de apoyo de pares."),
                        },
                    },
                    fail: words! {
                        en: Said {
                            staff: "The completed Comprehensive Clinical Assessment does not demonstrate medical necessity for PSS, which the Entrance Criteria require.",
                            family: "You said your assessment did not find a medical need for peer support. This service needs an assessment that finds one.",
                            child: Some("You said your child's assessment did not find a medical need for peer support. This service needs an assessment that finds one."),
                        },
                        es: Said {
                            staff: "La Evaluación Clínica Integral completada no demuestra necesidad médica de PSS, que los Criterios de Ingreso requieren.",
                            family: "Usted dijo que su evaluación no encontró una necesidad médica de apoyo de pares. Este servicio requiere una evaluación que la encuentre.",
                            child: Some("Usted dijo que la evaluación de su hijo o hija no encontró una necesidad médica de apoyo de pares. Este servicio requiere una evaluación que la encuentre."),
                        },
                    },
                },
                when_no: words! {
                    en: Said {
                        staff: "No Comprehensive Clinical Assessment has been completed yet, so no assessment rules the beneficiary out.",
                        family: "No assessment has been done yet, so this does not rule you out.",
                        child: Some("No assessment has been done yet, so this does not rule your child out."),
                    },
                    es: Said {
                        staff: "Aún no se ha completado una Evaluación Clínica Integral, así que ninguna evaluación descarta a la persona.",
                        family: "Aún no se ha hecho la evaluación, así que esto no le descarta.",
                        child: Some("Aún no se ha hecho la evaluación, así que esto no descarta a su hijo o hija."),
                    },
                },
            },
        ),
        Criterion::requirement(
            "nc.cca",
            Citation {
                section: "Entrance Criteria",
                quote: "Comprehensive Clinical Assessment that demonstrates medical necessity. - Must be completed prior to the provision of this service.",
            },
            Test::Yes {
                question: "cca_completed",
                says: Verdicts {
                    pass: words! {
                        en: Said {
                            staff: "A Comprehensive Clinical Assessment has been completed.",
                            family: "You have had a Comprehensive Clinical Assessment.",
                            child: Some("Your child has had a Comprehensive Clinical Assessment."),
                        },
                        es: Said {
                            staff: "Se ha completado una Evaluación Clínica Integral.",
                            family: "Usted ya tuvo una Evaluación Clínica Integral.",
                            child: Some("Su hijo o hija ya tuvo una Evaluación Clínica Integral."),
                        },
                    },
                    fail: words! {
                        en: Said {
                            staff: "No Comprehensive Clinical Assessment yet; it must be completed before PSS is provided.",
                            family: "You have not had a Comprehensive Clinical Assessment yet.",
                            child: Some("Your child has not had a Comprehensive Clinical Assessment yet."),
                        },
                        es: Said {
                            staff: "Aún no hay Evaluación Clínica Integral; debe completarse antes de prestar PSS.",
                            family: "Usted aún no ha tenido una Evaluación Clínica Integral.",
                            child: Some("Su hijo o hija aún no ha tenido una Evaluación Clínica Integral."),
                        },
                    },
                },
            },
            // "Must be completed prior to the provision of this service": the source names no one
            // who completes it, and the result it must show is the source's, not an order.
            words! {
                en: Said {
                    staff: "A Comprehensive Clinical Assessment must be completed before PSS is provided, and it must demonstrate medical necessity.",
                    family: "A Comprehensive Clinical Assessment must be done before peer support starts. It must find a medical need for this service.",
                    child: Some("A Comprehensive Clinical Assessment of your child must be done before peer support starts. It must find a medical need for this service."),
                },
                es: Said {
                    staff: "Debe completarse una Evaluación Clínica Integral antes de prestar PSS, y debe demostrar necesidad médica.",
                    family: "Se debe hacer una Evaluación Clínica Integral antes de que empiece el apoyo de pares. Debe encontrar una necesidad médica de este servicio.",
                    child: Some("Se debe hacer una Evaluación Clínica Integral de su hijo o hija antes de que empiece el apoyo de pares. Debe encontrar una necesidad médica de este servicio."),
                },
            },
        ),
    ],
    service: SERVICE,
    standing_notes: &[
        DRAFT_NOTE,
        // Prior Approval: "Required prior to provision or rendering of services." The source does
        // not say who asks for it.
        words! {
            en: Said {
                staff: "Prior approval is required before services start.",
                family: "The service must be approved before it starts.",
                child: None,
            },
            es: Said {
                staff: "Se requiere aprobación previa antes de que empiecen los servicios.",
                family: "El servicio debe aprobarse antes de empezar.",
                child: None,
            },
        },
    ],
    ask: ASK,
};
