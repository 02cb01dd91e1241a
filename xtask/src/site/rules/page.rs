//! One rules page, in one language, from the rulebooks: for each program its state, title,
//! stage, policy status, version and source; every criterion with its kind, what it checks
//! (worded from the shape of its [`Test`] and the texts of the questions it reads), its section
//! and the verbatim quote; every question in each voice the program offers, with its options;
//! the service facts; and what the rulebook leaves out. Labels come from the words tables
//! (`screener::words`) and, until they move there, from [`super::words`]; nothing is copied
//! from a rulebook by hand.

use screener::model::{Audience, Lang, Program, Question, QuestionType, Subject, Test, Voice};
use screener::sentences;

use super::html::{self, anchor, fill};
use super::not_encoded::Block;
use super::words;
use crate::util;

/// The page's file name in `lang`: `rules.html` in English, `rules.es.html` in Spanish (as the
/// statements are named).
pub fn file_name(lang: Lang) -> String {
    html::file_name("rules", lang)
}

/// The whole page in `lang`: `programs` in order, each with its "Not encoded" paragraph
/// (`not_encoded[i]` is `programs[i]`'s).
pub fn render(lang: Lang, programs: &[&'static Program], not_encoded: &[Vec<Block>]) -> util::Result<String> {
    if programs.is_empty() || programs.len() != not_encoded.len() {
        return Err(format!("{} programs and {} \"Not encoded\" paragraphs", programs.len(), not_encoded.len()));
    }
    let page = Page { lang, staff: Voice::staff(lang), labels: words::table(lang), programs };
    let title = page.label(|l| &l.title);
    let mut out = String::with_capacity(256 * 1024);
    out.push_str(&html::page_start(lang, "rules", &title, "<link rel=\"stylesheet\" href=\"rules.css\">\n"));
    for text in [page.label(|l| &l.intro), page.word(|w| &w.result.disclaimer), page.label(|l| &l.quotes)] {
        out.push_str(&format!("<p>{text}</p>\n"));
    }
    out.push_str(&format!(
        "<nav class=\"contents\" aria-labelledby=\"programs\">\n<h2 id=\"programs\">{}</h2>\n<ul>\n",
        page.label(|l| &l.programs)
    ));
    for program in programs {
        out.push_str(&format!(
            "<li><a href=\"#{}\">{}: {}</a> <code>{}</code></li>\n",
            anchor(&[program.id]),
            html::text(page.staff.text(&program.state_name)),
            html::text(page.staff.text(&program.title)),
            html::text(program.id),
        ));
    }
    out.push_str("</ul>\n</nav>\n");
    for (program, not_encoded) in programs.iter().zip(not_encoded) {
        page.program(&mut out, program, not_encoded)?;
    }
    let home = match lang {
        Lang::En => "index.html".to_owned(),
        other => format!("index.html?lang={}", other.code()),
    };
    out.push_str(&format!(
        "<p class=\"back\"><a href=\"{}\">{}</a></p>\n</main>\n</body>\n</html>\n",
        html::text(&home),
        page.word(|w| &w.caseload.back)
    ));
    Ok(out)
}

/// What every part of one page needs.
struct Page<'a> {
    lang: Lang,
    /// Labels and statements are in staff wording: the page is for compliance staff and policy
    /// analysts. The questions are shown in every voice.
    staff: Voice,
    labels: &'static words::RulesWords,
    programs: &'a [&'static Program],
}

