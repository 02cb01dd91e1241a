#![cfg(all(target_arch = "wasm32", feature = "pseudo"))]
//! The pseudo-locale through the real DOM (src/pseudo.rs of the core): with every text of the
//! words tables and the rulebooks turned into its look-alike ("⟦Ŝćŕééñ⟧"), every screen of both
//! layouts, for every program, in every voice, shows no word that bypassed them. What may stay as
//! it is: ids, numbers, dates, and what is marked `translate="no"` (the sources' own words, the
//! printed case note, which `tests/pseudo_locale.rs` checks natively).
//!
//! CHROMEDRIVER=/usr/bin/chromedriver \
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=.tools/bin/wasm-bindgen-test-runner \
//! cargo test -p screener-widget --target wasm32-unknown-unknown --features pseudo --test pseudo

use std::time::Duration;

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, Node};

use screener::model::{QuestionType, Stage};
use screener::{pseudo, rules};
use screener_widget::{mount, ScreenerHandle};

wasm_bindgen_test_configure!(run_in_browser);

struct Widget {
    host: Element,
    container: Element,
    handle: ScreenerHandle,
}

impl Widget {
    async fn new(options: &[(&str, &str)]) -> Widget {
        let document = web_sys::window().unwrap().document().unwrap();
        let host = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&host).unwrap();
        let container = document.create_element("div").unwrap();
        host.append_child(&container).unwrap();
        let object = Object::new();
        for (name, value) in options {
            Reflect::set(&object, &JsValue::from_str(name), &JsValue::from_str(value)).unwrap();
        }
        let handle = mount(container.clone().into(), object.into()).expect("mount");
        let widget = Widget { host, container, handle };
        for _ in 0..100 {
            if widget.find("[data-ready]").is_some() {
                break;
            }
            settle().await;
        }
        assert!(widget.find("[data-ready]").is_some(), "the widget never became ready");
        widget
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.container.query_selector(selector).unwrap()
    }

    async fn change(&self, selector: &str, value: Option<&str>) {
        let element = self.find(selector).unwrap_or_else(|| panic!("no {selector}"));
        if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
            select.set_value(value.unwrap_or_default());
        } else if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
            match value {
                Some(value) => input.set_value(value),
                None => input.set_checked(true),
            }
            fire(input, "input");
        }
        fire(&element, "change");
        settle().await;
    }

    /// Pastes `text` into "Open a saved screening" and applies it.
    async fn paste(&self, text: &str) {
        if self.find("textarea[name=saved]").is_none() {
            self.click("[data-action=open-saved]").await;
        }
        let area = self.find("textarea[name=saved]").expect("the paste field");
        area.dyn_ref::<HtmlTextAreaElement>().expect("a text area").set_value(text);
        self.click("[data-action=open-saved-apply]").await;
    }

    async fn click(&self, selector: &str) {
        let element = self.find(selector).unwrap_or_else(|| panic!("no {selector}"));
        element.dyn_into::<HtmlElement>().unwrap().click();
        settle().await;
    }

    /// Every word shown that bypassed the tables, with where it is. The screen must show words
    /// at all, and in the pseudo-locale: a check of an empty or untransformed screen proves nothing.
    fn bypassed(&self, screen: &str) -> Vec<String> {
        let mut found = Vec::new();
        let mut transformed = 0;
        walk(&self.container, &mut |text| {
            transformed += text.matches('⟦').count();
            for word in pseudo::bypassed(text, &allowed()) {
                found.push(format!("{screen}: {word:?} in {text:?}"));
            }
        });
        assert!(transformed >= 3, "{screen}: only {transformed} texts in the pseudo-locale");
        found
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        self.handle.destroy();
        self.host.remove();
    }
}

/// Ids a screen may show as they are.
fn allowed() -> Vec<&'static str> {
    let mut allowed = Vec::new();
    for p in rules::ALL {
        allowed.push(p.id);
        allowed.extend(p.questions.iter().map(|q| q.id));
    }
    allowed
}

/// Calls `visit` with the text of every text node under `node`, leaving out what is marked
/// `translate="no"` (and scripts and styles, which show nothing).
fn walk(node: &Node, visit: &mut dyn FnMut(&str)) {
    if let Some(element) = node.dyn_ref::<Element>() {
        let tag = element.tag_name().to_ascii_lowercase();
        if element.get_attribute("translate").as_deref() == Some("no") || tag == "style" || tag == "script" {
            return;
        }
    }
    if node.node_type() == Node::TEXT_NODE {
        if let Some(text) = node.text_content() {
            visit(&text);
        }
    }
    let children = node.child_nodes();
    for i in 0..children.length() {
        if let Some(child) = children.item(i) {
            walk(&child, visit);
        }
    }
}

