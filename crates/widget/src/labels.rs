//! The form's own words (not rulebook text): headings, control labels, hints, problems and the
//! case-file buttons, each one thing said four ways (staff/family × English/Spanish) as a
//! [`Words`]. The words of the result that the case note shares (outcome, status, kinds, yes/no)
//! are in `crate::summary`.

use screener::model::Words;

pub const TITLE: Words = Words {
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
