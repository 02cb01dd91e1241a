//! Connecticut: Waiver Peer Support (DMHAS / DSS mental health waiver), program
//! `ct-waiver-peer-support`.
//!
//! Source: `004_e014bb82c3cf3ac6.txt`, the waiver's service definition of Peer Support:
//! Definition, Unit of Service and Rate, and Limitations. Each criterion stands beside the passage
//! it encodes.
//!
//! Readings:
//! - The Definition's purpose clause ("addressing residual problems resulting from psychiatric and
//!   substance use disorders") is read as a condition, residual problems from either disorder
//!   being enough (`ct.residual_problems`); limitation (7)(C), which pays for nothing unrelated
//!   to "the participant's diagnosis, symptoms, functional limitations or medical history",
//!   supports it.
//! - "available as a step-down from more intensive waiver services such as ACT or CSP, when an
//!   ACT or CSP level of care is no longer needed" is read as an exclusion while that level of
//!   care is still needed (`ct.step_down`, SCREENING.md 4.6), not as a requirement to have
//!   received one of those services first: "such as" leaves open which services one steps down
//!   from, and the passage's condition is the level of care needed now.
//! - Limitations (3) and (4): the transition "not to exceed 30 days" (ACT, CSP) and "up to
//!   30-days" (residential care) is the last 30 days before the planned end of the service
//!   (SCREENING.md 5): the 30 calendar days that end on the planned last day `E`, counted
//!   inclusively (`E - 29` to `E`). An end date that has passed counts as not answered. A service
//!   with no planned end has no date to give: the answer stays unknown and the screening
//!   `incomplete` (the guided path takes an empty date as "not sure"), not excluded; the contract asks for a date only.
//! - `intensive_care_needed` is a level-of-care determination; the family wording asks what the
//!   care team has said, and tells someone stepping down, or who never needed ACT or CSP, to say
//!   no, so that the allowed transition is left to `ct.act` and `ct.csp`.
//! - `residential` is care in a place run by a provider where the person lives; the person's own
//!   (or a family) home, where Peer Support itself is given ("in his/her home"), is not.
//! - The source says nothing of age, and its wording is about adults. The family wording about a
//!   child is offered as SCREENING.md 4.9 offers it for every state's admission program;
//!   `waiver_participant` decides who is covered.
//! - `ct.recovery_plan` asks one thing: a waiver Recovery Plan approved by DMHAS and DSS
//!   (limitation (1)) includes Peer Support (limitation (2)); its citation quotes the two
//!   limitations as one passage. The staff next step adds that the plan sets the volume and
//!   duration limits (limitation (1)).
//!
//! Not encoded, and why:
//! - Limitation (5), "Peer Support services must exclude services that are duplicative of
//!   Supported Employment services": it limits what peer support may include for someone who
//!   also gets Supported Employment, not whether they may get peer support; SCREENING.md 4.6
//!   asks nothing about it.
//! - Limitation (1), volume and duration set in the Recovery Plan: no caps here (the staff next
//!   step says the plan sets them).
//! - Limitation (2)'s licensed-clinician supervision, (6) one staff member per billable unit,
//!   (7)(A)-(F) what the department does not pay for, and the Non-billable Activities: rules on
//!   providers and payment.
//! - Covered services (face-to-face, at least 15 minutes, at home or in the community) and what
//!   they include: what the service is, not who may receive it.
//! - Provider qualifications and training, "Be at least 18 yrs old" among them: the age of the
//!   Peer Support specialist, not of the participant.

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
    title: words! {
 en: Said { staff: "Waiver Peer Support (Connecticut DMHAS/DSS Mental Health Waiver)", family: "Peer Support under Connecticut's Mental Health Waiver", child: None },
 es: Said { staff: "Apoyo de Pares de la Exención (Exención de Salud Mental de DMHAS/DSS de Connecticut)", family: "Apoyo de Pares de la Exención de Salud Mental de Connecticut", child: None },
 },
    stage: Stage::Admission,
    serves: Serves::Person,
    version: "2026-12-03",
    effective_from: None,
    document: Document {
        file: "004_e014bb82c3cf3ac6.txt",
        title: "Connecticut DMHAS/DSS Mental Health Waiver Service Definition: Peer Support",
        draft: false,
    },
    questions: &[
        Question::yes_no(
            "waiver_participant",
            words! {
 en: Said { staff: "Is the individual covered under the mental health waiver?", family: "Are you covered by Connecticut's Mental Health Waiver? It is a Medicaid program run by two state departments: Mental Health and Addiction Services, and Social Services. Having Medicaid alone does not mean you are covered by the waiver.", child: Some("Is your child covered by Connecticut's Mental Health Waiver? It is a Medicaid program run by two state departments: Mental Health and Addiction Services, and Social Services. Having Medicaid alone does not mean your child is covered by the waiver.") },
 es: Said { staff: "¿Tiene la persona cobertura de la exención de salud mental?", family: "¿Tiene usted cobertura de la Exención de Salud Mental de Connecticut? Es un programa de Medicaid a cargo de dos departamentos del estado: Salud Mental y Servicios de Adicción, y Servicios Sociales. Tener solo Medicaid no quiere decir que usted tenga cobertura de la exención.", child: Some("¿Tiene su hijo o hija cobertura de la Exención de Salud Mental de Connecticut? Es un programa de Medicaid a cargo de dos departamentos del estado: Salud Mental y Servicios de Adicción, y Servicios Sociales. Tener solo Medicaid no quiere decir que su hijo o hija tenga cobertura de la exención.") },
 },
        ),
        Question::yes_no(
            "residual_problems",
            words! {
 en: Said { staff: "Does the participant have residual problems resulting from psychiatric and/or substance use disorders?", family: "Do you still have problems left over from a mental health condition or a substance use disorder? For example, with daily living, relationships or staying in recovery.", child: Some("Does your child still have problems left over from a mental health condition or a substance use disorder? For example, with daily living, relationships or staying in recovery.") },
 es: Said { staff: "¿Tiene la persona problemas residuales derivados de trastornos psiquiátricos y/o por uso de sustancias?", family: "¿Todavía tiene usted dificultades que le quedan de un trastorno de salud mental o por uso de sustancias? Por ejemplo, en la vida diaria, en sus relaciones o para seguir en recuperación.", child: Some("¿Todavía tiene su hijo o hija dificultades que le quedan de un trastorno de salud mental o por uso de sustancias? Por ejemplo, en la vida diaria, en las relaciones o para seguir en recuperación.") },
 },
        ),
        // "Yes" must mean that such a level of care is still needed (SCREENING.md 4.6), asked
        // without a negative. Staff can judge the level of care; the family wording asks what the
        // care team has said, and says when to answer no: ready to move on (the allowed
        // transition, left to `ct.act` and `ct.csp`), or never needed.
        Question::yes_no(
            "intensive_care_needed",
            words! {
 en: Said { staff: "Does the individual currently need an ACT or CSP level of care (Assertive Community Treatment or Community Support Program)?", family: "Has your care team said you still need Assertive Community Treatment (ACT) or Community Support Program (CSP) care? These are intensive services from a team. Say no if your team has said you are ready to move on from them, or if you have never needed them.", child: Some("Has your child's care team said your child still needs Assertive Community Treatment (ACT) or Community Support Program (CSP) care? These are intensive services from a team. Say no if the team has said your child is ready to move on from them, or if your child has never needed them.") },
 es: Said { staff: "¿Necesita actualmente la persona un nivel de atención de ACT o CSP (Tratamiento Comunitario Asertivo o Programa de Apoyo Comunitario)?", family: "¿Le ha dicho su equipo de atención que usted todavía necesita los servicios del Tratamiento Comunitario Asertivo (ACT) o del Programa de Apoyo Comunitario (CSP)? Son servicios intensivos que da un equipo. Responda que no si su equipo le dijo que usted ya está listo o lista para dejarlos, o si nunca los ha necesitado.", child: Some("¿Le ha dicho el equipo de atención de su hijo o hija que su hijo o hija todavía necesita los servicios del Tratamiento Comunitario Asertivo (ACT) o del Programa de Apoyo Comunitario (CSP)? Son servicios intensivos que da un equipo. Responda que no si el equipo le dijo que su hijo o hija ya está listo o lista para dejarlos, o si nunca los ha necesitado.") },
 },
        ),
        Question::yes_no(
            "act",
            words! {
 en: Said { staff: "Does the participant currently receive Assertive Community Treatment (ACT)?", family: "Do you get Assertive Community Treatment (ACT) now? ACT is intensive mental health care from a team.", child: Some("Does your child get Assertive Community Treatment (ACT) now? ACT is intensive mental health care from a team.") },
 es: Said { staff: "¿Recibe actualmente la persona Tratamiento Comunitario Asertivo (ACT)?", family: "¿Recibe usted ahora Tratamiento Comunitario Asertivo (ACT)? El ACT es atención intensiva de salud mental que da un equipo.", child: Some("¿Recibe su hijo o hija ahora Tratamiento Comunitario Asertivo (ACT)? El ACT es atención intensiva de salud mental que da un equipo.") },
 },
        ),
        Question::date(
            "act_end",
            words! {
 en: Said { staff: "Planned last day of ACT:", family: "When is your Assertive Community Treatment (ACT) planned to end? Give its last day.", child: Some("When is your child's Assertive Community Treatment (ACT) planned to end? Give its last day.") },
 es: Said { staff: "Último día previsto de ACT:", family: "¿Cuándo está previsto que termine su Tratamiento Comunitario Asertivo (ACT)? Indique el último día del tratamiento.", child: Some("¿Cuándo está previsto que termine el Tratamiento Comunitario Asertivo (ACT) de su hijo o hija? Indique el último día del tratamiento.") },
 },
        )
            .follows("act"),
        Question::yes_no(
            "csp",
            words! {
 en: Said { staff: "Does the participant currently receive Community Support Program (CSP) services?", family: "Do you get Community Support Program (CSP) services now? CSP is intensive community support that already includes peer support.", child: Some("Does your child get Community Support Program (CSP) services now? CSP is intensive community support that already includes peer support.") },
 es: Said { staff: "¿Recibe actualmente la persona servicios del Programa de Apoyo Comunitario (CSP)?", family: "¿Recibe usted ahora servicios del Programa de Apoyo Comunitario (CSP)? El CSP es apoyo comunitario intensivo que ya incluye apoyo de pares.", child: Some("¿Recibe su hijo o hija ahora servicios del Programa de Apoyo Comunitario (CSP)? El CSP es apoyo comunitario intensivo que ya incluye apoyo de pares.") },
 },
        ),
        Question::date(
            "csp_end",
            words! {
 en: Said { staff: "Planned last day of CSP:", family: "When are your Community Support Program (CSP) services planned to end? Give their last day.", child: Some("When are your child's Community Support Program (CSP) services planned to end? Give their last day.") },
 es: Said { staff: "Último día previsto de CSP:", family: "¿Cuándo está previsto que terminen sus servicios del Programa de Apoyo Comunitario (CSP)? Indique el último día de los servicios.", child: Some("¿Cuándo está previsto que terminen los servicios del Programa de Apoyo Comunitario (CSP) de su hijo o hija? Indique el último día de los servicios.") },
 },
        )
            .follows("csp"),
        Question::yes_no(
            "residential",
            words! {
 en: Said { staff: "Does the participant currently receive residential care?", family: "Do you live in a residential care program now? This is a place run by a provider, where you live and staff give you care or treatment. Your own home does not count, even if you get services there.", child: Some("Does your child live in a residential care program now? This is a place run by a provider, where your child lives and staff give care or treatment. A family home does not count, even if your child gets services there.") },
 es: Said { staff: "¿Recibe actualmente la persona atención residencial?", family: "¿Vive usted ahora en un programa de atención residencial? Es un lugar a cargo de un proveedor, donde usted vive y el personal le da cuidado o tratamiento. Su propia casa no cuenta, aunque usted reciba servicios allí.", child: Some("¿Vive su hijo o hija ahora en un programa de atención residencial? Es un lugar a cargo de un proveedor, donde su hijo o hija vive y el personal le da cuidado o tratamiento. Una casa de familia no cuenta, aunque su hijo o hija reciba servicios allí.") },
 },
        ),
        Question::date(
            "residential_end",
            words! {
 en: Said { staff: "Planned last day of residential care:", family: "When is your residential care planned to end? Give its last day.", child: Some("When is your child's residential care planned to end? Give its last day.") },
 es: Said { staff: "Último día previsto de atención residencial:", family: "¿Cuándo está previsto que termine su atención residencial? Indique el último día de la atención residencial.", child: Some("¿Cuándo está previsto que termine la atención residencial de su hijo o hija? Indique el último día de la atención residencial.") },
 },
        )
            .follows("residential"),
        // One condition: an approved plan that includes Peer Support (limitations (1) and (2)).
        Question::yes_no(
            "recovery_plan",
            words! {
 en: Said { staff: "Have DMHAS and DSS approved a waiver Recovery Plan that includes Peer Support?", family: "Has the state approved a waiver Recovery Plan for you that includes peer support?", child: Some("Has the state approved a waiver Recovery Plan for your child that includes peer support?") },
 es: Said { staff: "¿Aprobaron DMHAS y DSS un Plan de Recuperación de la exención que incluya el Apoyo de Pares?", family: "¿Aprobó el estado para usted un Plan de Recuperación de la exención que incluya apoyo de pares?", child: Some("¿Aprobó el estado para su hijo o hija un Plan de Recuperación de la exención que incluya apoyo de pares?") },
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
                    pass: words! {
 en: Said { staff: "Is covered under the waiver.", family: "You are covered by Connecticut's Mental Health Waiver.", child: Some("Your child is covered by Connecticut's Mental Health Waiver.") },
 es: Said { staff: "Tiene cobertura de la exención.", family: "Usted tiene cobertura de la Exención de Salud Mental de Connecticut.", child: Some("Su hijo o hija tiene cobertura de la Exención de Salud Mental de Connecticut.") },
 },
                    fail: words! {
 en: Said { staff: "Is not covered under the waiver; waiver Peer Support is for persons covered under it.", family: "This service is for people covered by Connecticut's Mental Health Waiver. You said you are not.", child: Some("This service is for people covered by Connecticut's Mental Health Waiver. You said your child is not.") },
 es: Said { staff: "No tiene cobertura de la exención; el Apoyo de Pares de la exención es para las personas que la tienen.", family: "Este servicio es para personas con cobertura de la Exención de Salud Mental de Connecticut. Usted dijo que no la tiene.", child: Some("Este servicio es para personas con cobertura de la Exención de Salud Mental de Connecticut. Usted dijo que su hijo o hija no la tiene.") },
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
                    pass: words! {
 en: Said { staff: "Has residual problems resulting from psychiatric and/or substance use disorders.", family: "You still have problems left over from a mental health condition or a substance use disorder.", child: Some("Your child still has problems left over from a mental health condition or a substance use disorder.") },
 es: Said { staff: "Tiene problemas residuales derivados de trastornos psiquiátricos y/o por uso de sustancias.", family: "Usted todavía tiene dificultades que le quedan de un trastorno de salud mental o por uso de sustancias.", child: Some("Su hijo o hija todavía tiene dificultades que le quedan de un trastorno de salud mental o por uso de sustancias.") },
 },
                    fail: words! {
 en: Said { staff: "Has no residual problems from psychiatric or substance use disorders for Peer Support to address.", family: "This service helps with problems left over from a mental health condition or a substance use disorder. You said you have none.", child: Some("This service helps with problems left over from a mental health condition or a substance use disorder. You said your child has none.") },
 es: Said { staff: "No tiene problemas residuales de trastornos psiquiátricos o por uso de sustancias que el Apoyo de Pares deba atender.", family: "Este servicio ayuda con dificultades que quedan de un trastorno de salud mental o por uso de sustancias. Usted dijo que no las tiene.", child: Some("Este servicio ayuda con dificultades que quedan de un trastorno de salud mental o por uso de sustancias. Usted dijo que su hijo o hija no las tiene.") },
 },
                },
            },
        ),
        // Peer Support is "available as a step-down ... when an ACT or CSP level of care is no
        // longer needed": while that level of care is needed, it is not (SCREENING.md 4.6). Not
        // date-bound: a new answer, not a date, lifts it.
        Criterion::exclusion(
            "ct.step_down",
            Citation {
                section: "Definition",
                quote: "Peer Support – is available as a step-down from more intensive waiver services such as Assertive Community Treatment (ACT) or Community Support Program (CSP), when an ACT or CSP level of care is no longer needed.",
            },
            Test::No {
                question: "intensive_care_needed",
                says: Verdicts {
                    pass: words! {
 en: Said { staff: "Does not currently need an ACT or CSP level of care.", family: "Your care team has not said you still need ACT (Assertive Community Treatment) or CSP (Community Support Program) care.", child: Some("Your child's care team has not said your child still needs ACT (Assertive Community Treatment) or CSP (Community Support Program) care.") },
 es: Said { staff: "No necesita actualmente un nivel de atención de ACT o CSP.", family: "Su equipo de atención no le ha dicho que usted todavía necesite atención de ACT (Tratamiento Comunitario Asertivo) o CSP (Programa de Apoyo Comunitario).", child: Some("El equipo de atención de su hijo o hija no le ha dicho que su hijo o hija todavía necesite atención de ACT (Tratamiento Comunitario Asertivo) o CSP (Programa de Apoyo Comunitario).") },
 },
                    fail: words! {
 en: Said { staff: "Currently needs an ACT or CSP level of care; Peer Support is a step-down for when that level of care is no longer needed.", family: "You said your care team says you still need ACT (Assertive Community Treatment) or CSP (Community Support Program) care. This peer support is for when that level of care is no longer needed.", child: Some("You said your child's care team says your child still needs ACT (Assertive Community Treatment) or CSP (Community Support Program) care. This peer support is for when that level of care is no longer needed.") },
 es: Said { staff: "Necesita actualmente un nivel de atención de ACT o CSP; el Apoyo de Pares es un paso a una atención menos intensiva, para cuando ese nivel de atención ya no se necesita.", family: "Usted dijo que su equipo de atención dice que usted todavía necesita atención de ACT (Tratamiento Comunitario Asertivo) o CSP (Programa de Apoyo Comunitario). Este apoyo de pares es para cuando ese nivel de atención ya no se necesita.", child: Some("Usted dijo que el equipo de atención de su hijo o hija dice que su hijo o hija todavía necesita atención de ACT (Tratamiento Comunitario Asertivo) o CSP (Programa de Apoyo Comunitario). Este apoyo de pares es para cuando ese nivel de atención ya no se necesita.") },
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
                service_name: words! {
 en: Said { staff: "ACT", family: "ACT (Assertive Community Treatment)", child: None },
 es: Said { staff: "ACT", family: "ACT (Tratamiento Comunitario Asertivo)", child: None },
 },
                // Spanish about a child: a feminine noun, as the shared sentences say "de {end_of}"
                // (a masculine article would need "del").
                end_of: words! {
 en: Said { staff: "ACT", family: "your ACT", child: Some("your child's ACT") },
 es: Said { staff: "ACT", family: "su servicio de ACT", child: Some("la atención de ACT de su hijo o hija") },
 },
            },
        ),
        Criterion::exclusion(
            "ct.csp",
            ACT_OR_CSP,
            Test::TransitionWindow {
                service: "csp", ends: "csp_end", days: 30,
                service_name: words! {
 en: Said { staff: "CSP", family: "CSP (Community Support Program)", child: None },
 es: Said { staff: "CSP", family: "CSP (Programa de Apoyo Comunitario)", child: None },
 },
                end_of: words! {
 en: Said { staff: "CSP", family: "your CSP", child: Some("your child's CSP") },
 es: Said { staff: "CSP", family: "su servicio de CSP", child: Some("la atención de CSP de su hijo o hija") },
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
                service_name: words! {
 en: Said { staff: "residential care", family: "residential care", child: None },
 es: Said { staff: "atención residencial", family: "atención residencial", child: None },
 },
                end_of: words! {
 en: Said { staff: "residential care", family: "your residential care", child: Some("your child's residential care") },
 es: Said { staff: "la atención residencial", family: "su atención residencial", child: Some("la atención residencial de su hijo o hija") },
 },
            },
        ),
        // Limitations (1) and (2), quoted as one passage: the plan is "approved by DMHAS and DSS"
        // (1), and Peer Support is "based on" it (2). The reasons give the status, the next step what must be true before services start (it
        // reads true whether the answer is no or not known yet), and neither names who adds
        // the service to the plan: the source says only who approves it.
        Criterion::requirement(
            "ct.recovery_plan",
            Citation {
                section: "Limitations",
                quote: "limits established in the waiver Recovery Plan approved by DMHAS and DSS. The departments or their designee will enact these limits; - (2) Peer Support services shall be based on the waiver Recovery Plan",
            },
            Test::Yes {
                question: "recovery_plan",
                says: Verdicts {
                    pass: words! {
 en: Said { staff: "A waiver Recovery Plan approved by DMHAS and DSS includes Peer Support.", family: "The state has approved a waiver Recovery Plan for you that includes peer support.", child: Some("The state has approved a waiver Recovery Plan for your child that includes peer support.") },
 es: Said { staff: "Un Plan de Recuperación de la exención aprobado por DMHAS y DSS incluye el Apoyo de Pares.", family: "El estado aprobó para usted un Plan de Recuperación de la exención que incluye apoyo de pares.", child: Some("El estado aprobó para su hijo o hija un Plan de Recuperación de la exención que incluye apoyo de pares.") },
 },
                    fail: words! {
 en: Said { staff: "No waiver Recovery Plan approved by DMHAS and DSS includes Peer Support yet.", family: "You said the state has not approved a waiver Recovery Plan for you that includes peer support.", child: Some("You said the state has not approved a waiver Recovery Plan for your child that includes peer support.") },
 es: Said { staff: "Aún no hay un Plan de Recuperación de la exención aprobado por DMHAS y DSS que incluya el Apoyo de Pares.", family: "Usted dijo que el estado no aprobó para usted un Plan de Recuperación de la exención que incluya apoyo de pares.", child: Some("Usted dijo que el estado no aprobó para su hijo o hija un Plan de Recuperación de la exención que incluya apoyo de pares.") },
 },
                },
            },
            words! {
 en: Said { staff: "Before services start, Peer Support must be in a waiver Recovery Plan approved by DMHAS and DSS. The plan sets its limits: 15-minute units per day and/or week, and the number of months or an end date.", family: "Before the service starts, peer support must be in your waiver Recovery Plan, and the state must approve the plan.", child: Some("Before the service starts, peer support must be in your child's waiver Recovery Plan, and the state must approve the plan.") },
 es: Said { staff: "Antes de que empiecen los servicios, el Apoyo de Pares debe estar en un Plan de Recuperación de la exención aprobado por DMHAS y DSS. El plan fija sus límites: unidades de 15 minutos por día y/o por semana, y el número de meses o una fecha de fin.", family: "Antes de que empiece el servicio, el apoyo de pares debe estar en su Plan de Recuperación de la exención, y el estado debe aprobar el plan.", child: Some("Antes de que empiece el servicio, el apoyo de pares debe estar en el Plan de Recuperación de la exención de su hijo o hija, y el estado debe aprobar el plan.") },
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
    ask: words! {
 en: Said { staff: "Questions: ask the agency that gave you this screener, or the participant's DMHAS Support Coordinator.", family: "Ask the agency that gave you this page. You can also ask your DMHAS Support Coordinator, who helps with your waiver Recovery Plan. DMHAS is the state Department of Mental Health and Addiction Services.", child: Some("Ask the agency that gave you this page. You can also ask your child's DMHAS Support Coordinator, who helps with your child's waiver Recovery Plan. DMHAS is the state Department of Mental Health and Addiction Services.") },
 es: Said { staff: "Preguntas: consulte a la agencia que le dio esta evaluación, o al Coordinador o Coordinadora de Apoyo de DMHAS de la persona.", family: "Pregunte a la agencia que le dio esta página. También puede preguntar a su coordinador o coordinadora de apoyo de DMHAS, que le ayuda con su Plan de Recuperación de la exención. DMHAS es el Departamento de Salud Mental y Servicios de Adicción del estado.", child: Some("Pregunte a la agencia que le dio esta página. También puede preguntar al coordinador o coordinadora de apoyo de DMHAS de su hijo o hija, que ayuda con el Plan de Recuperación de la exención de su hijo o hija. DMHAS es el Departamento de Salud Mental y Servicios de Adicción del estado.") },
 },
};
