//! The snippet builder's own words, in English and Spanish: every label, explanation and message of
//! `builder.html` and `builder.es.html`, and the words its script (`www/builder.js`) says, which
//! `cargo xtask dist` writes into it. They stay here, at build time, for the reason the rules
//! page's do (`super::super::rules::words`): a field of the words tables would cost every family's
//! download for a page the widget never shows. Written the way `src/words/{tables,en,es}.rs` are;
//! the tests below hold them to the same rules (the same placeholders in both languages, none
//! empty), and hold the reasons the element gives (`screener_form`'s) to a translation each.
//! Every text is for an agency's web person, a staff text: each is `Said::same`.

use screener::model::{Lang, Said};

/// A control's label and its one-sentence explanation.
#[derive(Debug)]
pub struct Field {
    pub label: Said,
    pub help: Said,
}

const fn field(label: &'static str, help: &'static str) -> Field {
    Field { label: Said::same(label), help: Said::same(help) }
}

const fn s(text: &'static str) -> Said {
    Said::same(text)
}

/// The builder's words in one language.
#[derive(Debug)]
pub struct BuilderWords {
    /// The page's title and heading.
    pub title: Said,
    /// Under the heading: what the page does, and that nothing typed leaves it.
    pub intro: Said,
    /// How values are checked.
    pub checked: Said,
    /// Where every attribute is explained at length (`EMBEDDING.md`).
    pub more: Said,
    /// The legends of the groups of controls.
    pub group_program: Said,
    pub group_language: Said,
    pub group_safety: Said,
    pub group_contact: Said,
    pub group_page: Said,
    pub group_style: Said,
    pub group_where: Said,
    /// The element's attributes (`EMBEDDING.md` §2), one control each.
    pub program: Field,
    pub state: Field,
    pub lang: Field,
    pub audience: Field,
    pub layout: Field,
    pub heading_level: Field,
    pub history: Field,
    pub crisis: Field,
    pub exit: Field,
    pub exit_url: Field,
    pub idle_minutes: Field,
    pub contact_name: Field,
    pub contact_phone: Field,
    pub contact_email: Field,
    pub contact_url: Field,
    pub contact_hours: Field,
    pub events: Field,
    pub shadow: Field,
    pub fallback_url: Field,
    /// The theme's custom properties (`EMBEDDING.md` §3).
    pub accent: Field,
    pub accent_dark: Field,
    pub font: Field,
    pub radius: Field,
    pub space: Field,
    /// Where the files and the page are: what the snippets name.
    pub files_url: Field,
    pub page_origin: Field,
    /// The choices of the selects and checkboxes.
    pub any_program: Said,
    pub every_state: Said,
    /// A select left at the element's default. `{default}`: the default's label.
    pub not_set: Said,
    pub layout_guided: Said,
    pub layout_form: Said,
    pub layout_by_audience: Said,
    pub crisis_result: Said,
    pub crisis_always: Said,
    pub crisis_off: Said,
    pub exit_auto: Said,
    pub exit_on: Said,
    pub exit_off: Said,
    pub events_none: Said,
    pub events_summary: Said,
    pub events_full: Said,
    /// The preview.
    pub preview: Said,
    pub preview_intro: Said,
    /// The snippets.
    pub copy_heading: Said,
    pub script: Said,
    pub script_intro: Said,
    pub csp: Said,
    pub csp_intro: Said,
    pub css: Said,
    pub css_intro: Said,
    pub iframe: Said,
    /// Only the iframe keeps the answers from every script of the host page.
    pub iframe_intro: Said,
    pub iframe_headers: Said,
    /// The button beside each snippet, and what it says once it copied.
    pub copy: Said,
    pub copied: Said,
    /// The values left out, and why.
    pub left_out: Said,
    pub left_out_none: Said,
    /// `{attribute}`, `{value}`, `{reason}`.
    pub left_out_item: Said,
    /// The iframe's address takes only what a link cannot abuse. `{attributes}`.
    pub iframe_not_carried: Said,
    /// The stylesheet snippet when no style is chosen.
    pub css_none: Said,
    /// When the screener's own checks could not load: text values are left out.
    pub not_checked: Said,
    /// A theme value the element's registration would not take. `{kind}`: `color_kind` or
    /// `length_kind`.
    pub not_a_theme_value: Said,
    pub color_kind: Said,
    pub length_kind: Said,
    /// A font list that could break out of the stylesheet's rule.
    pub not_a_font: Said,
    /// The link back to the standalone page.
    pub back: Said,
    /// The element's light-DOM text in this language (what shows until the script defines the
    /// element, and stays when it never runs: `EMBEDDING.md` §1), with a link to the fallback
    /// page. `{link}`: the link, whose text is `loading_link`.
    pub loading: Said,
    pub loading_link: Said,
    /// The iframe's title in this language.
    pub iframe_title: Said,
    /// The reasons the element gives for a refused value, in this language; keyed by the
    /// element's own (English) words in [`REASONS`].
    pub reasons: [Said; REASONS.len()],
}

