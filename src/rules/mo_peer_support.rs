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

pub const PROGRAM: Program = Program {
    id: "mo-peer-support",
    state: "MO",
    title: Words {
        staff_en: "Peer Support Services in CSTAR and PR+ Programs (Missouri DBH)",
        staff_es: "Servicios de Apoyo de Pares en los programas CSTAR y PR+ (DBH de Misuri)",
        family_en: "Peer Support Services in Missouri substance use treatment programs (CSTAR and PR+)",
        family_es: "Servicios de Apoyo de Pares en programas de tratamiento por uso de sustancias de Misuri (CSTAR y PR+)",
    },
    stage: Stage::Admission,
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
                staff_en: "Individual's date of birth:",
                staff_es: "Fecha de nacimiento de la persona:",
                family_en: "What is your date of birth?",
                family_es: "¿Cuál es su fecha de nacimiento?",
            },
        ),
        // The programs of 1.1, in its order, then "none".
        Question::single_choice(
            "enrolled_program",
            Words {
                staff_en: "Which CSTAR or Primary Recovery Plus (PR+) program is the individual enrolled in?",
                staff_es: "¿En qué programa CSTAR o Primary Recovery Plus (PR+) está inscrita la persona?",
                family_en: "Which Missouri substance use treatment program are you enrolled in? CSTAR means Comprehensive Substance Treatment and Rehabilitation; PR+ means Primary Recovery Plus.",
                family_es: "¿En qué programa de tratamiento por uso de sustancias de Misuri participa usted? CSTAR significa Comprehensive Substance Treatment and Rehabilitation (tratamiento y rehabilitación integral por uso de sustancias); PR+ significa Primary Recovery Plus.",
            },
            &[
                Choice {
                    id: "cstar_adolescent",
                    text: Words {
                        staff_en: "CSTAR Adolescent",
                        staff_es: "CSTAR Adolescentes",
                        family_en: "CSTAR program for adolescents (teens)",
                        family_es: "Programa CSTAR para adolescentes",
                    },
                },
                Choice {
                    id: "cstar_women_children",
                    text: Words {
                        staff_en: "CSTAR Women and Children",
                        staff_es: "CSTAR Mujeres y Niños",
                        family_en: "CSTAR program for women and children",
                        family_es: "Programa CSTAR para mujeres y niños",
                    },
                },
                Choice {
                    id: "cstar_women_children_enhanced",
                    text: Words {
                        staff_en: "CSTAR Women and Children Enhanced",
                        staff_es: "CSTAR Mujeres y Niños Ampliado (Enhanced)",
                        family_en: "CSTAR program for women and children, enhanced",
                        family_es: "Programa CSTAR para mujeres y niños, ampliado",
                    },
                },
                Choice {
                    id: "cstar_general_population",
                    text: Words {
                        staff_en: "CSTAR General Population",
                        staff_es: "CSTAR Población General",
                        family_en: "CSTAR program for the general population (adults)",
                        family_es: "Programa CSTAR para la población general (adultos)",
                    },
                },
                Choice {
                    id: "cstar_general_population_enhanced",
                    text: Words {
                        staff_en: "CSTAR General Population Enhanced",
                        staff_es: "CSTAR Población General Ampliado (Enhanced)",
                        family_en: "CSTAR program for the general population (adults), enhanced",
                        family_es: "Programa CSTAR para la población general (adultos), ampliado",
                    },
                },
                Choice {
                    id: "cstar_opioid",
                    text: Words {
                        staff_en: "CSTAR Opioid",
                        staff_es: "CSTAR Opioides",
                        family_en: "CSTAR program for opioid use",
                        family_es: "Programa CSTAR para el uso de opioides",
                    },
                },
                Choice {
                    id: "primary_recovery_plus",
                    text: Words {
                        staff_en: "Primary Recovery Plus (PR+)",
                        staff_es: "Primary Recovery Plus (PR+)",
                        family_en: "Primary Recovery Plus (PR+) program",
                        family_es: "Programa Primary Recovery Plus (PR+)",
                    },
                },
                Choice {
                    id: "primary_recovery_plus_enhanced",
                    text: Words {
                        staff_en: "Enhanced PR+",
                        staff_es: "PR+ Ampliado (Enhanced PR+)",
                        family_en: "Enhanced Primary Recovery Plus (Enhanced PR+) program",
                        family_es: "Programa Primary Recovery Plus ampliado (Enhanced PR+)",
                    },
                },
                Choice {
                    id: "none",
                    text: Words {
                        staff_en: "None of these programs",
                        staff_es: "Ninguno de estos programas",
                        family_en: "None of these",
                        family_es: "Ninguno de estos",
                    },
                },
            ],
        ),
        Question::yes_no(
            "treatment_team",
            Words {
                staff_en: "Besides the Peer Specialist, are other treatment-team staff (therapist, Community Support Specialist) assigned to the individual?",
                staff_es: "Además del Especialista de Pares, ¿hay otro personal del equipo de tratamiento (terapeuta, Especialista en Apoyo Comunitario) asignado a la persona?",
                family_en: "Besides the peer specialist, do you also have other staff on your treatment team, such as a therapist or a community support specialist?",
                family_es: "Además del especialista de pares, ¿tiene usted otro personal en su equipo de tratamiento, como un terapeuta o un especialista en apoyo comunitario?",
            },
        ),
        Question::count(
            "planned_units_day",
            Words {
                staff_en: "Planned Peer Support units (15 minutes each) on the busiest day:",
                staff_es: "Unidades de Apoyo de Pares planeadas (de 15 minutos cada una) en el día de más servicio:",
                family_en: "On your busiest day, how many 15-minute units of peer support are planned for you?",
                family_es: "En su día de más servicio, ¿cuántas unidades de 15 minutos de apoyo de pares tiene planeadas?",
            },
        ),
        Question::count(
            "planned_units_month",
            Words {
                staff_en: "Planned Peer Support units (15 minutes each) in a calendar month:",
                staff_es: "Unidades de Apoyo de Pares planeadas (de 15 minutos cada una) en un mes calendario:",
                family_en: "In one calendar month, how many 15-minute units of peer support are planned for you?",
                family_es: "En un mes calendario, ¿cuántas unidades de 15 minutos de apoyo de pares tiene planeadas?",
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
                        staff_en: "Is enrolled in a CSTAR or PR+ program, where Peer Support Services are billable.",
                        staff_es: "Está en un programa CSTAR o PR+, donde los Servicios de Apoyo de Pares son facturables.",
                        family_en: "You are in a CSTAR or PR+ substance use treatment program, where this service is offered.",
                        family_es: "Usted está en un programa de tratamiento por uso de sustancias CSTAR o PR+, donde se ofrece este servicio.",
                    },
                    fail: Words {
                        staff_en: "Is not enrolled in a CSTAR or PR+ program, the only programs the bulletin covers.",
                        staff_es: "No está en un programa CSTAR o PR+, los únicos programas que cubre el boletín.",
                        family_en: "This service is offered only in CSTAR and PR+ substance use treatment programs. You said you are not in one.",
                        family_es: "Este servicio se ofrece solo en los programas de tratamiento por uso de sustancias CSTAR y PR+. Usted dijo que no está en ninguno.",
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
                        staff_en: "Other treatment-team staff (therapist or Community Support Specialist) are assigned besides the Peer Specialist.",
                        staff_es: "Hay otro personal del equipo de tratamiento asignado (terapeuta o Especialista en Apoyo Comunitario) además del Especialista de Pares.",
                        family_en: "Besides the peer specialist, you have other staff on your treatment team.",
                        family_es: "Además del especialista de pares, usted tiene otro personal en su equipo de tratamiento.",
                    },
                    fail: Words {
                        staff_en: "No other treatment-team staff are assigned; the Peer Specialist cannot be the only staff working with the individual.",
                        staff_es: "No hay otro personal del equipo de tratamiento asignado; el Especialista de Pares no puede ser el único personal que trabaje con la persona.",
                        family_en: "A peer specialist cannot be the only staff member working with you; someone else, such as a therapist, must be on your team too.",
                        family_es: "Un especialista de pares no puede ser el único miembro del personal que trabaje con usted; otra persona, como un terapeuta, también debe estar en su equipo.",
                    },
                },
            },
            Words {
                staff_en: "Assign a therapist or Community Support Specialist to the treatment team; the Peer Specialist cannot be the only staff assigned.",
                staff_es: "Asigne un terapeuta o un Especialista en Apoyo Comunitario al equipo de tratamiento; el Especialista de Pares no puede ser el único personal asignado.",
                family_en: "Ask your program to also assign you a therapist or a community support specialist; a peer specialist cannot be your only staff member.",
                family_es: "Pida a su programa que también le asigne un terapeuta o un especialista en apoyo comunitario; un especialista de pares no puede ser su único miembro del personal.",
            },
        ),
        Criterion::limit(
            "mo.daily_limit",
            SERVICE_LIMITS,
            Test::AtMost {
                question: "planned_units_day", max: 32,
                says: Verdicts {
                    pass: Words {
                        staff_en: "Plans {n} units on the busiest day, within the limit of {max} units (8 hours) per day.",
                        staff_es: "Se planean {n} unidades en el día de más servicio, dentro del límite de {max} unidades (8 horas) por día.",
                        family_en: "You have {n} 15-minute units planned on your busiest day, within the limit of {max} (8 hours) a day.",
                        family_es: "Usted tiene {n} unidades de 15 minutos planeadas en su día de más servicio, dentro del límite de {max} (8 horas) al día.",
                    },
                    fail: Words {
                        staff_en: "Plans {n} units on the busiest day, over the limit of {max} units (8 hours) per day.",
                        staff_es: "Se planean {n} unidades en el día de más servicio, por encima del límite de {max} unidades (8 horas) por día.",
                        family_en: "You have {n} 15-minute units planned on your busiest day, more than the {max} (8 hours) allowed in one day.",
                        family_es: "Usted tiene {n} unidades de 15 minutos planeadas en su día de más servicio, más de las {max} (8 horas) permitidas en un día.",
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
                        staff_en: "Plans {n} units in a calendar month, within the limit of {max} units (24 hours) per month.",
                        staff_es: "Se planean {n} unidades en un mes calendario, dentro del límite de {max} unidades (24 horas) por mes.",
                        family_en: "You have {n} 15-minute units planned in a calendar month, within the limit of {max} (24 hours) a month.",
                        family_es: "Usted tiene {n} unidades de 15 minutos planeadas en un mes calendario, dentro del límite de {max} (24 horas) al mes.",
                    },
                    fail: Words {
                        staff_en: "Plans {n} units in a calendar month, over the limit of {max} units (24 hours) per month.",
                        staff_es: "Se planean {n} unidades en un mes calendario, por encima del límite de {max} unidades (24 horas) por mes.",
                        family_en: "You have {n} 15-minute units planned in a calendar month, more than the {max} (24 hours) allowed in one month.",
                        family_es: "Usted tiene {n} unidades de 15 minutos planeadas en un mes calendario, más de las {max} (24 horas) permitidas en un mes.",
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
        staff_en: "Questions: ask the agency that gave you this screener, or the CSTAR or Primary Recovery Plus program the person is enrolled in.",
        staff_es: "Preguntas: consulte a la agencia que le dio esta evaluación, o al programa CSTAR o Primary Recovery Plus en el que está inscrita la persona.",
        family_en: "Ask the agency that gave you this page. You can also ask the treatment program you are in (CSTAR or Primary Recovery Plus).",
        family_es: "Pregunte a la agencia que le dio esta página. También puede preguntar a su programa de tratamiento (CSTAR o Primary Recovery Plus).",
    },
};