fn fire(target: &web_sys::EventTarget, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

#[wasm_bindgen_test]
async fn every_screen_of_the_form_is_worded_from_the_tables() {
    pseudo::set(true);
    let mut found = Vec::new();
    for (lang, audience) in [("en", "staff"), ("es", "staff"), ("en", "family"), ("es", "family")] {
        let w = Widget::new(&[("lang", lang), ("audience", audience), ("layout", "form"), ("crisis", "always")]).await;
        found.extend(w.bypassed(&format!("{lang} {audience}: no program")));
        // "Open a saved screening": the field, a text that is not one, then one whose result
        // changed since (16 on the saved date, a birthday ago).
        w.paste("Dear team, see below.").await;
        found.extend(w.bypassed(&format!("{lang} {audience}: a saved screening refused")));
        let saved = r#"{"program":"mo-peer-support","as_of":"2026-01-01","answers":{"birth_date":"2010-06-01","enrolled_program":"cstar_adolescent"}}"#;
        w.paste(saved).await;
        for _ in 0..100 {
            if w.find("[data-role=since]").is_some() {
                break;
            }
            settle().await;
        }
        assert!(w.find("[data-role=since]").is_some(), "{lang} {audience}: what changed since is said");
        found.extend(w.bypassed(&format!("{lang} {audience}: a saved screening opened")));
        w.click("[data-action=start-over]").await;
        for program in rules::ALL.iter().filter(|p| audience == "staff" || p.stage == Stage::Admission) {
            w.change("select[name=program]", Some(program.id)).await;
            found.extend(w.bypassed(&format!("{lang} {audience} {}: nothing answered", program.id)));
            // Every yes, then every no: every kind of reason, follow-ups, limits and problems.
            for reply in ["yes", "no"] {
                for q in program.questions {
                    match q.kind {
                        QuestionType::YesNo if w.find(&format!("input[name={}]", q.id)).is_some() => {
                            w.change(&format!("input[name={}][value={reply}]", q.id), None).await
                        }
                        QuestionType::Date if w.find(&format!("input[name={}]", q.id)).is_some() => {
                            w.change(&format!("input[name={}]", q.id), Some("2026-12-10")).await
                        }
                        QuestionType::Count => w.change(&format!("input[name={}]", q.id), Some("2.5")).await,
                        _ => {}
                    }
                }
                found.extend(w.bypassed(&format!("{lang} {audience} {}: every {reply}", program.id)));
            }
            w.click("[data-action=start-over]").await;
        }
    }
    pseudo::set(false);
    assert!(found.is_empty(), "text that bypassed the words tables:\n{}", found.join("\n"));
}

#[wasm_bindgen_test]
async fn every_step_of_the_guided_path_is_worded_from_the_tables() {
    pseudo::set(true);
    let mut found = Vec::new();
    for lang in ["en", "es"] {
        // Each of the first two answers of "whom is it for" (for me, for my child): the child's
        // wording too, where the program has it.
        for (program, pick) in rules::ALL.iter().filter(|p| p.stage == Stage::Admission).flat_map(|p| [(p, 0), (p, 1)])
        {
            let w = Widget::new(&[("lang", lang), ("audience", "family"), ("program", program.id)]).await;
            found.extend(w.bypassed(&format!("{lang} {}: start", program.id)));
            w.click("[data-action=start]").await;
            for turn in 0..40 {
                let step = w.find("[data-step]").and_then(|s| s.get_attribute("data-step")).unwrap_or_default();
                found.extend(w.bypassed(&format!("{lang} {} step {turn} {step}", program.id)));
                match step.as_str() {
                    "who" => {
                        w.click("[data-action=continue]").await;
                        found.extend(w.bypassed(&format!("{lang} {} step {turn}: error", program.id)));
                        let radios =
                            w.container.query_selector_all("[data-step] input[type=radio]").expect("a selector");
                        assert!(radios.length() > 0, "{}: the who step offers a choice", program.id);
                        let radio: Element =
                            radios.get(pick % radios.length()).expect("a radio").dyn_into().expect("an element");
                        let value = radio.get_attribute("value").unwrap_or_default();
                        w.change(&format!("input[name=who][value={value}]"), None).await;
                        w.click("[data-action=continue]").await;
                    }
                    "question" => {
                        // Continue without an answer first: the error summary and the field's error.
                        w.click("[data-action=continue]").await;
                        found.extend(w.bypassed(&format!("{lang} {} step {turn}: error", program.id)));
                        if let Some(first) = w.find("[data-step] input[type=radio]") {
                            let name = first.get_attribute("name").unwrap_or_default();
                            let value = first.get_attribute("value").unwrap_or_default();
                            w.change(&format!("input[name={name}][value={value}]"), None).await;
                        } else if let Some(text) = w.find("[data-step] input[type=text]") {
                            let name = text.get_attribute("name").unwrap_or_default();
                            w.change(&format!("input[name=\"{name}\"]"), Some("")).await;
                        }
                        w.click("[data-action=continue]").await;
                    }
                    "check" => w.click("[data-action=see-result]").await,
                    "result" => {
                        w.click("[data-action=handoff]").await;
                        assert!(w.find("[data-handoff-code]").is_some(), "{}: the hand-off code", program.id);
                        found.extend(w.bypassed(&format!("{lang} {}: the hand-off code", program.id)));
                        break;
                    }
                    other => panic!("{}: step {other:?}", program.id),
                }
            }
            assert_eq!(
                w.find("[data-step]").and_then(|s| s.get_attribute("data-step")).as_deref(),
                Some("result"),
                "{}: the path reached its result",
                program.id
            );
        }
    }
    pseudo::set(false);
    assert!(found.is_empty(), "text that bypassed the words tables:\n{}", found.join("\n"));
}
