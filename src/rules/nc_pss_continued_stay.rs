//! North Carolina: Peer Support Services, continued stay review, program
//! `nc-pss-continued-stay`: may someone already receiving PSS continue?
//!
//! Source: `002_e35242edc1a08dd4.txt`, the same draft definition as `nc-pss`: Continued Stay
//! Criteria (both must hold: "…; AND …"), Transition & Discharge Criteria ("meets the criteria
//! for discharge if any one of the following applies": each of the four is an exclusion), and
//! the Limitations, which hold for as long as the service is received (shared with `nc-pss`).
//! Prior Approval applies to continued services too. Each criterion stands beside the passage it
//! encodes.
//!
//! Not encoded: the Eligibility and Entrance Criteria (the source does not ask them again at
//! review, unlike Nebraska's "continues to meet the admission guidelines").

use super::nc_pss::{
    ACTT, ACTT_AUTH_END, ACTT_WINDOW, CST, CST_AUTH_END, CST_WINDOW, DOCUMENT, INNOVATIONS, INNOVATIONS_WAIVER,
    ONE_PROVIDER, OTHER_PSS_PROVIDER, SERVICE,
};
use crate::model::*;

const CONTINUED_STAY: &str = "Continued Stay Criteria";
const DISCHARGE: &str = "Transition & Discharge Criteria";

