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
//! Every question is asked so that "yes" means what its meaning says (SCREENING.md §4.7, §7): the
//! continued-stay criterion "has not been restored" is asked as "has it been restored?", and the
//! wish to stop as the wish to keep receiving PSS; discharge 3 ("Not making progress or is
//! regressing and all reasonable strategies have been exhausted") is two questions, the second a
//! follow-up of the first.
//!
//! Readings chosen where the source is open:
//! - Discharge 1, "Level of functioning has improved with respect to the goals outlined in the
//!   PCP, inclusive of a transition plan", is functioning improved so that the PCP's goals are
//!   met, with a transition plan: read literally, any improvement toward the goals would be the
//!   documented progress the continued-stay criteria require. The contract keeps it one question,
//!   because the source makes the transition plan part of this one criterion ("inclusive of"):
//!   yes is both, no is "not both", and the reasons say no more than that.
//! - "Desired outcome" is the outcome the Person-Centered Plan aims for, not whatever the person
//!   would like: the family wording says "the outcome your plan aims for".
//! - "Continuation of service is supported by documentation of beneficiary's progress" and the
//!   discharge for "Not making progress … and all reasonable strategies have been exhausted" pull
//!   apart: a person with no documented progress fails `nc.continued.progress` whether or not the
//!   strategies are exhausted. Each line is encoded as written (SCREENING.md §4.7), so the stricter
//!   one decides; making the first unknown while strategies remain is raised for a later version
//!   of the contract.
//! - The Limitations' one provider is one provider at a time; at review "another" provider is a
//!   second one besides the current provider, and the question and reasons say so. The ACTT and
//!   CST windows are as in `nc-pss` (see there).
//!
//! Not encoded, and why:
//! - The Eligibility and Entrance Criteria: the source does not ask them again at review, unlike
//!   Nebraska's "continues to meet the admission guidelines".
//! - A maximum length of stay, a review interval or a reauthorization period: the source sets
//!   none, and none is invented.
//! - The supervisor's face-to-face contact "within 30 days of PSS being initiated and no less than
//!   every 60 days thereafter": a provider's duty to monitor progress, not a criterion.
//! - As for `nc-pss`: "Interventions not identified in PCP" are not covered (scope, not
//!   eligibility), and the billing, staffing, training and provider rules do not decide whether
//!   the person may continue.

use super::nc_pss::{
    self, ACTT, ACTT_AUTH_END, ACTT_WINDOW, ASK, CST, CST_AUTH_END, CST_WINDOW, DOCUMENT, DRAFT_NOTE, INNOVATIONS,
    INNOVATIONS_WAIVER, SERVICE,
};
use crate::model::*;

const CONTINUED_STAY: &str = "Continued Stay Criteria";
const DISCHARGE: &str = "Transition & Discharge Criteria";

/// `other_pss_provider` at review: the person already gets PSS from the provider that reviews,
/// so "another" provider is a second one besides it ("can only receive PSS from one provider").
/// Same id and meaning as in `nc-pss`; the admission wording ("already get … the service this
/// check is about") would read as the PSS under review.
const OTHER_PSS_PROVIDER: Question = Question::yes_no(
    "other_pss_provider",
    words! {
        en: Said {
            staff: "Besides the current PSS provider, does the beneficiary also receive PSS from a second provider?",
            family: "Besides the agency that gives you peer support now, do you also get Peer Support Services from a second agency? Do not count a peer worker on a treatment team, a support group or a sponsor.",
            child: Some("Besides the agency that gives your child peer support now, does your child also get Peer Support Services from a second agency? Do not count a peer worker on a treatment team, a support group or a sponsor."),
        },
        es: Said {
            staff: "Además del proveedor actual de PSS, ¿recibe la persona PSS de un segundo proveedor?",
            family: "Además de la agencia que le da apoyo de pares ahora, ¿recibe también Servicios de Apoyo de Pares de una segunda agencia? No cuente a especialistas de pares de un equipo de tratamiento, grupos de apoyo ni padrinos o madrinas.",
            child: Some("Además de la agencia que le da apoyo de pares a su hijo o hija ahora, ¿recibe también su hijo o hija Servicios de Apoyo de Pares de una segunda agencia? No cuente a especialistas de pares de un equipo de tratamiento, grupos de apoyo ni padrinos o madrinas."),
        },
    },
);

