//! Montana: MFP Peer Support Services (Money Follows the Person), program `mt-mfp-peer-support`.
//!
//! Source: `001_ba1897252679052c.txt`, Department of Public Health and Human Services, Money
//! Follows the Person: MFP Peer Support Services: Definition, Covered Activities and Services,
//! Limitations and Fees. Each criterion stands beside the passage it encodes.

use crate::model::*;

/// The state, as people name it.
pub const STATE_NAME: Words = Words::same("Montana", "Montana");

pub const PROGRAM: Program = Program {
    id: "mt-mfp-peer-support",
    state: "MT",
    state_name: STATE_NAME,
    title: Words {
 en: Said { staff: "MFP Peer Support Services (Montana DPHHS)", family: "Peer Support Services for Money Follows the Person participants (Montana)", child: None },
 es: Said { staff: "Servicios de Apoyo de Pares de MFP (DPHHS de Montana)", family: "Servicios de Apoyo de Pares para participantes de Money Follows the Person (Montana)", child: None },
 },
    stage: Stage::Admission,
    serves: Serves::Person,
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
 en: Said { staff: "Is the individual a Money Follows the Person (MFP) participant?", family: "Are you taking part in Money Follows the Person? This program helps people move from a care facility back to living in the community.", child: None },
 es: Said { staff: "¿Es la persona participante de Money Follows the Person (MFP)?", family: "¿Participa usted en Money Follows the Person? Este programa ayuda a las personas a dejar un centro de cuidado y volver a vivir en la comunidad.", child: None },
 },
        ),
        Question::yes_no(
            "recovery_condition",
            Words {
 en: Said { staff: "Does the participant live with a mental illness, a substance use disorder or a disability?", family: "Do you live with a mental illness, a substance use disorder or a disability?", child: None },
 es: Said { staff: "¿Vive el participante con una enfermedad mental, un trastorno por uso de sustancias o una discapacidad?", family: "¿Vive usted con una enfermedad mental, un trastorno por uso de sustancias o una discapacidad?", child: None },
 },
        ),
        Question::yes_no(
            "peer_in_plan",
            Words {
 en: Said { staff: "Is a peer supporter identified in the participant's person-centered plan?", family: "Is a peer supporter named in your person-centered plan? That is your written plan of services and goals.", child: None },
 es: Said { staff: "¿Hay una persona de apoyo de pares (peer supporter) identificada en el plan centrado en la persona del participante?", family: "¿Su plan centrado en la persona nombra a una persona de apoyo de pares? Es su plan escrito de servicios y metas.", child: None },
 },
        ),
        Question::yes_no(
            "prior_authorization",
            Words {
 en: Said { staff: "Has prior authorization been obtained for MFP Peer Support Services?", family: "Has the service already been approved in advance? This is called prior authorization.", child: None },
 es: Said { staff: "¿Se obtuvo la autorización previa para los Servicios de Apoyo de Pares de MFP?", family: "¿El servicio ya se aprobó por adelantado? Esto se llama autorización previa.", child: None },
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
 en: Said { staff: "Is an MFP participant.", family: "You take part in Money Follows the Person.", child: None },
 es: Said { staff: "Es participante de MFP.", family: "Usted participa en Money Follows the Person.", child: None },
 },
                    fail: Words {
 en: Said { staff: "Is not an MFP participant; MFP Peer Support Services are for MFP participants.", family: "This service is only for people in Money Follows the Person. You said you are not in it.", child: None },
 es: Said { staff: "No es participante de MFP; los Servicios de Apoyo de Pares de MFP son para participantes de MFP.", family: "Este servicio es solo para personas en Money Follows the Person. Usted dijo que no participa.", child: None },
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
 en: Said { staff: "Lives with a mental illness, substance use disorder or disability.", family: "You live with a mental illness, a substance use disorder or a disability.", child: None },
 es: Said { staff: "Vive con una enfermedad mental, un trastorno por uso de sustancias o una discapacidad.", family: "Usted vive con una enfermedad mental, un trastorno por uso de sustancias o una discapacidad.", child: None },
 },
                    fail: Words {
 en: Said { staff: "Has no mental illness, substance use disorder or disability for the service to support recovery from.", family: "This service supports recovery from a mental illness, a substance use disorder or a disability. You said none applies to you.", child: None },
 es: Said { staff: "No tiene una enfermedad mental, un trastorno por uso de sustancias ni una discapacidad de la que el servicio apoye la recuperación.", family: "Este servicio apoya la recuperación de una enfermedad mental, un trastorno por uso de sustancias o una discapacidad. Usted dijo que nada de eso le aplica.", child: None },
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
 en: Said { staff: "A peer supporter is identified in the person-centered plan.", family: "Your person-centered plan names a peer supporter.", child: None },
 es: Said { staff: "Hay una persona de apoyo de pares identificada en el plan centrado en la persona.", family: "Su plan centrado en la persona nombra a una persona de apoyo de pares.", child: None },
 },
                    fail: Words {
 en: Said { staff: "No peer supporter is identified in the person-centered plan yet; services are delivered as the plan identifies.", family: "Your person-centered plan does not name a peer supporter yet. The service follows that plan.", child: None },
 es: Said { staff: "Aún no hay una persona de apoyo de pares identificada en el plan centrado en la persona; los servicios se prestan según lo que indica el plan.", family: "Su plan centrado en la persona todavía no nombra a una persona de apoyo de pares. El servicio sigue ese plan.", child: None },
 },
                },
            },
            Words {
 en: Said { staff: "Identify the peer supporter in the participant's person-centered plan.", family: "Ask your case manager to name your peer supporter in your person-centered plan.", child: None },
 es: Said { staff: "Identifique a la persona de apoyo de pares en el plan centrado en la persona del participante.", family: "Pida a su administrador de casos que nombre a su persona de apoyo de pares en su plan centrado en la persona.", child: None },
 },
        ),
        Criterion::requirement(
            "mt.prior_authorization",
            Citation { section: "Fees", quote: "MFP Peer mentor/advocate services require prior authorization." },
            Test::Yes {
                question: "prior_authorization",
                says: Verdicts {
                    pass: Words {
 en: Said { staff: "Prior authorization for MFP Peer Support Services is obtained.", family: "The service has been approved in advance.", child: None },
 es: Said { staff: "Se obtuvo la autorización previa para los Servicios de Apoyo de Pares de MFP.", family: "El servicio ya se aprobó por adelantado.", child: None },
 },
                    fail: Words {
 en: Said { staff: "Prior authorization is not obtained yet, and MFP peer mentor/advocate services require it.", family: "The service still needs to be approved in advance before it can start.", child: None },
 es: Said { staff: "Aún no se obtuvo la autorización previa, que los servicios de mentoría y defensa de pares de MFP requieren.", family: "El servicio todavía debe aprobarse por adelantado antes de empezar.", child: None },
 },
                },
            },
            Words {
 en: Said { staff: "Obtain prior authorization before MFP Peer Support Services start.", family: "Ask your provider to get the service approved in advance. This is called prior authorization.", child: None },
 es: Said { staff: "Obtenga la autorización previa antes de que empiecen los Servicios de Apoyo de Pares de MFP.", family: "Pida a su proveedor que obtenga la aprobación del servicio por adelantado. Esto se llama autorización previa.", child: None },
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
 en: Said { staff: "Prior authorization is required for MFP Peer Support Services.", family: "This service must be approved in advance, before it starts. This is called prior authorization.", child: None },
 es: Said { staff: "Los Servicios de Apoyo de Pares de MFP requieren autorización previa.", family: "Este servicio debe aprobarse por adelantado, antes de empezar. Esto se llama autorización previa.", child: None },
 },
        // Limitations: "Services are not crisis-management. Crisis management planning must be
        // identified separately in the person-centered plan."
        Words {
 en: Said { staff: "Services are not crisis management; crisis management planning must be identified separately in the person-centered plan.", family: "Peer support is not crisis care. Your person-centered plan must include a separate plan for handling a crisis.", child: None },
 es: Said { staff: "Los servicios no son manejo de crisis; la planificación del manejo de crisis debe identificarse por separado en el plan centrado en la persona.", family: "El apoyo de pares no es atención de crisis. Su plan centrado en la persona debe incluir un plan aparte para manejar una crisis.", child: None },
 },
    ],
    // "The peer supporter will be part of the professional Home and Community Based Services
    // (HCBS) team"; the service is "delivered as identified in the person-centered plan".
    ask: Words {
 en: Said { staff: "Questions: ask the agency that gave you this screener, or the participant's MFP HCBS team.", family: "Ask the agency that gave you this page. You can also ask your Money Follows the Person team, the people who help you write your person-centered plan.", child: None },
 es: Said { staff: "Preguntas: consulte a la agencia que le dio esta evaluación, o al equipo de HCBS de MFP del participante.", family: "Pregunte a la agencia que le dio esta página. También puede preguntar a su equipo de Money Follows the Person, las personas que le ayudan a hacer su plan centrado en la persona.", child: None },
 },
};