/// The reasons the element gives for a value it leaves out (`screener_form::state::parse_option`
/// and `contact::Refused::reason`, also what `checkOption` returns), in the order of
/// [`BuilderWords::reasons`]. The test below holds every reason the element can give to this list.
pub const REASONS: [&str; 10] = [
    "it is too long",
    "only https: and http: addresses are shown",
    "a phone number holds digits, spaces, +, (, ), - and . only",
    "an email address has one @ between two parts and no spaces",
    "it holds line breaks or other control characters",
    "it holds characters that reorder or hide text (bidirectional controls, zero-width spaces)",
    "an address with a user name or password before its host goes elsewhere than it reads",
    "its value is not one the widget knows",
    "it is \"guided\" or \"form\"",
    "it is \"true\" or \"false\"",
];

/// The builder's words in `lang`.
pub fn table(lang: Lang) -> &'static BuilderWords {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
    }
}

pub const EN: BuilderWords = BuilderWords {
    title: s("Embed the screener: build your snippet"),
    intro: s("Choose how the screener works on your page: the preview is the real screener, changed as you choose, and the boxes below it hold what to paste into your page. Nothing you type here leaves this page."),
    checked: s("Each value is checked with the rules the screener itself uses: a value it would refuse is left out of the snippet, and the reason is shown beside it."),
    more: s("EMBEDDING.md, in each release beside the folder of the files, explains every attribute at length."),
    group_program: s("What it screens"),
    group_language: s("Language and wording"),
    group_safety: s("Safety"),
    group_contact: s("Your agency's contact"),
    group_page: s("Your page"),
    group_style: s("Style"),
    group_where: s("Where the files are"),
    program: field("Program", "Locks the screener to one program, so that the person does not choose one."),
    state: field("State", "Offers only one state's programs."),
    lang: field("Language", "The language the screener opens in; the person can switch it."),
    audience: field("Wording", "Opens with the words for intake workers or the plain words for families; the person can switch."),
    layout: field("Layout", "One question at a time, or every question on one page; by default, one at a time for families and the one-page form for staff."),
    heading_level: field("Heading level", "The level of the screener's top heading, so that it fits your page's outline (2 when not set)."),
    history: field("Browser history", "Lets the browser's Back button go to the previous question, writing an opaque step number (#step=3) into your page's address."),
    crisis: field("Help in a crisis", "When to show where to get help in a crisis (988 and 911)."),
    exit: field("Exit this page", "When to show the button that clears the answers and leaves for a neutral page; Shift pressed three times does the same (but not while you type in this builder)."),
    exit_url: field("Exit address", "Where \u{201c}Exit this page\u{201d} goes, an https: or http: address (https://www.weather.gov/ when not set); in the preview, it leaves this page."),
    idle_minutes: field("Idle minutes", "Starts over after this many minutes without input, for shared computers: whole minutes from 1 to 10080, or 0 for never."),
    contact_name: field("Agency name", "Your agency's name, shown after the result and in the case note."),
    contact_phone: field("Phone", "Your phone number: digits, spaces, +, (, ), - and dots, no letters."),
    contact_email: field("Email", "Your email address."),
    contact_url: field("Website", "Your website, an https: or http: address."),
    contact_hours: field("Hours", "When you can be reached, as text."),
    events: field("Events", "Whether your page's own script hears of each screening (on the element only); without it, no screening ever reaches your page."),
    shadow: field("Open shadow root", "For your own automated tests only: never on a live page, where the closed default keeps your page's scripts out."),
    fallback_url: field("Fallback page", "The page the screener links to when your page blocks it, an https: or http: address (the screener's own page beside its files when not set)."),
    accent: field("Accent color", "The color of buttons, links and the focus ring, a CSS color (#0b57d0 when not set)."),
    accent_dark: field("Accent color, dark scheme", "The same for visitors who prefer a dark scheme (#8ab4f8 when not set)."),
    font: field("Font", "A list of font families (system-ui, sans-serif when not set); what the person types stays in the system font."),
    radius: field("Corner radius", "The corner radius of fields and panels, a CSS length (6px when not set)."),
    space: field("Spacing", "The base spacing unit, a CSS length (16px when not set)."),
    files_url: field("Files address", "The https: or http: address of the folder where you put the screener's files (this page's folder when not set)."),
    page_origin: field("Your page's origin", "The https: or http: address of your site, for the iframe's parent and who may frame it (this page's origin when not set)."),
    any_program: s("Any program: the person chooses"),
    every_state: s("Every state"),
    not_set: s("Not set: {default}"),
    layout_guided: s("One question at a time"),
    layout_form: s("The one-page form"),
    layout_by_audience: s("by wording"),
    crisis_result: s("On every result"),
    crisis_always: s("On every screen"),
    crisis_off: s("Nowhere"),
    exit_auto: s("With family wording"),
    exit_on: s("Always"),
    exit_off: s("Never"),
    events_none: s("None"),
    events_summary: s("The summary (no answer, no reason)"),
    events_full: s("The whole response (no answer)"),
    preview: s("Preview"),
    preview_intro: s("The screener itself, with what you chose above."),
    copy_heading: s("Copy into your page"),
    script: s("The script tag and the element"),
    script_intro: s("Put the script tag in your page's head, before any other script, and the element where the screener goes. The integrity pins every file of this build; the text inside the element shows until the screener starts, and stays if its script cannot run."),
    csp: s("Content-Security-Policy"),
    csp_intro: s("The policy your page needs for the screener, as a response header. Add to it what your page itself needs, or add these sources to the directives of the policy your page has."),
    css: s("Your stylesheet"),
    css_intro: s("The style chosen above, for a stylesheet of your page (a style attribute would need 'unsafe-inline')."),
    iframe: s("Or an iframe"),
    iframe_intro: s("Only the iframe keeps the answers from every script of your page. The element keeps them from the ordinary collection that analytics and replay tools do, but a script of your page that sets out to read them can still learn some things, and a script that runs before the screener can learn everything."),
    iframe_headers: s("The last line is a header for the server of the files to send with embed.html (who may frame it); your page's own policy, if it has one, needs frame-src for the files' origin."),
    copy: s("Copy"),
    copied: s("Copied"),
    left_out: s("Left out"),
    left_out_none: s("Nothing is left out."),
    left_out_item: s("{attribute} \u{201c}{value}\u{201d}: {reason}."),
    iframe_not_carried: s("Not in the iframe's address, because a link could change them: {attributes}. Set them on the element in embed.html when you publish the files."),
    css_none: s("/* No style chosen: the screener's own. */"),
    not_checked: s("the screener's checks could not load on this page"),
    not_a_theme_value: s("the screener's theme takes {kind} here"),
    color_kind: s("a color"),
    length_kind: s("a length"),
    not_a_font: s("a list of font families holds no semicolon, brace, angle bracket or line break"),
    back: s("Back to the screener"),
    loading: s("Loading the screener\u{2026} If this message stays, please reload the page, or {link}. The screener needs JavaScript."),
    loading_link: s("open the screener on its own page"),
    iframe_title: s("Peer support screener"),
    reasons: [
        s("it is too long"),
        s("only https: and http: addresses are shown"),
        s("a phone number holds digits, spaces, +, (, ), - and . only"),
        s("an email address has one @ between two parts and no spaces"),
        s("it holds line breaks or other control characters"),
        s("it holds characters that reorder or hide text (bidirectional controls, zero-width spaces)"),
        s("an address with a user name or password before its host goes elsewhere than it reads"),
        s("its value is not one the widget knows"),
        s("it is \u{201c}guided\u{201d} or \u{201c}form\u{201d}"),
        s("it is \u{201c}true\u{201d} or \u{201c}false\u{201d}"),
    ],
};