/// `nc.one_provider` at review: its reasons speak of a second provider, as the question does. Its
/// passage is admission's (Limitations: "Beneficiary can only receive PSS from one provider.").
const ONE_PROVIDER: Criterion = Criterion::exclusion(
    "nc.one_provider",
    nc_pss::ONE_PROVIDER.source,
    Test::No {
        question: "other_pss_provider",
        says: Verdicts {
            pass: words! {
                en: Said {
                    staff: "Receives PSS from no provider besides the current one.",
                    family: "You do not get Peer Support Services from a second agency.",
                    child: Some("Your child does not get Peer Support Services from a second agency."),
                },
                es: Said {
                    staff: "No recibe PSS de ningún proveedor además del actual.",
                    family: "Usted no recibe Servicios de Apoyo de Pares de una segunda agencia.",
                    child: Some("Su hijo o hija no recibe Servicios de Apoyo de Pares de una segunda agencia."),
                },
            },
            fail: words! {
                en: Said {
                    staff: "Also receives PSS from a second provider; PSS comes from only one provider at a time.",
                    family: "You also get Peer Support Services from a second agency. A person can get them from only one agency at a time.",
                    child: Some("Your child also gets Peer Support Services from a second agency. A person can get them from only one agency at a time."),
                },
                es: Said {
                    staff: "También recibe PSS de un segundo proveedor; PSS se recibe de un solo proveedor a la vez.",
                    family: "Usted también recibe Servicios de Apoyo de Pares de una segunda agencia. Una persona solo puede recibirlos de una agencia a la vez.",
                    child: Some("Su hijo o hija también recibe Servicios de Apoyo de Pares de una segunda agencia. Una persona solo puede recibirlos de una agencia a la vez."),
                },
            },
        },
    },
);

