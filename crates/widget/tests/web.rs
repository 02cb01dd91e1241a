#![cfg(target_arch = "wasm32")]
//! The browser edge in headless Chromium, through the real DOM: `mount` into a fresh shadow root,
//! the rendered picker and questions (names, values), answering by change events, language and
//! audience switches, live options (`set_option`), `onChange`, Start over, the "what to answer
//! next" buttons, and the JavaScript API (`screen`, `programs`) with bad input.
//!
//! CHROMEDRIVER=/usr/bin/chromedriver \
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=.tools/bin/wasm-bindgen-test-runner \
//! cargo test --target wasm32-unknown-unknown --test web
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement, ShadowRoot};

use screener_widget::{mount, programs, screen, ScreenerHandle};

wasm_bindgen_test_configure!(run_in_browser);

/// A widget mounted in its own shadow root, as the custom element does it.
struct Widget {
    shadow: ShadowRoot,
    container: Element,
    handle: ScreenerHandle,
}

impl Widget {
    /// Mounts with `options` (name, value) and waits until `data-ready`.
    async fn new(options: &[(&str, &str)]) -> Widget {
        Widget::with(options, None).await
    }

    async fn with(options: &[(&str, &str)], on_change: Option<&Function>) -> Widget {
        let document = web_sys::window().unwrap().document().unwrap();
        let host = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&host).unwrap();
        let shadow = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
        let container = document.create_element("div").unwrap();
        shadow.append_child(&container).unwrap();
        let object = Object::new();
        for (name, value) in options {
            Reflect::set(&object, &JsValue::from_str(name), &JsValue::from_str(value)).unwrap();
        }
        if let Some(f) = on_change {
            Reflect::set(&object, &JsValue::from_str("onChange"), f).unwrap();
        }
        let handle = mount(container.clone().into(), object.into()).expect("mount");
        let widget = Widget { shadow, container, handle };
        assert!(until(|| widget.find("[data-ready]").is_some()).await, "the widget never became ready");
        widget
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.container.query_selector(selector).unwrap()
    }

    fn get(&self, selector: &str) -> Element {
        self.find(selector).unwrap_or_else(|| panic!("no {selector}"))
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.container.query_selector_all(selector).unwrap();
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
    }

    fn attr(&self, selector: &str, name: &str) -> Option<String> {
        self.find(selector).and_then(|e| e.get_attribute(name))
    }

    fn outcome(&self) -> Option<String> {
        self.attr("[data-outcome]", "data-outcome")
    }

    fn text(&self, selector: &str) -> String {
        self.get(selector).text_content().unwrap_or_default()
    }

    /// Chooses a value of a select (`name`) as a person would: the value, then a change event.
    async fn select(&self, name: &str, value: &str) {
        let select: HtmlSelectElement = self.get(&format!("select[name={name}]")).dyn_into().unwrap();
        select.set_value(value);
        fire(&select, "change");
        settle().await;
    }

    /// Ticks a radio or checkbox (`name`, `value`) and fires change.
    async fn tick(&self, name: &str, value: &str, on: bool) {
        let input: HtmlInputElement = self.get(&format!("input[name={name}][value={value}]")).dyn_into().unwrap();
        input.set_checked(on);
        fire(&input, "input");
        fire(&input, "change");
        settle().await;
    }

    /// Types into a date or number input (`name`) and fires input.
    async fn type_in(&self, name: &str, value: &str) {
        let input: HtmlInputElement = self.get(&format!("input[name={name}]")).dyn_into().unwrap();
        input.set_value(value);
        fire(&input, "input");
        settle().await;
    }

    async fn click(&self, selector: &str) {
        self.get(selector).dyn_into::<HtmlElement>().unwrap().click();
        settle().await;
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        self.handle.destroy();
        self.shadow.host().remove();
    }
}

