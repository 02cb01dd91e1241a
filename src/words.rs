//! The product's own words: every sentence and label a person reads that is not a rulebook's
//! (rulebooks carry their own, beside their criteria). Each is one thing said four ways
//! (staff/family × English/Spanish) as a [`Words`](crate::model::Words); `{placeholders}` are filled by
//! [`crate::template`].
//!
//! - [`reasons`]: the reason sentences every rulebook shares (unanswered questions, ages,
//!   transition windows), so that every program says the same thing the same way;
//! - [`result`]: the words of a result, shared by the form, the print view and the case note;
//! - [`form`]: the form's own labels, hints and problems;
//! - [`help`]: after the result: the agency's contact, help in a crisis, and "Exit this page";
//! - [`guided`]: the guided path's own words (one question at a time: start page, steps, check
//!   your answers, result headlines, its errors).

/// The reason sentences every rulebook shares.
pub mod reasons {
    use crate::model::Words;

    /// A criterion that cannot be decided because a question it reads is unanswered.
    /// `{question}`: that question's text.
    pub const NOT_ANSWERED: Words = Words {
        staff_en: "Not yet answered: {question}",
        staff_es: "Aún sin respuesta: {question}",
        family_en: "We still need your answer to: {question}",
        family_es: "Todavía necesitamos su respuesta a: {question}",
    };

    /// A minimum age that is reached. `{age}`, `{as_of}`, `{min}`.
    pub const AGE_REACHED: Words = Words {
        staff_en: "Is {age} on {as_of}; the service is for ages {min} and older.",
        staff_es: "Tiene {age} años el {as_of}; el servicio es para personas de {min} años o más.",
        family_en: "You are {age} on {as_of}, and this service is for people {min} and older.",
        family_es: "Usted tiene {age} años el {as_of}, y este servicio es para personas de {min} años o más.",
    };

    /// A minimum age not yet reached. `{age}`, `{as_of}`, `{min}`, `{date}` (the birthday).
    /// It speaks of the age alone: other criteria may still stand in the way on `{date}`.
    pub const AGE_NOT_REACHED: Words = Words {
        staff_en: "Is {age} on {as_of}; turns {min} on {date}, the first day this is met.",
        staff_es: "Tiene {age} años el {as_of}; cumple {min} el {date}, primer día en que se cumple este criterio.",
        family_en: "You are {age} on {as_of}. This service is for people {min} and older. You turn {min} on {date}.",
        family_es: "Usted tiene {age} años el {as_of}. Este servicio es para personas de {min} años o más. Usted cumple {min} años el {date}.",
    };

    /// Window exclusions (SCREENING.md §5). `{service}` is the criterion's service name and
    /// `{end_of}` what its end date is the last day of (the service, or its authorization).
    pub const WINDOW_NOT_RECEIVING: Words = Words {
        staff_en: "Does not receive {service}.",
        staff_es: "No recibe {service}.",
        family_en: "You do not get {service} now.",
        family_es: "Usted no recibe {service} ahora.",
    };

    /// `{end}`, `{as_of}`.
    pub const WINDOW_ENDED: Words = Words {
        staff_en: "{end_of} ended {end}, before the screening date {as_of}.",
        staff_es: "{end_of} terminó el {end}, antes de la fecha de evaluación {as_of}.",
        family_en: "You said you get {service}, but {end_of} ended on {end}, before {as_of}.",
        family_es: "Usted dijo que recibe {service}, pero {end_of} terminó el {end}, antes del {as_of}.",
    };

    /// `{end}`, `{days}`, `{from}`, `{as_of}`.
    pub const WINDOW_OPEN: Words = Words {
        staff_en: "{end_of} ends {end}; peer support may overlap its last {days} days, from {from}.",
        staff_es: "{end_of} termina el {end}; el apoyo de pares puede coincidir con sus últimos {days} días, desde el {from}.",
        family_en: "You get {service}. That rules out peer support except in the last {days} days of {end_of}, from {from} to {end}, and {as_of} is one of those days.",
        family_es: "Usted recibe {service}. Eso impide el apoyo de pares, salvo en los últimos {days} días de {end_of}, del {from} al {end}, y el {as_of} es uno de esos días.",
    };

