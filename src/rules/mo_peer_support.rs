//! Missouri: Peer Support Services in CSTAR and PR+ programs, program `mo-peer-support`.
//!
//! Source: `003_02f5db5f5945b8df.txt`, Division of Behavioral Health Clinical Services Bulletin
//! FY15-Clinical-30, effective 1 October 2014: 1. Programs Affected, 5. Qualified Provider and
//! 6. Service Limitations. Each criterion stands beside the passage it encodes.

use crate::model::*;

/// 6.1 caps peer support by units and hours in one sentence.
const SERVICE_LIMITS: Citation = Citation {
    section: "6. Service Limitations",
    quote: "Peer Support Services are limited to 8 hours (32 units) per day and 24 hours (96 units) per calendar month, per participant.",
};

/// The state, as people name it.
pub const STATE_NAME: Words = Words::same("Missouri", "Misuri");

pub const PROGRAM: Program = Program {
    id: "mo-peer-support",
    state: "MO",
    state_name: STATE_NAME,
    title: Words {
 en: Said { staff: "Peer Support Services in CSTAR and PR+ Programs (Missouri DBH)", family: "Peer Support Services in Missouri substance use treatment programs (CSTAR and PR+)", child: None },
 es: Said { staff: "Servicios de Apoyo de Pares en los programas CSTAR y PR+ (DBH de Misuri)", family: "Servicios de Apoyo de Pares en programas de tratamiento por uso de sustancias de Misuri (CSTAR y PR+)", child: None },
 },
    stage: Stage::Admission,
    serves: Serves::Person,
    version: "2026-11-30",
    // The bulletin's "Effective Date: October 1, 2014".
    effective_from: Some("2014-10-01"),
    document: Document {
        file: "003_02f5db5f5945b8df.txt",
        title: "Missouri DBH Clinical Services Bulletin FY15-Clinical-30",
        draft: false,
    },
    questions: &[
        Question::birth_date(
            "birth_date",
            Words {
 en: Said { staff: "Individual's date of birth:", family: "What is your date of birth?", child: None },
 es: Said { staff: "Fecha de nacimiento de la persona:", family: "¿Cuál es su fecha de nacimiento?", child: None },
 },
        ),
        // The programs of 1.1, in its order, then "none".
        Question::single_choice(
            "enrolled_program",
            Words {
 en: Said { staff: "Which CSTAR or Primary Recovery Plus (PR+) program is the individual enrolled in?", family: "Which Missouri substance use treatment program are you enrolled in? CSTAR means Comprehensive Substance Treatment and Rehabilitation; PR+ means Primary Recovery Plus.", child: None },
 es: Said { staff: "¿En qué programa CSTAR o Primary Recovery Plus (PR+) está inscrita la persona?", family: "¿En qué programa de tratamiento por uso de sustancias de Misuri participa usted? CSTAR significa Comprehensive Substance Treatment and Rehabilitation (tratamiento y rehabilitación integral por uso de sustancias); PR+ significa Primary Recovery Plus.", child: None },
 },
            &[
                Choice {
                    id: "cstar_adolescent",
                    text: Words {
 en: Said { staff: "CSTAR Adolescent", family: "CSTAR program for adolescents (teens)", child: None },
 es: Said { staff: "CSTAR Adolescentes", family: "Programa CSTAR para adolescentes", child: None },
 },
                },
                Choice {
                    id: "cstar_women_children",
                    text: Words {
 en: Said { staff: "CSTAR Women and Children", family: "CSTAR program for women and children", child: None },
 es: Said { staff: "CSTAR Mujeres y Niños", family: "Programa CSTAR para mujeres y niños", child: None },
 },
                },
                Choice {
                    id: "cstar_women_children_enhanced",
                    text: Words {
 en: Said { staff: "CSTAR Women and Children Enhanced", family: "CSTAR program for women and children, enhanced", child: None },
 es: Said { staff: "CSTAR Mujeres y Niños Ampliado (Enhanced)", family: "Programa CSTAR para mujeres y niños, ampliado", child: None },
 },
                },
                Choice {
                    id: "cstar_general_population",
                    text: Words {
 en: Said { staff: "CSTAR General Population", family: "CSTAR program for the general population (adults)", child: None },
 es: Said { staff: "CSTAR Población General", family: "Programa CSTAR para la población general (adultos)", child: None },
 },
                },
                Choice {
                    id: "cstar_general_population_enhanced",
                    text: Words {
 en: Said { staff: "CSTAR General Population Enhanced", family: "CSTAR program for the general population (adults), enhanced", child: None },
 es: Said { staff: "CSTAR Población General Ampliado (Enhanced)", family: "Programa CSTAR para la población general (adultos), ampliado", child: None },
 },
                },
                Choice {
                    id: "cstar_opioid",
                    text: Words {
 en: Said { staff: "CSTAR Opioid", family: "CSTAR program for opioid use", child: None },
 es: Said { staff: "CSTAR Opioides", family: "Programa CSTAR para el uso de opioides", child: None },
 },
                },
                Choice {
                    id: "primary_recovery_plus",
                    text: Words {
 en: Said { staff: "Primary Recovery Plus (PR+)", family: "Primary Recovery Plus (PR+) program", child: None },
 es: Said { staff: "Primary Recovery Plus (PR+)", family: "Programa Primary Recovery Plus (PR+)", child: None },
 },
                },
                Choice {
                    id: "primary_recovery_plus_enhanced",
                    text: Words {
 en: Said { staff: "Enhanced PR+", family: "Enhanced Primary Recovery Plus (Enhanced PR+) program", child: None },
 es: Said { staff: "PR+ Ampliado (Enhanced PR+)", family: "Programa Primary Recovery Plus ampliado (Enhanced PR+)", child: None },
 },
                },
                Choice {
                    id: "none",
                    text: Words {
 en: Said { staff: "None of these programs", family: "None of these", child: None },
 es: Said { staff: "Ninguno de estos programas", family: "Ninguno de estos", child: None },
 },
                },
            ],
        ),
        Question::yes_no(
            "treatment_team",
            Words {
 en: Said { staff: "Besides the Peer Specialist, are other treatment-team staff (therapist, Community Support Specialist) assigned to the individual?", family: "Besides the peer specialist, do you also have other staff on your treatment team, such as a therapist or a community support specialist?", child: None },
 es: Said { staff: "Además del Especialista de Pares, ¿hay otro personal del equipo de tratamiento (terapeuta, Especialista en Apoyo Comunitario) asignado a la persona?", family: "Además del especialista de pares, ¿tiene usted otro personal en su equipo de tratamiento, como un terapeuta o un especialista en apoyo comunitario?", child: None },
 },
        ),
        Question::count(
            "planned_units_day",
            Words {
 en: Said { staff: "Planned Peer Support units (15 minutes each) on the busiest day:", family: "On your busiest day, how many 15-minute units of peer support are planned for you?", child: None },
 es: Said { staff: "Unidades de Apoyo de Pares planeadas (de 15 minutos cada una) en el día de más servicio:", family: "En su día de más servicio, ¿cuántas unidades de 15 minutos de apoyo de pares tiene planeadas?", child: None },
 },
        ),
        Question::count(
            "planned_units_month",
            Words {
 en: Said { staff: "Planned Peer Support units (15 minutes each) in a calendar month:", family: "In one calendar month, how many 15-minute units of peer support are planned for you?", child: None },
 es: Said { staff: "Unidades de Apoyo de Pares planeadas (de 15 minutos cada una) en un mes calendario:", family: "En un mes calendario, ¿cuántas unidades de 15 minutos de apoyo de pares tiene planeadas?", child: None },
 },
        ),
    ],
    criteria: &[
        // 3.1 adds the service to "the billable service menu in substance use treatment
        // programs"; 1.1 names which ones, so enrolment in one of them is the condition.
        Criterion::eligibility(
            "mo.program",
            Citation {
                section: "1. Programs Affected",
                quote: "Comprehensive Substance Treatment and Rehabilitation (CSTAR) Programs: Adolescent, Women and Children, Women and Children Enhanced, General Population, General Population Enhanced, and Opioid. Primary Recovery Plus (PR+) programs: PR+ and Enhanced PR+.",
            },
            Test::NotChoice {
                question: "enrolled_program", option: "none",
                says: Verdicts {
                    pass: Words {
 en: Said { staff: "Is enrolled in a CSTAR or PR+ program, where Peer Support Services are billable.", family: "You are in a CSTAR or PR+ substance use treatment program, where this service is offered.", child: None },
 es: Said { staff: "Está en un programa CSTAR o PR+, donde los Servicios de Apoyo de Pares son facturables.", family: "Usted está en un programa de tratamiento por uso de sustancias CSTAR o PR+, donde se ofrece este servicio.", child: None },
 },
                    fail: Words {
 en: Said { staff: "Is not enrolled in a CSTAR or PR+ program, the only programs the bulletin covers.", family: "This service is offered only in CSTAR and PR+ substance use treatment programs. You said you are not in one.", child: None },
 es: Said { staff: "No está en un programa CSTAR o PR+, los únicos programas que cubre el boletín.", family: "Este servicio se ofrece solo en los programas de tratamiento por uso de sustancias CSTAR y PR+. Usted dijo que no está en ninguno.", child: None },
 },
                },
            },
        ),
        Criterion::eligibility(
            "mo.age",
            Citation {
                section: "6. Service Limitations",
                quote: "Peer Support Services may be provided to individuals aged 16 and older.",
            },
            Test::MinimumAge { birth_date: "birth_date", years: 16 },
        ),
        // 6.3 states the rule; 5.3 says the same from the Peer Specialist's side ("shall be
        // considered a member of the treatment team").
        Criterion::requirement(
            "mo.treatment_team",
            Citation {
                section: "6. Service Limitations",
                quote: "The Peer Specialist must work as part of a treatment team and cannot replace the Community Support Specialist or the Therapist. Peer Specialists shall not be the only staff assigned to work with an individual.",
            },
            Test::Yes {
                question: "treatment_team",
                says: Verdicts {
                    pass: Words {
 en: Said { staff: "Other treatment-team staff (therapist or Community Support Specialist) are assigned besides the Peer Specialist.", family: "Besides the peer specialist, you have other staff on your treatment team.", child: None },
 es: Said { staff: "Hay otro personal del equipo de tratamiento asignado (terapeuta o Especialista en Apoyo Comunitario) además del Especialista de Pares.", family: "Además del especialista de pares, usted tiene otro personal en su equipo de tratamiento.", child: None },
 },
                    fail: Words {
 en: Said { staff: "No other treatment-team staff are assigned; the Peer Specialist cannot be the only staff working with the individual.", family: "A peer specialist cannot be the only staff member working with you; someone else, such as a therapist, must be on your team too.", child: None },
 es: Said { staff: "No hay otro personal del equipo de tratamiento asignado; el Especialista de Pares no puede ser el único personal que trabaje con la persona.", family: "Un especialista de pares no puede ser el único miembro del personal que trabaje con usted; otra persona, como un terapeuta, también debe estar en su equipo.", child: None },
 },
                },
            },
            Words {
 en: Said { staff: "Assign a therapist or Community Support Specialist to the treatment team; the Peer Specialist cannot be the only staff assigned.", family: "Ask your program to also assign you a therapist or a community support specialist; a peer specialist cannot be your only staff member.", child: None },
 es: Said { staff: "Asigne un terapeuta o un Especialista en Apoyo Comunitario al equipo de tratamiento; el Especialista de Pares no puede ser el único personal asignado.", family: "Pida a su programa que también le asigne un terapeuta o un especialista en apoyo comunitario; un especialista de pares no puede ser su único miembro del personal.", child: None },
 },
        ),
        Criterion::limit(
            "mo.daily_limit",
            SERVICE_LIMITS,
            Test::AtMost {
                question: "planned_units_day", max: 32,
                says: Verdicts {
                    pass: Words {
 en: Said { staff: "Plans {n} units on the busiest day, within the limit of {max} units (8 hours) per day.", family: "You have {n} 15-minute units planned on your busiest day, within the limit of {max} (8 hours) a day.", child: None },
 es: Said { staff: "Se planean {n} unidades en el día de más servicio, dentro del límite de {max} unidades (8 horas) por día.", family: "Usted tiene {n} unidades de 15 minutos planeadas en su día de más servicio, dentro del límite de {max} (8 horas) al día.", child: None },
 },
                    fail: Words {
 en: Said { staff: "Plans {n} units on the busiest day, over the limit of {max} units (8 hours) per day.", family: "You have {n} 15-minute units planned on your busiest day, more than the {max} (8 hours) allowed in one day.", child: None },
 es: Said { staff: "Se planean {n} unidades en el día de más servicio, por encima del límite de {max} unidades (8 horas) por día.", family: "Usted tiene {n} unidades de 15 minutos planeadas en su día de más servicio, más de las {max} (8 horas) permitidas en un día.", child: None },
 },
                },
            },
        ),
        Criterion::limit(
            "mo.monthly_limit",
            SERVICE_LIMITS,
            Test::AtMost {
                question: "planned_units_month", max: 96,
                says: Verdicts {
                    pass: Words {
 en: Said { staff: "Plans {n} units in a calendar month, within the limit of {max} units (24 hours) per month.", family: "You have {n} 15-minute units planned in a calendar month, within the limit of {max} (24 hours) a month.", child: None },
 es: Said { staff: "Se planean {n} unidades en un mes calendario, dentro del límite de {max} unidades (24 horas) por mes.", family: "Usted tiene {n} unidades de 15 minutos planeadas en un mes calendario, dentro del límite de {max} (24 horas) al mes.", child: None },
 },
                    fail: Words {
 en: Said { staff: "Plans {n} units in a calendar month, over the limit of {max} units (24 hours) per month.", family: "You have {n} 15-minute units planned in a calendar month, more than the {max} (24 hours) allowed in one month.", child: None },
 es: Said { staff: "Se planean {n} unidades en un mes calendario, por encima del límite de {max} unidades (24 horas) por mes.", family: "Usted tiene {n} unidades de 15 minutos planeadas en un mes calendario, más de las {max} (24 horas) permitidas en un mes.", child: None },
 },
                },
            },
        ),
    ],
    service: Service {
        // 6.1: "8 hours (32 units) per day and 24 hours (96 units) per calendar month", so a unit
        // is 15 minutes. The bulletin gives no rate or procedure code.
        unit_minutes: Some(15),
        rate_cents: None,
        procedure_code: None,
        max_units_per_day: Some(32),
        max_units_per_month: Some(96),
    },
    standing_notes: &[],
    // 3.1: the service is on "the billable service menu in substance use treatment programs",
    // the CSTAR and PR+ programs of 1.1.
    ask: Words {
 en: Said { staff: "Questions: ask the agency that gave you this screener, or the CSTAR or Primary Recovery Plus program the person is enrolled in.", family: "Ask the agency that gave you this page. You can also ask the treatment program you are in (CSTAR or Primary Recovery Plus).", child: None },
 es: Said { staff: "Preguntas: consulte a la agencia que le dio esta evaluación, o al programa CSTAR o Primary Recovery Plus en el que está inscrita la persona.", family: "Pregunte a la agencia que le dio esta página. También puede preguntar a su programa de tratamiento (CSTAR o Primary Recovery Plus).", child: None },
 },
};
