//! The caseload page's own words, each four ways (staff/family × English/Spanish) as the core's
//! [`Words`]. The page reads them by key ([`LABELS`]); the words of a result (outcomes,
//! statuses, the case note) are the core's (`screener::words`).

use screener::model::Words;
use screener::words::{form, result};

use screener_caseload::Unusable;

pub const TITLE: Words = Words {
    staff_en: "Screen a caseload",
    staff_es: "Evaluar una lista de casos",
    family_en: "Check a list of people",
    family_es: "Revisar una lista de personas",
};
pub const INTRO: Words = Words {
    staff_en: "Screen everyone on a list at once: a CSV file with a header row, one person per row, a column per question id (download a template below). Each row is screened as the single screener would screen it.",
    staff_es: "Evalúe a todas las personas de una lista a la vez: un archivo CSV con una fila de encabezado, una persona por fila y una columna por id de pregunta (descargue una plantilla abajo). Cada fila se evalúa como lo haría la evaluación individual.",
    family_en: "Check many people at once. Use a CSV file. Its first row names the columns. Then each row is one person. You can download a template below.",
    family_es: "Revise a muchas personas a la vez. Use un archivo CSV. Su primera fila nombra las columnas. Luego, cada fila es una persona. Puede descargar una plantilla abajo.",
};
pub const PRIVACY: Words = Words {
    staff_en: "The list stays on this device: nothing is uploaded, stored or logged, and closing this tab forgets it.",
    staff_es: "La lista se queda en este aparato: no se sube, no se guarda ni se registra nada, y al cerrar esta pestaña se olvida.",
    family_en: "The list stays on this device. Nothing is sent or saved. When you close this tab, it is gone.",
    family_es: "La lista se queda en este aparato. No se envía ni se guarda nada. Cuando cierre esta pestaña, desaparece.",
};
pub const SETTINGS: Words = Words::same("Caseload and options", "Lista y opciones");
pub const FILE: Words = Words::same("CSV file", "Archivo CSV");
pub const DROP: Words = Words {
    staff_en: "Choose a file, or drop one here.",
    staff_es: "Elija un archivo o suéltelo aquí.",
    family_en: "Choose a file, or drop one here.",
    family_es: "Elija un archivo o suéltelo aquí.",
};
pub const PASTE: Words = Words::same("Or paste CSV text", "O pegue texto CSV");
pub const FROM_FILE: Words = Words {
    staff_en: "From the file's program column",
    staff_es: "De la columna program del archivo",
    family_en: "From the file's program column",
    family_es: "De la columna program del archivo",
};
pub const PROGRAM_HINT: Words = Words {
    staff_en: "Used for rows whose program cell is empty, and needed when the file has no program column.",
    staff_es: "Se usa en las filas con la celda program vacía, y es necesario si el archivo no tiene columna program.",
    family_en: "Used when a row does not name its program. Needed if the file has no program column.",
    family_es: "Se usa cuando una fila no nombra su programa. Es necesario si el archivo no tiene columna program.",
};
pub const AS_OF_HINT: Words = Words {
    staff_en: "For rows with no as_of cell. Today, unless you choose another day.",
    staff_es: "Para las filas sin celda as_of. Hoy, salvo que elija otro día.",
    family_en: "For rows with no date of their own. Today, unless you choose another day.",
    family_es: "Para las filas sin fecha propia. Hoy, salvo que elija otro día.",
};
pub const SCREEN: Words = Words {
    staff_en: "Screen the caseload",
    staff_es: "Evaluar la lista",
    family_en: "Check the list",
    family_es: "Revisar la lista",
};
pub const CANCEL: Words = Words::same("Cancel", "Cancelar");
pub const TEMPLATE: Words = Words {
    staff_en: "Download a template for this program",
    staff_es: "Descargar una plantilla para este programa",
    family_en: "Download a template for this program",
    family_es: "Descargar una plantilla para este programa",
};
pub const TEMPLATE_NEEDS_PROGRAM: Words = Words {
    staff_en: "Choose a program first: the template is its header row.",
    staff_es: "Elija primero un programa: la plantilla es su fila de encabezado.",
    family_en: "Choose a program first. The template is its list of columns.",
    family_es: "Elija primero un programa. La plantilla es su lista de columnas.",
};
pub const NOTHING_CHOSEN: Words = Words {
    staff_en: "Choose a CSV file or paste CSV text first.",
    staff_es: "Primero elija un archivo CSV o pegue texto CSV.",
    family_en: "First choose a CSV file or paste CSV text.",
    family_es: "Primero elija un archivo CSV o pegue texto CSV.",
};
pub const PROGRESS: Words = Words::same("Progress", "Progreso");
/// `{rows}`, `{percent}`.
pub const SCREENING: Words = Words {
    staff_en: "Screening: {rows} rows so far ({percent}% of the file).",
    staff_es: "Evaluando: {rows} filas hasta ahora ({percent}% del archivo).",
    family_en: "Checking: {rows} rows so far ({percent}% of the file).",
    family_es: "Revisando: {rows} filas hasta ahora ({percent}% del archivo).",
};
/// `{rows}`.
pub const DONE: Words = Words {
    staff_en: "Done: {rows} rows screened.",
    staff_es: "Listo: {rows} filas evaluadas.",
    family_en: "Done: {rows} rows checked.",
    family_es: "Listo: {rows} filas revisadas.",
};
/// `{rows}`.
pub const CANCELLED: Words = Words {
    staff_en: "Cancelled after {rows} rows. Nothing was kept.",
    staff_es: "Cancelado tras {rows} filas. No se guardó nada.",
    family_en: "Stopped after {rows} rows. Nothing was kept.",
    family_es: "Se detuvo tras {rows} filas. No se guardó nada.",
};
pub const READING: Words = Words::same("Reading the file…", "Leyendo el archivo…");
pub const COUNTS: Words = Words::same("Outcomes", "Recuento por resultado");
pub const ERROR: Words = Words {
    staff_en: "Could not be screened",
    staff_es: "No se pudo evaluar",
    family_en: "Could not be checked",
    family_es: "No se pudo revisar",
};
pub const TOTAL: Words = Words::same("All rows", "Todas las filas");
pub const RESULTS: Words = Words::same("Results", "Resultados");
/// `{column}`, `{direction}`.
pub const SORTED_BY: Words = Words::same("sorted by {column}, {direction}", "ordenados por {column}, {direction}");
pub const ASCENDING: Words = Words::same("ascending", "ascendente");
pub const DESCENDING: Words = Words::same("descending", "descendente");
pub const SORT_HINT: Words = Words {
    staff_en: "Select a column heading to sort by it; select it again to reverse the order.",
    staff_es:
        "Seleccione el encabezado de una columna para ordenar por ella; selecciónelo otra vez para invertir el orden.",
    family_en: "Select a column heading to sort by it. Select it again to reverse the order.",
    family_es:
        "Seleccione el encabezado de una columna para ordenar por ella. Selecciónelo otra vez para invertir el orden.",
};
pub const COLUMN_ROW: Words = Words::same("Row", "Fila");
pub const COLUMN_REF: Words = Words::same("Reference", "Referencia");
pub const COLUMN_PROGRAM: Words = Words::same("Program", "Programa");
pub const COLUMN_OUTCOME: Words = Words::same("Outcome", "Resultado");
pub const COLUMN_ELIGIBLE_FROM: Words = Words::same("Eligible from", "Elegible desde");
pub const COLUMN_RESCREEN_ON: Words = Words::same("Screen again on", "Evaluar de nuevo el");
pub const COLUMN_TRANSITIONS: Words = Words::same("Transitions", "Transiciones");
pub const COLUMN_MISSING: Words = Words::same("Missing answers", "Respuestas que faltan");
pub const SHOW: Words = Words::same("Show", "Mostrar");
pub const ALL_OUTCOMES: Words = Words::same("All outcomes", "Todos los resultados");
pub const FIND: Words = Words::same("Find by reference", "Buscar por referencia");
/// `{from}`, `{to}`, `{total}`.
pub const SHOWING: Words = Words::same("Rows {from} to {to} of {total}", "Filas {from} a {to} de {total}");
pub const NO_MATCH: Words = Words::same("No rows match.", "Ninguna fila coincide.");
pub const PREVIOUS: Words = Words::same("Previous rows", "Filas anteriores");
pub const NEXT: Words = Words::same("Next rows", "Filas siguientes");
/// `{row}`.
pub const OPEN: Words = Words::same("Open row {row}", "Abrir la fila {row}");
pub const CLOSE: Words = Words::same("Close", "Cerrar");
/// `{row}`, `{ref}`.
pub const DETAIL_TITLE: Words = Words::same("Row {row}: {ref}", "Fila {row}: {ref}");
pub const BAD_ROWS: Words = Words {
    staff_en: "Rows that could not be screened",
    staff_es: "Filas que no se pudieron evaluar",
    family_en: "Rows that could not be checked",
    family_es: "Filas que no se pudieron revisar",
};
/// `{row}`, `{message}`.
pub const BAD_ROW: Words = Words::same("Row {row}: {message}", "Fila {row}: {message}");
/// `{count}`.
pub const MORE_BAD_ROWS: Words = Words::same(
    "…and {count} more: the downloaded results list every one.",
    "…y {count} más: los resultados descargados las incluyen todas.",
);
/// `{columns}`.
pub const IGNORED: Words = Words {
    staff_en: "These columns are not used (not program, as_of, lang, audience, ref or a question id): {columns}.",
    staff_es: "Estas columnas no se usan (no son program, as_of, lang, audience, ref ni un id de pregunta): {columns}.",
    family_en: "These columns are not used: {columns}. Check their names if they hold answers.",
    family_es: "Estas columnas no se usan: {columns}. Revise sus nombres si tienen respuestas.",
};
pub const DOWNLOAD: Words = Words::same("Download results (CSV)", "Descargar resultados (CSV)");
pub const WORKLIST: Words = Words::same("Print a worklist", "Imprimir una lista de trabajo");
pub const WORKLIST_DAYS: Words = Words {
    staff_en: "People to screen again within (days)",
    staff_es: "Personas para evaluar de nuevo dentro de (días)",
    family_en: "People to check again within (days)",
    family_es: "Personas para revisar de nuevo dentro de (días)",
};
/// `{date}`, `{count}`.
pub const WORKLIST_TITLE: Words = Words {
    staff_en: "Worklist: {count} people to screen again by {date}",
    staff_es: "Lista de trabajo: {count} personas para evaluar de nuevo antes del {date}",
    family_en: "To do: {count} people to check again by {date}",
    family_es: "Pendientes: {count} personas para revisar de nuevo antes del {date}",
};
pub const NOT_CSV: Words = Words {
    staff_en: "This file is not CSV text.",
    staff_es: "Este archivo no es texto CSV.",
    family_en: "This file is not CSV text.",
    family_es: "Este archivo no es texto CSV.",
};
pub const CANNOT_READ: Words = Words {
    staff_en: "The file could not be read. Choose it again.",
    staff_es: "No se pudo leer el archivo. Elíjalo otra vez.",
    family_en: "The file could not be read. Choose it again.",
    family_es: "No se pudo leer el archivo. Elíjalo otra vez.",
};
pub const BACK: Words = Words {
    staff_en: "Screen one person",
    staff_es: "Evaluar a una persona",
    family_en: "Check one person",
    family_es: "Revisar a una persona",
};