impl Page<'_> {
    /// A label of the words tables, escaped.
    fn word(&self, pick: impl FnOnce(&'static screener::words::Table) -> &'static screener::model::Said) -> String {
        html::text(self.staff.t(pick))
    }

    /// A label of the page's own table, escaped.
    fn label(&self, pick: impl FnOnce(&'static words::RulesWords) -> &'static screener::model::Said) -> String {
        html::text(self.staff.say(pick(self.labels)))
    }

    /// A template of the page's own table, filled with HTML.
    fn fill(
        &self,
        pick: impl FnOnce(&'static words::RulesWords) -> &'static screener::model::Said,
        values: &[(&str, &str)],
    ) -> util::Result<String> {
        fill(self.staff.say(pick(self.labels)), values)
    }

    /// A rulebook's text in quotation marks, escaped.
    fn quoted(&self, text: &str) -> util::Result<String> {
        self.fill(|l| &l.quoted, &[("text", &html::text(text))])
    }

    /// A question of `program` named by its text in quotation marks, linked to its entry.
    fn question_link(&self, program: &Program, id: &str) -> util::Result<String> {
        let question = program
            .question(id)
            .ok_or_else(|| format!("{}: a criterion reads `{id}`, which it does not ask", program.id))?;
        Ok(format!(
            "<a href=\"#{}\">{}</a>",
            anchor(&[program.id, "q", id]),
            self.quoted(self.staff.text(&question.text))?
        ))
    }

    fn program(&self, out: &mut String, program: &'static Program, not_encoded: &[Block]) -> util::Result {
        let id = anchor(&[program.id]);
        out.push_str(&format!(
            "<section class=\"program\" id=\"{id}\" aria-labelledby=\"{id}--h\">\n<h2 id=\"{id}--h\">{}</h2>\n<dl class=\"facts\">\n",
            html::text(self.staff.text(&program.title))
        ));
        let mut fact = |label: String, value: String| out.push_str(&format!("<dt>{label}</dt><dd>{value}</dd>\n"));
        fact(
            self.word(|w| &w.form.state),
            format!("{} ({})", html::text(self.staff.text(&program.state_name)), html::text(program.state)),
        );
        fact(self.word(|w| &w.result.program), format!("<code>{}</code>", html::text(program.id)));
        let stage = match program.stage.review_of() {
            None => self.label(|l| &l.admission),
            Some(of) => {
                let reviewed = self
                    .programs
                    .iter()
                    .find(|p| p.id == of)
                    .ok_or_else(|| format!("{} reviews {of}, which is not on the page", program.id))?;
                let link =
                    format!("<a href=\"#{}\">{}</a>", anchor(&[of]), html::text(self.staff.text(&reviewed.title)));
                self.fill(|l| &l.review_of, &[("program", &link)])?
            }
        };
        fact(self.label(|l| &l.stage), stage);
        let status = match program.policy_status() {
            screener::model::PolicyStatus::Published => {
                format!("<span data-policy-status=\"published\">{}</span>", self.label(|l| &l.published))
            }
            screener::model::PolicyStatus::Draft => format!(
                "<strong data-policy-status=\"draft\">{}</strong>. {}",
                self.label(|l| &l.draft),
                self.word(|w| &w.result.draft)
            ),
        };
        fact(self.label(|l| &l.policy_status), status);
        fact(self.word(|w| &w.result.version), format!("<span data-version>{}</span>", html::text(program.version)));
        if let Some(from) = program.effective_from {
            fact(self.label(|l| &l.in_force_from), html::text(from));
        }
        fact(
            self.word(|w| &w.result.source),
            format!(
                "<cite lang=\"en\">{}</cite> (<code>{}</code>)",
                html::text(program.document.title),
                html::text(program.document.file)
            ),
        );
        out.push_str("</dl>\n");

        out.push_str(&format!("<h3>{}</h3>\n", self.word(|w| &w.result.criteria)));
        for criterion in program.criteria {
            let cid = anchor(&[program.id, criterion.id]);
            let kind = self.staff.say(sentences::kind(self.staff.words(), criterion.kind()));
            out.push_str(&format!(
                "<section class=\"criterion\" id=\"{cid}\" aria-labelledby=\"{cid}--h\" data-criterion=\"{}\">\n\
                 <h4 id=\"{cid}--h\">{}: <code>{}</code></h4>\n<dl class=\"checks\">\n",
                html::text(criterion.id),
                html::text(kind),
                html::text(criterion.id)
            ));
            let [met, not_met, unknown] = self.checks(program, &criterion.test)?;
            for (label, text) in [
                (self.label(|l| &l.met_when), met),
                (self.label(|l| &l.not_met_when), not_met),
                (self.label(|l| &l.unknown_when), unknown),
            ] {
                out.push_str(&format!("<dt>{label}</dt><dd>{text}</dd>\n"));
            }
            let cited = self.fill(
                |l| &l.cited,
                &[
                    ("document", &format!("<cite lang=\"en\">{}</cite>", html::text(program.document.title))),
                    (
                        "section",
                        &self.fill(
                            |l| &l.quoted,
                            &[("text", &format!("<span lang=\"en\">{}</span>", html::text(criterion.source.section)))],
                        )?,
                    ),
                ],
            )?;
            out.push_str(&format!(
                "</dl>\n<p class=\"cited\">{}: {cited}</p>\n<blockquote lang=\"en\" translate=\"no\"><p>{}</p></blockquote>\n</section>\n",
                self.word(|w| &w.result.source),
                html::text(criterion.source.quote)
            ));
        }

        out.push_str(&format!("<h3>{}</h3>\n", self.word(|w| &w.form.questions)));
        for question in program.questions {
            self.question(out, program, question)?;
        }

        out.push_str(&format!("<h3>{}</h3>\n", self.word(|w| &w.result.service)));
        let facts = sentences::service_facts(program, self.staff);
        if facts.is_empty() {
            out.push_str(&format!("<p>{}</p>\n", self.label(|l| &l.no_service_facts)));
        } else {
            out.push_str("<ul class=\"service\">\n");
            for line in facts {
                out.push_str(&format!("<li>{}</li>\n", html::text(&line)));
            }
            out.push_str("</ul>\n");
        }

        out.push_str(&format!(
            "<h3>{}</h3>\n<p>{}</p>\n<div class=\"not-encoded\" lang=\"en\">\n",
            self.label(|l| &l.not_encoded),
            self.label(|l| &l.not_encoded_from)
        ));
        for block in not_encoded {
            match block {
                Block::Prose(text) => out.push_str(&format!("<p>{}</p>\n", html::inline_markdown(text))),
                Block::List(items) => {
                    out.push_str("<ul>\n");
                    for item in items {
                        out.push_str(&format!("<li>{}</li>\n", html::inline_markdown(item)));
                    }
                    out.push_str("</ul>\n");
                }
            }
        }
        out.push_str("</div>\n</section>\n");
        Ok(())
    }

    /// When a criterion is met, not met, and unknown, worded from the shape of its test.
    fn checks(&self, program: &Program, test: &Test) -> util::Result<[String; 3]> {
        let yes = self.word(|w| &w.result.yes);
        let no = self.word(|w| &w.result.no);
        let link = |id: &str| self.question_link(program, id);
        let answered =
            |question: &str, answer: &str| self.fill(|l| &l.answered, &[("question", question), ("answer", answer)]);
        let not_answered = |question: &str| self.fill(|l| &l.not_answered, &[("question", question)]);
        Ok(match *test {
            Test::Yes { question, .. } => {
                let q = link(question)?;
                [answered(&q, &yes)?, answered(&q, &no)?, not_answered(&q)?]
            }
            Test::No { question, .. } => {
                let q = link(question)?;
                [answered(&q, &no)?, answered(&q, &yes)?, not_answered(&q)?]
            }
            Test::AtLeast { question, min, .. } => {
                let (q, min) = (link(question)?, min.to_string());
                let values = [("question", q.as_str()), ("min", min.as_str())];
                [self.fill(|l| &l.at_least, &values)?, self.fill(|l| &l.fewer_than, &values)?, not_answered(&q)?]
            }
            Test::NotChoice { question, option, .. } => {
                let q = link(question)?;
                let choice = program
                    .question(question)
                    .and_then(|q| q.options.iter().find(|o| o.id == option))
                    .ok_or_else(|| format!("{}: `{question}` offers no option `{option}`", program.id))?;
                let option = self.quoted(self.staff.text(&choice.text))?;
                [
                    self.fill(|l| &l.any_but, &[("question", &q), ("option", &option)])?,
                    answered(&q, &option)?,
                    not_answered(&q)?,
                ]
            }
            Test::AtMost { question, max, .. } => {
                let (q, max) = (link(question)?, max.to_string());
                let values = [("question", q.as_str()), ("max", max.as_str())];
                [self.fill(|l| &l.at_most, &values)?, self.fill(|l| &l.more_than, &values)?, not_answered(&q)?]
            }
            Test::MinimumAge { birth_date, years } => {
                let (q, years) = (link(birth_date)?, years.to_string());
                let values = [("question", q.as_str()), ("years", years.as_str())];
                [
                    self.fill(|l| &l.age_reached, &values)?,
                    self.fill(|l| &l.age_not_reached, &values)?,
                    not_answered(&q)?,
                ]
            }
            Test::WithFollowUp { question, follow_up, fails_when, .. } => {
                let (q, f) = (link(question)?, link(follow_up)?);
                let (passes, fails) = if fails_when { (&no, &yes) } else { (&yes, &no) };
                let mut values = vec![("question", q.as_str()), ("follow_up", f.as_str()), ("yes", yes.as_str())];
                let unknown = self.fill(|l| &l.follow_up_unknown, &values)?;
                values.push(("answer", fails));
                let not_met = self.fill(|l| &l.follow_up_not_met, &values)?;
                values.pop();
                values.extend([("answer", passes.as_str()), ("no", no.as_str())]);
                [self.fill(|l| &l.follow_up_met, &values)?, not_met, unknown]
            }
            Test::TransitionWindow { service, ends, days, ref service_name, ref end_of } => {
                let (q, e, days) = (link(service)?, link(ends)?, days.to_string());
                let end_of = html::text(self.staff.text(end_of));
                let name = html::text(self.staff.text(service_name));
                let values = [
                    ("question", q.as_str()),
                    ("ends", e.as_str()),
                    ("days", days.as_str()),
                    ("end_of", end_of.as_str()),
                    ("service", name.as_str()),
                    ("yes", yes.as_str()),
                    ("no", no.as_str()),
                ];
                [
                    self.fill(|l| &l.window_met, &values)?,
                    self.fill(|l| &l.window_not_met, &values)?,
                    self.fill(|l| &l.window_unknown, &values)?,
                ]
            }
        })
    }

    /// A question: its id, what it takes, when it is asked, and its text and options in each
    /// voice the program offers.
    fn question(&self, out: &mut String, program: &Program, question: &Question) -> util::Result {
        let qid = anchor(&[program.id, "q", question.id]);
        let takes = match question.kind {
            QuestionType::YesNo => self.label(|l| &l.type_yes_no),
            QuestionType::Date if question.not_after_as_of => self.label(|l| &l.type_birth_date),
            QuestionType::Date => self.label(|l| &l.type_date),
            QuestionType::Count => self.label(|l| &l.type_count),
            QuestionType::MultiSelect => self.label(|l| &l.type_multi_select),
            QuestionType::SingleChoice => self.label(|l| &l.type_single_choice),
        };
        out.push_str(&format!(
            "<section class=\"question\" id=\"{qid}\" aria-labelledby=\"{qid}--h\" data-question=\"{id}\">\n\
             <h4 id=\"{qid}--h\"><code>{id}</code></h4>\n<p class=\"takes\">{takes}</p>\n",
            id = html::text(question.id)
        ));
        if let Some(parent) = question.parent {
            let (link, yes) = (self.question_link(program, parent)?, self.word(|w| &w.result.yes));
            out.push_str(&format!("<p>{}</p>\n", self.fill(|l| &l.follows, &[("question", &link), ("yes", &yes)])?));
        }
        if let Some(other) = question.not_below {
            let link = self.question_link(program, other)?;
            out.push_str(&format!("<p>{}</p>\n", self.fill(|l| &l.not_below, &[("question", &link)])?));
        }
        out.push_str("<dl class=\"voices\">\n");
        for voice in voices(self.lang, program) {
            let label = match (voice.audience, voice.subject) {
                (Audience::Staff, _) => self.word(|w| &w.form.staff),
                (Audience::Family, Subject::Person) => self.word(|w| &w.form.family),
                (Audience::Family, Subject::Child) => self.label(|l| &l.family_child),
            };
            out.push_str(&format!(
                "<dt>{label}</dt><dd data-voice=\"{}{}\">\n<p>{}</p>\n",
                voice.audience.code(),
                if voice.subject == Subject::Child { "-child" } else { "" },
                html::text(voice.text(&question.text))
            ));
            if !question.options.is_empty() {
                out.push_str("<ul class=\"options\">\n");
                for option in question.options {
                    out.push_str(&format!(
                        "<li>{} <code>{}</code></li>\n",
                        html::text(voice.text(&option.text)),
                        html::text(option.id)
                    ));
                }
                if question.kind == QuestionType::MultiSelect {
                    out.push_str(&format!("<li>{}</li>\n", html::text(voice.t(|w| &w.result.none_apply))));
                }
                out.push_str("</ul>\n");
            }
            out.push_str("</dd>\n");
        }
        out.push_str("</dl>\n</section>\n");
        Ok(())
    }
}

/// The voices a program's questions are read in, in `lang`: staff, family, and family about a
/// child where the program offers it (`Program::subjects`).
fn voices(lang: Lang, program: &Program) -> Vec<Voice> {
    let mut voices = vec![Voice::staff(lang)];
    voices.extend(program.subjects().iter().map(|subject| Voice::new(lang, Audience::Family, *subject)));
    voices
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::{csp, pages};
    use screener::model::*;

    fn notes(programs: &[&Program]) -> Vec<Vec<Block>> {
        programs.iter().map(|p| vec![Block::Prose(format!("Nothing of {} is left out.", p.id))]).collect()
    }

    /// Every element that opens closes, in order (the page's own elements: no attribute holds
    /// a `>`, as [`html::text`] escapes it).
    fn assert_balanced(page: &str) {
        const VOID: &[&str] = &["meta", "link", "br", "!doctype"];
        let mut open: Vec<String> = Vec::new();
        for tag in page.split('<').skip(1).map(|rest| rest.split('>').next().expect("a tag ends")) {
            let name = tag.split(|c: char| c.is_whitespace()).next().unwrap_or("").to_ascii_lowercase();
            if let Some(closing) = name.strip_prefix('/') {
                assert_eq!(open.pop().as_deref(), Some(closing), "</{closing}> closes something else");
            } else if !VOID.contains(&name.as_str()) {
                open.push(name);
            }
        }
        assert!(open.is_empty(), "left open: {open:?}");
    }

    /// Whatever a placeholder left (`{name}`) in the page.
    fn unfilled(page: &str) -> Vec<&str> {
        page.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .filter(|name| !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
            .collect()
    }

    #[test]
    fn each_page_shows_every_program_criterion_quote_and_question_of_the_rulebooks() {
        let programs = &screener::rules::ALL;
        for lang in Lang::ALL {
            let page = render(lang, programs, &notes(programs)).expect("the page renders");
            assert!(page.starts_with(&format!("<!doctype html>\n<html lang=\"{}\">", lang.code())));
            pages::check_policy(&page, &csp::page_policy(&file_name(lang))).expect("the site's policy");
            pages::pin_page(&page, |file| Ok(format!("sha384-{file}"))).expect("nothing but a stylesheet to pin");
            assert!(!page.contains("<script"), "the page runs no script");
            assert_balanced(&page);
            assert_eq!(unfilled(&page), Vec::<&str>::new(), "placeholders left");
            for program in programs {
                assert!(page.contains(&format!("<section class=\"program\" id=\"{}\"", program.id)), "{}", program.id);
                assert!(page.contains(&format!("<span data-version>{}</span>", program.version)), "{}", program.id);
                assert!(page.contains(&html::text(program.document.title)), "{}", program.id);
                assert!(page.contains(&format!("Nothing of {} is left out.", program.id)));
                let status = format!("data-policy-status=\"{}\"", program.policy_status().code());
                assert!(page.contains(&status), "{}: {status}", program.id);
                for criterion in program.criteria {
                    let quote = format!(
                        "<blockquote lang=\"en\" translate=\"no\"><p>{}</p></blockquote>",
                        html::text(criterion.source.quote)
                    );
                    assert!(page.contains(&quote), "{}: the quote of {}", program.id, criterion.id);
                    assert!(page.contains(&html::text(criterion.source.section)));
                    let kind = Voice::staff(lang).say(sentences::kind(screener::words::table(lang), criterion.kind()));
                    assert!(page.contains(&format!("{}: <code>{}</code></h4>", html::text(kind), criterion.id)));
                }
                for question in program.questions {
                    for voice in voices(lang, program) {
                        assert!(
                            page.contains(&html::text(voice.text(&question.text))),
                            "{} {}",
                            program.id,
                            question.id
                        );
                        for option in question.options {
                            assert!(page.contains(&html::text(voice.text(&option.text))), "{}", option.id);
                        }
                    }
                }
                let facts = sentences::service_facts(program, Voice::staff(lang));
                for fact in &facts {
                    assert!(page.contains(&format!("<li>{}</li>", html::text(fact))), "{fact}");
                }
            }
        }
    }

    #[test]
    fn the_family_voice_about_a_child_is_shown_only_where_it_is_offered() {
        let person = screener::rules::ALL
            .iter()
            .find(|p| p.subjects().contains(&Subject::Child))
            .expect("a program for the person");
        let caregiver = screener::rules::ALL
            .iter()
            .find(|p| !p.subjects().contains(&Subject::Child))
            .expect("a program for caregivers");
        assert_eq!(voices(Lang::En, person).len(), 3);
        assert_eq!(voices(Lang::Es, caregiver).len(), 2);
        let page = render(Lang::En, &[person, caregiver], &notes(&[person, caregiver])).expect("the page renders");
        let child = "data-voice=\"family-child\"";
        let section = |id: &str| {
            page.split(&format!("<section class=\"program\" id=\"{id}\"")).nth(1).expect("a section").to_owned()
        };
        assert!(section(person.id).split("<section class=\"program\"").next().unwrap_or("").contains(child));
        assert!(!section(caregiver.id).contains(child));
    }

    // A rulebook with every shape of test, to read what each says.
    const YES: Words = Words::same("Y", "Y");
    const SAYS: Verdicts = Verdicts { pass: YES, fail: YES };
    const SHAPES: Program = Program {
        id: "xx-shapes",
        state: "XX",
        state_name: Words::same("Nowhere", "Ninguna parte"),
        title: Words::same("Shapes <&>", "Formas <&>"),
        stage: Stage::Admission,
        serves: Serves::Person,
        version: "2026-12-02",
        effective_from: Some("2020-01-01"),
        document: Document { file: "x.txt", title: "The \"source\"", draft: true },
        questions: &[
            Question::yes_no("done", Words::same("Was it done?", "¿Se hizo?")),
            Question::yes_no("showed", Words::same("Did it show need?", "¿Mostró necesidad?")).follows("done"),
            Question::birth_date("born", Words::same("Date of birth:", "Fecha de nacimiento:")),
            Question::multi_select(
                "areas",
                Words::same("Areas:", "Áreas:"),
                &[
                    Choice { id: "a", text: Words::same("Area A", "Área A") },
                    Choice { id: "b", text: Words::same("Area B", "Área B") },
                ],
            ),
            Question::single_choice(
                "where",
                Words::same("Where?", "¿Dónde?"),
                &[Choice { id: "none", text: Words::same("None", "Ninguno") }],
            ),
            Question::count("day", Words::same("Units a day:", "Unidades al día:")),
            Question::count("month", Words::same("Units a month:", "Unidades al mes:")).not_below("day"),
            Question::yes_no("team", Words::same("Receives TEAM?", "¿Recibe TEAM?")),
            Question::date("team_end", Words::same("Last day of TEAM:", "Último día de TEAM:")).follows("team"),
        ],
        criteria: &[
            Criterion::eligibility(
                "xx.assessment",
                Citation { section: "1 <Intro>", quote: "An \"assessment\" & more." },
                Test::WithFollowUp {
                    question: "done",
                    follow_up: "showed",
                    fails_when: false,
                    says: SAYS,
                    when_no: YES,
                },
            ),
            Criterion::eligibility(
                "xx.age",
                Citation { section: "2", quote: "Ages 16+." },
                Test::MinimumAge { birth_date: "born", years: 16 },
            ),
            Criterion::eligibility(
                "xx.areas",
                Citation { section: "3", quote: "Two areas." },
                Test::AtLeast { question: "areas", min: 2, says: SAYS },
            ),
            Criterion::eligibility(
                "xx.where",
                Citation { section: "4", quote: "Somewhere." },
                Test::NotChoice { question: "where", option: "none", says: SAYS },
            ),
            Criterion::exclusion(
                "xx.team",
                Citation { section: "5", quote: "Not with TEAM but its last 30 days." },
                Test::TransitionWindow {
                    service: "team",
                    ends: "team_end",
                    days: 30,
                    service_name: Words::same("TEAM", "TEAM"),
                    end_of: Words::same("the TEAM authorization", "la autorización de TEAM"),
                },
            ),
            Criterion::limit(
                "xx.day",
                Citation { section: "6", quote: "32 a day." },
                Test::AtMost { question: "day", max: 32, says: SAYS },
            ),
            Criterion::requirement(
                "xx.no",
                Citation { section: "7", quote: "Not done." },
                Test::No { question: "done", says: SAYS },
                YES,
            ),
        ],
        service: Service::NONE,
        standing_notes: &[],
        ask: YES,
    };

    /// The `<dd>`s of what criterion `id` checks: met, not met, unknown.
    fn checks_of(page: &str, id: &str) -> Vec<String> {
        let section = page
            .split(&format!("data-criterion=\"{id}\""))
            .nth(1)
            .expect("the criterion")
            .split("</dl>")
            .next()
            .unwrap_or("");
        section.split("<dd>").skip(1).map(|dd| dd.split("</dd>").next().unwrap_or("").to_owned()).collect()
    }

    #[test]
    fn every_shape_of_test_says_when_it_is_met_not_met_and_unknown() {
        let page = render(Lang::En, &[&SHAPES], &notes(&[&SHAPES])).expect("the page renders");
        assert_balanced(&page);
        assert_eq!(unfilled(&page), Vec::<&str>::new());
        let q = |id: &str, text: &str| format!("<a href=\"#xx-shapes--q--{id}\">“{text}”</a>");
        let (done, showed) = (q("done", "Was it done?"), q("showed", "Did it show need?"));
        assert_eq!(
            checks_of(&page, "xx.assessment"),
            [
                format!("{done} is answered No; or it is answered Yes and {showed} is answered Yes."),
                format!("{done} is answered Yes and {showed} is answered No."),
                format!("{done} is not answered; or it is answered Yes and {showed} is not answered."),
            ]
        );
        let born = q("born", "Date of birth:");
        assert_eq!(
            checks_of(&page, "xx.age"),
            [
                format!("The person is 16 or older on the screening date, from {born}."),
                format!("The person is younger than 16 on the screening date, from {born}; it is met from the day they turn 16."),
                format!("{born} is not answered."),
            ]
        );
        let areas = q("areas", "Areas:");
        assert_eq!(checks_of(&page, "xx.areas")[0], format!("At least 2 of the options of {areas} are chosen."));
        assert_eq!(checks_of(&page, "xx.areas")[1], format!("Fewer than 2 of the options of {areas} are chosen."));
        let place = q("where", "Where?");
        assert_eq!(checks_of(&page, "xx.where")[0], format!("{place} is answered with any option but “None”."));
        assert_eq!(checks_of(&page, "xx.where")[1], format!("{place} is answered “None”."));
        let (team, end) = (q("team", "Receives TEAM?"), q("team_end", "Last day of TEAM:"));
        assert_eq!(
            checks_of(&page, "xx.team"),
            [
                format!("{team} is answered No; or it is answered Yes and the screening date falls in the last 30 days of the TEAM authorization, up to and including the date given for {end}."),
                format!("{team} is answered Yes and the screening date is before the last 30 days of the TEAM authorization: TEAM continues. It is met from the first of those days."),
                format!("{team} is not answered; or it is answered Yes and {end} is not answered, or is before the screening date (a service received now cannot end in the past)."),
            ]
        );
        let day = q("day", "Units a day:");
        assert_eq!(
            checks_of(&page, "xx.day")[..2],
            [format!("{day} is 32 or less."), format!("{day} is more than 32.")]
        );
        assert_eq!(
            checks_of(&page, "xx.no")[..2],
            [format!("{done} is answered No."), format!("{done} is answered Yes.")]
        );

        // Rulebook text is escaped wherever it goes; what a question depends on is said.
        assert!(page.contains("<h2 id=\"xx-shapes--h\">Shapes &lt;&amp;&gt;</h2>"));
        assert!(page.contains("<cite lang=\"en\">The &quot;source&quot;</cite> (<code>x.txt</code>)"));
        assert!(page.contains("<p>An &quot;assessment&quot; &amp; more.</p>"));
        assert!(page.contains("section “<span lang=\"en\">1 &lt;Intro&gt;</span>”"));
        assert!(page.contains(&format!("<p>Asked only when {done} is answered Yes.</p>")));
        assert!(page.contains(&format!("<p>Cannot be less than the answer to {day}.</p>")));
        assert!(page.contains("<strong data-policy-status=\"draft\">Draft policy</strong>"));
        assert!(page.contains("<dt>In force from</dt><dd>2020-01-01</dd>"));
        assert!(page.contains("<li>None of these apply</li>"), "a multi-select's way to say none");
        assert!(page.contains("<p>The source gives no unit, rate, procedure code or cap.</p>"));

        let spanish = render(Lang::Es, &[&SHAPES], &notes(&[&SHAPES])).expect("the page renders");
        assert!(spanish.contains("<html lang=\"es\">"));
        assert!(spanish.contains("«¿Se hizo?»</a> se responde No"), "Spanish labels and question texts");
        assert!(spanish.contains("<a href=\"rules.html\" hreflang=\"en\" lang=\"en\">English</a>"));
        assert!(spanish.contains("<a href=\"index.html?lang=es\">"));
    }

    #[test]
    fn a_criterion_that_reads_a_question_the_program_does_not_ask_is_an_error() {
        static BROKEN: Program = Program {
            id: "xx-broken",
            questions: &[],
            criteria: &[Criterion::eligibility(
                "xx.q",
                Citation { section: "1", quote: "Q." },
                Test::Yes { question: "q", says: SAYS },
            )],
            ..SHAPES
        };
        let error = render(Lang::En, &[&BROKEN], &notes(&[&BROKEN])).expect_err("no question `q`");
        assert!(error.contains("`q`"), "{error}");
        assert!(render(Lang::En, &[&SHAPES], &[]).is_err(), "a program without its paragraph");
    }
}
