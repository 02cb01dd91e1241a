//! Missouri: Peer Support Services in CSTAR and PR+ programs, program `mo-peer-support`.
//!
//! Source: `003_02f5db5f5945b8df.txt`, Division of Behavioral Health Clinical Services Bulletin
//! FY15-Clinical-30, effective 1 October 2014: 1. Programs Affected, 5. Qualified Provider and
//! 6. Service Limitations. Each criterion stands beside the passage it encodes.
//!
//! Readings: 1.1 "Programs Affected" is read as the scope of the service, since 3.1 adds it "to
//! the billable service menu in substance use treatment programs", the ones 1.1 names; the
//! bulletin does not say that peer support exists nowhere else in Missouri, so no wording says
//! so. 6.3's two sentences are one requirement: someone besides the Peer Specialist is assigned
//! (a therapist or Community Support Specialist are examples, not a closed list). A planned
//! month below the planned busiest day cannot be true and is refused (`not_below`). 6.1's caps
//! are "per calendar month" and "per participant": the questions ask for the day and the calendar
//! month with the most Peer Support planned (the ones a cap can fail on), and staff are asked to
//! count all providers; a family is told to ask its program when it does not know the count. A
//! plan over a cap is a limit that fails: the reason says the plan must be reduced, and the
//! outcome does not change (SCREENING.md 3 gives next steps to requirements only). Each citation's section
//! names the heading and the numbered paragraph (1.1, 6.1, 6.3, 6.4) the quote comes from.
//!
//! Not encoded, and why:
//! - 5.1 and 5.2, the provider's training and credential (Missouri Recovery Support Specialist –
//!   Peer, Certified Missouri Peer Specialist) and QSAP or QMHP supervision; 5.3, the Peer
//!   Specialist as a member of the treatment team; 5.4, the job description: they govern who
//!   provides the service, not who may receive it.
//! - 6.2, no billing when the only service is transportation, and 6.5, documentation: billing
//!   and records, not eligibility.
//! - 6.1's "per participant" beyond what the questions ask: the screener checks the units
//!   planned as they are answered (staff are asked to count all providers); and the caps are
//!   limits (a plan over them is changed, it does not end eligibility), as SCREENING.md 4.4 makes
//!   them.
//! - 6.3's "cannot replace the Community Support Specialist or the Therapist" as a question of
//!   its own: SCREENING.md 4.4 has one question for 6.3; the staff fail reason says it.
//! - 3 and 4, what the service is and does (3.2.3's "individualized treatment or recovery plan"
//!   among them): a description of the service, not a condition on the person.

use crate::model::*;

/// 6.1 caps peer support by units and hours in one sentence.
const SERVICE_LIMITS: Citation = Citation {
    section: "6. Service Limitations, 6.1",
    quote: "Peer Support Services are limited to 8 hours (32 units) per day and 24 hours (96 units) per calendar month, per participant.",
};

/// The state, as people name it.
pub const STATE_NAME: Words = Words::same("Missouri", "Misuri");