// Why a file cannot be screened at all.
pub const EMPTY: Words = Words {
    staff_en: "The file is empty: it has no header row.",
    staff_es: "El archivo está vacío: no tiene fila de encabezado.",
    family_en: "The file is empty. It needs a first row that names the columns.",
    family_es: "El archivo está vacío. Necesita una primera fila que nombre las columnas.",
};
/// `{kind}`: `.xlsx` or `.xls`.
pub const WORKBOOK: Words = Words {
    staff_en: "This is an Excel workbook ({kind}), not CSV text. Open it in Excel, choose File, Save As, \"CSV UTF-8 (Comma delimited)\", and choose that file here.",
    staff_es: "Esto es un libro de Excel ({kind}), no texto CSV. Ábralo en Excel, elija Archivo, Guardar como, \"CSV UTF-8 (delimitado por comas)\", y elija ese archivo aquí.",
    family_en: "This is an Excel workbook ({kind}), not a CSV file. Open it in Excel. Choose File, then Save As, then \"CSV UTF-8 (Comma delimited)\". Then choose that file here.",
    family_es: "Esto es un libro de Excel ({kind}), no un archivo CSV. Ábralo en Excel. Elija Archivo, luego Guardar como, luego \"CSV UTF-8 (delimitado por comas)\". Luego elija ese archivo aquí.",
};
pub const UTF16: Words = Words {
    staff_en: "This file is UTF-16 text, not CSV in UTF-8. Save it as \"CSV UTF-8 (Comma delimited)\" and choose that file.",
    staff_es: "Este archivo es texto UTF-16, no CSV en UTF-8. Guárdelo como \"CSV UTF-8 (delimitado por comas)\" y elija ese archivo.",
    family_en: "This file is saved in a way this page cannot read. Save it as \"CSV UTF-8 (Comma delimited)\" and choose that file.",
    family_es: "Este archivo está guardado de una forma que esta página no puede leer. Guárdelo como \"CSV UTF-8 (delimitado por comas)\" y elija ese archivo.",
};
pub const NOT_TEXT: Words = Words {
    staff_en: "This file is not CSV text. Choose a CSV file (a spreadsheet saved as \"CSV UTF-8\").",
    staff_es: "Este archivo no es texto CSV. Elija un archivo CSV (una hoja de cálculo guardada como \"CSV UTF-8\").",
    family_en: "This file is not a CSV file. Choose a CSV file (a spreadsheet saved as \"CSV UTF-8\").",
    family_es:
        "Este archivo no es un archivo CSV. Elija un archivo CSV (una hoja de cálculo guardada como \"CSV UTF-8\").",
};
pub const NO_HEADER: Words = Words {
    staff_en: "The first row is not a header: none of its columns is program, as_of, lang, audience, ref or a question id. Add the header row of the template.",
    staff_es: "La primera fila no es un encabezado: ninguna de sus columnas es program, as_of, lang, audience, ref ni un id de pregunta. Agregue la fila de encabezado de la plantilla.",
    family_en: "The first row does not name the columns. Copy the first row of the template into the file.",
    family_es: "La primera fila no nombra las columnas. Copie la primera fila de la plantilla en el archivo.",
};
/// `{column}`.
pub const DUPLICATE: Words = Words::same(
    "The column {column} appears twice in the header row. Keep one.",
    "La columna {column} aparece dos veces en la fila de encabezado. Deje una.",
);
pub const NO_PROGRAM: Words = Words {
    staff_en: "This file has no program column. Choose the program above, then screen again.",
    staff_es: "Este archivo no tiene columna program. Elija el programa arriba y evalúe de nuevo.",
    family_en: "This file does not say which program. Choose the program above. Then try again.",
    family_es: "Este archivo no dice qué programa. Elija el programa arriba. Luego intente de nuevo.",
};

