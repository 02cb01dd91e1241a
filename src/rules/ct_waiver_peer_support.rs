//! Connecticut: Waiver Peer Support (DMHAS / DSS mental health waiver), program
//! `ct-waiver-peer-support`.
//!
//! Source: `004_e014bb82c3cf3ac6.txt`, the waiver's service definition of Peer Support:
//! Definition, Unit of Service and Rate, and Limitations. Each criterion stands beside the passage
//! it encodes.

use crate::model::*;

/// Limitation (3): ACT and CSP exclude waiver Peer Support except in a transition of up to 30 days.
const ACT_OR_CSP: Citation = Citation {
    section: "Limitations",
    quote: "Individuals receiving Assertive Community Treatment (ACT) or Community Support Program (CSP), both of which have a peer support component, are excluded from waiver Peer Support services, except during a brief transition phase (not to exceed 30 days) between ACT or CSP and Peer Support;",
};

/// The state, as people name it.
pub const STATE_NAME: Words = Words::same("Connecticut", "Connecticut");

pub const PROGRAM: Program = Program {
    id: "ct-waiver-peer-support",
    state: "CT",
    state_name: STATE_NAME,
    title: Words {
 en: Said { staff: "Waiver Peer Support (Connecticut DMHAS/DSS Mental Health Waiver)", family: "Peer Support under Connecticut's Mental Health Waiver", child: None },
 es: Said { staff: "Apoyo de Pares de la Exención (Exención de Salud Mental de DMHAS/DSS de Connecticut)", family: "Apoyo de Pares de la Exención de Salud Mental de Connecticut", child: None },
 },
    stage: Stage::Admission,
    serves: Serves::Person,
    version: "2026-11-30",
    effective_from: None,
    document: Document {
        file: "004_e014bb82c3cf3ac6.txt",
        title: "Connecticut DMHAS/DSS Mental Health Waiver Service Definition: Peer Support",
        draft: false,
    },
    questions: &[
        Question::yes_no(
            "waiver_participant",
            Words {
 en: Said { staff: "Is the individual covered under the mental health waiver?", family: "Are you covered by Connecticut's Mental Health Waiver (a Medicaid program run by the state Department of Mental Health and Addiction Services and Department of Social Services)?", child: None },
 es: Said { staff: "¿Tiene la persona cobertura de la exención de salud mental?", family: "¿Tiene usted cobertura de la Exención de Salud Mental de Connecticut (un programa de Medicaid a cargo del Departamento de Salud Mental y Servicios de Adicción y del Departamento de Servicios Sociales del estado)?", child: None },
 },
        ),
        Question::yes_no(
            "residual_problems",
            Words {
 en: Said { staff: "Does the participant have residual problems resulting from psychiatric and/or substance use disorders?", family: "Do you still have problems left over from a mental health condition or a substance use disorder, for example with daily living, relationships or staying in recovery?", child: None },
 es: Said { staff: "¿Tiene el participante problemas residuales derivados de trastornos psiquiátricos y/o por uso de sustancias?", family: "¿Todavía tiene problemas que le quedan de una condición de salud mental o de un trastorno por uso de sustancias, por ejemplo en la vida diaria, en sus relaciones o para seguir en recuperación?", child: None },
 },
        ),
        Question::yes_no(
            "act",
            Words {
 en: Said { staff: "Does the participant currently receive Assertive Community Treatment (ACT)?", family: "Do you get Assertive Community Treatment (ACT) now, a team that gives you intensive support where you live?", child: None },
 es: Said { staff: "¿Recibe actualmente el participante Tratamiento Comunitario Asertivo (ACT)?", family: "¿Recibe ahora Tratamiento Comunitario Asertivo (ACT), un equipo que le da apoyo intensivo donde usted vive?", child: None },
 },
        ),
        Question::date(
            "act_end",
            Words {
 en: Said { staff: "Planned last day of ACT:", family: "When is your ACT service planned to end (its last day)?", child: None },
 es: Said { staff: "Último día previsto de ACT:", family: "¿Cuándo está previsto que termine su servicio ACT (su último día)?", child: None },
 },
        )
            .follows("act"),
        Question::yes_no(
            "csp",
            Words {
 en: Said { staff: "Does the participant currently receive Community Support Program (CSP) services?", family: "Do you get Community Support Program (CSP) services now?", child: None },
 es: Said { staff: "¿Recibe actualmente el participante servicios del Programa de Apoyo Comunitario (CSP)?", family: "¿Recibe ahora servicios del Programa de Apoyo Comunitario (CSP)?", child: None },
 },
        ),
        Question::date(
            "csp_end",
            Words {
 en: Said { staff: "Planned last day of CSP:", family: "When are your CSP services planned to end (their last day)?", child: None },
 es: Said { staff: "Último día previsto de CSP:", family: "¿Cuándo está previsto que terminen sus servicios CSP (su último día)?", child: None },
 },
        )
            .follows("csp"),
        Question::yes_no(
            "residential",
            Words {
 en: Said { staff: "Does the participant currently receive residential care?", family: "Do you live in a residential care program now (a place where you live and get care or treatment)?", child: None },
 es: Said { staff: "¿Recibe actualmente el participante atención residencial?", family: "¿Vive ahora en un programa de atención residencial (un lugar donde vive y recibe cuidado o tratamiento)?", child: None },
 },
        ),
        Question::date(
            "residential_end",
            Words {
 en: Said { staff: "Planned last day of residential care:", family: "When is your residential care planned to end (its last day)?", child: None },
 es: Said { staff: "Último día previsto de atención residencial:", family: "¿Cuándo está previsto que termine su atención residencial (su último día)?", child: None },
 },
        )
            .follows("residential"),
        Question::yes_no(
            "recovery_plan",
            Words {
 en: Said { staff: "Is Peer Support included in the waiver Recovery Plan approved by DMHAS and DSS?", family: "Is peer support part of your waiver Recovery Plan, as approved by the state's mental health and social services departments?", child: None },
 es: Said { staff: "¿Está el Apoyo de Pares incluido en el Plan de Recuperación de la exención aprobado por DMHAS y DSS?", family: "¿Forma parte el apoyo de pares de su Plan de Recuperación de la exención, aprobado por los departamentos estatales de salud mental y de servicios sociales?", child: None },
 },
        ),
    ],
    criteria: &[
        Criterion::eligibility(
            "ct.waiver",
            Citation {
                section: "Definition",
                quote: "Peer support includes face-to-face interactions that are designed to promote ongoing engagement of persons covered under the waiver",
            },
            Test::Yes {
                question: "waiver_participant",
                says: Verdicts {
                    pass: Words {
 en: Said { staff: "Is covered under the waiver.", family: "You are covered by Connecticut's Mental Health Waiver.", child: None },
 es: Said { staff: "Tiene cobertura de la exención.", family: "Usted tiene cobertura de la Exención de Salud Mental de Connecticut.", child: None },
 },
                    fail: Words {
 en: Said { staff: "Is not covered under the waiver; waiver Peer Support is for persons covered under it.", family: "This service is for people covered by Connecticut's Mental Health Waiver. You said you are not.", child: None },
 es: Said { staff: "No tiene cobertura de la exención; el Apoyo de Pares de la exención es para las personas que la tienen.", family: "Este servicio es para personas con cobertura de la Exención de Salud Mental de Connecticut. Usted dijo que no la tiene.", child: None },
 },
                },
            },
        ),
        // The Definition says "psychiatric and substance use disorders"; residual problems
        // from either are read as enough (the contract's "and/or").
        Criterion::eligibility(
            "ct.residual_problems",
            Citation {
                section: "Definition",
                quote: "in addressing residual problems resulting from psychiatric and substance use disorders",
            },
            Test::Yes {
                question: "residual_problems",
                says: Verdicts {
                    pass: Words {
 en: Said { staff: "Has residual problems resulting from psychiatric and/or substance use disorders.", family: "You still have problems left over from a mental health condition or a substance use disorder.", child: None },
 es: Said { staff: "Tiene problemas residuales derivados de trastornos psiquiátricos y/o por uso de sustancias.", family: "Usted todavía tiene problemas que le quedan de una condición de salud mental o de un trastorno por uso de sustancias.", child: None },
 },
                    fail: Words {
 en: Said { staff: "Has no residual problems from psychiatric or substance use disorders for Peer Support to address.", family: "This service helps with problems left over from a mental health condition or a substance use disorder. You said you have none.", child: None },
 es: Said { staff: "No tiene problemas residuales de trastornos psiquiátricos o por uso de sustancias que el Apoyo de Pares deba atender.", family: "Este servicio ayuda con problemas que quedan de una condición de salud mental o de un trastorno por uso de sustancias. Usted dijo que no los tiene.", child: None },
 },
                },
            },
        ),
        // "not to exceed 30 days": the window is the last 30 days of ACT (SCREENING.md §5).
        Criterion::exclusion(
            "ct.act",
            ACT_OR_CSP,
            Test::TransitionWindow {
                service: "act", ends: "act_end", days: 30,
                service_name: Words {
 en: Said { staff: "ACT", family: "ACT (Assertive Community Treatment)", child: None },
 es: Said { staff: "ACT", family: "ACT (Tratamiento Comunitario Asertivo)", child: None },
 },
                end_of: Words {
 en: Said { staff: "ACT", family: "your ACT", child: None },
 es: Said { staff: "ACT", family: "su ACT", child: None },
 },
            },
        ),
        Criterion::exclusion(
            "ct.csp",
            ACT_OR_CSP,
            Test::TransitionWindow {
                service: "csp", ends: "csp_end", days: 30,
                service_name: Words {
 en: Said { staff: "CSP", family: "CSP (Community Support Program)", child: None },
 es: Said { staff: "CSP", family: "CSP (Programa de Apoyo Comunitario)", child: None },
 },
                end_of: Words {
 en: Said { staff: "CSP", family: "your CSP", child: None },
 es: Said { staff: "CSP", family: "su CSP", child: None },
 },
            },
        ),
        // "up to 30-days" of transition: the same window as ACT and CSP.
        Criterion::exclusion(
            "ct.residential",
            Citation {
                section: "Limitations",
                quote: "With the allowable exception of a transition period to Peer Support services (up to 30-days), Peer Support services cannot be provided concurrently with residential care;",
            },
            Test::TransitionWindow {
                service: "residential", ends: "residential_end", days: 30,
                // Lower case: the shared window sentences mostly name it mid-sentence.
                service_name: Words {
 en: Said { staff: "residential care", family: "residential care", child: None },
 es: Said { staff: "atención residencial", family: "atención residencial", child: None },
 },
                end_of: Words {
 en: Said { staff: "residential care", family: "your residential care", child: None },
 es: Said { staff: "la atención residencial", family: "su atención residencial", child: None },
 },
            },
        ),
        // Limitation (2); limitation (1) adds that the plan is "approved by DMHAS and DSS".
        Criterion::requirement(
            "ct.recovery_plan",
            Citation {
                section: "Limitations",
                quote: "Peer Support services shall be based on the waiver Recovery Plan",
            },
            Test::Yes {
                question: "recovery_plan",
                says: Verdicts {
                    pass: Words {
 en: Said { staff: "Peer Support is in the waiver Recovery Plan approved by DMHAS and DSS.", family: "Peer support is in your waiver Recovery Plan.", child: None },
 es: Said { staff: "El Apoyo de Pares está en el Plan de Recuperación de la exención aprobado por DMHAS y DSS.", family: "El apoyo de pares está en su Plan de Recuperación de la exención.", child: None },
 },
                    fail: Words {
 en: Said { staff: "Peer Support is not yet in the waiver Recovery Plan; services must be based on the plan approved by DMHAS and DSS.", family: "Peer support is not in your waiver Recovery Plan yet, and the service must follow that plan.", child: None },
 es: Said { staff: "El Apoyo de Pares aún no está en el Plan de Recuperación de la exención; los servicios deben basarse en el plan aprobado por DMHAS y DSS.", family: "El apoyo de pares todavía no está en su Plan de Recuperación de la exención, y el servicio debe seguir ese plan.", child: None },
 },
                },
            },
            Words {
 en: Said { staff: "Add Peer Support to the waiver Recovery Plan and have it approved by DMHAS and DSS before services start.", family: "Ask your support coordinator to add peer support to your Recovery Plan; the state must approve it before the service starts.", child: None },
 es: Said { staff: "Agregue el Apoyo de Pares al Plan de Recuperación de la exención y obtenga la aprobación de DMHAS y DSS antes de que empiecen los servicios.", family: "Pida a su coordinador de apoyo que agregue el apoyo de pares a su Plan de Recuperación; el estado debe aprobarlo antes de que empiece el servicio.", child: None },
 },
        ),
    ],
    service: Service {
        // "Unit of Service: 15 Minutes", "Rate: $12.33 (per 15 minute unit)". Volume limits are
        // set per person in the waiver Recovery Plan (limitation 1), so no caps here.
        unit_minutes: Some(15),
        rate_cents: Some(1233),
        procedure_code: None,
        max_units_per_day: None,
        max_units_per_month: None,
    },
    standing_notes: &[],
    // Covered activities: "Communication and coordination with the DMHAS Support Coordinator";
    // the Recovery Plan is updated "if requested by the DMHAS Support Coordinator".
    ask: Words {
 en: Said { staff: "Questions: ask the agency that gave you this screener, or the participant's DMHAS Support Coordinator.", family: "Ask the agency that gave you this page. You can also ask your DMHAS Support Coordinator, who helps with your waiver Recovery Plan.", child: None },
 es: Said { staff: "Preguntas: consulte a la agencia que le dio esta evaluación, o al Coordinador de Apoyo de DMHAS del participante.", family: "Pregunte a la agencia que le dio esta página. También puede preguntar a su Coordinador de Apoyo de DMHAS, que le ayuda con su Plan de Recuperación de la exención.", child: None },
 },
};
