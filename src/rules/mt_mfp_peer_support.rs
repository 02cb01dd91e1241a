//! Montana: MFP Peer Support Services (Money Follows the Person), program `mt-mfp-peer-support`.
//!
//! Source: `001_ba1897252679052c.txt`, Department of Public Health and Human Services, Money
//! Follows the Person: MFP Peer Support Services: Definition, Covered Activities and Services,
//! Limitations and Fees. Each criterion stands beside the passage it encodes.
//!
//! Readings: the Definition's "Recovery includes helping an individual with a mental illness,
//! substance use disorder, or disability" is read as a condition the participant has
//! (`mt.condition`; SCREENING.md 4.5 asks whether the participant "lives with" one of them). The
//! source does not say that only such a participant may receive the service: this is the
//! contract's reading, which the Expanded Overview's participant "who is seeking to establish
//! recovery" supports; both policy reviews read the sentence as a description only
//! (`docs/reviews/mt.md`, `docs/reviews/mt-2.md`), so the staff fail reason says what the
//! Definition describes, not that it excludes. The source does not define disability: every
//! voice counts "a long-term health condition that greatly limits daily activities" as one, so
//! that staff and family answers mean the same. "MFP Peer mentor/advocate services", in this
//! service's Fees, are this service. The participant identifies the peer supporter (Covered
//! Activities), so no next step hands that choice to anyone else, and none says who asks for
//! prior authorization (the source does not). A "legally responsible relative" of a child or
//! teen includes a parent who is legally responsible for them (the usual Medicaid meaning; the
//! source does not define the term), which the family wording about a child says.
//!
//! Not encoded, and why:
//! - "This service will not duplicate other waiver or State Plan services." It limits what is
//!   authorized for someone who gets a like service elsewhere, a judgement made when the plan
//!   and its authorization are made; SCREENING.md 4.5 asks no question about it, so a person
//!   who already gets peer support through another waiver or the State Plan is not screened out.
//! - "Peer support services cannot be provided by the consumer's legally responsible relatives
//!   or those family members who normally provide care." A rule on who provides the service,
//!   not on who receives it: not a criterion (SCREENING.md 4.5 asks no question about who the
//!   named peer supporter is), but said in `mt.plan`'s next step and in its pass reason, since
//!   the participant is the one who picks the peer supporter and a plan can name someone this
//!   rule bars.
//! - The amount of service, "defined within a participant's person-centered plan": no caps.
//! - Billing of personal care, nursing and hands-on services under other services; "Services
//!   are not crisis-management" (a standing note, not a criterion: it says what the service is).
//! - The peer supporter's lived experience, approved curriculum, clinical supervision (MSW,
//!   LCSW, LCPC or clinical psychologist) for participants with a mental illness or substance
//!   use disorder, continuing education (20 hours every two years), place on the HCBS team, a
//!   case note for each contact, and what peer supporters are not (therapists, LACs, case
//!   managers...): rules for providers and records, not for who may receive the service. The
//!   family question `peer_in_plan` says what a peer supporter is (trained, with personal
//!   experience: Competencies and Training), and `mt.plan`'s next step says the curriculum must
//!   be approved by DPHHS ("completed an approved curriculum for peer support services"; "a
//!   peer certification course approved by the Department of Public Health and Human Services
//!   (DPHHS)", Expanded Overview). The supervision plan in the case management file has no
//!   next step: SCREENING.md 3 gives one per unmet requirement and the standing notes it names.
//! - Covered activities and the Expanded Overview: what the service does.

use crate::model::*;

/// The state, as people name it.
pub const STATE_NAME: Words = Words::same("Montana", "Montana");