    /// `{end}`, `{days}`, `{from}`, `{as_of}`.
    pub const WINDOW_NOT_YET: Words = Words {
        staff_en: "Receives {service} until {end}; peer support may overlap only its last {days} days, from {from}.",
        staff_es: "Recibe {service} hasta el {end}; el apoyo de pares solo puede coincidir con sus últimos {days} días, desde el {from}.",
        family_en: "You get {service}. That rules out peer support except in the last {days} days of {end_of}, from {from} to {end}, and {as_of} is before those days.",
        family_es: "Usted recibe {service}. Eso impide el apoyo de pares, salvo en los últimos {days} días de {end_of}, del {from} al {end}, y el {as_of} es antes de esos días.",
    };

    /// `{days}`.
    pub const WINDOW_END_UNKNOWN: Words = Words {
        staff_en: "Receives {service}; the last day of {end_of} is needed, as peer support may overlap only its last {days} days.",
        staff_es: "Recibe {service}; se necesita el último día de {end_of}, porque el apoyo de pares solo puede coincidir con sus últimos {days} días.",
        family_en: "You get {service}. That rules out peer support except in the last {days} days of {end_of}, so we need to know its last day.",
        family_es: "Usted recibe {service}. Eso impide el apoyo de pares, salvo en los últimos {days} días de {end_of}, así que necesitamos saber su último día.",
    };

    /// The sentences of a transition window, in the order of SCREENING.md §5's cases.
    pub const WINDOW: [&Words; 5] =
        [&WINDOW_NOT_RECEIVING, &WINDOW_ENDED, &WINDOW_OPEN, &WINDOW_NOT_YET, &WINDOW_END_UNKNOWN];

    /// Every shared reason sentence.
    pub const ALL: [&Words; 8] = [
        &NOT_ANSWERED,
        &AGE_REACHED,
        &AGE_NOT_REACHED,
        &WINDOW_NOT_RECEIVING,
        &WINDOW_ENDED,
        &WINDOW_OPEN,
        &WINDOW_NOT_YET,
        &WINDOW_END_UNKNOWN,
    ];
}

/// The words of a result: the form, the print view and the case note.
pub mod result {
    use crate::engine::{Outcome, Status};
    use crate::model::{CriterionKind, Words};

    pub const NOTE_TITLE: Words = Words::same("Peer support screening", "Evaluación de apoyo de pares");
    pub const DATE: Words = Words::same("Screening date", "Fecha de la evaluación");
    pub const PROGRAM: Words = Words::same("Program", "Programa");
    pub const OUTCOME: Words = Words::same("Outcome", "Resultado");
    pub const ANSWERS: Words = Words::same("Answers", "Respuestas");
    pub const CRITERIA: Words = Words::same("Criteria", "Criterios");
    pub const MISSING: Words = Words {
        staff_en: "What to answer next",
        staff_es: "Qué responder ahora",
        family_en: "What we still need to know",
        family_es: "Lo que aún necesitamos saber",
    };
    pub const NEXT_STEPS: Words = Words::same("Next steps", "Próximos pasos");
    pub const SERVICE: Words = Words::same("Service", "Servicio");
    pub const SOURCE: Words = Words::same("Source", "Fuente");
    pub const VERSION: Words = Words::same("Rulebook version", "Versión de las reglas");
    pub const DISCLAIMER: Words = Words::same(
        "This is a screening, not an eligibility determination.",
        "Esto es una evaluación preliminar, no una determinación de elegibilidad.",
    );
    /// At the top of the case note.
    pub const HOLDS_ANSWERS: Words = Words {
        staff_en: "This note holds the person's answers: keep it as you keep the case file.",
        staff_es: "Esta nota contiene las respuestas de la persona: guárdela como guarda el expediente.",
        family_en: "This note holds your answers. Keep it private.",
        family_es: "Esta nota contiene sus respuestas. Guárdela en privado.",
    };
    /// Before the request on the note's last line.
    pub const RERUN: Words = Words {
        staff_en: "To check this screening again, give the next line to peer-screen check:",
        staff_es: "Para repetir esta evaluación, dé la línea siguiente a peer-screen check:",
        family_en: "The next line lets an agency check these answers again:",
        family_es: "La línea siguiente permite a una agencia revisar de nuevo estas respuestas:",
    };
    /// Said on every result of a program whose source is a draft ([`crate::model::Document`]).
    pub const DRAFT: Words = Words {
        staff_en: "The source of these rules is a draft policy, not the policy in force; check the final policy before deciding.",
        staff_es: "La fuente de estas reglas es una política en borrador, no la política vigente; consulte la política final antes de decidir.",
        family_en: "These rules come from a draft policy. The rules in force may be different.",
        family_es: "Estas reglas vienen de una política en borrador. Las reglas vigentes pueden ser distintas.",
    };