/// Every label the page reads, by key.
pub const LABELS: &[(&str, &Words)] = &[
    ("title", &TITLE),
    ("intro", &INTRO),
    ("privacy", &PRIVACY),
    ("settings", &SETTINGS),
    ("file", &FILE),
    ("drop", &DROP),
    ("paste", &PASTE),
    ("program", &result::PROGRAM),
    ("fromFile", &FROM_FILE),
    ("programHint", &PROGRAM_HINT),
    ("asOf", &result::DATE),
    ("asOfHint", &AS_OF_HINT),
    ("language", &form::LANGUAGE),
    ("audience", &form::AUDIENCE),
    ("staff", &form::STAFF),
    ("family", &form::FAMILY),
    ("screen", &SCREEN),
    ("cancel", &CANCEL),
    ("template", &TEMPLATE),
    ("templateNeedsProgram", &TEMPLATE_NEEDS_PROGRAM),
    ("nothingChosen", &NOTHING_CHOSEN),
    ("progress", &PROGRESS),
    ("screening", &SCREENING),
    ("done", &DONE),
    ("cancelled", &CANCELLED),
    ("reading", &READING),
    ("counts", &COUNTS),
    ("eligible", &result::ELIGIBLE),
    ("not_eligible", &result::NOT_ELIGIBLE),
    ("incomplete", &result::INCOMPLETE),
    ("error", &ERROR),
    ("total", &TOTAL),
    ("results", &RESULTS),
    ("sortedBy", &SORTED_BY),
    ("ascending", &ASCENDING),
    ("descending", &DESCENDING),
    ("sortHint", &SORT_HINT),
    ("col_row", &COLUMN_ROW),
    ("col_ref", &COLUMN_REF),
    ("col_program", &COLUMN_PROGRAM),
    ("col_outcome", &COLUMN_OUTCOME),
    ("col_eligible_from", &COLUMN_ELIGIBLE_FROM),
    ("col_rescreen_on", &COLUMN_RESCREEN_ON),
    ("col_transitions", &COLUMN_TRANSITIONS),
    ("col_missing", &COLUMN_MISSING),
    ("show", &SHOW),
    ("allOutcomes", &ALL_OUTCOMES),
    ("find", &FIND),
    ("showing", &SHOWING),
    ("noMatch", &NO_MATCH),
    ("previous", &PREVIOUS),
    ("next", &NEXT),
    ("open", &OPEN),
    ("close", &CLOSE),
    ("detailTitle", &DETAIL_TITLE),
    ("badRows", &BAD_ROWS),
    ("badRow", &BAD_ROW),
    ("moreBadRows", &MORE_BAD_ROWS),
    ("ignored", &IGNORED),
    ("download", &DOWNLOAD),
    ("worklist", &WORKLIST),
    ("worklistDays", &WORKLIST_DAYS),
    ("worklistTitle", &WORKLIST_TITLE),
    ("notCsv", &NOT_CSV),
    ("cannotRead", &CANNOT_READ),
    ("back", &BACK),
    ("disclaimer", &result::DISCLAIMER),
];