pub const PROGRAM: Program = Program {
    id: "mt-mfp-peer-support",
    state: "MT",
    state_name: STATE_NAME,
    title: words! {
 en: Said { staff: "MFP Peer Support Services (Montana DPHHS)", family: "Peer Support Services for Money Follows the Person participants (Montana)", child: None },
 es: Said { staff: "Servicios de Apoyo de Pares de MFP (DPHHS de Montana)", family: "Servicios de Apoyo de Pares para participantes de Money Follows the Person (Montana)", child: None },
 },
    stage: Stage::Admission,
    serves: Serves::Person,
    version: "2026-12-03",
    effective_from: None,
    document: Document {
        file: "001_ba1897252679052c.txt",
        title: "Montana DPHHS Money Follows the Person: MFP Peer Support Services",
        draft: false,
    },
    questions: &[
        Question::yes_no(
            "mfp_participant",
            words! {
 en: Said { staff: "Is the individual a Money Follows the Person (MFP) participant?", family: "Are you taking part in Money Follows the Person? This program helps people move from a care facility back to living in the community.", child: Some("Is your child taking part in Money Follows the Person? This program helps people move from a care facility back to living in the community.") },
 es: Said { staff: "¿Es la persona participante de Money Follows the Person (MFP)?", family: "¿Participa usted en Money Follows the Person? Este programa ayuda a las personas a dejar un centro de cuidado y volver a vivir en la comunidad.", child: Some("¿Participa su hijo o hija en Money Follows the Person? Este programa ayuda a las personas a dejar un centro de cuidado y volver a vivir en la comunidad.") },
 },
        ),
        Question::yes_no(
            "recovery_condition",
            words! {
 en: Said { staff: "Does the participant have a mental illness, a substance use disorder or a disability? Count a long-term health condition that greatly limits daily activities as a disability.", family: "Do you have a mental illness, a substance use disorder or a disability? A substance use disorder is a problem with alcohol or drugs that harms your health or daily life. A disability can also be a long-term health condition that greatly limits your daily activities.", child: Some("Does your child have a mental illness, a substance use disorder or a disability? A substance use disorder is a problem with alcohol or drugs that harms your child's health or daily life. A disability can also be a long-term health condition that greatly limits your child's daily activities.") },
 es: Said { staff: "¿Tiene la persona participante una enfermedad mental, un trastorno por uso de sustancias o una discapacidad? Cuente como discapacidad un problema de salud de larga duración que limita mucho las actividades diarias.", family: "¿Tiene usted una enfermedad mental, un trastorno por uso de sustancias o una discapacidad? Un trastorno por uso de sustancias es un problema con el alcohol o las drogas que daña su salud o su vida diaria. Una discapacidad también puede ser un problema de salud de larga duración que limita mucho sus actividades diarias.", child: Some("¿Tiene su hijo o hija una enfermedad mental, un trastorno por uso de sustancias o una discapacidad? Un trastorno por uso de sustancias es un problema con el alcohol o las drogas que daña la salud o la vida diaria de su hijo o hija. Una discapacidad también puede ser un problema de salud de larga duración que limita mucho las actividades diarias de su hijo o hija.") },
 },
        ),
        Question::yes_no(
            "peer_in_plan",
            words! {
 en: Said { staff: "Is a peer supporter identified in the participant's person-centered plan?", family: "Is a peer supporter named in your person-centered plan? That is your written plan of services and goals. A peer supporter is trained and has personal experience with a mental illness, a substance use disorder or a disability. They help others in their recovery.", child: Some("Is a peer supporter named in your child's person-centered plan? That is your child's written plan of services and goals. A peer supporter is trained and has personal experience with a mental illness, a substance use disorder or a disability. They help others in their recovery.") },
 es: Said { staff: "¿El plan centrado en la persona de quien participa identifica a una persona de apoyo de pares (peer supporter)?", family: "¿Su plan centrado en la persona nombra a una persona de apoyo de pares? Es su plan escrito de servicios y metas. Una persona de apoyo de pares está capacitada y tiene experiencia personal con una enfermedad mental, un trastorno por uso de sustancias o una discapacidad. Ayuda a otras personas en su recuperación.", child: Some("¿El plan centrado en la persona de su hijo o hija nombra a una persona de apoyo de pares? Es el plan escrito de servicios y metas de su hijo o hija. Una persona de apoyo de pares está capacitada y tiene experiencia personal con una enfermedad mental, un trastorno por uso de sustancias o una discapacidad. Ayuda a otras personas en su recuperación.") },
 },
        ),
        Question::yes_no(
            "prior_authorization",
            words! {
 en: Said { staff: "Has prior authorization been obtained for MFP Peer Support Services?", family: "Has peer support already been approved for you in advance? This is called prior authorization.", child: Some("Has peer support already been approved for your child in advance? This is called prior authorization.") },
 es: Said { staff: "¿Se obtuvo la autorización previa para los Servicios de Apoyo de Pares de MFP?", family: "¿El apoyo de pares ya se aprobó para usted por adelantado? Esto se llama autorización previa.", child: Some("¿El apoyo de pares ya se aprobó para su hijo o hija por adelantado? Esto se llama autorización previa.") },
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
                    pass: words! {
 en: Said { staff: "Is an MFP participant.", family: "You take part in Money Follows the Person.", child: Some("Your child takes part in Money Follows the Person.") },
 es: Said { staff: "Es participante de MFP.", family: "Usted participa en Money Follows the Person.", child: Some("Su hijo o hija participa en Money Follows the Person.") },
 },
                    fail: words! {
 en: Said { staff: "Is not an MFP participant; MFP Peer Support Services are for MFP participants.", family: "This service is only for people in Money Follows the Person. You said you are not in it.", child: Some("This service is only for people in Money Follows the Person. You said your child is not in it.") },
 es: Said { staff: "No es participante de MFP; los Servicios de Apoyo de Pares de MFP son para participantes de MFP.", family: "Este servicio es solo para personas en Money Follows the Person. Usted dijo que no participa.", child: Some("Este servicio es solo para personas en Money Follows the Person. Usted dijo que su hijo o hija no participa.") },
 },
                },
            },
        ),
        // The Definition describes the service's recovery as helping "an individual with" one of
        // these three; the contract reads that as a condition the participant has (the source
        // does not say "only", so the staff fail reason says what the Definition describes).
        // "Has", not "lives with": a question about the person must not read as sharing a home
        // with someone.
        Criterion::eligibility(
            "mt.condition",
            Citation {
                section: "Definition",
                quote: "Recovery includes helping an individual with a mental illness, substance use disorder, or disability live, work, learn, and participate fully in the community.",
            },
            Test::Yes {
                question: "recovery_condition",
                says: Verdicts {
                    pass: words! {
 en: Said { staff: "Has a mental illness, substance use disorder or disability.", family: "You have a mental illness, a substance use disorder or a disability.", child: Some("Your child has a mental illness, a substance use disorder or a disability.") },
 es: Said { staff: "Tiene una enfermedad mental, un trastorno por uso de sustancias o una discapacidad.", family: "Usted tiene una enfermedad mental, un trastorno por uso de sustancias o una discapacidad.", child: Some("Su hijo o hija tiene una enfermedad mental, un trastorno por uso de sustancias o una discapacidad.") },
 },
                    fail: words! {
 en: Said { staff: "Has no mental illness, substance use disorder or disability; the Definition describes the service as recovery support for individuals with one of these.", family: "This service supports the recovery of people with a mental illness, a substance use disorder or a disability. You said you have none of these.", child: Some("This service supports the recovery of people with a mental illness, a substance use disorder or a disability. You said your child has none of these.") },
 es: Said { staff: "No tiene una enfermedad mental, un trastorno por uso de sustancias ni una discapacidad; la Definición describe el servicio como apoyo a la recuperación de personas con alguno de ellos.", family: "Este servicio apoya la recuperación de personas con una enfermedad mental, un trastorno por uso de sustancias o una discapacidad. Usted dijo que nada de eso le aplica.", child: Some("Este servicio apoya la recuperación de personas con una enfermedad mental, un trastorno por uso de sustancias o una discapacidad. Usted dijo que nada de eso aplica a su hijo o hija.") },
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
                    pass: words! {
 en: Said { staff: "A peer supporter is identified in the person-centered plan; the peer supporter cannot be a legally responsible relative or a family member who normally provides care.", family: "Your person-centered plan names a peer supporter. They cannot be a relative who is legally responsible for you, or a family member who normally cares for you.", child: Some("Your child's person-centered plan names a peer supporter. They cannot be a parent or other relative who is legally responsible for your child, or a family member who normally cares for your child.") },
 es: Said { staff: "Hay una persona de apoyo de pares identificada en el plan centrado en la persona; esa persona no puede ser un familiar legalmente responsable ni un familiar que normalmente le brinda cuidado.", family: "Su plan centrado en la persona nombra a una persona de apoyo de pares. Esa persona no puede ser un familiar legalmente responsable de usted ni un familiar que normalmente le brinda cuidado.", child: Some("El plan centrado en la persona de su hijo o hija nombra a una persona de apoyo de pares. Esa persona no puede ser el padre, la madre u otro familiar legalmente responsable de su hijo o hija, ni un familiar que normalmente cuida a su hijo o hija.") },
 },
                    fail: words! {
 en: Said { staff: "No peer supporter is identified in the person-centered plan yet; services are delivered as the plan identifies.", family: "Your person-centered plan does not name a peer supporter yet. The service follows that plan.", child: Some("Your child's person-centered plan does not name a peer supporter yet. The service follows that plan.") },
 es: Said { staff: "Aún no hay una persona de apoyo de pares identificada en el plan centrado en la persona; los servicios se prestan según lo que indica el plan.", family: "Su plan centrado en la persona todavía no nombra a una persona de apoyo de pares. El servicio sigue ese plan.", child: Some("El plan centrado en la persona de su hijo o hija todavía no nombra a una persona de apoyo de pares. El servicio sigue ese plan.") },
 },
                },
            },
            words! {
 en: Said { staff: "The participant identifies a peer supporter in the person-centered plan; the peer supporter must have completed a peer support curriculum approved by DPHHS and cannot be a legally responsible relative or a family member who normally provides care.", family: "You choose a peer supporter to name in your person-centered plan. The peer supporter must have finished a peer support training approved by the state health department (DPHHS). They cannot be a relative who is legally responsible for you, or a family member who normally cares for you.", child: Some("Your child chooses a peer supporter to name in their person-centered plan. The peer supporter must have finished a peer support training approved by the state health department (DPHHS). They cannot be a parent or other relative who is legally responsible for your child, or a family member who normally cares for your child.") },
 es: Said { staff: "La persona participante identifica a una persona de apoyo de pares en el plan centrado en la persona; esa persona debe haber completado un curso de apoyo de pares aprobado por DPHHS y no puede ser un familiar legalmente responsable ni un familiar que normalmente le brinda cuidado.", family: "Usted elige a una persona de apoyo de pares para nombrarla en su plan centrado en la persona. Esa persona debe haber terminado una capacitación de apoyo de pares aprobada por el departamento de salud del estado (DPHHS). No puede ser un familiar legalmente responsable de usted ni un familiar que normalmente le brinda cuidado.", child: Some("Su hijo o hija elige a una persona de apoyo de pares para nombrarla en el plan centrado en la persona de su hijo o hija. Esa persona debe haber terminado una capacitación de apoyo de pares aprobada por el departamento de salud del estado (DPHHS). No puede ser el padre, la madre u otro familiar legalmente responsable de su hijo o hija, ni un familiar que normalmente cuida a su hijo o hija.") },
 },
        ),
        Criterion::requirement(
            "mt.prior_authorization",
            Citation { section: "Fees", quote: "MFP Peer mentor/advocate services require prior authorization." },
            Test::Yes {
                question: "prior_authorization",
                says: Verdicts {
                    pass: words! {
 en: Said { staff: "Prior authorization for MFP Peer Support Services has been obtained.", family: "Peer support has been approved for you in advance.", child: Some("Peer support has been approved for your child in advance.") },
 es: Said { staff: "Se obtuvo la autorización previa para los Servicios de Apoyo de Pares de MFP.", family: "El apoyo de pares ya se aprobó para usted por adelantado.", child: Some("El apoyo de pares ya se aprobó para su hijo o hija por adelantado.") },
 },
                    fail: words! {
 en: Said { staff: "Prior authorization has not been obtained yet.", family: "Peer support has not been approved for you in advance yet.", child: Some("Peer support has not been approved for your child in advance yet.") },
 es: Said { staff: "Aún no se obtuvo la autorización previa.", family: "El apoyo de pares todavía no se aprobó para usted por adelantado.", child: Some("El apoyo de pares todavía no se aprobó para su hijo o hija por adelantado.") },
 },
                },
            },
            words! {
 en: Said { staff: "Follow up on this participant's prior authorization.", family: "Check on the approval of your peer support.", child: Some("Check on the approval of your child's peer support.") },
 es: Said { staff: "Dé seguimiento a la autorización previa de esta persona participante.", family: "Averigüe cómo va la aprobación de su apoyo de pares.", child: Some("Averigüe cómo va la aprobación del apoyo de pares de su hijo o hija.") },
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
        // Fees: "MFP Peer mentor/advocate services require prior authorization." The rule, said
        // once: the reasons of `mt.prior_authorization` give only its status, and its next step
        // only the follow-up, so no response says the same thing twice (SCREENING.md 3).
        words! {
 en: Said { staff: "MFP Peer Support Services require prior authorization.", family: "This service always needs approval in advance, called prior authorization.", child: None },
 es: Said { staff: "Los Servicios de Apoyo de Pares de MFP requieren autorización previa.", family: "Este servicio siempre necesita aprobación por adelantado, llamada autorización previa.", child: None },
 },
        // Limitations: "Services are not crisis-management. Crisis management planning must be
        // identified separately in the person-centered plan."
        words! {
 en: Said { staff: "Services are not crisis management; crisis management planning must be identified separately in the person-centered plan.", family: "Peer support does not take the place of crisis management. Planning for a crisis must be listed separately in your person-centered plan.", child: Some("Peer support does not take the place of crisis management. Planning for a crisis must be listed separately in your child's person-centered plan.") },
 es: Said { staff: "Los servicios no son manejo de crisis; la planificación del manejo de crisis debe identificarse por separado en el plan centrado en la persona.", family: "El apoyo de pares no reemplaza el manejo de crisis. La planificación para una crisis debe figurar por separado en su plan centrado en la persona.", child: Some("El apoyo de pares no reemplaza el manejo de crisis. La planificación para una crisis debe figurar por separado en el plan centrado en la persona de su hijo o hija.") },
 },
    ],
    // "The peer supporter will be part of the professional Home and Community Based Services
    // (HCBS) team"; the service is "delivered as identified in the person-centered plan".
    ask: words! {
 en: Said { staff: "Questions: ask the agency that gave you this screener, or the participant's MFP HCBS team.", family: "Ask the agency that gave you this page. You can also ask your Money Follows the Person team, the people who help you write your person-centered plan.", child: Some("Ask the agency that gave you this page. You can also ask your child's Money Follows the Person team, the people who help write your child's person-centered plan.") },
 es: Said { staff: "Preguntas: consulte a la agencia que le dio esta evaluación, o al equipo de HCBS de MFP de la persona participante.", family: "Pregunte a la agencia que le dio esta página. También puede preguntar a su equipo de Money Follows the Person, las personas que le ayudan a hacer su plan centrado en la persona.", child: Some("Pregunte a la agencia que le dio esta página. También puede preguntar al equipo de Money Follows the Person de su hijo o hija, las personas que ayudan a hacer el plan centrado en la persona de su hijo o hija.") },
 },
};
