//! One snippet builder page, in one language: a control for every attribute of the element and
//! every property of its theme, each named for what it sets and explained in a sentence; the
//! preview (`[data-preview]`); the snippets to copy (`textarea[data-snippet=…]`); and the list
//! of values left out. The choices of its selects come from the rulebooks (programs, states), the
//! model (languages, wordings) and the element's own values; `www/builder.js` does the rest in
//! the browser, with the element's own checks (`checkOption`).

use screener::model::{Audience, Lang, Program, Voice};

use super::words::{self, Field};
use crate::site::rules::html;
use crate::util;

/// The page's file name in `lang`: `builder.html` in English, `builder.es.html` in Spanish (as
/// the statements and the rules pages are named).
pub fn file_name(lang: Lang) -> String {
    html::file_name("builder", lang)
}

/// What a control sets: an attribute of the element, a property of its theme (`EMBEDDING.md`
/// §3), or where the files and the page are (what the snippets name).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sets {
    Attribute,
    Style,
    Where,
}

impl Sets {
    fn code(self) -> &'static str {
        match self {
            Sets::Attribute => "attribute",
            Sets::Style => "style",
            Sets::Where => "where",
        }
    }
}

/// How a value is given.
#[derive(Debug)]
enum Input {
    /// A choice: `(value, label)`, the first one's value empty (the attribute left out).
    Select(Vec<(String, String)>),
    /// Typed text, with the keyboard it wants (`inputmode`) and an example.
    Text { mode: &'static str, example: &'static str },
    /// A checkbox: when checked, the attribute with this value.
    Check(&'static str),
}

/// One control of the page.
#[derive(Debug)]
pub struct Control {
    /// The attribute or property it sets: the control's `name`.
    pub name: &'static str,
    pub sets: Sets,
    field: &'static Field,
    input: Input,
}

/// The groups of controls in `lang`, in the page's order: `(legend, controls)`.
pub fn groups(lang: Lang, programs: &[&'static Program]) -> Vec<(&'static screener::model::Said, Vec<Control>)> {
    let w = words::table(lang);
    let staff = Voice::staff(lang);
    let say = |said: &screener::model::Said| staff.say(said).to_owned();
    let not_set = |default: String| say(&w.not_set).replace("{default}", &default);
    let select = |first: String, rest: Vec<(&str, String)>| {
        Input::Select(
            std::iter::once((String::new(), first)).chain(rest.into_iter().map(|(v, l)| (v.to_owned(), l))).collect(),
        )
    };
    let control = |name, sets, field, input| Control { name, sets, field, input };
    let attribute = |name, field, input| control(name, Sets::Attribute, field, input);
    let text = |mode, example| Input::Text { mode, example };

    let program_choices =
        programs.iter().map(|p| (p.id, format!("{}: {}", staff.text(&p.state_name), staff.text(&p.title)))).collect();
    let state_choices = screener::rules::states()
        .map(|code| {
            let name = programs.iter().find(|p| p.state == code).map_or(code, |p| staff.text(&p.state_name));
            (code, format!("{name} ({code})"))
        })
        .collect();
    let lang_choices =
        Lang::ALL.into_iter().map(|l| (l.code(), Voice::staff(l).t(|t| &t.form.language_name).to_owned())).collect();
    let audience_name = |a: Audience| {
        staff.t(|t| match a {
            Audience::Staff => &t.form.staff,
            Audience::Family => &t.form.family,
        })
    };
    let audience_choices = Audience::ALL.into_iter().map(|a| (a.code(), audience_name(a).to_owned())).collect();
    let levels = (1..=6).map(|n| (["1", "2", "3", "4", "5", "6"][n - 1], n.to_string())).collect();

    vec![
        (
            &w.group_program,
            vec![
                attribute("program", &w.program, select(say(&w.any_program), program_choices)),
                attribute("state", &w.state, select(say(&w.every_state), state_choices)),
            ],
        ),
        (
            &w.group_language,
            vec![
                attribute(
                    "lang",
                    &w.lang,
                    select(
                        not_set(Voice::staff(Lang::default()).t(|t| &t.form.language_name).to_owned()),
                        lang_choices,
                    ),
                ),
                attribute(
                    "audience",
                    &w.audience,
                    select(not_set(audience_name(Audience::default()).to_owned()), audience_choices),
                ),
                attribute(
                    "layout",
                    &w.layout,
                    select(
                        not_set(say(&w.layout_by_audience)),
                        vec![("guided", say(&w.layout_guided)), ("form", say(&w.layout_form))],
                    ),
                ),
                attribute("heading-level", &w.heading_level, select(not_set("2".to_owned()), levels)),
            ],
        ),
        (
            &w.group_safety,
            vec![
                attribute(
                    "crisis",
                    &w.crisis,
                    select(
                        not_set(say(&w.crisis_result)),
                        vec![
                            ("result", say(&w.crisis_result)),
                            ("always", say(&w.crisis_always)),
                            ("off", say(&w.crisis_off)),
                        ],
                    ),
                ),
                attribute(
                    "exit",
                    &w.exit,
                    select(
                        not_set(say(&w.exit_auto)),
                        vec![("auto", say(&w.exit_auto)), ("on", say(&w.exit_on)), ("off", say(&w.exit_off))],
                    ),
                ),
                attribute("exit-url", &w.exit_url, text("url", "https://www.weather.gov/")),
                attribute("idle-minutes", &w.idle_minutes, text("numeric", "15")),
                attribute("history", &w.history, Input::Check("")),
            ],
        ),
        (
            &w.group_contact,
            vec![
                attribute("contact-name", &w.contact_name, text("text", "")),
                attribute("contact-phone", &w.contact_phone, text("tel", "(919) 555-0100")),
                attribute("contact-email", &w.contact_email, text("email", "help@agency.example")),
                attribute("contact-url", &w.contact_url, text("url", "https://agency.example/peer-support")),
                attribute("contact-hours", &w.contact_hours, text("text", "")),
            ],
        ),
        (
            &w.group_page,
            vec![
                attribute(
                    "events",
                    &w.events,
                    select(
                        say(&w.events_none),
                        vec![("summary", say(&w.events_summary)), ("full", say(&w.events_full))],
                    ),
                ),
                attribute("fallback-url", &w.fallback_url, text("url", "")),
                attribute("shadow", &w.shadow, Input::Check("open")),
            ],
        ),
        (
            &w.group_style,
            vec![
                control("--pss-accent", Sets::Style, &w.accent, text("text", "#0b57d0")),
                control("--pss-accent-dark", Sets::Style, &w.accent_dark, text("text", "#8ab4f8")),
                control("--pss-font", Sets::Style, &w.font, text("text", "system-ui, sans-serif")),
                control("--pss-radius", Sets::Style, &w.radius, text("text", "6px")),
                control("--pss-space", Sets::Style, &w.space, text("text", "16px")),
            ],
        ),
        (
            &w.group_where,
            vec![
                control("files-url", Sets::Where, &w.files_url, text("url", "")),
                control("page-origin", Sets::Where, &w.page_origin, text("url", "")),
            ],
        ),
    ]
}

/// The whole page in `lang`.
pub fn render(lang: Lang, programs: &[&'static Program]) -> util::Result<String> {
    if programs.is_empty() {
        return Err("no programs for the snippet builder".into());
    }
    let w = words::table(lang);
    let staff = Voice::staff(lang);
    let say = |said: &screener::model::Said| html::text(staff.say(said));
    let mut out = String::with_capacity(32 * 1024);
    out.push_str(&html::page_start(
        lang,
        "builder",
        &say(&w.title),
        "<link rel=\"stylesheet\" href=\"builder.css\">\n\
         <script type=\"module\" src=\"peer-support-screener.js\"></script>\n\
         <script type=\"module\" src=\"builder.js\"></script>\n",
    ));
    for text in [&w.intro, &w.checked, &w.more] {
        out.push_str(&format!("<p>{}</p>\n", say(text)));
    }
    out.push_str("<div class=\"builder\">\n<div class=\"controls\" data-controls>\n");
    for (legend, controls) in groups(lang, programs) {
        out.push_str(&format!("<fieldset>\n<legend>{}</legend>\n", say(legend)));
        for control in &controls {
            out.push_str(&control_html(control, &say));
        }
        out.push_str("</fieldset>\n");
    }
    out.push_str("</div>\n<div class=\"results\">\n");
    out.push_str(&format!(
        "<section class=\"preview\" aria-labelledby=\"b-preview-h\">\n<h2 id=\"b-preview-h\">{}</h2>\n<p>{}</p>\n\
         <div data-preview></div>\n</section>\n",
        say(&w.preview),
        say(&w.preview_intro)
    ));
    out.push_str(&format!(
        "<section class=\"copy\" aria-labelledby=\"b-copy-h\">\n<h2 id=\"b-copy-h\">{}</h2>\n\
         <h3 id=\"b-left-out-h\">{}</h3>\n<div class=\"left-out\" data-left-out role=\"status\" aria-labelledby=\"b-left-out-h\"><p>{}</p></div>\n",
        say(&w.copy_heading),
        say(&w.left_out),
        say(&w.left_out_none),
    ));
    for (kind, heading, intro, rows) in [
        ("script", &w.script, vec![&w.script_intro], 8),
        ("csp", &w.csp, vec![&w.csp_intro], 3),
        ("css", &w.css, vec![&w.css_intro], 4),
        ("iframe", &w.iframe, vec![&w.iframe_intro, &w.iframe_headers], 6),
    ] {
        out.push_str(&format!("<div class=\"snippet\">\n<h3 id=\"b-{kind}-h\">{}</h3>\n", say(heading)));
        let mut described = Vec::new();
        for (i, text) in intro.iter().enumerate() {
            out.push_str(&format!("<p id=\"b-{kind}-help{i}\">{}</p>\n", say(text)));
            described.push(format!("b-{kind}-help{i}"));
        }
        if kind == "iframe" {
            out.push_str(&format!("<p data-not-carried id=\"b-{kind}-carried\"></p>\n"));
            described.push(format!("b-{kind}-carried"));
        }
        out.push_str(&format!(
            "<textarea id=\"b-{kind}\" data-snippet=\"{kind}\" readonly rows=\"{rows}\" spellcheck=\"false\" \
             aria-labelledby=\"b-{kind}-h\" aria-describedby=\"{}\"></textarea>\n\
             <p class=\"actions\"><button type=\"button\" data-copy=\"{kind}\" aria-describedby=\"b-{kind}-h\">{}</button> \
             <span data-copied=\"{kind}\" role=\"status\"></span></p>\n</div>\n",
            described.join(" "),
            say(&w.copy),
        ));
    }
    out.push_str("</section>\n</div>\n</div>\n");
    let home = match lang {
        Lang::En => "index.html".to_owned(),
        other => format!("index.html?lang={}", other.code()),
    };
    out.push_str(&format!(
        "<p class=\"back\"><a href=\"{}\">{}</a></p>\n</main>\n</body>\n</html>\n",
        html::text(&home),
        say(&w.back)
    ));
    Ok(out)
}

/// One control: its label (with the attribute's name), the control, its explanation and the
/// place for the reason a value is left out, tied together by ids.
fn control_html(control: &Control, say: &impl Fn(&screener::model::Said) -> String) -> String {
    let id = format!("b-{}", control.name.trim_start_matches('-'));
    let label = format!(
        "<label for=\"{id}\">{} <code>{}</code></label>\n",
        say(&control.field.label),
        html::text(control.name)
    );
    let described = format!("{id}-help {id}-problem");
    let common = format!(
        "id=\"{id}\" name=\"{}\" data-sets=\"{}\" aria-describedby=\"{described}\"",
        html::text(control.name),
        control.sets.code()
    );
    let (class, input) = match &control.input {
        Input::Select(choices) => {
            let mut select = format!("<select {common}>\n");
            for (value, text) in choices {
                select.push_str(&format!("<option value=\"{}\">{}</option>\n", html::text(value), html::text(text)));
            }
            select.push_str("</select>\n");
            ("field", format!("{label}{select}"))
        }
        Input::Text { mode, example } => {
            let placeholder =
                if example.is_empty() { String::new() } else { format!(" placeholder=\"{}\"", html::text(example)) };
            let input = format!(
                "<input type=\"text\" {common} inputmode=\"{mode}\" autocomplete=\"off\" spellcheck=\"false\"{placeholder}>\n"
            );
            ("field", format!("{label}{input}"))
        }
        Input::Check(value) => {
            let input = format!("<input type=\"checkbox\" {common} data-on=\"{}\">\n", html::text(value));
            ("field check", format!("{input}{label}"))
        }
    };
    format!(
        "<div class=\"{class}\">\n{input}<p class=\"help\" id=\"{id}-help\">{}</p>\n\
         <p class=\"problem\" id=\"{id}-problem\" data-problem-for=\"{}\"></p>\n</div>\n",
        say(&control.field.help),
        html::text(control.name)
    )
}