pub const ES: BuilderWords = BuilderWords {
    title: s("Inserte la evaluación: prepare su código"),
    intro: s("Elija cómo funciona la evaluación en su página: la vista previa es la evaluación real, que cambia según lo que elija, y los cuadros de abajo tienen lo que debe pegar en su página. Nada de lo que escriba aquí sale de esta página."),
    checked: s("Cada valor se comprueba con las mismas reglas que usa la evaluación: un valor que ella rechazaría se deja fuera del código, y el motivo se muestra a su lado."),
    more: s("EMBEDDING.md, que cada versión trae junto a la carpeta de los archivos, explica cada atributo en detalle (en inglés)."),
    group_program: s("Qué evalúa"),
    group_language: s("Idioma y redacción"),
    group_safety: s("Seguridad"),
    group_contact: s("El contacto de su agencia"),
    group_page: s("Su página"),
    group_style: s("Estilo"),
    group_where: s("Dónde están los archivos"),
    program: field("Programa", "Fija la evaluación en un programa, para que la persona no tenga que elegirlo."),
    state: field("Estado", "Ofrece solo los programas de un estado."),
    lang: field("Idioma", "El idioma en que se abre la evaluación; la persona puede cambiarlo."),
    audience: field("Redacción", "Se abre con las palabras para el personal de admisión o con las palabras sencillas para familias; la persona puede cambiarlas."),
    layout: field("Diseño", "Una pregunta a la vez, o todas las preguntas en una página; por defecto, una a la vez para familias y el formulario de una página para el personal."),
    heading_level: field("Nivel de encabezado", "El nivel del encabezado principal de la evaluación, para que encaje en la estructura de su página (2 si no se indica)."),
    history: field("Historial del navegador", "Permite que el botón Atrás del navegador vuelva a la pregunta anterior, escribiendo un número de paso opaco (#step=3) en la dirección de su página."),
    crisis: field("Ayuda en una crisis", "Cuándo mostrar dónde pedir ayuda en una crisis (988 y 911)."),
    exit: field("Salir de esta página", "Cuándo mostrar el botón que borra las respuestas y se va a una página neutral; pulsar Mayús tres veces hace lo mismo (pero no mientras escribe en esta página)."),
    exit_url: field("Dirección de salida", "Adónde va \u{ab}Salir de esta página\u{bb}, una dirección https: o http: (https://www.weather.gov/ si no se indica); en la vista previa, sale de esta página."),
    idle_minutes: field("Minutos de inactividad", "Vuelve a empezar tras estos minutos sin actividad, para computadoras compartidas: minutos enteros de 1 a 10080, o 0 para nunca."),
    contact_name: field("Nombre de la agencia", "El nombre de su agencia, que se muestra después del resultado y en la nota del caso."),
    contact_phone: field("Teléfono", "Su número de teléfono: dígitos, espacios, +, (, ), - y el punto, sin letras."),
    contact_email: field("Correo electrónico", "Su dirección de correo electrónico."),
    contact_url: field("Sitio web", "Su sitio web, una dirección https: o http:."),
    contact_hours: field("Horario", "Cuándo se le puede contactar, como texto."),
    events: field("Eventos", "Si el código de su página se entera de cada evaluación (solo en el elemento); sin esto, ninguna evaluación llega nunca a su página."),
    shadow: field("Raíz shadow abierta", "Solo para sus propias pruebas automáticas: nunca en una página publicada, donde la raíz cerrada por defecto deja fuera el código de su página."),
    fallback_url: field("Página alternativa", "La página a la que enlaza la evaluación cuando su página la bloquea, una dirección https: o http: (la página propia de la evaluación junto a sus archivos si no se indica)."),
    accent: field("Color de acento", "El color de los botones, los enlaces y el contorno de foco, un color CSS (#0b57d0 si no se indica)."),
    accent_dark: field("Color de acento, modo oscuro", "Lo mismo para quienes prefieren el modo oscuro (#8ab4f8 si no se indica)."),
    font: field("Fuente", "Una lista de familias de fuentes (system-ui, sans-serif si no se indica); lo que la persona escribe se queda en la fuente del sistema."),
    radius: field("Radio de las esquinas", "El radio de las esquinas de campos y paneles, una longitud CSS (6px si no se indica)."),
    space: field("Espaciado", "La unidad básica de espaciado, una longitud CSS (16px si no se indica)."),
    files_url: field("Dirección de los archivos", "La dirección https: o http: de la carpeta donde pone los archivos de la evaluación (la carpeta de esta página si no se indica)."),
    page_origin: field("El origen de su página", "La dirección https: o http: de su sitio, para el padre del iframe y quién puede enmarcarlo (el origen de esta página si no se indica)."),
    any_program: s("Cualquier programa: la persona elige"),
    every_state: s("Todos los estados"),
    not_set: s("Sin indicar: {default}"),
    layout_guided: s("Una pregunta a la vez"),
    layout_form: s("El formulario de una página"),
    layout_by_audience: s("según la redacción"),
    crisis_result: s("En cada resultado"),
    crisis_always: s("En cada pantalla"),
    crisis_off: s("En ningún lugar"),
    exit_auto: s("Con la redacción para familias"),
    exit_on: s("Siempre"),
    exit_off: s("Nunca"),
    events_none: s("Ninguno"),
    events_summary: s("El resumen (sin respuestas ni motivos)"),
    events_full: s("La respuesta completa (sin respuestas)"),
    preview: s("Vista previa"),
    preview_intro: s("La evaluación misma, con lo que eligió arriba."),
    copy_heading: s("Copie en su página"),
    script: s("La etiqueta script y el elemento"),
    script_intro: s("Ponga la etiqueta script en el encabezado (head) de su página, antes de cualquier otro script, y el elemento donde va la evaluación. La integridad fija cada archivo de esta versión; el texto dentro del elemento se muestra hasta que la evaluación empieza, y se queda si su script no puede ejecutarse."),
    csp: s("Content-Security-Policy"),
    csp_intro: s("La política que su página necesita para la evaluación, como encabezado de respuesta. Añada lo que su página misma necesita, o añada estas fuentes a las directivas de la política que ya tiene."),
    css: s("Su hoja de estilo"),
    css_intro: s("El estilo elegido arriba, para una hoja de estilo de su página (un atributo style necesitaría 'unsafe-inline')."),
    iframe: s("O un iframe"),
    iframe_intro: s("Solo el iframe protege las respuestas de todo el código de su página. El elemento las protege de la recopilación habitual de las herramientas de analítica y de grabación, pero un script de su página que se proponga leerlas aún puede saber algunas cosas, y un script que se ejecute antes que la evaluación puede saberlo todo."),
    iframe_headers: s("La última línea es un encabezado que el servidor de los archivos debe enviar con embed.html (quién puede enmarcarla); la política de su página, si tiene una, necesita frame-src con el origen de los archivos."),
    copy: s("Copiar"),
    copied: s("Copiado"),
    left_out: s("Se deja fuera"),
    left_out_none: s("No se deja nada fuera."),
    left_out_item: s("{attribute} \u{ab}{value}\u{bb}: {reason}."),
    iframe_not_carried: s("No van en la dirección del iframe, porque un enlace podría cambiarlos: {attributes}. Póngalos en el elemento de embed.html cuando publique los archivos."),
    css_none: s("/* No se eligió ningún estilo: el de la evaluación. */"),
    not_checked: s("las comprobaciones de la evaluación no se pudieron cargar en esta página"),
    not_a_theme_value: s("el tema de la evaluación acepta aquí {kind}"),
    color_kind: s("un color"),
    length_kind: s("una longitud"),
    not_a_font: s("una lista de familias de fuentes no lleva punto y coma, llaves, corchetes angulares ni saltos de línea"),
    back: s("Volver a la evaluación"),
    loading: s("Cargando la evaluación\u{2026} Si este mensaje no desaparece, vuelva a cargar la página o {link}. La evaluación necesita JavaScript."),
    loading_link: s("abra la evaluación en su propia página"),
    iframe_title: s("Evaluación de apoyo de pares"),
    reasons: [
        s("es demasiado largo"),
        s("solo se muestran direcciones https: y http:"),
        s("un número de teléfono no lleva letras ni otros signos que espacios, +, (, ), - y el punto"),
        s("una dirección de correo electrónico tiene una @ entre dos partes y ningún espacio"),
        s("lleva saltos de línea u otros caracteres de control"),
        s("lleva caracteres que reordenan u ocultan el texto (controles bidireccionales, espacios de ancho cero)"),
        s("una dirección con un nombre de usuario o una contraseña antes del servidor va a otro lugar del que parece"),
        s("la evaluación no conoce ese valor"),
        s("es \u{ab}guided\u{bb} o \u{ab}form\u{bb}"),
        s("es \u{ab}true\u{bb} o \u{ab}false\u{bb}"),
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use screener_form::contact::{self, Refused};
    use screener_form::state::parse_option;

    /// Every text, for the tests: (name, English, Spanish).
    fn every_text() -> Vec<(String, &'static Said, &'static Said)> {
        macro_rules! pairs {
            ($($text:ident),* ; $($field:ident),* $(,)?) => {{
                let mut all: Vec<(String, &'static Said, &'static Said)> =
                    vec![$((stringify!($text).to_owned(), &EN.$text, &ES.$text)),*];
                $(
                    all.push((concat!(stringify!($field), ".label").to_owned(), &EN.$field.label, &ES.$field.label));
                    all.push((concat!(stringify!($field), ".help").to_owned(), &EN.$field.help, &ES.$field.help));
                )*
                all
            }};
        }
        let mut all = pairs!(
            title, intro, checked, more, group_program, group_language, group_safety, group_contact, group_page,
            group_style, group_where, any_program, every_state, not_set, layout_guided, layout_form,
            layout_by_audience, crisis_result, crisis_always, crisis_off, exit_auto, exit_on, exit_off, events_none,
            events_summary, events_full, preview, preview_intro, copy_heading, script,
            script_intro, csp, csp_intro, css, css_intro, iframe, iframe_intro, iframe_headers, copy, copied, left_out,
            left_out_none, left_out_item, iframe_not_carried, css_none, not_checked, not_a_theme_value, color_kind,
            length_kind, not_a_font, back, loading, loading_link, iframe_title;
            program, state, lang, audience, layout, heading_level, history, crisis, exit, exit_url, idle_minutes,
            contact_name, contact_phone, contact_email, contact_url, contact_hours, events, shadow, fallback_url,
            accent, accent_dark, font, radius, space, files_url, page_origin,
        );
        for (i, reason) in REASONS.iter().enumerate() {
            all.push((format!("reasons[{reason}]"), &EN.reasons[i], &ES.reasons[i]));
        }
        all
    }

    /// As the words tables' own test (`crate::site::page_words`).
    #[test]
    fn both_languages_have_every_text_with_the_same_placeholders() {
        let texts: Vec<_> = every_text().into_iter().map(|(name, en, es)| (name.to_string(), en, es)).collect();
        crate::site::page_words::assert_both_languages(&texts, 100);
    }

    /// A value the element refuses for each reason it can give (an exhaustive match: a new
    /// reason does not compile until it is here, and then needs its words).
    fn refused(why: Refused) -> (&'static str, String) {
        let (name, value) = match why {
            Refused::TooLong => return ("contact-name", "a".repeat(201)),
            Refused::NotAWebAddress => ("contact-url", "javascript:alert(1)"),
            Refused::NotAPhoneNumber => ("contact-phone", "555-CALL-NOW"),
            Refused::NotAnEmailAddress => ("contact-email", "help.agency.gov"),
            Refused::ControlCharacters => ("contact-hours", "9\u{7}5"),
            Refused::HiddenCharacters => ("contact-url", "https://agency.gov/\u{202e}"),
            Refused::UserInfo => ("exit-url", "https://agency.gov@evil.example/"),
        };
        (name, value.to_owned())
    }

    /// Every reason the element gives for a value it leaves out has its words in both languages,
    /// and the English ones are the element's own: the builder shows the reason `checkOption`
    /// returns, in the page's language.
    #[test]
    fn every_reason_the_element_gives_has_its_words() {
        let every = [
            Refused::TooLong,
            Refused::NotAWebAddress,
            Refused::NotAPhoneNumber,
            Refused::NotAnEmailAddress,
            Refused::ControlCharacters,
            Refused::HiddenCharacters,
            Refused::UserInfo,
        ];
        let mut given = Vec::new();
        for why in every {
            let (name, value) = refused(why);
            let error = parse_option(name, Some(&value)).expect_err(&value);
            assert_eq!(error.reason, why.reason(), "{name}={value:?}");
            given.push(error.reason);
        }
        for (name, value) in
            [("crisis", "sometimes"), ("idle-minutes", "99999"), ("layout", "cards"), ("history", "maybe")]
        {
            given.push(parse_option(name, Some(value)).expect_err(value).reason);
        }
        // `fallback-url` is checked as `exit-url` is.
        assert_eq!(contact::web_address("ftp://agency.gov/").expect_err("ftp"), Refused::NotAWebAddress);
        given.sort_unstable();
        given.dedup();
        let mut listed = REASONS.to_vec();
        listed.sort_unstable();
        assert_eq!(given, listed, "the element's reasons and the builder's list differ");
        for (i, reason) in REASONS.iter().enumerate() {
            // English quotes are typographic on the page; the words are the element's.
            assert_eq!(EN.reasons[i].staff.replace(['\u{201c}', '\u{201d}'], "\""), *reason);
        }
    }
}