    pub const YES: Words = Words::same("Yes", "Sí");
    pub const NO: Words = Words::same("No", "No");
    pub const NOT_SURE: Words =
        Words { staff_en: "Not sure", staff_es: "No se sabe", family_en: "Not sure", family_es: "No sé" };
    pub const NONE_APPLY: Words = Words {
        staff_en: "None of these apply",
        staff_es: "No aplica ninguna",
        family_en: "None of these are true for me",
        family_es: "Ninguna es mi caso",
    };

    pub const ELIGIBLE: Words = Words {
        staff_en: "Eligible",
        staff_es: "Elegible",
        family_en: "You look eligible",
        family_es: "Parece que usted es elegible",
    };
    pub const NOT_ELIGIBLE: Words = Words {
        staff_en: "Not eligible",
        staff_es: "No elegible",
        family_en: "Not eligible now",
        family_es: "No es elegible por ahora",
    };
    pub const INCOMPLETE: Words = Words {
        staff_en: "Need more information",
        staff_es: "Se necesita más información",
        family_en: "We need more information",
        family_es: "Necesitamos más información",
    };

    pub const MET: Words = Words::same("Met", "Se cumple");
    pub const NOT_MET: Words = Words::same("Not met", "No se cumple");
    pub const UNDETERMINED: Words = Words::same("Unknown", "Sin determinar");

    pub const ELIGIBILITY: Words = Words::same("Eligibility", "Elegibilidad");
    pub const EXCLUSION: Words = Words::same("Exclusion", "Exclusión");
    pub const REQUIREMENT: Words = Words::same("Before services start", "Antes de empezar el servicio");
    pub const LIMIT: Words = Words::same("Planned amount", "Cantidad planeada");

    /// `{date}`.
    pub const ELIGIBLE_FROM: Words = Words {
        staff_en: "Eligible from {date}, if nothing else changes.",
        staff_es: "Elegible desde el {date}, si nada más cambia.",
        family_en: "From {date}, you look eligible, if nothing else changes.",
        family_es: "Desde el {date}, parece que usted es elegible, si nada más cambia.",
    };
    /// When the same answers next give another outcome, where that is not the day the person
    /// looks eligible (an answer is still missing). `{date}`.
    pub const RESCREEN_ON: Words = Words {
        staff_en: "Screen again on {date}: from that day these answers give another outcome.",
        staff_es: "Evalúe de nuevo el {date}: desde ese día estas respuestas dan otro resultado.",
        family_en: "Check again on {date}. From that day, the same answers give a different result.",
        family_es: "Vuelva a revisar el {date}. Desde ese día, las mismas respuestas dan otro resultado.",
    };
    /// `{service}`, `{from}`, `{until}`.
    pub const TRANSITION: Words = Words {
        staff_en: "{service}: peer support may overlap it from {from} to {until}.",
        staff_es: "{service}: el apoyo de pares puede coincidir con este servicio del {from} al {until}.",
        family_en: "{service}: from {from} to {until}, it does not rule out peer support.",
        family_es: "{service}: del {from} al {until}, no impide el apoyo de pares.",
    };
    pub const UNIT: Words = Words::same("Unit: {n} minutes", "Unidad: {n} minutos");
    pub const RATE: Words = Words::same("Rate: ${amount} per unit", "Tarifa: ${amount} por unidad");
    pub const CODE: Words = Words::same("Procedure code: {code}", "Código de procedimiento: {code}");
    pub const MAX_DAY: Words = Words::same("At most {n} units a day", "Como máximo {n} unidades al día");
    pub const MAX_MONTH: Words =
        Words::same("At most {n} units a calendar month", "Como máximo {n} unidades por mes calendario");