/// What to tell a person whose file cannot be screened, and the key of the message (for tests
/// and for the page's `data-problem`).
pub fn unusable(why: &Unusable) -> (&'static str, &'static Words, Vec<(&'static str, String)>) {
    match why {
        Unusable::Empty => ("empty", &EMPTY, Vec::new()),
        Unusable::Workbook(kind) => (
            "workbook",
            &WORKBOOK,
            vec![(
                "kind",
                match kind {
                    screener_caseload::Workbook::Zip => ".xlsx".to_owned(),
                    screener_caseload::Workbook::Ole => ".xls".to_owned(),
                },
            )],
        ),
        Unusable::Utf16 => ("utf16", &UTF16, Vec::new()),
        Unusable::NotText | Unusable::HeaderNotUtf8 => ("not_text", &NOT_TEXT, Vec::new()),
        Unusable::NoHeader => ("no_header", &NO_HEADER, Vec::new()),
        Unusable::DuplicateColumn(name) => ("duplicate_column", &DUPLICATE, vec![("column", name.clone())]),
        Unusable::NoProgram => ("no_program", &NO_PROGRAM, Vec::new()),
        // The options come from the page's own controls; the contract's message says what is wrong.
        Unusable::Option(_) => ("option", &NOT_TEXT, Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use screener::model::{Audience, Lang};

    #[test]
    fn every_label_is_said_four_ways_with_the_same_placeholders() {
        let mut keys = Vec::new();
        for (key, words) in LABELS {
            assert!(!keys.contains(key), "{key} twice");
            keys.push(*key);
            let english = screener::template::placeholders(words.staff_en);
            for audience in Audience::ALL {
                for lang in Lang::ALL {
                    let text = words.get(audience, lang);
                    assert!(!text.trim().is_empty(), "{key} {audience:?} {lang:?}");
                    let mut names = screener::template::placeholders(text);
                    let mut want = english.clone();
                    names.sort_unstable();
                    want.sort_unstable();
                    assert_eq!(names, want, "{key} {audience:?} {lang:?}");
                }
            }
        }
    }

    #[test]
    fn spanish_is_not_english() {
        for (key, words) in LABELS {
            // Short words that are the same in both languages.
            if ["language", "program", "col_program", "col_row"].contains(key) || words.staff_en.len() < 4 {
                continue;
            }
            assert_ne!(words.staff_en, words.staff_es, "{key}");
        }
    }
}