pub const PROGRAM: Program = Program {
    id: "nc-pss-continued-stay",
    state: "NC",
    state_name: super::nc_pss::STATE_NAME,
    title: Words {
 en: Said { staff: "Peer Support Services: continued stay review (NC Medicaid, draft policy of 2018)", family: "Peer Support Services: can you keep getting them? (North Carolina Medicaid, draft rules)", child: None },
 es: Said { staff: "Servicios de Apoyo de Pares: revisión de continuidad (NC Medicaid, política en borrador de 2018)", family: "Servicios de Apoyo de Pares: ¿puede seguir recibiéndolos? (Medicaid de Carolina del Norte, reglas en borrador)", child: None },
 },
    stage: Stage::ContinuedStay { review_of: "nc-pss" },
    serves: Serves::Person,
    version: "2026-11-30",
    effective_from: None,
    document: DOCUMENT,
    questions: &[
        Question::yes_no(
            "not_restored",
            Words {
 en: Said { staff: "Has the desired outcome or level of functioning not yet been restored?", family: "Are you still not back to the result you want, or to how well you want to manage daily life?", child: None },
 es: Said { staff: "¿Aún no se ha restablecido el resultado deseado o el nivel de funcionamiento?", family: "¿Todavía no ha vuelto al resultado que desea, o a manejar su vida diaria tan bien como quiere?", child: None },
 },
        ),
        Question::yes_no(
            "progress_documented",
            Words {
 en: Said { staff: "Is continuation of the service supported by documentation of the beneficiary's progress toward the goals in the Person-Centered Plan (PCP)?", family: "Do your records show progress toward the goals in your Person-Centered Plan (PCP), your written plan of care?", child: None },
 es: Said { staff: "¿La continuación del servicio está respaldada por documentación del progreso del beneficiario hacia las metas de su Plan Centrado en la Persona (PCP)?", family: "¿Sus registros muestran progreso hacia las metas de su Plan Centrado en la Persona (PCP), su plan escrito de atención?", child: None },
 },
        ),
        Question::yes_no(
            "functioning_improved",
            Words {
 en: Said { staff: "Has the beneficiary's level of functioning improved with respect to the goals outlined in the PCP, inclusive of a transition plan?", family: "Has how well you manage daily life improved, as judged by the goals in your plan, with a plan in place for moving on from this service?", child: None },
 es: Said { staff: "¿Ha mejorado el nivel de funcionamiento del beneficiario con respecto a las metas del PCP, incluido un plan de transición?", family: "¿Ha mejorado cómo maneja su vida diaria, según las metas de su plan, con un plan listo para dejar este servicio?", child: None },
 },
        ),
        Question::yes_no(
            "positive_outcomes",
            Words {
 en: Said { staff: "Has the beneficiary achieved positive life outcomes that support stable and ongoing recovery?", family: "Have you reached good things in your life that support a steady recovery that keeps going?", child: None },
 es: Said { staff: "¿Ha logrado el beneficiario resultados de vida positivos que apoyan una recuperación estable y continua?", family: "¿Ha logrado cosas buenas en su vida que apoyan una recuperación estable y continua?", child: None },
 },
        ),
        Question::yes_no(
            "not_progressing",
            Words {
 en: Said { staff: "Is the beneficiary not making progress or regressing, with all reasonable strategies exhausted?", family: "Are you not making progress, or going backward, and has every reasonable way to help been tried?", child: None },
 es: Said { staff: "¿El beneficiario no avanza o retrocede, y se agotaron todas las estrategias razonables?", family: "¿Usted no avanza, o va hacia atrás, y ya se probó toda forma razonable de ayudarle?", child: None },
 },
        ),
        Question::yes_no(
            "declines_pss",
            Words {
 en: Said { staff: "Does the beneficiary no longer wish to receive PSS?", family: "Do you no longer want peer support?", child: None },
 es: Said { staff: "¿El beneficiario ya no desea recibir PSS?", family: "¿Ya no desea recibir apoyo de pares?", child: None },
 },
        ),
        INNOVATIONS_WAIVER,
        ACTT,
        ACTT_AUTH_END,
        CST,
        CST_AUTH_END,
        OTHER_PSS_PROVIDER,
    ],
    criteria: &[
        Criterion::eligibility(
            "nc.continued.not_restored",
            Citation { section: CONTINUED_STAY, quote: "Desired outcome or level of functioning has not been restored; AND" },
            Test::Yes {
                question: "not_restored",
                says: Verdicts {
                    pass: Words {
 en: Said { staff: "The desired outcome or level of functioning has not been restored yet.", family: "You are not yet back to the result or the daily life you want.", child: None },
 es: Said { staff: "El resultado deseado o el nivel de funcionamiento aún no se ha restablecido.", family: "Usted todavía no ha vuelto al resultado o a la vida diaria que desea.", child: None },
 },
                    fail: Words {
 en: Said { staff: "The desired outcome or level of functioning has been restored; a continued stay requires that it has not.", family: "Peer support goes on only while you are not yet back to the result you want. You said you are back.", child: None },
 es: Said { staff: "El resultado deseado o el nivel de funcionamiento ya se restableció; la continuidad requiere que no se haya restablecido.", family: "El apoyo de pares sigue solo mientras usted no haya vuelto al resultado que desea. Usted dijo que ya volvió.", child: None },
 },
                },
            },
        ),
        Criterion::eligibility(
            "nc.continued.progress",
            Citation {
                section: CONTINUED_STAY,
                quote: "Continuation of service is supported by documentation of beneficiary's progress toward goals within the beneficiary's PCP.",
            },
            Test::Yes {
                question: "progress_documented",
                says: Verdicts {
                    pass: Words {
 en: Said { staff: "Continuation is supported by documented progress toward the goals in the PCP.", family: "Your records show progress toward the goals in your plan.", child: None },
 es: Said { staff: "La continuación está respaldada por el progreso documentado hacia las metas del PCP.", family: "Sus registros muestran progreso hacia las metas de su plan.", child: None },
 },
                    fail: Words {
 en: Said { staff: "No documentation of progress toward the PCP goals supports continuation, which a continued stay requires.", family: "Peer support goes on only if your records show progress toward the goals in your plan. You said they do not.", child: None },
 es: Said { staff: "No hay documentación del progreso hacia las metas del PCP que respalde la continuación, requisito de la continuidad.", family: "El apoyo de pares sigue solo si sus registros muestran progreso hacia las metas de su plan. Usted dijo que no lo muestran.", child: None },
 },
                },
            },
        ),
        Criterion::exclusion(
            "nc.discharge.improved",
            Citation {
                section: DISCHARGE,
                quote: "Level of functioning has improved with respect to the goals outlined in the PCP, inclusive of a transition plan; OR",
            },
            Test::No {
                question: "functioning_improved",
                says: Verdicts {
                    pass: Words {
 en: Said { staff: "Level of functioning has not improved with respect to the PCP goals, inclusive of a transition plan; this discharge criterion does not apply.", family: "You said how you manage daily life has not yet improved enough for the goals in your plan. This reason to end the service does not apply.", child: None },
 es: Said { staff: "El nivel de funcionamiento no ha mejorado con respecto a las metas del PCP, incluido un plan de transición; este criterio de alta no aplica.", family: "Usted dijo que cómo maneja su vida diaria aún no ha mejorado lo suficiente para las metas de su plan. Esta razón para terminar el servicio no aplica.", child: None },
 },
                    fail: Words {
 en: Said { staff: "Level of functioning has improved with respect to the PCP goals, inclusive of a transition plan: the beneficiary meets a discharge criterion.", family: "You said how you manage daily life has improved as your plan's goals set out, with a plan for moving on. That is a reason to end the service.", child: None },
 es: Said { staff: "El nivel de funcionamiento mejoró con respecto a las metas del PCP, incluido un plan de transición: el beneficiario cumple un criterio de alta.", family: "Usted dijo que cómo maneja su vida diaria mejoró según las metas de su plan, con un plan para seguir adelante. Esa es una razón para terminar el servicio.", child: None },
 },
                },
            },
        ),
        Criterion::exclusion(
            "nc.discharge.outcomes",
            Citation {
                section: DISCHARGE,
                quote: "Achievement of positive life outcomes that support stable & ongoing recovery; OR",
            },
            Test::No {
                question: "positive_outcomes",
                says: Verdicts {
                    pass: Words {
 en: Said { staff: "Positive life outcomes that support stable and ongoing recovery are not yet achieved; this discharge criterion does not apply.", family: "You said you have not yet reached the good things in life that support a steady recovery. This reason to end the service does not apply.", child: None },
 es: Said { staff: "Aún no se lograron resultados de vida positivos que apoyen una recuperación estable y continua; este criterio de alta no aplica.", family: "Usted dijo que aún no ha logrado las cosas buenas en la vida que apoyan una recuperación estable. Esta razón para terminar el servicio no aplica.", child: None },
 },
                    fail: Words {
 en: Said { staff: "Positive life outcomes that support stable and ongoing recovery are achieved: the beneficiary meets a discharge criterion.", family: "You said you have reached good things in life that support a steady recovery. That is a reason to end the service.", child: None },
 es: Said { staff: "Se lograron resultados de vida positivos que apoyan una recuperación estable y continua: el beneficiario cumple un criterio de alta.", family: "Usted dijo que ha logrado cosas buenas en la vida que apoyan una recuperación estable. Esa es una razón para terminar el servicio.", child: None },
 },
                },
            },
        ),
        Criterion::exclusion(
            "nc.discharge.no_progress",
            Citation {
                section: DISCHARGE,
                quote: "Not making progress or is regressing and all reasonable strategies have been exhausted; OR",
            },
            Test::No {
                question: "not_progressing",
                says: Verdicts {
                    pass: Words {
 en: Said { staff: "Is not both without progress (or regressing) and out of reasonable strategies; this discharge criterion does not apply.", family: "You said this does not describe you: no progress, or going backward, after every reasonable way to help was tried. This reason to end the service does not apply.", child: None },
 es: Said { staff: "No se da a la vez la falta de progreso (o el retroceso) y el agotamiento de las estrategias razonables; este criterio de alta no aplica.", family: "Usted dijo que esto no lo describe: no avanzar, o ir hacia atrás, después de probar toda forma razonable de ayudarle. Esta razón para terminar el servicio no aplica.", child: None },
 },
                    fail: Words {
 en: Said { staff: "Is not making progress or is regressing, and all reasonable strategies have been exhausted: the beneficiary meets a discharge criterion.", family: "You said you are not making progress, or are going backward, and every reasonable way to help has been tried. That is a reason to end the service.", child: None },
 es: Said { staff: "No avanza o retrocede, y se agotaron todas las estrategias razonables: el beneficiario cumple un criterio de alta.", family: "Usted dijo que no avanza, o va hacia atrás, y que ya se probó toda forma razonable de ayudarle. Esa es una razón para terminar el servicio.", child: None },
 },
                },
            },
        ),
        Criterion::exclusion(
            "nc.discharge.declines",
            Citation { section: DISCHARGE, quote: "No longer wishes to receive PSS." },
            Test::No {
                question: "declines_pss",
                says: Verdicts {
                    pass: Words {
 en: Said { staff: "Still wishes to receive PSS; this discharge criterion does not apply.", family: "You still want peer support.", child: None },
 es: Said { staff: "Aún desea recibir PSS; este criterio de alta no aplica.", family: "Usted todavía quiere apoyo de pares.", child: None },
 },
                    fail: Words {
 en: Said { staff: "No longer wishes to receive PSS: the beneficiary meets a discharge criterion.", family: "You said you no longer want peer support. That is a reason to end the service.", child: None },
 es: Said { staff: "Ya no desea recibir PSS: el beneficiario cumple un criterio de alta.", family: "Usted dijo que ya no quiere apoyo de pares. Esa es una razón para terminar el servicio.", child: None },
 },
                },
            },
        ),
        INNOVATIONS,
        ACTT_WINDOW,
        CST_WINDOW,
        ONE_PROVIDER,
    ],
    service: SERVICE,
    standing_notes: &[
        // Prior Approval: "Required prior to provision or rendering of services." Continued
        // services are services too: they need approval (reauthorization) as well.
        Words {
 en: Said { staff: "Prior approval (reauthorization) is required for continued services.", family: "The service must be approved again before it goes on; your provider asks for this approval.", child: None },
 es: Said { staff: "Se requiere aprobación previa (reautorización) para continuar los servicios.", family: "El servicio debe aprobarse de nuevo antes de continuar; su proveedor pide esta aprobación.", child: None },
 },
    ],
    // Whom to ask is the admission program's.
    ask: super::nc_pss::PROGRAM.ask,
};