pub const PROGRAM: Program = Program {
    id: "mo-peer-support",
    state: "MO",
    state_name: STATE_NAME,
    title: words! {
 en: Said { staff: "Peer Support Services in CSTAR and PR+ Programs (Missouri DBH)", family: "Peer Support Services in Missouri's CSTAR (Comprehensive Substance Treatment and Rehabilitation) and PR+ (Primary Recovery Plus) programs", child: None },
 es: Said { staff: "Servicios de Apoyo de Pares en los programas CSTAR y PR+ (DBH de Misuri)", family: "Servicios de Apoyo de Pares en los programas CSTAR (Comprehensive Substance Treatment and Rehabilitation: tratamiento y rehabilitación integral por uso de sustancias) y PR+ (Primary Recovery Plus) de Misuri", child: None },
 },
    stage: Stage::Admission,
    serves: Serves::Person,
    version: "2026-12-03",
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
            words! {
 en: Said { staff: "Individual's date of birth:", family: "What is your date of birth?", child: Some("What is your child's date of birth?") },
 es: Said { staff: "Fecha de nacimiento de la persona:", family: "¿Cuál es su fecha de nacimiento?", child: Some("¿Cuál es la fecha de nacimiento de su hijo o hija?") },
 },
        ),
        // The programs of 1.1, in its order and by its names (no age group or gloss it does not
        // give), then "none". The question spells out CSTAR and PR+ right above the options.
        Question::single_choice(
            "enrolled_program",
            words! {
 en: Said { staff: "Which CSTAR or Primary Recovery Plus (PR+) program is the individual enrolled in?", family: "Which Missouri substance use treatment program are you enrolled in? CSTAR means Comprehensive Substance Treatment and Rehabilitation. PR+ means Primary Recovery Plus. If you are not sure, ask your treatment provider.", child: Some("Which Missouri substance use treatment program is your child enrolled in? CSTAR means Comprehensive Substance Treatment and Rehabilitation. PR+ means Primary Recovery Plus. If you are not sure, ask your child's treatment provider.") },
 es: Said { staff: "¿En qué programa CSTAR o Primary Recovery Plus (PR+) participa la persona?", family: "¿En qué programa de tratamiento por uso de sustancias de Misuri participa usted? CSTAR significa Comprehensive Substance Treatment and Rehabilitation (tratamiento y rehabilitación integral por uso de sustancias). PR+ significa Primary Recovery Plus. Si no lo sabe, pregunte a su proveedor de tratamiento.", child: Some("¿En qué programa de tratamiento por uso de sustancias de Misuri participa su hijo o hija? CSTAR significa Comprehensive Substance Treatment and Rehabilitation (tratamiento y rehabilitación integral por uso de sustancias). PR+ significa Primary Recovery Plus. Si no lo sabe, pregunte al proveedor de tratamiento de su hijo o hija.") },
 },
            &[
                Choice {
                    id: "cstar_adolescent",
                    text: words! {
 en: Said { staff: "CSTAR Adolescent", family: "CSTAR Adolescent program", child: None },
 es: Said { staff: "CSTAR Adolescentes", family: "Programa CSTAR de Adolescentes", child: None },
 },
                },
                Choice {
                    id: "cstar_women_children",
                    text: words! {
 en: Said { staff: "CSTAR Women and Children", family: "CSTAR Women and Children program", child: None },
 es: Said { staff: "CSTAR Mujeres y Niños", family: "Programa CSTAR de Mujeres y Niños", child: None },
 },
                },
                Choice {
                    id: "cstar_women_children_enhanced",
                    text: words! {
 en: Said { staff: "CSTAR Women and Children Enhanced", family: "CSTAR Women and Children Enhanced program", child: None },
 es: Said { staff: "CSTAR Mujeres y Niños Ampliado (Enhanced)", family: "Programa CSTAR de Mujeres y Niños Ampliado (Enhanced)", child: None },
 },
                },
                Choice {
                    id: "cstar_general_population",
                    text: words! {
 en: Said { staff: "CSTAR General Population", family: "CSTAR General Population program", child: None },
 es: Said { staff: "CSTAR Población General", family: "Programa CSTAR de Población General", child: None },
 },
                },
                Choice {
                    id: "cstar_general_population_enhanced",
                    text: words! {
 en: Said { staff: "CSTAR General Population Enhanced", family: "CSTAR General Population Enhanced program", child: None },
 es: Said { staff: "CSTAR Población General Ampliado (Enhanced)", family: "Programa CSTAR de Población General Ampliado (Enhanced)", child: None },
 },
                },
                Choice {
                    id: "cstar_opioid",
                    text: words! {
 en: Said { staff: "CSTAR Opioid", family: "CSTAR Opioid program (treatment for opioid use disorder)", child: None },
 es: Said { staff: "CSTAR Opioides", family: "Programa CSTAR de Opioides (tratamiento del trastorno por uso de opioides)", child: None },
 },
                },
                Choice {
                    id: "primary_recovery_plus",
                    text: words! {
 en: Said { staff: "Primary Recovery Plus (PR+)", family: "Primary Recovery Plus (PR+) program", child: None },
 es: Said { staff: "Primary Recovery Plus (PR+)", family: "Programa Primary Recovery Plus (PR+)", child: None },
 },
                },
                Choice {
                    id: "primary_recovery_plus_enhanced",
                    text: words! {
 en: Said { staff: "Enhanced PR+", family: "Enhanced Primary Recovery Plus (Enhanced PR+) program", child: None },
 es: Said { staff: "PR+ Ampliado (Enhanced PR+)", family: "Programa Primary Recovery Plus Ampliado (Enhanced PR+)", child: None },
 },
                },
                Choice {
                    id: "none",
                    text: words! {
 en: Said { staff: "None of these programs", family: "Not in a CSTAR or PR+ program", child: None },
 es: Said { staff: "Ninguno de estos programas", family: "No participa en un programa CSTAR ni PR+", child: None },
 },
                },
            ],
        ),
        Question::yes_no(
            "treatment_team",
            words! {
 en: Said { staff: "Besides the Peer Specialist, is at least one other treatment-team staff member (for example, a therapist or Community Support Specialist) assigned to the individual?", family: "Besides the peer specialist, is another staff member on your treatment team, such as a therapist or a community support specialist?", child: Some("Besides the peer specialist, is another staff member on your child's treatment team, such as a therapist or a community support specialist?") },
 es: Said { staff: "Además del Especialista de Pares, ¿hay al menos otro miembro del personal del equipo de tratamiento (por ejemplo, un terapeuta o un Especialista en Apoyo Comunitario) asignado a la persona?", family: "Además del especialista de pares, ¿hay otro miembro del personal en su equipo de tratamiento, como un terapeuta o un especialista en apoyo comunitario?", child: Some("Además del especialista de pares, ¿hay otro miembro del personal en el equipo de tratamiento de su hijo o hija, como un terapeuta o un especialista en apoyo comunitario?") },
 },
        ),
        Question::count(
            "planned_units_day",
            words! {
 en: Said { staff: "Planned Peer Support units (15 minutes each) on the day with the most Peer Support planned, counting all providers:", family: "On the day with the most peer support planned for you, how many 15-minute units are planned? Four units make one hour. If you don't know, ask your program.", child: Some("On the day with the most peer support planned for your child, how many 15-minute units are planned? Four units make one hour. If you don't know, ask your child's program.") },
 es: Said { staff: "Unidades de Apoyo de Pares planeadas (de 15 minutos cada una) en el día con más Apoyo de Pares planeado, sumando todos los proveedores:", family: "En el día con más apoyo de pares planeado para usted, ¿cuántas unidades de 15 minutos hay planeadas? Cuatro unidades son una hora. Si no lo sabe, pregunte a su programa.", child: Some("En el día con más apoyo de pares planeado para su hijo o hija, ¿cuántas unidades de 15 minutos hay planeadas? Cuatro unidades son una hora. Si no lo sabe, pregunte al programa de su hijo o hija.") },
 },
        ),
        Question::count(
            "planned_units_month",
            words! {
 en: Said { staff: "Planned Peer Support units (15 minutes each) in the calendar month with the most Peer Support planned, counting all providers:", family: "In the calendar month with the most peer support planned for you, how many 15-minute units are planned? Four units make one hour. If you don't know, ask your program.", child: Some("In the calendar month with the most peer support planned for your child, how many 15-minute units are planned? Four units make one hour. If you don't know, ask your child's program.") },
 es: Said { staff: "Unidades de Apoyo de Pares planeadas (de 15 minutos cada una) en el mes calendario con más Apoyo de Pares planeado, sumando todos los proveedores:", family: "En el mes calendario con más apoyo de pares planeado para usted, ¿cuántas unidades de 15 minutos hay planeadas? Cuatro unidades son una hora. Si no lo sabe, pregunte a su programa.", child: Some("En el mes calendario con más apoyo de pares planeado para su hijo o hija, ¿cuántas unidades de 15 minutos hay planeadas? Cuatro unidades son una hora. Si no lo sabe, pregunte al programa de su hijo o hija.") },
 },
        )
        .not_below("planned_units_day"),
    ],
    criteria: &[
        // 3.1 adds the service to "the billable service menu in substance use treatment
        // programs"; 1.1 names which ones, so enrolment in one of them is the condition. The
        // family sentences say what the bulletin does (adds peer support to these programs),
        // never that peer support is offered nowhere else.
        Criterion::eligibility(
            "mo.program",
            Citation {
                section: "1. Programs Affected, 1.1",
                quote: "Comprehensive Substance Treatment and Rehabilitation (CSTAR) Programs: Adolescent, Women and Children, Women and Children Enhanced, General Population, General Population Enhanced, and Opioid. Primary Recovery Plus (PR+) programs: PR+ and Enhanced PR+.",
            },
            Test::NotChoice {
                question: "enrolled_program", option: "none",
                says: Verdicts {
                    pass: words! {
 en: Said { staff: "Is enrolled in a CSTAR or PR+ program, where Peer Support Services are billable.", family: "You are in a CSTAR (Comprehensive Substance Treatment and Rehabilitation) or PR+ (Primary Recovery Plus) program. This Missouri rule adds peer support to these programs.", child: Some("Your child is in a CSTAR (Comprehensive Substance Treatment and Rehabilitation) or PR+ (Primary Recovery Plus) program. This Missouri rule adds peer support to these programs.") },
 es: Said { staff: "Participa en un programa CSTAR o PR+, donde los Servicios de Apoyo de Pares son facturables.", family: "Usted participa en un programa CSTAR (Comprehensive Substance Treatment and Rehabilitation: tratamiento y rehabilitación integral por uso de sustancias) o PR+ (Primary Recovery Plus). Esta norma de Misuri agrega el apoyo de pares a estos programas.", child: Some("Su hijo o hija participa en un programa CSTAR (Comprehensive Substance Treatment and Rehabilitation: tratamiento y rehabilitación integral por uso de sustancias) o PR+ (Primary Recovery Plus). Esta norma de Misuri agrega el apoyo de pares a estos programas.") },
 },
                    fail: words! {
 en: Said { staff: "Is not enrolled in a CSTAR or PR+ program, the only programs this bulletin covers; this result does not decide peer support under other Missouri programs or rules.", family: "This Missouri rule adds peer support to CSTAR (Comprehensive Substance Treatment and Rehabilitation) and PR+ (Primary Recovery Plus) programs. You said you are not in one of them. This check does not cover peer support in other programs.", child: Some("This Missouri rule adds peer support to CSTAR (Comprehensive Substance Treatment and Rehabilitation) and PR+ (Primary Recovery Plus) programs. You said your child is not in one of them. This check does not cover peer support in other programs.") },
 es: Said { staff: "No participa en un programa CSTAR o PR+, los únicos programas que cubre este boletín; este resultado no decide sobre el apoyo de pares en otros programas o normas de Misuri.", family: "Esta norma de Misuri agrega el apoyo de pares a los programas CSTAR (Comprehensive Substance Treatment and Rehabilitation: tratamiento y rehabilitación integral por uso de sustancias) y PR+ (Primary Recovery Plus). Usted dijo que no participa en ninguno de ellos. Esta revisión no cubre el apoyo de pares en otros programas.", child: Some("Esta norma de Misuri agrega el apoyo de pares a los programas CSTAR (Comprehensive Substance Treatment and Rehabilitation: tratamiento y rehabilitación integral por uso de sustancias) y PR+ (Primary Recovery Plus). Usted dijo que su hijo o hija no participa en ninguno de ellos. Esta revisión no cubre el apoyo de pares en otros programas.") },
 },
                },
            },
        ),
        Criterion::eligibility(
            "mo.age",
            Citation {
                section: "6. Service Limitations, 6.4",
                quote: "Peer Support Services may be provided to individuals aged 16 and older.",
            },
            Test::MinimumAge { birth_date: "birth_date", years: 16 },
        ),
        // 6.3 states the rule; 5.3 says the same from the Peer Specialist's side ("shall be
        // considered a member of the treatment team"). The program assigns staff, so the next
        // step is the program's; it reads true whether the answer is no or not known yet, and
        // the fail sentence, not the next step, says why.
        Criterion::requirement(
            "mo.treatment_team",
            Citation {
                section: "6. Service Limitations, 6.3",
                quote: "The Peer Specialist must work as part of a treatment team and cannot replace the Community Support Specialist or the Therapist. Peer Specialists shall not be the only staff assigned to work with an individual.",
            },
            Test::Yes {
                question: "treatment_team",
                says: Verdicts {
                    pass: words! {
 en: Said { staff: "Other treatment-team staff besides the Peer Specialist are assigned to the individual.", family: "Besides the peer specialist, another staff member is on your treatment team.", child: Some("Besides the peer specialist, another staff member is on your child's treatment team.") },
 es: Said { staff: "Además del Especialista de Pares, hay otro miembro del personal del equipo de tratamiento asignado a la persona.", family: "Además del especialista de pares, hay otro miembro del personal en su equipo de tratamiento.", child: Some("Además del especialista de pares, hay otro miembro del personal en el equipo de tratamiento de su hijo o hija.") },
 },
                    fail: words! {
 en: Said { staff: "No other treatment-team staff are assigned; the Peer Specialist cannot be the only staff assigned, nor replace the therapist or Community Support Specialist.", family: "You said no other staff member is on your treatment team. A peer specialist cannot be the only staff member working with you.", child: Some("You said no other staff member is on your child's treatment team. A peer specialist cannot be the only staff member working with your child.") },
 es: Said { staff: "No hay otro miembro del personal del equipo de tratamiento asignado; el Especialista de Pares no puede ser el único miembro del personal asignado ni reemplazar al terapeuta o al Especialista en Apoyo Comunitario.", family: "Usted dijo que no hay otro miembro del personal en su equipo de tratamiento. Un especialista de pares no puede ser el único miembro del personal que trabaje con usted.", child: Some("Usted dijo que no hay otro miembro del personal en el equipo de tratamiento de su hijo o hija. Un especialista de pares no puede ser el único miembro del personal que trabaje con su hijo o hija.") },
 },
                },
            },
            words! {
 en: Said { staff: "Assign at least one other treatment-team staff member besides the Peer Specialist (for example, a therapist or Community Support Specialist), or confirm that one is assigned.", family: "Check with your program that another staff member, such as a therapist, is on your treatment team.", child: Some("Check with your child's program that another staff member, such as a therapist, is on your child's treatment team.") },
 es: Said { staff: "Asigne al menos otro miembro del personal del equipo de tratamiento además del Especialista de Pares (por ejemplo, un terapeuta o un Especialista en Apoyo Comunitario), o confirme que ya hay uno asignado.", family: "Confirme con su programa que otro miembro del personal, como un terapeuta, está en su equipo de tratamiento.", child: Some("Confirme con el programa de su hijo o hija que otro miembro del personal, como un terapeuta, está en el equipo de tratamiento de su hijo o hija.") },
 },
        ),
        Criterion::limit(
            "mo.daily_limit",
            SERVICE_LIMITS,
            Test::AtMost {
                question: "planned_units_day", max: 32,
                says: Verdicts {
                    pass: words! {
 en: Said { staff: "Plans {n} units on the day with the most Peer Support planned, within the limit of {max} units (8 hours) per day per participant.", family: "On the day with the most peer support planned for you, you have {n} units (15 minutes each). The limit is {max} units (8 hours) a day.", child: Some("On the day with the most peer support planned for your child, your child has {n} units (15 minutes each). The limit is {max} units (8 hours) a day.") },
 es: Said { staff: "Se planean {n} unidades en el día con más Apoyo de Pares planeado, dentro del límite de {max} unidades (8 horas) por día por participante.", family: "En el día con más apoyo de pares planeado para usted, tiene {n} unidades (de 15 minutos cada una). El límite es de {max} unidades (8 horas) al día.", child: Some("En el día con más apoyo de pares planeado para su hijo o hija, su hijo o hija tiene {n} unidades (de 15 minutos cada una). El límite es de {max} unidades (8 horas) al día.") },
 },
                    fail: words! {
 en: Said { staff: "Plans {n} units on the day with the most Peer Support planned, over the limit of {max} units (8 hours) per day per participant; the plan must be reduced.", family: "On the day with the most peer support planned for you, you have {n} units (15 minutes each). That is over the limit of {max} units (8 hours) a day, so your program needs to plan fewer.", child: Some("On the day with the most peer support planned for your child, your child has {n} units (15 minutes each). That is over the limit of {max} units (8 hours) a day, so your child's program needs to plan fewer.") },
 es: Said { staff: "Se planean {n} unidades en el día con más Apoyo de Pares planeado, por encima del límite de {max} unidades (8 horas) por día por participante; hay que reducir el plan.", family: "En el día con más apoyo de pares planeado para usted, tiene {n} unidades (de 15 minutos cada una). Eso supera el límite de {max} unidades (8 horas) al día, así que su programa debe planear menos.", child: Some("En el día con más apoyo de pares planeado para su hijo o hija, su hijo o hija tiene {n} unidades (de 15 minutos cada una). Eso supera el límite de {max} unidades (8 horas) al día, así que el programa de su hijo o hija debe planear menos.") },
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
                    pass: words! {
 en: Said { staff: "Plans {n} units in the calendar month with the most Peer Support planned, within the limit of {max} units (24 hours) per calendar month per participant.", family: "In the calendar month with the most peer support planned for you, you have {n} units (15 minutes each). The limit is {max} units (24 hours) a month.", child: Some("In the calendar month with the most peer support planned for your child, your child has {n} units (15 minutes each). The limit is {max} units (24 hours) a month.") },
 es: Said { staff: "Se planean {n} unidades en el mes calendario con más Apoyo de Pares planeado, dentro del límite de {max} unidades (24 horas) por mes calendario por participante.", family: "En el mes calendario con más apoyo de pares planeado para usted, tiene {n} unidades (de 15 minutos cada una). El límite es de {max} unidades (24 horas) al mes.", child: Some("En el mes calendario con más apoyo de pares planeado para su hijo o hija, su hijo o hija tiene {n} unidades (de 15 minutos cada una). El límite es de {max} unidades (24 horas) al mes.") },
 },
                    fail: words! {
 en: Said { staff: "Plans {n} units in the calendar month with the most Peer Support planned, over the limit of {max} units (24 hours) per calendar month per participant; the plan must be reduced.", family: "In the calendar month with the most peer support planned for you, you have {n} units (15 minutes each). That is over the limit of {max} units (24 hours) a month, so your program needs to plan fewer.", child: Some("In the calendar month with the most peer support planned for your child, your child has {n} units (15 minutes each). That is over the limit of {max} units (24 hours) a month, so your child's program needs to plan fewer.") },
 es: Said { staff: "Se planean {n} unidades en el mes calendario con más Apoyo de Pares planeado, por encima del límite de {max} unidades (24 horas) por mes calendario por participante; hay que reducir el plan.", family: "En el mes calendario con más apoyo de pares planeado para usted, tiene {n} unidades (de 15 minutos cada una). Eso supera el límite de {max} unidades (24 horas) al mes, así que su programa debe planear menos.", child: Some("En el mes calendario con más apoyo de pares planeado para su hijo o hija, su hijo o hija tiene {n} unidades (de 15 minutos cada una). Eso supera el límite de {max} unidades (24 horas) al mes, así que el programa de su hijo o hija debe planear menos.") },
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
    ask: words! {
 en: Said { staff: "Questions: ask the agency that gave you this screener, or the CSTAR or Primary Recovery Plus program the person is enrolled in.", family: "Ask the agency that gave you this page. You can also ask the CSTAR (Comprehensive Substance Treatment and Rehabilitation) or Primary Recovery Plus program you are in.", child: Some("Ask the agency that gave you this page. You can also ask the CSTAR (Comprehensive Substance Treatment and Rehabilitation) or Primary Recovery Plus program your child is in.") },
 es: Said { staff: "Preguntas: consulte a la agencia que le dio esta evaluación, o al programa CSTAR o Primary Recovery Plus en el que participa la persona.", family: "Pregunte a la agencia que le dio esta página. También puede preguntar al programa CSTAR (tratamiento y rehabilitación integral por uso de sustancias) o Primary Recovery Plus en el que usted participa.", child: Some("Pregunte a la agencia que le dio esta página. También puede preguntar al programa CSTAR (tratamiento y rehabilitación integral por uso de sustancias) o Primary Recovery Plus en el que participa su hijo o hija.") },
 },
};
