//! Montana: MFP Peer Support Services (Money Follows the Person), program `mt-mfp-peer-support`.
//!
//! Source: `001_ba1897252679052c.txt`, Department of Public Health and Human Services, Money
//! Follows the Person: MFP Peer Support Services: Definition, Covered Activities and Services,
//! Limitations and Fees. Each criterion stands beside the passage it encodes.

use crate::model::*;

pub const PROGRAM: Program = Program {
    id: "mt-mfp-peer-support",
    state: "MT",
    title: Words {
        staff_en: "MFP Peer Support Services (Montana DPHHS)",
        staff_es: "Servicios de Apoyo de Pares de MFP (DPHHS de Montana)",
        family_en: "Peer Support Services for Money Follows the Person participants (Montana)",
        family_es: "Servicios de Apoyo de Pares para participantes de Money Follows the Person (Montana)",
    },
    stage: Stage::Admission,
    version: "2026-11-30",
    effective_from: None,
    document: Document {
        file: "001_ba1897252679052c.txt",
        title: "Montana DPHHS Money Follows the Person: MFP Peer Support Services",
        draft: false,
    },
    questions: &[
        Question::yes_no(
            "mfp_participant",
            Words {
                staff_en: "Is the individual a Money Follows the Person (MFP) participant?",
                staff_es: "¿Es la persona participante de Money Follows the Person (MFP)?",
                family_en: "Are you taking part in Money Follows the Person? This program helps people move from a care facility back to living in the community.",
                family_es: "¿Participa usted en Money Follows the Person? Este programa ayuda a las personas a dejar un centro de cuidado y volver a vivir en la comunidad.",
            },
        ),
        Question::yes_no(
            "recovery_condition",
            Words {
                staff_en: "Does the participant live with a mental illness, a substance use disorder or a disability?",
                staff_es: "¿Vive el participante con una enfermedad mental, un trastorno por uso de sustancias o una discapacidad?",
                family_en: "Do you live with a mental illness, a substance use disorder or a disability?",
                family_es: "¿Vive usted con una enfermedad mental, un trastorno por uso de sustancias o una discapacidad?",
            },
        ),
        Question::yes_no(
            "peer_in_plan",
            Words {
                staff_en: "Is a peer supporter identified in the participant's person-centered plan?",
                staff_es: "¿Hay una persona de apoyo de pares (peer supporter) identificada en el plan centrado en la persona del participante?",
                family_en: "Is a peer supporter named in your person-centered plan? That is your written plan of services and goals.",
                family_es: "¿Su plan centrado en la persona nombra a una persona de apoyo de pares? Es su plan escrito de servicios y metas.",
            },
        ),
        Question::yes_no(
            "prior_authorization",
            Words {
                staff_en: "Has prior authorization been obtained for MFP Peer Support Services?",
                staff_es: "¿Se obtuvo la autorización previa para los Servicios de Apoyo de Pares de MFP?",
                family_en: "Has the service already been approved in advance? This is called prior authorization.",
                family_es: "¿El servicio ya se aprobó por adelantado? Esto se llama autorización previa.",
            },
        ),
    ],
    criteria: &[
        Criterion::eligibility(
            "mt.mfp",
            Citation {
                section: "Definition",
                quote: "MFP Peer Support Services consist of non-clinical assistance from a qualified peer supporter to help an MFP participant achieve long-term recovery.",
            },
            Test::Yes {
                question: "mfp_participant",
                says: Verdicts {
                    pass: Words {
                        staff_en: "Is an MFP participant.",
                        staff_es: "Es participante de MFP.",
                        family_en: "You take part in Money Follows the Person.",
                        family_es: "Usted participa en Money Follows the Person.",
                    },
                    fail: Words {
                        staff_en: "Is not an MFP participant; MFP Peer Support Services are for MFP participants.",
                        staff_es: "No es participante de MFP; los Servicios de Apoyo de Pares de MFP son para participantes de MFP.",
                        family_en: "This service is only for people in Money Follows the Person. You said you are not in it.",
                        family_es: "Este servicio es solo para personas en Money Follows the Person. Usted dijo que no participa.",
                    },
                },
            },
        ),
        // The Definition frames the service as recovery "from" one of these three; the
        // contract reads that as a condition the participant must live with.
        Criterion::eligibility(
            "mt.condition",
            Citation {
                section: "Definition",
                quote: "Recovery includes helping an individual with a mental illness, substance use disorder, or disability live, work, learn, and participate fully in the community.",
            },
            Test::Yes {
                question: "recovery_condition",
                says: Verdicts {
                    pass: Words {
                        staff_en: "Lives with a mental illness, substance use disorder or disability.",
                        staff_es: "Vive con una enfermedad mental, un trastorno por uso de sustancias o una discapacidad.",
                        family_en: "You live with a mental illness, a substance use disorder or a disability.",
                        family_es: "Usted vive con una enfermedad mental, un trastorno por uso de sustancias o una discapacidad.",
                    },
                    fail: Words {
                        staff_en: "Has no mental illness, substance use disorder or disability for the service to support recovery from.",
                        staff_es: "No tiene una enfermedad mental, un trastorno por uso de sustancias ni una discapacidad de la que el servicio apoye la recuperación.",
                        family_en: "This service supports recovery from a mental illness, a substance use disorder or a disability. You said none applies to you.",
                        family_es: "Este servicio apoya la recuperación de una enfermedad mental, un trastorno por uso de sustancias o una discapacidad. Usted dijo que nada de eso le aplica.",
                    },
                },
            },
        ),
        Criterion::requirement(
            "mt.plan",
            Citation {
                section: "Covered Activities and Services",
                quote: "A participant will identify a peer supporter in the person-centered plan. MFP Peer Support Services will be delivered as identified in the person-centered plan.",
            },
            Test::Yes {
                question: "peer_in_plan",
                says: Verdicts {
                    pass: Words {
                        staff_en: "A peer supporter is identified in the person-centered plan.",
                        staff_es: "Hay una persona de apoyo de pares identificada en el plan centrado en la persona.",
                        family_en: "Your person-centered plan names a peer supporter.",
                        family_es: "Su plan centrado en la persona nombra a una persona de apoyo de pares.",
                    },
                    fail: Words {
                        staff_en: "No peer supporter is identified in the person-centered plan yet; services are delivered as the plan identifies.",
                        staff_es: "Aún no hay una persona de apoyo de pares identificada en el plan centrado en la persona; los servicios se prestan según lo que indica el plan.",
                        family_en: "Your person-centered plan does not name a peer supporter yet. The service follows that plan.",
                        family_es: "Su plan centrado en la persona todavía no nombra a una persona de apoyo de pares. El servicio sigue ese plan.",
                    },
                },
            },
            Words {
                staff_en: "Identify the peer supporter in the participant's person-centered plan.",
                staff_es: "Identifique a la persona de apoyo de pares en el plan centrado en la persona del participante.",
                family_en: "Ask your case manager to name your peer supporter in your person-centered plan.",
                family_es: "Pida a su administrador de casos que nombre a su persona de apoyo de pares en su plan centrado en la persona.",
            },
        ),
        Criterion::requirement(
            "mt.prior_authorization",
            Citation { section: "Fees", quote: "MFP Peer mentor/advocate services require prior authorization." },
            Test::Yes {
                question: "prior_authorization",
                says: Verdicts {
                    pass: Words {
                        staff_en: "Prior authorization for MFP Peer Support Services is obtained.",
                        staff_es: "Se obtuvo la autorización previa para los Servicios de Apoyo de Pares de MFP.",
                        family_en: "The service has been approved in advance.",
                        family_es: "El servicio ya se aprobó por adelantado.",
                    },
                    fail: Words {
                        staff_en: "Prior authorization is not obtained yet, and MFP peer mentor/advocate services require it.",
                        staff_es: "Aún no se obtuvo la autorización previa, que los servicios de mentoría y defensa de pares de MFP requieren.",
                        family_en: "The service still needs to be approved in advance before it can start.",
                        family_es: "El servicio todavía debe aprobarse por adelantado antes de empezar.",
                    },
                },
            },
            Words {
                staff_en: "Obtain prior authorization before MFP Peer Support Services start.",
                staff_es: "Obtenga la autorización previa antes de que empiecen los Servicios de Apoyo de Pares de MFP.",
                family_en: "Ask your provider to get the service approved in advance. This is called prior authorization.",
                family_es: "Pida a su proveedor que obtenga la aprobación del servicio por adelantado. Esto se llama autorización previa.",
            },
        ),
    ],
    service: Service {
        // Fees: "Unit of Service: 15 minutes", "Rate: $10.00", procedure code/modifier T2012/UA.
        // Limits are "defined within a participant's person-centered plan", so no caps here.
        unit_minutes: Some(15),
        rate_cents: Some(1000),
        procedure_code: Some("T2012/UA"),
        max_units_per_day: None,
        max_units_per_month: None,
    },
    standing_notes: &[
        // Fees: "MFP Peer mentor/advocate services require prior authorization."
        Words {
            staff_en: "Prior authorization is required for MFP Peer Support Services.",
            staff_es: "Los Servicios de Apoyo de Pares de MFP requieren autorización previa.",
            family_en: "This service must be approved in advance, before it starts. This is called prior authorization.",
            family_es: "Este servicio debe aprobarse por adelantado, antes de empezar. Esto se llama autorización previa.",
        },
        // Limitations: "Services are not crisis-management. Crisis management planning must be
        // identified separately in the person-centered plan."
        Words {
            staff_en: "Services are not crisis management; crisis management planning must be identified separately in the person-centered plan.",
            staff_es: "Los servicios no son manejo de crisis; la planificación del manejo de crisis debe identificarse por separado en el plan centrado en la persona.",
            family_en: "Peer support is not crisis care. Your person-centered plan must include a separate plan for handling a crisis.",
            family_es: "El apoyo de pares no es atención de crisis. Su plan centrado en la persona debe incluir un plan aparte para manejar una crisis.",
        },
    ],
    // "The peer supporter will be part of the professional Home and Community Based Services
    // (HCBS) team"; the service is "delivered as identified in the person-centered plan".
    ask: Words {
        staff_en: "Questions: ask the agency that gave you this screener, or the participant's MFP HCBS team.",
        staff_es: "Preguntas: consulte a la agencia que le dio esta evaluación, o al equipo de HCBS de MFP del participante.",
        family_en: "Ask the agency that gave you this page. You can also ask your Money Follows the Person team, the people who help you write your person-centered plan.",
        family_es: "Pregunte a la agencia que le dio esta página. También puede preguntar a su equipo de Money Follows the Person, las personas que le ayudan a hacer su plan centrado en la persona.",
    },
};