pub const PROGRAM: Program = Program {
    id: "nc-pss-continued-stay",
    state: "NC",
    state_name: super::nc_pss::STATE_NAME,
    title: words! {
        en: Said {
            staff: "Peer Support Services: continued stay review (NC Medicaid, draft policy of 2018)",
            family: "Peer Support Services: can you keep getting them? (North Carolina Medicaid, draft rules)",
            child: Some("Peer Support Services: can your child keep getting them? (North Carolina Medicaid, draft rules)"),
        },
        es: Said {
            staff: "Servicios de Apoyo de Pares: revisión de continuidad (NC Medicaid, política en borrador de 2018)",
            family: "Servicios de Apoyo de Pares: ¿puede seguir recibiéndolos? (Medicaid de Carolina del Norte, reglas en borrador)",
            child: Some("Servicios de Apoyo de Pares: ¿puede su hijo o hija seguir recibiéndolos? (Medicaid de Carolina del Norte, reglas en borrador)"),
        },
    },
    stage: Stage::ContinuedStay { review_of: "nc-pss" },
    serves: Serves::Person,
    version: "2026-12-03",
    effective_from: None,
    document: DOCUMENT,
    questions: &[
        // "Desired outcome or level of functioning": restored means reached again, not wished for.
        Question::yes_no(
            "outcome_restored",
            words! {
                en: Said {
                    staff: "Has the desired outcome or level of functioning been restored?",
                    family: "Have you reached the outcome your plan aims for, or gotten back to how well you managed daily life before? If you are not sure, ask your peer support worker.",
                    child: Some("Has your child reached the outcome their plan aims for, or gotten back to how well they managed daily life before? If you are not sure, ask your child's peer support worker."),
                },
                es: Said {
                    staff: "¿Se ha restablecido el resultado deseado o el nivel de funcionamiento?",
                    family: "¿Ha logrado el resultado que busca su plan, o ha vuelto a manejar su vida diaria tan bien como antes? Si no lo sabe, pregunte a su especialista de apoyo de pares.",
                    child: Some("¿Ha logrado su hijo o hija el resultado que busca su plan, o ha vuelto a manejar su vida diaria tan bien como antes? Si no lo sabe, pregunte a quien le da apoyo de pares a su hijo o hija."),
                },
            },
        ),
        Question::yes_no(
            "progress_documented",
            words! {
                en: Said {
                    staff: "Is continuation of the service supported by documentation of the beneficiary's progress toward the goals in the Person-Centered Plan (PCP)?",
                    family: "Do your records show progress toward the goals in your Person-Centered Plan (PCP), your written plan of care? If you are not sure, ask your peer support worker.",
                    child: Some("Do your child's records show progress toward the goals in their Person-Centered Plan (PCP), their written plan of care? If you are not sure, ask your child's peer support worker."),
                },
                es: Said {
                    staff: "¿La continuación del servicio está respaldada por documentación del progreso de la persona hacia las metas de su Plan Centrado en la Persona (PCP)?",
                    family: "¿Sus registros muestran progreso hacia las metas de su Plan Centrado en la Persona (PCP), su plan escrito de atención? Si no lo sabe, pregunte a su especialista de apoyo de pares.",
                    child: Some("¿Los registros de su hijo o hija muestran progreso hacia las metas de su Plan Centrado en la Persona (PCP), su plan escrito de atención? Si no lo sabe, pregunte a quien le da apoyo de pares a su hijo o hija."),
                },
            },
        ),
        // Improved so that the goals are met, not merely progress toward them; the transition
        // plan is part of this one criterion ("inclusive of a transition plan").
        Question::yes_no(
            "functioning_improved",
            words! {
                en: Said {
                    staff: "Has the beneficiary's level of functioning improved to meet the goals in the PCP, with a transition plan in place?",
                    family: "Has your daily life improved enough to meet your plan's goals, with a plan in place for moving on from peer support?",
                    child: Some("Has your child's daily life improved enough to meet their plan's goals, with a plan in place for moving on from peer support?"),
                },
                es: Said {
                    staff: "¿Ha mejorado el nivel de funcionamiento de la persona hasta cumplir las metas del PCP, con un plan de transición establecido?",
                    family: "¿Ha mejorado su vida diaria lo suficiente para cumplir las metas de su plan, con un plan listo para dejar el apoyo de pares?",
                    child: Some("¿Ha mejorado la vida diaria de su hijo o hija lo suficiente para cumplir las metas de su plan, con un plan listo para dejar el apoyo de pares?"),
                },
            },
        ),
        Question::yes_no(
            "positive_outcomes",
            words! {
                en: Said {
                    staff: "Has the beneficiary achieved positive life outcomes that support stable and ongoing recovery?",
                    family: "Have you achieved positive changes in your life that now support a stable, ongoing recovery? If you are not sure, ask your peer support worker.",
                    child: Some("Has your child achieved positive changes in their life that now support a stable, ongoing recovery? If you are not sure, ask your child's peer support worker."),
                },
                es: Said {
                    staff: "¿Ha logrado la persona resultados de vida positivos que apoyan una recuperación estable y continua?",
                    family: "¿Ha logrado cambios positivos en su vida que ahora apoyan una recuperación estable y continua? Si no lo sabe, pregunte a su especialista de apoyo de pares.",
                    child: Some("¿Ha logrado su hijo o hija cambios positivos en su vida que ahora apoyan una recuperación estable y continua? Si no lo sabe, pregunte a quien le da apoyo de pares a su hijo o hija."),
                },
            },
        ),
        // Discharge 3, first half: "Not making progress or is regressing".
        Question::yes_no(
            "no_progress",
            words! {
                en: Said {
                    staff: "Is the beneficiary making no progress, or regressing?",
                    family: "Are you making no progress, or getting worse?",
                    child: Some("Is your child making no progress, or getting worse?"),
                },
                es: Said {
                    staff: "¿Está la persona sin progresar, o está retrocediendo?",
                    family: "¿Está usted sin progresar, o está empeorando?",
                    child: Some("¿Está su hijo o hija sin progresar, o está empeorando?"),
                },
            },
        ),
        // Discharge 3, second half: "all reasonable strategies have been exhausted".
        Question::yes_no(
            "strategies_exhausted",
            words! {
                en: Said {
                    staff: "Have all reasonable strategies and interventions been tried?",
                    family: "Has your team tried every reasonable way to help you? If you are not sure, ask your team.",
                    child: Some("Has your child's team tried every reasonable way to help your child? If you are not sure, ask the team."),
                },
                es: Said {
                    staff: "¿Se han probado todas las estrategias e intervenciones razonables?",
                    family: "¿Su equipo ya probó todas las formas razonables de ayudarle? Si no lo sabe, pregunte a su equipo.",
                    child: Some("¿El equipo de su hijo o hija ya probó todas las formas razonables de ayudar a su hijo o hija? Si no lo sabe, pregunte al equipo."),
                },
            },
        )
        .follows("no_progress"),
        // Discharge 4, "No longer wishes to receive PSS", asked as the wish to keep it.
        Question::yes_no(
            "wants_pss",
            words! {
                en: Said {
                    staff: "Does the beneficiary wish to keep receiving PSS?",
                    family: "Do you want to keep getting peer support?",
                    child: Some("Does your child want to keep getting peer support?"),
                },
                es: Said {
                    staff: "¿Desea la persona seguir recibiendo PSS?",
                    family: "¿Quiere seguir recibiendo apoyo de pares?",
                    child: Some("¿Quiere su hijo o hija seguir recibiendo apoyo de pares?"),
                },
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
            Test::No {
                question: "outcome_restored",
                says: Verdicts {
                    pass: words! {
                        en: Said {
                            staff: "The desired outcome or level of functioning has not been restored yet.",
                            family: "You said you have not yet reached the outcome your plan aims for or gotten back to how well you managed daily life.",
                            child: Some("You said your child has not yet reached the outcome their plan aims for or gotten back to how well they managed daily life."),
                        },
                        es: Said {
                            staff: "El resultado deseado o el nivel de funcionamiento aún no se ha restablecido.",
                            family: "Usted dijo que aún no ha logrado el resultado que busca su plan ni ha vuelto a manejar su vida diaria tan bien como antes.",
                            child: Some("Usted dijo que su hijo o hija aún no ha logrado el resultado que busca su plan ni ha vuelto a manejar su vida diaria tan bien como antes."),
                        },
                    },
                    fail: words! {
                        en: Said {
                            staff: "The desired outcome or level of functioning has been restored; a continued stay requires that it has not.",
                            family: "Peer support goes on only until you reach the outcome your plan aims for or get back to how well you managed daily life. You said you have.",
                            child: Some("Peer support goes on only until your child reaches the outcome their plan aims for or gets back to how well they managed daily life. You said your child has."),
                        },
                        es: Said {
                            staff: "El resultado deseado o el nivel de funcionamiento ya se restableció; la continuidad requiere que no se haya restablecido.",
                            family: "El apoyo de pares sigue solo hasta que usted logre el resultado que busca su plan o vuelva a manejar su vida diaria como antes. Usted dijo que ya lo logró.",
                            child: Some("El apoyo de pares sigue solo hasta que su hijo o hija logre el resultado que busca su plan o vuelva a manejar su vida diaria como antes. Usted dijo que ya lo logró."),
                        },
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
                    pass: words! {
                        en: Said {
                            staff: "Continuation is supported by documented progress toward the goals in the PCP.",
                            family: "You said your records show progress toward the goals in your plan.",
                            child: Some("You said your child's records show progress toward the goals in their plan."),
                        },
                        es: Said {
                            staff: "La continuación está respaldada por el progreso documentado hacia las metas del PCP.",
                            family: "Usted dijo que sus registros muestran progreso hacia las metas de su plan.",
                            child: Some("Usted dijo que los registros de su hijo o hija muestran progreso hacia las metas de su plan."),
                        },
                    },
                    fail: words! {
                        en: Said {
                            staff: "No documentation of progress toward the PCP goals supports continuation, which a continued stay requires.",
                            family: "Peer support goes on only if your records show progress toward the goals in your plan. You said they do not.",
                            child: Some("Peer support goes on only if your child's records show progress toward the goals in their plan. You said they do not."),
                        },
                        es: Said {
                            staff: "No hay documentación del progreso hacia las metas del PCP que respalde la continuación, requisito de la continuidad.",
                            family: "El apoyo de pares sigue solo si sus registros muestran progreso hacia las metas de su plan. Usted dijo que no lo muestran.",
                            child: Some("El apoyo de pares sigue solo si los registros de su hijo o hija muestran progreso hacia las metas de su plan. Usted dijo que no lo muestran."),
                        },
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
                    // A "no" is "not both": the goals are not met yet, or there is no transition plan.
                    pass: words! {
                        en: Said {
                            staff: "Level of functioning has not improved to meet the PCP goals with a transition plan in place (one or both is missing); this discharge criterion does not apply.",
                            family: "You said you have not yet met the goals in your plan, or have no plan for moving on. This reason to end the service does not apply.",
                            child: Some("You said your child has not yet met the goals in their plan, or has no plan for moving on. This reason to end the service does not apply."),
                        },
                        es: Said {
                            staff: "No se cumplen a la vez la mejora hasta cumplir las metas del PCP y el plan de transición; este criterio de alta no aplica.",
                            family: "Usted dijo que aún no ha cumplido las metas de su plan, o que no tiene un plan para dejar el servicio. Esta razón para terminar el servicio no aplica.",
                            child: Some("Usted dijo que su hijo o hija aún no ha cumplido las metas de su plan, o que no tiene un plan para dejar el servicio. Esta razón para terminar el servicio no aplica."),
                        },
                    },
                    fail: words! {
                        en: Said {
                            staff: "Level of functioning has improved to meet the PCP goals, with a transition plan in place: the beneficiary meets a discharge criterion.",
                            family: "You said your daily life has improved enough to meet your plan's goals, with a plan for moving on. That is a reason to end the service.",
                            child: Some("You said your child's daily life has improved enough to meet their plan's goals, with a plan for moving on. That is a reason to end the service."),
                        },
                        es: Said {
                            staff: "El nivel de funcionamiento mejoró hasta cumplir las metas del PCP, con un plan de transición establecido: la persona cumple un criterio de alta.",
                            family: "Usted dijo que su vida diaria mejoró lo suficiente para cumplir las metas de su plan, con un plan para dejar este servicio. Esa es una razón para terminar el servicio.",
                            child: Some("Usted dijo que la vida diaria de su hijo o hija mejoró lo suficiente para cumplir las metas de su plan, con un plan para dejar este servicio. Esa es una razón para terminar el servicio."),
                        },
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
                    pass: words! {
                        en: Said {
                            staff: "Positive life outcomes that support stable and ongoing recovery are not yet achieved; this discharge criterion does not apply.",
                            family: "You said you have not yet achieved positive changes that support a stable, ongoing recovery. This reason to end the service does not apply.",
                            child: Some("You said your child has not yet achieved positive changes that support a stable, ongoing recovery. This reason to end the service does not apply."),
                        },
                        es: Said {
                            staff: "Aún no se lograron resultados de vida positivos que apoyen una recuperación estable y continua; este criterio de alta no aplica.",
                            family: "Usted dijo que aún no ha logrado cambios positivos que apoyen una recuperación estable y continua. Esta razón para terminar el servicio no aplica.",
                            child: Some("Usted dijo que su hijo o hija aún no ha logrado cambios positivos que apoyen una recuperación estable y continua. Esta razón para terminar el servicio no aplica."),
                        },
                    },
                    fail: words! {
                        en: Said {
                            staff: "Positive life outcomes that support stable and ongoing recovery are achieved: the beneficiary meets a discharge criterion.",
                            family: "You said you have achieved positive changes in your life that support a stable, ongoing recovery. That is a reason to end the service.",
                            child: Some("You said your child has achieved positive changes in their life that support a stable, ongoing recovery. That is a reason to end the service."),
                        },
                        es: Said {
                            staff: "Se lograron resultados de vida positivos que apoyan una recuperación estable y continua: la persona cumple un criterio de alta.",
                            family: "Usted dijo que ha logrado cambios positivos en su vida que apoyan una recuperación estable y continua. Esa es una razón para terminar el servicio.",
                            child: Some("Usted dijo que su hijo o hija ha logrado cambios positivos en su vida que apoyan una recuperación estable y continua. Esa es una razón para terminar el servicio."),
                        },
                    },
                },
            },
        ),
        // Applies when both halves hold: no progress (or regressing), and every reasonable
        // strategy tried.
        Criterion::exclusion(
            "nc.discharge.no_progress",
            Citation {
                section: DISCHARGE,
                quote: "Not making progress or is regressing and all reasonable strategies have been exhausted; OR",
            },
            Test::WithFollowUp {
                question: "no_progress",
                follow_up: "strategies_exhausted",
                fails_when: true,
                says: Verdicts {
                    pass: words! {
                        en: Said {
                            staff: "Is making no progress or is regressing, but not all reasonable strategies have been tried; this discharge criterion does not apply.",
                            family: "You said not every reasonable way to help you has been tried yet. This reason to end the service does not apply.",
                            child: Some("You said not every reasonable way to help your child has been tried yet. This reason to end the service does not apply."),
                        },
                        es: Said {
                            staff: "No progresa o retrocede, pero aún no se han probado todas las estrategias razonables; este criterio de alta no aplica.",
                            family: "Usted dijo que aún no se han probado todas las formas razonables de ayudarle. Esta razón para terminar el servicio no aplica.",
                            child: Some("Usted dijo que aún no se han probado todas las formas razonables de ayudar a su hijo o hija. Esta razón para terminar el servicio no aplica."),
                        },
                    },
                    fail: words! {
                        en: Said {
                            staff: "Is making no progress or is regressing, and all reasonable strategies have been tried: the beneficiary meets a discharge criterion.",
                            family: "You said you are making no progress or getting worse, and every reasonable way to help has been tried. That is a reason to end the service.",
                            child: Some("You said your child is making no progress or getting worse, and every reasonable way to help has been tried. That is a reason to end the service."),
                        },
                        es: Said {
                            staff: "No progresa o retrocede, y se probaron todas las estrategias razonables: la persona cumple un criterio de alta.",
                            family: "Usted dijo que está sin progresar o empeorando, y que ya se probaron todas las formas razonables de ayudarle. Esa es una razón para terminar el servicio.",
                            child: Some("Usted dijo que su hijo o hija está sin progresar o empeorando, y que ya se probaron todas las formas razonables de ayudar a su hijo o hija. Esa es una razón para terminar el servicio."),
                        },
                    },
                },
                when_no: words! {
                    en: Said {
                        staff: "Is making progress and is not regressing; this discharge criterion does not apply.",
                        family: "You said you are making progress. This reason to end the service does not apply.",
                        child: Some("You said your child is making progress. This reason to end the service does not apply."),
                    },
                    es: Said {
                        staff: "La persona progresa y no retrocede; este criterio de alta no aplica.",
                        family: "Usted dijo que está progresando. Esta razón para terminar el servicio no aplica.",
                        child: Some("Usted dijo que su hijo o hija está progresando. Esta razón para terminar el servicio no aplica."),
                    },
                },
            },
        ),
        Criterion::exclusion(
            "nc.discharge.declines",
            Citation { section: DISCHARGE, quote: "No longer wishes to receive PSS." },
            Test::Yes {
                question: "wants_pss",
                says: Verdicts {
                    pass: words! {
                        en: Said {
                            staff: "Wishes to keep receiving PSS; this discharge criterion does not apply.",
                            family: "You said you want to keep getting peer support.",
                            child: Some("You said your child wants to keep getting peer support."),
                        },
                        es: Said {
                            staff: "Desea seguir recibiendo PSS; este criterio de alta no aplica.",
                            family: "Usted dijo que quiere seguir recibiendo apoyo de pares.",
                            child: Some("Usted dijo que su hijo o hija quiere seguir recibiendo apoyo de pares."),
                        },
                    },
                    fail: words! {
                        en: Said {
                            staff: "No longer wishes to receive PSS: the beneficiary meets a discharge criterion.",
                            family: "You said you do not want to keep getting peer support. That is a reason to end the service.",
                            child: Some("You said your child does not want to keep getting peer support. That is a reason to end the service."),
                        },
                        es: Said {
                            staff: "Ya no desea recibir PSS: la persona cumple un criterio de alta.",
                            family: "Usted dijo que no quiere seguir recibiendo apoyo de pares. Esa es una razón para terminar el servicio.",
                            child: Some("Usted dijo que su hijo o hija no quiere seguir recibiendo apoyo de pares. Esa es una razón para terminar el servicio."),
                        },
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
        DRAFT_NOTE,
        // Prior Approval: "Required prior to provision or rendering of services." Continued
        // services are services too: they need approval (reauthorization) as well. The source
        // does not say who asks for it.
        words! {
            en: Said {
                staff: "Prior approval (reauthorization) is required for continued services.",
                family: "The service must be approved again before it goes on.",
                child: None,
            },
            es: Said {
                staff: "Se requiere aprobación previa (reautorización) para continuar los servicios.",
                family: "El servicio debe aprobarse de nuevo antes de continuar.",
                child: None,
            },
        },
    ],
    // Whom to ask is the admission program's.
    ask: ASK,
};