    pub fn outcome_words(outcome: Outcome) -> &'static Words {
        match outcome {
            Outcome::Eligible => &ELIGIBLE,
            Outcome::NotEligible => &NOT_ELIGIBLE,
            Outcome::Incomplete => &INCOMPLETE,
        }
    }

    pub fn status_words(status: Status) -> &'static Words {
        match status {
            Status::Pass => &MET,
            Status::Fail => &NOT_MET,
            Status::Unknown => &UNDETERMINED,
        }
    }

    /// A status as a symbol (shown beside its word, never alone).
    pub fn status_icon(status: Status) -> &'static str {
        match status {
            Status::Pass => "✓",
            Status::Fail => "✗",
            Status::Unknown => "?",
        }
    }

    pub fn kind_words(kind: CriterionKind) -> &'static Words {
        match kind {
            CriterionKind::Eligibility => &ELIGIBILITY,
            CriterionKind::Exclusion => &EXCLUSION,
            CriterionKind::Requirement => &REQUIREMENT,
            CriterionKind::Limit => &LIMIT,
        }
    }
}

/// The form's own labels, hints and problems.
pub mod form {
    use crate::model::Words;

    pub const WIDGET_TITLE: Words = Words {
        staff_en: "Peer support screener",
        staff_es: "Evaluación de apoyo de pares",
        family_en: "Can I get peer support?",
        family_es: "¿Puedo recibir apoyo de pares?",
    };
    pub const LANGUAGE: Words = Words::same("Language", "Idioma");
    pub const AUDIENCE: Words = Words::same("Wording for", "Texto para");
    pub const STAFF: Words = Words::same("Staff", "Personal");
    pub const FAMILY: Words = Words::same("Families", "Familias");
    pub const STATE: Words = Words::same("State", "Estado");
    pub const ALL_STATES: Words = Words::same("All states", "Todos los estados");
    pub const CHOOSE_PROGRAM: Words = Words::same("Choose a program", "Elija un programa");
    pub const AS_OF_HINT: Words = Words {
        staff_en: "Today, unless you set another day, such as the planned start of services.",
        staff_es: "Hoy, salvo que elija otro día, como el inicio previsto de los servicios.",
        family_en: "Today, or the day you plan to start.",
        family_es: "Hoy, o el día en que piensa empezar.",
    };
    pub const QUESTIONS: Words = Words::same("Questions", "Preguntas");
    pub const NO_QUESTIONS: Words =
        Words::same("This program asks no questions yet.", "Este programa aún no tiene preguntas.");
    pub const MULTI_HINT: Words = Words {
        staff_en: "Leave all unticked if not known.",
        staff_es: "Deje todo sin marcar si no se sabe.",
        family_en: "Leave all unticked if you are not sure.",
        family_es: "Deje todo sin marcar si no está seguro.",
    };
    pub const NOT_A_DATE: Words = Words::same(
        "Not a complete, real date; it counts as not sure until it is fixed.",
        "No es una fecha completa y real; cuenta como «no se sabe» hasta que se corrija.",
    );
    pub const NOT_A_NUMBER: Words = Words::same(
        "Enter a whole number, 0 or more; until then it counts as not sure.",
        "Escriba un número entero, 0 o más; hasta entonces cuenta como «no se sabe».",
    );
    pub const TOO_LARGE: Words = Words::same(
        "This number is too large to use; it counts as not sure until it is fixed.",
        "Este número es demasiado grande; cuenta como «no se sabe» hasta que se corrija.",
    );
    pub const OUT_OF_RANGE: Words = Words::same(
        "The screener cannot use this date: a date it depends on would fall outside the years 1 to 9999. It counts as not sure until it is fixed.",
        "La evaluación no puede usar esta fecha: una fecha que depende de ella quedaría fuera de los años 1 a 9999. Cuenta como «no se sabe» hasta que se corrija.",
    );
    pub const AFTER_AS_OF: Words = Words::same(
        "This date is after the screening date; it counts as not sure until it is fixed.",
        "Esta fecha es posterior a la fecha de la evaluación; cuenta como «no se sabe» hasta que se corrija.",
    );
    /// `{date}`: today.
    pub const NO_AS_OF: Words = Words::same(
        "Enter a date; today, {date}, is used until then.",
        "Escriba una fecha; hasta entonces se usa hoy, {date}.",
    );
    /// `{date}`: the program's first day.
    pub const NOT_IN_FORCE: Words = Words::same(
        "This program is in force from {date}. Choose a screening date on or after it.",
        "Este programa está vigente desde el {date}. Elija una fecha de evaluación igual o posterior.",
    );
    pub const WARNING: Words = Words::same("Warning:", "Aviso:");
    pub const RESULT: Words = Words::same("Result", "Resultado");
    pub const CHOOSE_FIRST: Words =
        Words::same("Choose a program to see the result.", "Elija un programa para ver el resultado.");
    pub const CASE_FILE: Words = Words::same("For the case file", "Para el expediente");
    pub const PRINT: Words = Words::same("Print", "Imprimir");
    pub const COPY: Words = Words::same("Copy case note", "Copiar nota del caso");
    pub const START_OVER: Words = Words::same("Start over", "Empezar de nuevo");
    pub const COPIED: Words = Words::same("Case note copied.", "Nota del caso copiada.");
    pub const COPY_BY_HAND: Words = Words::same(
        "Copying is not available here. The case note is selected below: press Ctrl+C (⌘C on a Mac) to copy it.",
        "Aquí no se puede copiar automáticamente. La nota del caso está seleccionada abajo: pulse Ctrl+C (⌘C en Mac) para copiarla.",
    );
    pub const NOTE: Words = Words::same("Case note", "Nota del caso");