fn fire(target: &web_sys::EventTarget, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// Lets Yew render (it renders on the microtask queue) and effects run.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

/// Waits up to two seconds for `ready`.
async fn until(ready: impl Fn() -> bool) -> bool {
    for _ in 0..100 {
        if ready() {
            return true;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    ready()
}

fn nc() -> &'static screener::model::Program {
    screener::rules::find("nc-pss").unwrap()
}

#[wasm_bindgen_test]
async fn renders_the_picker_and_the_questions_with_their_names() {
    let w = Widget::new(&[]).await;
    assert_eq!(w.attr(".pss", "lang").as_deref(), Some("en"));
    let programs: Vec<String> =
        w.all("select[name=program] option").iter().filter_map(|o| o.get_attribute("value")).collect();
    for program in screener::rules::ALL {
        assert!(programs.iter().any(|p| p == program.id), "the picker does not offer {}", program.id);
    }
    assert!(w.find("select[name=state]").is_some());
    assert_eq!(w.attr("input[name=as_of]", "type").as_deref(), Some("date"));
    assert!(w.find("[data-outcome]").is_none(), "no program, no outcome");

    w.select("program", "nc-pss").await;
    for q in nc().questions.iter().filter(|q| q.parent.is_none()) {
        let controls = w.all(&format!("[name={}]", q.id));
        assert!(!controls.is_empty(), "no control named {}", q.id);
        match q.kind {
            screener::model::QuestionType::YesNo => {
                let values: Vec<_> = controls.iter().filter_map(|c| c.get_attribute("value")).collect();
                assert_eq!(values, ["yes", "no", "unknown"], "{}", q.id);
                assert!(
                    w.find(&format!("fieldset[data-question={}] legend", q.id)).is_some(),
                    "{} has no legend",
                    q.id
                );
            }
            screener::model::QuestionType::MultiSelect => {
                let values: Vec<_> = controls.iter().filter_map(|c| c.get_attribute("value")).collect();
                let options: Vec<_> = q.options.iter().map(|o| o.id).collect();
                assert_eq!(values, options, "{}", q.id);
            }
            _ => {}
        }
    }
    // A follow-up appears only when its parent is yes.
    assert!(w.find("[name=actt_auth_end]").is_none());
    w.tick("actt", "yes", true).await;
    assert_eq!(w.attr("input[name=actt_auth_end]", "type").as_deref(), Some("date"));
    w.tick("actt", "no", true).await;
    assert!(w.find("[name=actt_auth_end]").is_none());
    // Every criterion has a row with its status.
    let rows: Vec<_> = w.all("[data-criterion]").iter().filter_map(|r| r.get_attribute("data-criterion")).collect();
    let ids: Vec<_> = nc().criteria.iter().map(|c| c.id).collect();
    assert_eq!(rows, ids);
}

#[wasm_bindgen_test]
async fn answering_changes_the_outcome() {
    let w = Widget::new(&[("program", "nc-pss")]).await;
    assert!(w.find("select[name=program]").is_none(), "a locked widget shows no picker");
    w.type_in("as_of", "2026-11-22").await;
    assert_eq!(w.outcome().as_deref(), Some("incomplete"));
    assert!(w.find(".pss-missing button[data-question=dsm5_diagnosis]").is_some());

    w.tick("dsm5_diagnosis", "no", true).await;
    assert_eq!(w.outcome().as_deref(), Some("not_eligible"));
    assert_eq!(w.attr("[data-criterion='nc.diagnosis']", "data-status").as_deref(), Some("fail"));
    w.tick("dsm5_diagnosis", "unknown", true).await;
    assert_eq!(w.attr("[data-criterion='nc.diagnosis']", "data-status").as_deref(), Some("unknown"));

    w.tick("dsm5_diagnosis", "yes", true).await;
    for option in ["wellness_integration", "recent_crisis", "community_resources"] {
        w.tick("need_areas", option, true).await;
    }
    for q in ["innovations_waiver", "cst", "other_pss_provider"] {
        w.tick(q, "no", true).await;
    }
    w.tick("cca_completed", "yes", true).await;
    w.tick("cca_medical_necessity", "yes", true).await;
    w.tick("actt", "yes", true).await;
    w.type_in("actt_auth_end", "2027-01-31").await;
    assert_eq!(w.outcome().as_deref(), Some("not_eligible"));
    assert_eq!(w.attr("[data-outcome]", "data-eligible-from").as_deref(), Some("2027-01-02"));
    assert!(w.text("[data-role=dates]").contains("2027-01-02"));
    w.type_in("as_of", "2027-01-10").await;
    assert_eq!(w.outcome().as_deref(), Some("eligible"));
    assert!(w.text("[data-role=live]").contains("Eligible"));
    assert!(w.attr("[data-outcome]", "data-eligible-from").is_none());

    // Start over clears every answer.
    w.click("button[data-action=start-over]").await;
    assert_eq!(w.outcome().as_deref(), Some("incomplete"));
    assert!(w
        .all("input[type=radio]:checked")
        .iter()
        .all(|r| r.get_attribute("name").as_deref() != Some("dsm5_diagnosis")));
    assert!(w.all("input[type=checkbox]:checked").is_empty());
    assert!(w.all("[data-criterion]").iter().all(|r| r.get_attribute("data-status").as_deref() == Some("unknown")));
}

#[wasm_bindgen_test]
async fn a_half_typed_count_is_a_problem_on_its_field_and_caps_warn() {
    let w = Widget::new(&[("program", "mo-peer-support")]).await;
    if w.find("input[name=planned_units_day]").is_none() {
        return; // The Missouri rulebook is still a stub.
    }
    assert_eq!(w.attr("input[name=planned_units_day]", "type").as_deref(), Some("number"));
    assert_eq!(w.attr("input[name=planned_units_day]", "min").as_deref(), Some("0"));
    w.type_in("planned_units_day", "2.5").await;
    assert_eq!(w.attr("input[name=planned_units_day]", "aria-invalid").as_deref(), Some("true"));
    let described = w.attr("input[name=planned_units_day]", "aria-describedby").unwrap_or_default();
    assert!(!described.is_empty() && w.find(&format!("[id='{described}']")).is_some());
    w.type_in("planned_units_day", "40").await;
    assert!(w.attr("input[name=planned_units_day]", "aria-invalid").is_none());
    assert_eq!(w.attr("[data-criterion='mo.daily_limit']", "data-status").as_deref(), Some("fail"));
    assert!(w.find(".pss-warn").is_some(), "no warning under the field over the cap");
}

#[wasm_bindgen_test]
async fn language_and_audience_change_the_words() {
    // The one-page form: family wording would otherwise show the guided path.
    let w = Widget::new(&[("program", "nc-pss"), ("layout", "form")]).await;
    let first = &nc().questions[0];
    let legend = "fieldset[data-question=dsm5_diagnosis] legend";
    assert_eq!(w.text(legend), first.text.en.staff);
    let title = w.text(".pss-title");

    w.tick("lang", "es", true).await;
    assert_eq!(w.attr(".pss", "lang").as_deref(), Some("es"));
    assert_eq!(w.text(legend), first.text.es.staff);
    assert_ne!(w.text(".pss-title"), title, "the page's own labels follow the language");

    w.tick("audience", "family", true).await;
    assert_eq!(w.text(legend), first.text.es.family);
    w.tick("lang", "en", true).await;
    assert_eq!(w.text(legend), first.text.en.family);
}

#[wasm_bindgen_test]
async fn options_change_live_and_bad_values_are_ignored() {
    let w = Widget::new(&[("lang", "es"), ("headingLevel", "3"), ("layout", "form")]).await;
    assert_eq!(w.attr(".pss", "lang").as_deref(), Some("es"));
    assert_eq!(w.get(".pss-title").tag_name(), "H3");

    w.handle.set_option("lang".into(), "en".into());
    w.handle.set_option("headingLevel".into(), JsValue::from_str("5"));
    settle().await;
    assert_eq!(w.attr(".pss", "lang").as_deref(), Some("en"));
    assert_eq!(w.get(".pss-title").tag_name(), "H5");
    assert!(w.all("h1, h2, h3, h4").is_empty(), "inner headings sit below the top one");

    w.handle.set_option("program".into(), "mo-peer-support".into());
    settle().await;
    assert!(w.find("select[name=program]").is_none());
    assert!(w
        .all("[data-criterion]")
        .iter()
        .all(|c| c.get_attribute("data-criterion").is_some_and(|id| id.starts_with("mo."))));

    // Ignored, with a warning: the widget stays as it was and keeps working.
    for (name, value) in [("lang", "fr"), ("program", "<img src=x>"), ("headingLevel", "9"), ("colour", "red")] {
        w.handle.set_option(name.into(), value.into());
    }
    w.handle.set_option("audience".into(), JsValue::from_f64(3.0));
    settle().await;
    assert_eq!(w.attr(".pss", "lang").as_deref(), Some("en"));
    assert_eq!(w.get(".pss-title").tag_name(), "H5");
    assert!(w.find("img").is_none());

    w.handle.set_option("program".into(), JsValue::UNDEFINED);
    w.handle.set_option("state".into(), "NE".into());
    settle().await;
    let offered: Vec<_> =
        w.all("select[name=program] option").iter().filter_map(|o| o.get_attribute("value")).collect();
    assert_eq!(
        offered,
        [
            "",
            "ne-peer-support",
            "ne-family-peer-support",
            "ne-peer-support-continued-stay",
            "ne-family-peer-support-continued-stay"
        ]
    );
    // Continued-stay reviews are for staff: family wording does not offer them.
    w.tick("audience", "family", true).await;
    let offered: Vec<_> =
        w.all("select[name=program] option").iter().filter_map(|o| o.get_attribute("value")).collect();
    assert_eq!(offered, ["", "ne-peer-support", "ne-family-peer-support"]);
}

#[wasm_bindgen_test]
async fn on_change_gets_the_response_as_a_plain_object() {
    let seen: Rc<RefCell<Vec<JsValue>>> = Rc::default();
    let sink = seen.clone();
    let on_change = Closure::<dyn FnMut(JsValue)>::new(move |response: JsValue| sink.borrow_mut().push(response));
    let f: Function = on_change.as_ref().unchecked_ref::<Function>().clone();
    let w = Widget::with(&[("program", "nc-pss"), ("audience", "family"), ("layout", "form")], Some(&f)).await;
    w.type_in("as_of", "2026-11-22").await;
    w.tick("dsm5_diagnosis", "no", true).await;
    let last = seen.borrow().last().cloned().expect("onChange was never called");
    assert_eq!(Object::get_prototype_of(&last), Object::get_prototype_of(&Object::new()));
    let field = |name: &str| Reflect::get(&last, &JsValue::from_str(name)).unwrap();
    assert_eq!(field("program").as_string().as_deref(), Some("nc-pss"));
    assert_eq!(field("as_of").as_string().as_deref(), Some("2026-11-22"));
    assert_eq!(field("outcome").as_string().as_deref(), Some("not_eligible"));
    assert!(field("eligible_from").is_null());
    assert!(Array::is_array(&field("criteria")));
    // The response is in the form's wording, as `screen()` gives it for the same audience.
    let expected = screen(request(
        &[("program", "nc-pss"), ("as_of", "2026-11-22"), ("audience", "family")],
        &[("dsm5_diagnosis", false.into())],
    ))
    .unwrap();
    let staff = screen(request(&[("program", "nc-pss"), ("as_of", "2026-11-22")], &[("dsm5_diagnosis", false.into())]))
        .unwrap();
    let reason = |v: &JsValue| {
        let first = Reflect::get(&Reflect::get(v, &"criteria".into()).unwrap(), &0.into()).unwrap();
        Reflect::get(&first, &"reason".into()).unwrap().as_string()
    };
    assert_eq!(reason(&last), reason(&expected));
    assert_ne!(reason(&last), reason(&staff));
    let calls = seen.borrow().len();
    w.tick("dsm5_diagnosis", "no", true).await;
    assert_eq!(seen.borrow().len(), calls, "no change, no call");
    drop(on_change);
}

#[wasm_bindgen_test]
async fn missing_buttons_focus_their_question_and_instances_are_independent() {
    let a = Widget::new(&[("program", "nc-pss")]).await;
    let b = Widget::new(&[("program", "nc-pss")]).await;
    assert_ne!(a.attr(".pss", "data-instance"), b.attr(".pss", "data-instance"));
    let ids = |w: &Widget| w.all("[id]").iter().map(|e| e.id()).collect::<Vec<_>>();
    assert!(ids(&a).iter().all(|id| !ids(&b).contains(id)), "ids are shared between instances");

    a.tick("dsm5_diagnosis", "yes", true).await;
    assert!(b.all("input:checked").iter().all(|e| e.get_attribute("name").as_deref() != Some("dsm5_diagnosis")));
    a.click("button[data-action=focus][data-question=cst]").await;
    let focused = a.shadow.active_element().expect("nothing focused");
    assert_eq!(focused.get_attribute("name").as_deref(), Some("cst"));
}

fn request(fields: &[(&str, &str)], answers: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (name, value) in fields {
        Reflect::set(&object, &JsValue::from_str(name), &JsValue::from_str(value)).unwrap();
    }
    let given = Object::new();
    for (name, value) in answers {
        Reflect::set(&given, &JsValue::from_str(name), value).unwrap();
    }
    Reflect::set(&object, &"answers".into(), &given).unwrap();
    object.into()
}

fn code_of(error: &JsValue) -> (String, JsValue) {
    assert!(error.is_instance_of::<js_sys::Error>(), "not an Error: {error:?}");
    let code = Reflect::get(error, &"code".into()).unwrap().as_string().unwrap_or_default();
    (code, Reflect::get(error, &"question".into()).unwrap())
}

#[wasm_bindgen_test]
fn screen_answers_and_throws_coded_errors() {
    let good = || request(&[("program", "nc-pss"), ("as_of", "2026-11-22")], &[("dsm5_diagnosis", true.into())]);
    let response = screen(good()).expect("a good request");
    assert_eq!(Reflect::get(&response, &"outcome".into()).unwrap().as_string().as_deref(), Some("incomplete"));
    let missing = Reflect::get(&response, &"missing".into()).unwrap();
    assert!(Array::is_array(&missing));

    let cyclic = Object::new();
    Reflect::set(&cyclic, &"program".into(), &"nc-pss".into()).unwrap();
    let answers = Object::new();
    Reflect::set(&answers, &"dsm5_diagnosis".into(), &cyclic).unwrap();
    Reflect::set(&cyclic, &"answers".into(), &answers).unwrap();
    let function = Function::new_no_args("return 1");
    let bad: Vec<(JsValue, &str, Option<&str>)> = vec![
        (JsValue::from_str("x"), "invalid_request", None),
        (JsValue::UNDEFINED, "invalid_request", None),
        (cyclic.into(), "invalid_request", None),
        (request(&[("program", "nc-pss")], &[("dsm5_diagnosis", function.into())]), "invalid_request", None),
        (
            request(&[("program", "mo-peer-support")], &[("planned_units_day", js_sys::BigInt::from(5u32).into())]),
            "invalid_request",
            None,
        ),
        (request(&[("program", "nc-psss")], &[]), "unknown_program", None),
        (
            request(&[("program", "nc-pss")], &[("dsm5_diagnoses", true.into())]),
            "unknown_question",
            Some("dsm5_diagnoses"),
        ),
        (
            request(&[("program", "nc-pss")], &[("dsm5_diagnosis", "yes".into())]),
            "invalid_answer",
            Some("dsm5_diagnosis"),
        ),
    ];
    for (request, code, question) in bad {
        let error = screen(request).expect_err("bad input must throw");
        let (got, got_question) = code_of(&error);
        assert_eq!(got, code);
        assert_eq!(got_question.as_string().as_deref(), question);
        if question.is_none() {
            assert!(got_question.is_null());
        }
        // The module keeps working.
        assert!(screen(good()).is_ok());
    }

    let catalog = programs().unwrap();
    let list = Reflect::get(&catalog, &"programs".into()).unwrap();
    assert!(Array::is_array(&list));
    assert_eq!(Array::from(&list).length() as usize, screener::rules::ALL.len());
}

#[wasm_bindgen_test]
fn hostile_host_values_are_coded_errors_and_leave_the_module_working() {
    let good = || request(&[("program", "nc-pss"), ("as_of", "2026-11-22")], &[("dsm5_diagnosis", true.into())]);
    let proxy = |target: &JsValue| -> JsValue {
        Function::new_with_args("t", "const p = Proxy.revocable(t, {}); p.revoke(); return p.proxy;")
            .call1(&JsValue::NULL, target)
            .unwrap()
    };
    let sparse: JsValue =
        Function::new_no_args("const a = []; a.length = 4294967295; return a;").call0(&JsValue::NULL).unwrap();
    let long_string = JsValue::from_str(&"x".repeat(100_000));
    let many_keys = Object::new();
    for i in 0..300 {
        Reflect::set(&many_keys, &JsValue::from_str(&format!("k{i}")), &JsValue::TRUE).unwrap();
    }
    let typed_array: JsValue = js_sys::Uint8Array::new_with_length(1 << 20).into();
    let throwing_getter: JsValue =
        Function::new_no_args("return { get program() { throw new Error('no'); } };").call0(&JsValue::NULL).unwrap();
    let cases: Vec<JsValue> = vec![
        proxy(&Object::new().into()),
        proxy(&Array::new().into()),
        request(&[("program", "nc-pss")], &[("need_areas", proxy(&Array::new().into()))]),
        request(&[("program", "nc-pss")], &[("need_areas", sparse.clone())]),
        sparse,
        request(&[("program", "nc-pss")], &[("dsm5_diagnosis", long_string)]),
        many_keys.into(),
        request(&[("program", "nc-pss")], &[("need_areas", typed_array.clone())]),
        typed_array,
        throwing_getter,
    ];
    for _ in 0..200 {
        for case in &cases {
            let started = js_sys::Date::now();
            let error = screen(case.clone()).expect_err("a hostile value must throw");
            assert!(js_sys::Date::now() - started < 50.0, "a hostile value took too long");
            assert_eq!(code_of(&error).0, "invalid_request");
        }
    }
    assert!(screen(good()).is_ok(), "the module keeps working");
}

#[wasm_bindgen_test]
async fn events_summary_gives_no_reasons_sources_or_answers() {
    let seen: Rc<RefCell<Vec<JsValue>>> = Rc::default();
    let sink = seen.clone();
    let on_change = Closure::<dyn FnMut(JsValue)>::new(move |response: JsValue| sink.borrow_mut().push(response));
    let f: Function = on_change.as_ref().unchecked_ref::<Function>().clone();
    let w = Widget::with(&[("program", "mo-peer-support"), ("events", "summary")], Some(&f)).await;
    w.type_in("as_of", "2026-11-22").await;
    w.type_in("birth_date", "2011-03-02").await;
    let last = seen.borrow().last().cloned().expect("onChange was never called");
    let keys: Vec<String> = Object::keys(last.unchecked_ref::<Object>()).iter().filter_map(|k| k.as_string()).collect();
    assert_eq!(
        keys,
        ["program", "version", "policy_status", "as_of", "outcome", "eligible_from", "rescreen_on", "missing"]
    );
    let field = |name: &str| Reflect::get(&last, &JsValue::from_str(name)).unwrap();
    assert_eq!(field("outcome").as_string().as_deref(), Some("not_eligible"));
    assert_eq!(field("rescreen_on").as_string().as_deref(), Some("2027-03-02"));
    drop(on_change);
}

// ---------------------------------------------------------------------------------------------
// The guided path (`view::guided`): one question at a time.

impl Widget {
    /// The guided step shown: `data-step`, and `data-question` on a question step.
    fn step(&self) -> (String, Option<String>) {
        let step = self.get("[data-step]");
        (step.get_attribute("data-step").unwrap_or_default(), step.get_attribute("data-question"))
    }

    /// The element focused inside the widget's shadow root.
    fn focused(&self) -> Option<Element> {
        self.shadow.active_element()
    }
}

#[wasm_bindgen_test]
async fn the_guided_path_asks_one_question_at_a_time_and_moves_the_focus() {
    let w = Widget::new(&[("audience", "family"), ("lang", "en")]).await;
    assert_eq!(w.attr(".pss", "data-layout").as_deref(), Some("guided"));
    assert_eq!(w.step().0, "start");
    assert!(w.text("[data-step=start]").contains("Your answers stay on this device. Nothing is sent or saved."));
    assert!(w.find("[data-crisis]").is_some(), "help in a crisis on the start page");
    assert!(w.find("[data-action=back]").is_none(), "no Back on the start page");

    w.click("[data-action=start]").await;
    assert_eq!(w.step().0, "state");
    let focused = w.focused().expect("the focus moved");
    assert_eq!(focused.get_attribute("data-role").as_deref(), Some("step-heading"));
    assert_eq!(focused.get_attribute("tabindex").as_deref(), Some("-1"));
    let states: Vec<_> = w.all("input[name=state]").iter().filter_map(|i| i.get_attribute("value")).collect();
    assert_eq!(states, ["NC", "NE", "MO", "MT", "CT"]);

    // Continue without an answer: the error summary, focused, linked to the first radio.
    w.click("[data-action=continue]").await;
    assert_eq!(w.step().0, "state");
    let summary = w.get("[data-role=error-summary]");
    assert_eq!(w.focused().as_ref(), Some(&summary));
    let href = w.attr("[data-role=error-summary] a", "href").unwrap();
    assert!(w.find(&href).is_some(), "the error summary links to {href}");
    assert!(w.attr("[data-step] fieldset", "aria-describedby").is_some_and(|d| w.find(&format!("#{d}")).is_some()));

    w.tick("state", "MO", true).await;
    w.click("[data-action=continue]").await;
    // Whom the check is for (contract version 3): nothing is ticked until the person chooses.
    assert_eq!(w.step().0, "who");
    assert!(w.all("input[name=who]").iter().all(|i| !i.dyn_ref::<HtmlInputElement>().unwrap().checked()));
    w.tick("who", "self", true).await;
    w.click("[data-action=continue]").await;
    assert_eq!(w.step(), ("question".to_owned(), Some("birth_date".to_owned())));
    assert!(w.text("[data-role=step-heading]").starts_with("Question 1 of 5"));
    for part in ["month", "day", "year"] {
        let name = format!("input[name=birth_date-{part}]");
        assert_eq!(w.attr(&name, "inputmode").as_deref(), Some("numeric"), "{part}");
        assert_eq!(w.attr(&name, "type").as_deref(), Some("text"), "no date picker");
    }
    // Not a real date: said at the top and at the field.
    w.type_in("birth_date-month", "2").await;
    w.type_in("birth_date-day", "30").await;
    w.type_in("birth_date-year", "2011").await;
    w.click("[data-action=continue]").await;
    assert_eq!(w.step().1.as_deref(), Some("birth_date"));
    assert!(w.text("[data-role=error-summary]").contains("real date"));
    assert_eq!(w.attr("input[name=birth_date-day]", "aria-invalid").as_deref(), Some("true"));
    w.type_in("birth_date-day", "2").await;
    w.type_in("birth_date-month", "3").await;
    w.click("[data-action=continue]").await;
    assert_eq!(w.step().1.as_deref(), Some("enrolled_program"));
    let values: Vec<_> =
        w.all("input[name=enrolled_program]").iter().filter_map(|i| i.get_attribute("value")).collect();
    assert_eq!(values.last().map(String::as_str), Some("unknown"), "Not sure among the answers");
    w.tick("enrolled_program", "cstar_adolescent", true).await;
    w.click("[data-action=continue]").await;
    w.tick("treatment_team", "yes", true).await;
    w.click("[data-action=continue]").await;
    w.click("[data-action=continue]").await;
    w.click("[data-action=continue]").await;
    assert_eq!(w.step().0, "check");
    assert!(w.text("[data-step=check]").contains("March 2, 2011"), "the birth date written out");

    // Change returns to the check step.
    w.click("[data-action=change][data-question=treatment_team]").await;
    assert_eq!(w.step().1.as_deref(), Some("treatment_team"));
    w.tick("treatment_team", "no", true).await;
    w.click("[data-action=continue]").await;
    assert_eq!(w.step().0, "check");

    w.click("[data-action=see-result]").await;
    assert_eq!(w.step().0, "result");
    assert_eq!(w.outcome().as_deref(), Some("not_eligible"));
    assert_eq!(w.attr("[data-outcome]", "data-eligible-from").as_deref(), Some("2027-03-02"));
    assert!(w.text("[data-role=step-heading]").contains("You may not be able to get peer support right now"));
    assert!(w.text("[data-role=dates]").contains("March 2, 2027"), "dates written out");
    assert_eq!(w.attr("[data-criterion='mo.treatment_team']", "data-status").as_deref(), Some("fail"));
    assert!(w.find("[data-crisis]").is_some() && w.find("[data-contact]").is_some());

    w.click("[data-action=back]").await;
    assert_eq!(w.step().0, "check");
    w.click("[data-action=see-result]").await;
    w.click("[data-action=start-again]").await;
    assert_eq!(w.step().0, "start");
}

#[wasm_bindgen_test]
async fn the_guided_path_stops_when_nothing_can_change_the_outcome_and_speaks_spanish() {
    let w = Widget::new(&[("audience", "family"), ("lang", "es"), ("state", "NE")]).await;
    assert!(w.text("[data-step=start]").contains("Sus respuestas se quedan en este dispositivo."));
    w.click("[data-action=start]").await;
    assert_eq!(w.step().0, "who", "the host fixed the state: Nebraska asks for whom");
    w.tick("who", "caregiver", true).await;
    w.click("[data-action=continue]").await;
    assert_eq!(w.step().1.as_deref(), Some("caregiver_of_child"));
    assert!(w.text("[data-role=step-heading]").starts_with("Pregunta 1 de 6"));
    w.tick("caregiver_of_child", "no", true).await;
    w.click("[data-action=continue]").await;
    assert_eq!(w.step().0, "check", "a failure no answer can rescue ends the questions");
    assert!(w.find("[data-role=settled]").is_some());
    w.click("[data-action=answer-rest]").await;
    assert_eq!(w.step().1.as_deref(), Some("child_condition"));
}

#[wasm_bindgen_test]
async fn layout_follows_the_host_and_the_wording_switch() {
    let w = Widget::new(&[("program", "nc-pss")]).await;
    assert_eq!(w.attr(".pss", "data-layout").as_deref(), Some("form"));
    w.tick("audience", "family", true).await;
    assert_eq!(w.attr(".pss", "data-layout").as_deref(), Some("guided"), "family wording: the guided path");
    assert_eq!(
        w.focused().and_then(|f| f.get_attribute("name")).as_deref(),
        Some("audience"),
        "the focus stays on the wording switch"
    );
    w.handle.set_option("layout".into(), "form".into());
    settle().await;
    assert_eq!(w.attr(".pss", "data-layout").as_deref(), Some("form"));
    assert!(w.find("select[name=program]").is_none() && w.find("fieldset[data-question=dsm5_diagnosis]").is_some());
    w.handle.set_option("layout".into(), "wizard".into());
    settle().await;
    assert_eq!(w.attr(".pss", "data-layout").as_deref(), Some("form"), "an unknown layout is ignored");
}

#[wasm_bindgen_test]
async fn the_history_option_writes_each_step_and_back_restores_it() {
    let history = web_sys::window().unwrap().history().unwrap();
    let location = web_sys::window().unwrap().location();
    let w = Widget::new(&[("audience", "family"), ("history", "true")]).await;
    let prefix = w.attr(".pss", "data-instance").unwrap();
    // The entry's state is "{instance} {n}" and its URL ends "#step={n}": an opaque number, never
    // the step's name (which questions were asked tells the answers).
    let entry = || {
        let state = history.state().unwrap().as_string()?;
        let n = state.strip_prefix(&format!("{prefix} "))?;
        n.parse::<u32>().is_ok().then(|| n.to_owned())
    };
    assert!(until(|| entry().is_some()).await, "the first entry: {:?}", history.state());
    let start = entry().unwrap();
    w.click("[data-action=start]").await;
    assert!(until(|| entry().is_some_and(|n| n != start)).await, "{:?}", history.state());
    let state_step = entry().unwrap();
    assert_eq!(location.hash().unwrap(), format!("#step={state_step}"));
    w.tick("state", "MT", true).await;
    w.click("[data-action=continue]").await;
    assert!(until(|| entry().is_some_and(|n| n != state_step)).await, "{:?}", history.state());
    let href = location.href().unwrap();
    for word in ["MT", "question", "mfp_participant", "state"] {
        assert!(!href.contains(word), "the URL names {word}: {href}");
    }
    history.back().unwrap();
    assert!(until(|| w.find("[data-step=state]").is_some()).await, "the browser's Back went to the previous step");
    assert_eq!(entry(), Some(state_step.clone()));
    w.click("[data-action=back]").await;
    assert!(until(|| w.find("[data-step=start]").is_some()).await, "the page's Back walks the history too");

    // Back as soon as the new step shows (automation does that): one step, never two.
    w.click("[data-action=start]").await;
    assert!(until(|| w.find("[data-step=state]").is_some()).await);
    assert!(until(|| entry().is_some_and(|n| n != start)).await);
    let state_again = entry().unwrap();
    w.get("[data-action=continue]").dyn_into::<HtmlElement>().unwrap().click();
    assert!(until(|| w.step().0 == "who").await);
    history.back().unwrap();
    yew::platform::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(w.step(), ("state".to_owned(), None), "Back went one step, not two");
    assert!(until(|| entry() == Some(state_again.clone())).await, "{:?}", history.state());
}
