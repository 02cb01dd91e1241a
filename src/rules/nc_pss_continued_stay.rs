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
    title: Words {
        staff_en: "Peer Support Services: continued stay review (NC Medicaid, draft policy of 2018)",
        staff_es: "Servicios de Apoyo de Pares: revisión de continuidad (NC Medicaid, política en borrador de 2018)",
        family_en: "Peer Support Services: can you keep getting them? (North Carolina Medicaid, draft rules)",
        family_es: "Servicios de Apoyo de Pares: ¿puede seguir recibiéndolos? (Medicaid de Carolina del Norte, reglas en borrador)",
    },
    stage: Stage::ContinuedStay { review_of: "nc-pss" },
    version: "2026-11-30",
    effective_from: None,
    document: DOCUMENT,
    questions: &[
        Question::yes_no(
            "not_restored",
            Words {
                staff_en: "Has the desired outcome or level of functioning not yet been restored?",
                staff_es: "¿Aún no se ha restablecido el resultado deseado o el nivel de funcionamiento?",
                family_en: "Are you still not back to the result you want, or to how well you want to manage daily life?",
                family_es: "¿Todavía no ha vuelto al resultado que desea, o a manejar su vida diaria tan bien como quiere?",
            },
        ),
        Question::yes_no(
            "progress_documented",
            Words {
                staff_en: "Is continuation of the service supported by documentation of the beneficiary's progress toward the goals in the Person-Centered Plan (PCP)?",
                staff_es: "¿La continuación del servicio está respaldada por documentación del progreso del beneficiario hacia las metas de su Plan Centrado en la Persona (PCP)?",
                family_en: "Do your records show progress toward the goals in your Person-Centered Plan (PCP), your written plan of care?",
                family_es: "¿Sus registros muestran progreso hacia las metas de su Plan Centrado en la Persona (PCP), su plan escrito de atención?",
            },
        ),
        Question::yes_no(
            "functioning_improved",
            Words {
                staff_en: "Has the beneficiary's level of functioning improved with respect to the goals outlined in the PCP, inclusive of a transition plan?",
                staff_es: "¿Ha mejorado el nivel de funcionamiento del beneficiario con respecto a las metas del PCP, incluido un plan de transición?",
                family_en: "Has how well you manage daily life improved, as judged by the goals in your plan, with a plan in place for moving on from this service?",
                family_es: "¿Ha mejorado cómo maneja su vida diaria, según las metas de su plan, con un plan listo para dejar este servicio?",
            },
        ),
        Question::yes_no(
            "positive_outcomes",
            Words {
                staff_en: "Has the beneficiary achieved positive life outcomes that support stable and ongoing recovery?",
                staff_es: "¿Ha logrado el beneficiario resultados de vida positivos que apoyan una recuperación estable y continua?",
                family_en: "Have you reached good things in your life that support a steady recovery that keeps going?",
                family_es: "¿Ha logrado cosas buenas en su vida que apoyan una recuperación estable y continua?",
            },
        ),
        Question::yes_no(
            "not_progressing",
            Words {
                staff_en: "Is the beneficiary not making progress or regressing, with all reasonable strategies exhausted?",
                staff_es: "¿El beneficiario no avanza o retrocede, y se agotaron todas las estrategias razonables?",
                family_en: "Are you not making progress, or going backward, and has every reasonable way to help been tried?",
                family_es: "¿Usted no avanza, o va hacia atrás, y ya se probó toda forma razonable de ayudarle?",
            },
        ),
        Question::yes_no(
            "declines_pss",
            Words {
                staff_en: "Does the beneficiary no longer wish to receive PSS?",
                staff_es: "¿El beneficiario ya no desea recibir PSS?",
                family_en: "Do you no longer want peer support?",
                family_es: "¿Ya no desea recibir apoyo de pares?",
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
                        staff_en: "The desired outcome or level of functioning has not been restored yet.",
                        staff_es: "El resultado deseado o el nivel de funcionamiento aún no se ha restablecido.",
                        family_en: "You are not yet back to the result or the daily life you want.",
                        family_es: "Usted todavía no ha vuelto al resultado o a la vida diaria que desea.",
                    },
                    fail: Words {
                        staff_en: "The desired outcome or level of functioning has been restored; a continued stay requires that it has not.",
                        staff_es: "El resultado deseado o el nivel de funcionamiento ya se restableció; la continuidad requiere que no se haya restablecido.",
                        family_en: "Peer support goes on only while you are not yet back to the result you want. You said you are back.",
                        family_es: "El apoyo de pares sigue solo mientras usted no haya vuelto al resultado que desea. Usted dijo que ya volvió.",
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
                        staff_en: "Continuation is supported by documented progress toward the goals in the PCP.",
                        staff_es: "La continuación está respaldada por el progreso documentado hacia las metas del PCP.",
                        family_en: "Your records show progress toward the goals in your plan.",
                        family_es: "Sus registros muestran progreso hacia las metas de su plan.",
                    },
                    fail: Words {
                        staff_en: "No documentation of progress toward the PCP goals supports continuation, which a continued stay requires.",
                        staff_es: "No hay documentación del progreso hacia las metas del PCP que respalde la continuación, requisito de la continuidad.",
                        family_en: "Peer support goes on only if your records show progress toward the goals in your plan. You said they do not.",
                        family_es: "El apoyo de pares sigue solo si sus registros muestran progreso hacia las metas de su plan. Usted dijo que no lo muestran.",
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
                        staff_en: "Level of functioning has not improved with respect to the PCP goals, inclusive of a transition plan; this discharge criterion does not apply.",
                        staff_es: "El nivel de funcionamiento no ha mejorado con respecto a las metas del PCP, incluido un plan de transición; este criterio de alta no aplica.",
                        family_en: "You said how you manage daily life has not yet improved enough for the goals in your plan. This reason to end the service does not apply.",
                        family_es: "Usted dijo que cómo maneja su vida diaria aún no ha mejorado lo suficiente para las metas de su plan. Esta razón para terminar el servicio no aplica.",
                    },
                    fail: Words {
                        staff_en: "Level of functioning has improved with respect to the PCP goals, inclusive of a transition plan: the beneficiary meets a discharge criterion.",
                        staff_es: "El nivel de funcionamiento mejoró con respecto a las metas del PCP, incluido un plan de transición: el beneficiario cumple un criterio de alta.",
                        family_en: "You said how you manage daily life has improved as your plan's goals set out, with a plan for moving on. That is a reason to end the service.",
                        family_es: "Usted dijo que cómo maneja su vida diaria mejoró según las metas de su plan, con un plan para seguir adelante. Esa es una razón para terminar el servicio.",
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
                        staff_en: "Positive life outcomes that support stable and ongoing recovery are not yet achieved; this discharge criterion does not apply.",
                        staff_es: "Aún no se lograron resultados de vida positivos que apoyen una recuperación estable y continua; este criterio de alta no aplica.",
                        family_en: "You said you have not yet reached the good things in life that support a steady recovery. This reason to end the service does not apply.",
                        family_es: "Usted dijo que aún no ha logrado las cosas buenas en la vida que apoyan una recuperación estable. Esta razón para terminar el servicio no aplica.",
                    },
                    fail: Words {
                        staff_en: "Positive life outcomes that support stable and ongoing recovery are achieved: the beneficiary meets a discharge criterion.",
                        staff_es: "Se lograron resultados de vida positivos que apoyan una recuperación estable y continua: el beneficiario cumple un criterio de alta.",
                        family_en: "You said you have reached good things in life that support a steady recovery. That is a reason to end the service.",
                        family_es: "Usted dijo que ha logrado cosas buenas en la vida que apoyan una recuperación estable. Esa es una razón para terminar el servicio.",
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
                        staff_en: "Is not both without progress (or regressing) and out of reasonable strategies; this discharge criterion does not apply.",
                        staff_es: "No se da a la vez la falta de progreso (o el retroceso) y el agotamiento de las estrategias razonables; este criterio de alta no aplica.",
                        family_en: "You said this does not describe you: no progress, or going backward, after every reasonable way to help was tried. This reason to end the service does not apply.",
                        family_es: "Usted dijo que esto no lo describe: no avanzar, o ir hacia atrás, después de probar toda forma razonable de ayudarle. Esta razón para terminar el servicio no aplica.",
                    },
                    fail: Words {
                        staff_en: "Is not making progress or is regressing, and all reasonable strategies have been exhausted: the beneficiary meets a discharge criterion.",
                        staff_es: "No avanza o retrocede, y se agotaron todas las estrategias razonables: el beneficiario cumple un criterio de alta.",
                        family_en: "You said you are not making progress, or are going backward, and every reasonable way to help has been tried. That is a reason to end the service.",
                        family_es: "Usted dijo que no avanza, o va hacia atrás, y que ya se probó toda forma razonable de ayudarle. Esa es una razón para terminar el servicio.",
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
                        staff_en: "Still wishes to receive PSS; this discharge criterion does not apply.",
                        staff_es: "Aún desea recibir PSS; este criterio de alta no aplica.",
                        family_en: "You still want peer support.",
                        family_es: "Usted todavía quiere apoyo de pares.",
                    },
                    fail: Words {
                        staff_en: "No longer wishes to receive PSS: the beneficiary meets a discharge criterion.",
                        staff_es: "Ya no desea recibir PSS: el beneficiario cumple un criterio de alta.",
                        family_en: "You said you no longer want peer support. That is a reason to end the service.",
                        family_es: "Usted dijo que ya no quiere apoyo de pares. Esa es una razón para terminar el servicio.",
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
            staff_en: "Prior approval (reauthorization) is required for continued services.",
            staff_es: "Se requiere aprobación previa (reautorización) para continuar los servicios.",
            family_en: "The service must be approved again before it goes on; your provider asks for this approval.",
            family_es: "El servicio debe aprobarse de nuevo antes de continuar; su proveedor pide esta aprobación.",
        },
    ],
    // Whom to ask is the admission program's.
    ask: super::nc_pss::PROGRAM.ask,
};