    /// Said when the answers were cleared after the host's idle time. `{minutes}`.
    pub const CLEARED_IDLE: Words = Words {
        staff_en: "The answers were cleared after {minutes} minutes without activity, to keep them private.",
        staff_es: "Las respuestas se borraron tras {minutes} minutos sin actividad, para mantenerlas privadas.",
        family_en: "Your answers were cleared because nothing happened for {minutes} minutes. This keeps them private.",
        family_es:
            "Sus respuestas se borraron porque no hubo actividad durante {minutes} minutos. Así se mantienen privadas.",
    };
    /// Said when the page comes back after it was left.
    pub const CLEARED_PAGE_LEFT: Words = Words {
        staff_en: "The answers were cleared when the page was left, to keep them private.",
        staff_es: "Las respuestas se borraron al salir de la página, para mantenerlas privadas.",
        family_en: "Your answers were cleared when you left the page. This keeps them private.",
        family_es: "Sus respuestas se borraron cuando salió de la página. Así se mantienen privadas.",
    };
    /// Beside Print and Copy: where the case note goes, and for how long.
    pub const CASE_FILE_PRIVACY: Words = Words {
        staff_en: "The case note holds this person's answers. A copied note stays on this computer's clipboard until something else is copied or you start over; a printout is as private as where you keep it.",
        staff_es: "La nota del caso contiene las respuestas de esta persona. Una nota copiada queda en el portapapeles de esta computadora hasta que se copie otra cosa o empiece de nuevo; una copia impresa es tan privada como el lugar donde la guarde.",
        family_en: "The note holds your answers. If you copy it, it stays on this device's clipboard until you copy something else or start over. Keep a printed copy somewhere private.",
        family_es: "La nota contiene sus respuestas. Si la copia, queda en el portapapeles de este aparato hasta que copie otra cosa o empiece de nuevo. Guarde la copia impresa en un lugar privado.",
    };
}

/// After the result: who to contact, help in a crisis, and "Exit this page".
pub mod help {
    use crate::model::Words;

    pub const CONTACT: Words = Words {
        staff_en: "Contact",
        staff_es: "Contacto",
        family_en: "Who to contact",
        family_es: "A quién contactar",
    };
    pub const PHONE: Words = Words::same("Phone", "Teléfono");
    pub const EMAIL: Words = Words::same("Email", "Correo electrónico");
    pub const WEBSITE: Words = Words::same("Website", "Sitio web");
    pub const HOURS: Words = Words::same("Hours", "Horario");

    pub const CRISIS: Words = Words {
        staff_en: "Help in a crisis",
        staff_es: "Ayuda en una crisis",
        family_en: "Need help now?",
        family_es: "¿Necesita ayuda ahora?",
    };
    /// Before the 988 links.
    pub const CRISIS_988: Words = Words {
        staff_en: "In a crisis, call or text 988, the Suicide & Crisis Lifeline, at any hour. It answers in Spanish too.",
        staff_es: "En una crisis, llame al 988, la Línea de Prevención del Suicidio y Crisis, a cualquier hora (marque 2 para español), o envíe la palabra AYUDA por mensaje de texto al 988.",
        family_en: "If you are in crisis, call or text 988 at any hour. It is the Suicide & Crisis Lifeline, and it answers in Spanish too.",
        family_es: "Si está en crisis, llame al 988 a cualquier hora (marque 2 para español), o envíe la palabra AYUDA por mensaje de texto al 988. Es la Línea de Prevención del Suicidio y Crisis.",
    };
    pub const CALL_988: Words = Words::same("Call 988", "Llamar al 988");
    pub const TEXT_988: Words = Words::same("Text 988", "Enviar mensaje al 988");
    pub const EMERGENCY_911: Words = Words {
        staff_en: "In an emergency, call 911.",
        staff_es: "En una emergencia, llame al 911.",
        family_en: "In an emergency, call 911.",
        family_es: "En una emergencia, llame al 911.",
    };
    pub const CALL_911: Words = Words::same("Call 911", "Llamar al 911");

    pub const EXIT: Words = Words::same("Exit this page", "Salir de esta página");
    pub const EXIT_HINT: Words = Words {
        staff_en: "Clears the answers and leaves for another site at once. You can also press Shift three times.",
        staff_es: "Borra las respuestas y sale a otro sitio de inmediato. También puede pulsar Mayús tres veces.",
        family_en:
            "This clears your answers and takes you to another site right away. You can also press Shift 3 times.",
        family_es:
            "Esto borra sus respuestas y le lleva a otro sitio de inmediato. También puede pulsar Mayús 3 veces.",
    };
}

/// The guided path's own words ([`crate::guided`]): the start page, the state and "who" steps,
/// buttons, progress, errors, "check your answers" and the result's headlines. The guided path
/// shows family wording; the staff wording is kept for a host that asks for it.
pub mod guided {
    use crate::model::Words;

    /// The start page: what peer support is (from the sources: Nebraska's "shared lived
    /// experience", Montana's "lived experience ... directly or as family members", Missouri's
    /// "Peer Specialists are trained to assist their peers in the process of recovery").
    pub const WHAT_IT_IS: Words = Words {
        staff_en: "Peer support is a service from a trained peer specialist with lived experience of recovery from mental health or substance use problems, their own or a family member's. The specialist shares that experience to support the person's own recovery goals.",
        staff_es: "El apoyo de pares es un servicio de un especialista de pares capacitado, con experiencia vivida de recuperación de problemas de salud mental o de uso de sustancias, propios o de un familiar. El especialista comparte esa experiencia para apoyar las metas de recuperación de la persona.",
        family_en: "Peer support is help from someone with lived experience of recovery from mental health or substance use problems, their own or a family member's. They are trained to share what helped them and to help you reach your own goals.",
        family_es: "El apoyo de pares es la ayuda de una persona con experiencia vivida de recuperación de problemas de salud mental o de uso de sustancias, propios o de un familiar. Esa persona está capacitada para compartir lo que le ayudó y para ayudarle a usted a lograr sus propias metas.",
    };
    /// `{states}`: the states the check covers here, as a list ("Missouri or Montana").
    pub const WHO_CAN_USE: Words = Words {
        staff_en: "This check is for people who live in {states}.",
        staff_es: "Esta revisión es para personas que viven en {states}.",
        family_en: "You can use this check if you live in {states}.",
        family_es: "Puede usar esta revisión si vive en {states}.",
    };
    /// `{state}`: a state where the check can be for a child or teen.
    pub const FOR_A_CHILD: Words = Words {
        staff_en: "In {state}, a caregiver can also check for their child or teen.",
        staff_es: "En {state}, un cuidador también puede hacer la revisión para su hijo o hija, niño o adolescente.",
        family_en: "In {state}, you can also check for your child or teen.",
        family_es: "En {state}, también puede hacer la revisión por su hijo o hija, niño o adolescente.",
    };
    /// Joins the last two states of a list.
    pub const OR: Words = Words::same("or", "o");
    pub const HOW_LONG: Words = Words::same("It takes about 5 minutes.", "Toma unos 5 minutos.");
    pub const PRIVATE: Words = Words {
        staff_en: "The answers stay on this device. Nothing is sent or saved.",
        staff_es: "Las respuestas se quedan en este dispositivo. No se envía ni se guarda nada.",
        family_en: "Your answers stay on this device. Nothing is sent or saved.",
        family_es: "Sus respuestas se quedan en este dispositivo. No se envía ni se guarda nada.",
    };
    pub const NOT_A_DECISION: Words = Words {
        staff_en: "This is a screening, not an eligibility determination.",
        staff_es: "Esto es una evaluación preliminar, no una determinación de elegibilidad.",
        family_en: "This is a check, not a decision.",
        family_es: "Esto es una revisión, no una decisión.",
    };

    pub const START: Words = Words::same("Start now", "Empezar ahora");
    pub const CONTINUE: Words = Words::same("Continue", "Continuar");
    pub const BACK: Words = Words::same("Back", "Atrás");

    pub const STATE_QUESTION: Words = Words {
        staff_en: "Which state does the person live in?",
        staff_es: "¿En qué estado vive la persona?",
        family_en: "Which state do you live in?",
        family_es: "¿En qué estado vive usted?",
    };
    pub const WHO_QUESTION: Words = Words::same("Who is the support for?", "¿Para quién es el apoyo?");
    pub const FOR_ME: Words =
        Words { staff_en: "For the person", staff_es: "Para la persona", family_en: "For me", family_es: "Para mí" };
    pub const FOR_MY_CHILD: Words = Words {
        staff_en: "For the person's child or teen",
        staff_es: "Para el hijo o la hija de la persona, niño o adolescente",
        family_en: "For my child or teen",
        family_es: "Para mi hijo o hija, niño o adolescente",
    };

    /// `{n}`, `{total}`: the questions still relevant.
    pub const PROGRESS: Words = Words::same("Question {n} of {total}", "Pregunta {n} de {total}");
    /// Under a date asked as month, day and year (in English) or day, month and year (in Spanish).
    pub const DATE_EXAMPLE: Words = Words::same("For example, 3 27 2010.", "Por ejemplo, 27 3 2010.");
    pub const EMPTY_IF_NOT_SURE: Words = Words {
        staff_en: "Leave it empty if not known.",
        staff_es: "Déjelo en blanco si no se sabe.",
        family_en: "Leave it empty if you are not sure.",
        family_es: "Déjelo en blanco si no está seguro.",
    };
    pub const DAY: Words = Words::same("Day", "Día");
    pub const MONTH: Words = Words::same("Month", "Mes");
    pub const YEAR: Words = Words::same("Year", "Año");

    /// The heading of the error summary.
    pub const PROBLEM: Words = Words::same("There is a problem", "Hay un problema");
    pub const CHOOSE_ANSWER: Words = Words {
        staff_en: "Choose an answer. If it is not known, choose Not sure.",
        staff_es: "Elija una respuesta. Si no se sabe, elija No se sabe.",
        family_en: "Choose an answer. If you do not know, choose Not sure.",
        family_es: "Elija una respuesta. Si no lo sabe, elija No sé.",
    };
    pub const CHOOSE_STATE: Words = Words {
        staff_en: "Choose the state the person lives in.",
        staff_es: "Elija el estado donde vive la persona.",
        family_en: "Choose the state you live in.",
        family_es: "Elija el estado donde vive.",
    };
    pub const CHOOSE_WHO: Words = Words::same("Choose who the support is for.", "Elija para quién es el apoyo.");
    pub const REAL_DATE: Words = Words::same(
        "Enter a real date in numbers, with 4 numbers for the year.",
        "Escriba una fecha real en números, con 4 números para el año.",
    );
    pub const NOT_AFTER_TODAY: Words = Words {
        staff_en: "The date cannot be after the screening date.",
        staff_es: "La fecha no puede ser posterior a la fecha de la evaluación.",
        family_en: "The date cannot be after today.",
        family_es: "La fecha no puede ser posterior a hoy.",
    };
    pub const DATE_TOO_FAR: Words = Words::same(
        "This date is too far in the past or the future for this check. Check the year.",
        "Esta fecha está demasiado lejos en el pasado o en el futuro para esta revisión. Revise el año.",
    );
    pub const WHOLE_NUMBER: Words =
        Words::same("Enter a whole number, such as 0, 4 or 12.", "Escriba un número entero, como 0, 4 o 12.");
    pub const SMALLER_NUMBER: Words = Words::same("Enter a smaller number.", "Escriba un número más pequeño.");

    pub const CHECK_TITLE: Words = Words {
        staff_en: "Check the answers",
        staff_es: "Revise las respuestas",
        family_en: "Check your answers",
        family_es: "Revise sus respuestas",
    };
    pub const CHANGE: Words = Words::same("Change", "Cambiar");
    pub const SEE_RESULT: Words = Words {
        staff_en: "See the result",
        staff_es: "Ver el resultado",
        family_en: "See your result",
        family_es: "Ver su resultado",
    };
    /// On the check step, when a decisive criterion already fails and no date will lift it.
    pub const ALREADY_SHOW: Words = Words {
        staff_en: "The answers so far already show that the person is not eligible now. The other questions cannot change this.",
        staff_es: "Las respuestas hasta ahora ya muestran que la persona no es elegible por ahora. Las demás preguntas no pueden cambiar esto.",
        family_en: "Your answers so far already show that you may not be able to get peer support right now. The other questions cannot change this.",
        family_es: "Sus respuestas hasta ahora ya muestran que es posible que usted no pueda recibir apoyo de pares por ahora. Las demás preguntas no pueden cambiar esto.",
    };
    pub const ANSWER_REST: Words =
        Words::same("Answer the other questions anyway", "Responder las demás preguntas de todos modos");

    pub const ELIGIBLE: Words = Words {
        staff_en: "Eligible",
        staff_es: "Elegible",
        family_en: "You may be able to get peer support",
        family_es: "Es posible que usted pueda recibir apoyo de pares",
    };
    pub const NOT_ELIGIBLE: Words = Words {
        staff_en: "Not eligible now",
        staff_es: "No elegible por ahora",
        family_en: "You may not be able to get peer support right now",
        family_es: "Es posible que usted no pueda recibir apoyo de pares por ahora",
    };
    pub const INCOMPLETE: Words = Words {
        staff_en: "Need more information",
        staff_es: "Se necesita más información",
        family_en: "We need a little more information",
        family_es: "Necesitamos un poco más de información",
    };
    pub const WHY: Words =
        Words { staff_en: "Criteria", staff_es: "Criterios", family_en: "Why", family_es: "Por qué" };
    pub const WHAT_NEXT: Words = Words {
        staff_en: "Next steps",
        staff_es: "Próximos pasos",
        family_en: "What to do next",
        family_es: "Qué hacer ahora",
    };
    pub const START_AGAIN: Words = Words::same("Start again", "Empezar de nuevo");

    /// Every word of the guided path, for the plain-language and wording tests.
    pub const ALL: [&Words; 40] = [
        &WHAT_IT_IS,
        &WHO_CAN_USE,
        &FOR_A_CHILD,
        &OR,
        &HOW_LONG,
        &PRIVATE,
        &NOT_A_DECISION,
        &START,
        &CONTINUE,
        &BACK,
        &STATE_QUESTION,
        &WHO_QUESTION,
        &FOR_ME,
        &FOR_MY_CHILD,
        &PROGRESS,
        &DATE_EXAMPLE,
        &EMPTY_IF_NOT_SURE,
        &DAY,
        &MONTH,
        &YEAR,
        &PROBLEM,
        &CHOOSE_ANSWER,
        &CHOOSE_STATE,
        &CHOOSE_WHO,
        &REAL_DATE,
        &NOT_AFTER_TODAY,
        &DATE_TOO_FAR,
        &WHOLE_NUMBER,
        &SMALLER_NUMBER,
        &CHECK_TITLE,
        &CHANGE,
        &SEE_RESULT,
        &ALREADY_SHOW,
        &ANSWER_REST,
        &ELIGIBLE,
        &NOT_ELIGIBLE,
        &INCOMPLETE,
        &WHY,
        &WHAT_NEXT,
        &START_AGAIN,
    ];
}
