//! The caseload page's WebAssembly: a whole caseload screened in the browser (SCREENING.md §10),
//! bound by wasm-bindgen as `screener_caseload.js` + `screener_caseload_bg.wasm`, a bundle of its
//! own that the widget's page never loads.
//!
//! - [`session`]: the caseload in memory, screened in steps, its result rows in output chunks
//!   (pure, tested natively);
//! - [`table`]: the table's sort and filter, and the worklist (pure);
//! - [`words`]: the page's words, from the core's tables, by key;
//! - this file: the JavaScript API the page's script (`www/caseload.js`) calls: the file read a
//!   piece at a time, JS objects in and out through serde-wasm-bindgen, downloads made with
//!   gloo's `Blob` and `ObjectUrl`.
//!
//! The rows are `screener-caseload`'s, the same code as `peer-screen csv`: the downloaded results
//! are byte for byte what the command line writes for the same file, date and options. Nothing
//! here is sent anywhere or stored.

pub mod session;
pub mod table;
pub mod words;

use std::cell::RefCell;
use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use screener::case_note::CaseNote;
use screener::dates;
use screener::engine::Outcome;
use screener::model::{Audience, Lang, Subject, Voice};
use screener_caseload::{Options, Unusable};

use session::{Counts, Row, Session};
use table::{Filter, SortKey, Sorting};

/// Writes a value as plain JS data (objects, not `Map`s; `None` as `null`).
fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}

/// The voice of the page's words: its language and wording (codes it does not know are its
/// defaults, English and staff).
fn voice(lang: &str, audience: &str) -> Voice {
    Voice::new(
        Lang::from_code(lang).unwrap_or_default(),
        Audience::from_code(audience).unwrap_or_default(),
        Subject::Person,
    )
}

/// Today in the browser's time zone: the default screening date.
fn browser_today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or(dates::FIRST)
}

/// Today's date, `YYYY-MM-DD`, for the page's date field.
#[wasm_bindgen]
pub fn today() -> String {
    dates::format(browser_today())
}

/// The page's words in one language and audience, by key ([`words::labels`]).
#[wasm_bindgen]
pub fn labels(lang: &str, audience: &str) -> JsValue {
    let map: BTreeMap<&str, &str> = words::labels(voice(lang, audience)).into_iter().collect();
    to_js(&map)
}

#[derive(Serialize)]
struct ProgramJs {
    id: &'static str,
    title: &'static str,
}

/// Every program, with its title in the voice: for the program picker.
#[wasm_bindgen]
pub fn programs(lang: &str, audience: &str) -> JsValue {
    let voice = voice(lang, audience);
    let list: Vec<ProgramJs> =
        screener::rules::ALL.iter().map(|p| ProgramJs { id: p.id, title: voice.text(&p.title) }).collect();
    to_js(&list)
}

/// The run's options from a JS object `{program, as_of, lang, audience, subject}` (empty strings
/// and absent keys leave the option unset).
fn options(value: &JsValue) -> Options {
    let map: BTreeMap<String, Option<String>> = serde_wasm_bindgen::from_value(value.clone()).unwrap_or_default();
    let get = |key: &str| map.get(key).cloned().flatten().filter(|v| !v.trim().is_empty());
    Options {
        program: get("program"),
        as_of: get("as_of"),
        lang: get("lang"),
        audience: get("audience"),
        subject: get("subject"),
    }
}

/// A thrown `Error` with `code` (the problem's key) and a message in the voice.
fn problem(why: &Unusable, voice: Voice) -> JsValue {
    let (code, said, values) = words::unusable(voice, why);
    let message = match why {
        Unusable::Option(error) => error.message_in(voice.lang),
        _ => {
            let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
            screener::template::render(voice.say(said), &values)
        }
    };
    let error = js_sys::Error::new(&message);
    let _ = js_sys::Reflect::set(&error, &"code".into(), &code.into());
    error.into()
}

fn voice_of(options: &Options) -> Voice {
    voice(options.lang.as_deref().unwrap_or("en"), options.audience.as_deref().unwrap_or("staff"))
}

/// A file is read a piece of this many bytes at a time: reading ten megabytes at once kept the
/// page busy for 120 ms at 4x CPU slowdown; a piece takes a few.
const READ_PIECE: f64 = 512.0 * 1024.0;

/// Opens a caseload from a chosen or dropped `File`, read a piece at a time (each piece its own
/// task, the browser's turn between them). Throws an `Error` with a `code` when it cannot be
/// screened at all (`empty`, `workbook`, `utf16`, `not_text`, `no_header`, `duplicate_column`,
/// `no_program`, `option`, `unreadable`, `unclosed_quote`).
#[wasm_bindgen(js_name = openFile)]
pub async fn open_file(file: web_sys::File, options_js: JsValue) -> Result<Caseload, JsValue> {
    let options = options(&options_js);
    let voice = voice_of(&options);
    let unreadable = || {
        let error = js_sys::Error::new(voice.t(|w| &w.caseload.cannot_read));
        let _ = js_sys::Reflect::set(&error, &"code".into(), &"unreadable".into());
        JsValue::from(error)
    };
    let size = file.size();
    let mut bytes = Vec::new();
    // A size this page cannot hold is found out as the pieces arrive.
    let _ = bytes.try_reserve_exact(size.min(f64::from(u32::MAX)) as usize);
    let mut at = 0.0;
    while at < size {
        let end = (at + READ_PIECE).min(size);
        let piece = file.slice_with_f64_and_f64(at, end).map_err(|_| unreadable())?;
        let buffer = wasm_bindgen_futures::JsFuture::from(piece.array_buffer()).await.map_err(|_| unreadable())?;
        let array = js_sys::Uint8Array::new(&buffer);
        let start = bytes.len();
        bytes.resize(start + array.length() as usize, 0);
        array.copy_to(&mut bytes[start..]);
        at = end;
    }
    Caseload::open(bytes, &options)
}

/// Opens a caseload from pasted text.
#[wasm_bindgen(js_name = openText)]
pub fn open_text(text: String, options_js: JsValue) -> Result<Caseload, JsValue> {
    Caseload::open(text.into_bytes(), &options(&options_js))
}

thread_local! {
    /// The address of the last download, kept until the next one so that the browser can fetch
    /// it (gloo revokes it when dropped).
    static LAST_DOWNLOAD: RefCell<Option<gloo::file::ObjectUrl>> = const { RefCell::new(None) };
}

/// Saves `blob` as a download named `name`: an `<a download>` clicked, never put in the page.
fn save(blob: gloo::file::Blob, name: &str) -> Result<(), JsValue> {
    let url = gloo::file::ObjectUrl::from(blob);
    let document = gloo::utils::document();
    let link: web_sys::HtmlElement = document.create_element("a")?.unchecked_into();
    link.set_attribute("href", &url)?;
    link.set_attribute("download", name)?;
    link.click();
    LAST_DOWNLOAD.with(|last| *last.borrow_mut() = Some(url));
    Ok(())
}

/// Downloads the template of a program: its header row (`screener_caseload::template`).
#[wasm_bindgen(js_name = downloadTemplate)]
pub fn download_template(program: &str) -> Result<(), JsValue> {
    let program = screener::rules::find(program).ok_or_else(|| JsValue::from_str("no such program"))?;
    let text = screener_caseload::template(program);
    save(gloo::file::Blob::new_with_options(text.as_str(), Some("text/csv")), &format!("template-{}.csv", program.id))
}

/// A caseload in the page: screened by [`Caseload::step`], then viewed.
#[wasm_bindgen]
pub struct Caseload {
    session: Session,
    /// The voice of the page's words when the run began (its problems are said in it).
    voice: Voice,
    /// The result CSV so far, in chunks. They become a `Blob` only when downloaded: making
    /// `Blob`s while the rows are screened stalled the page (a `Blob` is the browser process's).
    output: Vec<Vec<u8>>,
    /// The rows the table shows, in its order.
    view: Vec<u32>,
    /// The next order of the table, while it is being built ([`Caseload::view_step`]).
    sorting: Option<Sorting>,
}

#[derive(Serialize)]
struct CountsJs {
    eligible: u32,
    not_eligible: u32,
    incomplete: u32,
    error: u32,
    total: u32,
}

impl From<Counts> for CountsJs {
    fn from(c: Counts) -> CountsJs {
        CountsJs {
            eligible: c.eligible,
            not_eligible: c.not_eligible,
            incomplete: c.incomplete,
            error: c.error,
            total: c.total(),
        }
    }
}

#[derive(Serialize)]
struct ProgressJs {
    done: bool,
    rows: u32,
    offset: f64,
    total: f64,
    counts: CountsJs,
}

#[derive(Serialize)]
struct RowJs<'a> {
    row: u32,
    #[serde(rename = "ref")]
    reference: &'a str,
    program: &'static str,
    outcome: &'static str,
    eligible_from: String,
    rescreen_on: String,
    transitions: &'a str,
    missing: &'a str,
    error_code: &'static str,
    error_question: &'a str,
    error_message: String,
}

fn outcome_code(outcome: Option<Outcome>) -> &'static str {
    outcome.map_or("error", Outcome::code)
}

fn row_js(row: &Row) -> RowJs<'_> {
    let date = |d: Option<NaiveDate>| d.map(dates::format).unwrap_or_default();
    let error = row.error.as_deref();
    RowJs {
        row: row.row,
        reference: &row.reference,
        program: row.program.map_or("", |p| p.id),
        outcome: outcome_code(row.outcome),
        eligible_from: date(row.eligible_from),
        rescreen_on: date(row.rescreen_on),
        transitions: &row.transitions,
        missing: &row.missing,
        error_code: error.map_or("", |e| e.code.code()),
        error_question: error.and_then(|e| e.question.as_deref()).unwrap_or(""),
        error_message: error.map(|e| e.message()).unwrap_or_default(),
    }
}

#[derive(Serialize)]
struct FactJs {
    label: &'static str,
    value: String,
}

#[derive(Serialize)]
struct ItemJs {
    text: String,
    detail: Option<String>,
}

#[derive(Serialize)]
struct SectionJs {
    heading: &'static str,
    items: Vec<ItemJs>,
}

#[derive(Serialize)]
struct CriterionJs {
    id: &'static str,
    status: &'static str,
}

/// A row opened: its case note as the widget prints it (the core's `Summary`), or its error.
#[derive(Serialize)]
struct DetailJs {
    row: u32,
    #[serde(rename = "ref")]
    reference: String,
    lang: &'static str,
    outcome: &'static str,
    title: &'static str,
    facts: Vec<FactJs>,
    draft: Option<&'static str>,
    dates: Vec<String>,
    sections: Vec<SectionJs>,
    /// The criteria section's items, in order: their ids and statuses.
    criteria: Vec<CriterionJs>,
    version: Option<FactJs>,
    disclaimer: &'static str,
    error_code: &'static str,
    error_question: Option<String>,
    error_message: String,
}

#[wasm_bindgen]
impl Caseload {
    fn open(bytes: Vec<u8>, options: &Options) -> Result<Caseload, JsValue> {
        let voice = voice_of(options);
        let session = Session::open(bytes, options, browser_today()).map_err(|why| problem(&why, voice))?;
        Ok(Caseload { session, voice, output: Vec::new(), view: Vec::new(), sorting: None })
    }

    /// Screens rows for about `budget_ms` milliseconds, then says how far it got. Throws an
    /// `Error` with the code `unclosed_quote` when a quoted field opens and is never closed: the
    /// run is over, with no results (none to show, none to download).
    pub fn step(&mut self, budget_ms: f64) -> Result<JsValue, JsValue> {
        let start = js_sys::Date::now();
        // The clock is read every 16 rows (a few hundred microseconds on a slow phone).
        while !self.session.step(16) && js_sys::Date::now() - start < budget_ms {}
        if let Some(unclosed) = self.session.unclosed() {
            self.output.clear();
            return Err(problem(&Unusable::Unclosed(unclosed), self.voice));
        }
        self.output.extend(self.session.take_output());
        let (offset, total) = self.session.offset();
        Ok(to_js(&ProgressJs {
            done: self.session.is_done(),
            rows: self.session.rows().len() as u32,
            offset: offset as f64,
            total: total as f64,
            counts: self.session.counts().into(),
        }))
    }

    /// The columns that are not used, each named once.
    pub fn ignored(&self) -> JsValue {
        to_js(self.session.ignored())
    }

    /// Begins to order and filter the table: by `sort` (a result column: `row`, `ref`,
    /// `program`, `outcome`, `eligible_from`, `rescreen_on`, `transitions`, `missing`), keeping
    /// one `outcome` (or all when empty) and the rows whose `ref` holds `find`. The order is built
    /// by [`Caseload::view_step`]; the table shows the last whole one until then.
    #[wasm_bindgen(js_name = startView)]
    pub fn start_view(&mut self, sort: &str, descending: bool, outcome: &str, find: &str) {
        let key = SortKey::from_code(sort).unwrap_or(SortKey::RescreenOn);
        let filter = Filter { outcome: Filter::outcome_from_code(outcome), find: find.to_owned() };
        self.sorting = Some(Sorting::new(key, descending, &filter));
    }

    /// Builds the order begun by [`Caseload::start_view`] for about `budget_ms` milliseconds:
    /// then how many rows the table shows, once the order is whole (it is then the table's), or
    /// `undefined` while it is not (call again after yielding to the browser).
    #[wasm_bindgen(js_name = viewStep)]
    pub fn view_step(&mut self, budget_ms: f64) -> Option<u32> {
        let start = js_sys::Date::now();
        let sorting = self.sorting.as_mut()?;
        if !sorting.advance(self.session.rows(), &mut || js_sys::Date::now() - start < budget_ms) {
            return None;
        }
        self.view = self.sorting.take().map(Sorting::into_order).unwrap_or_default();
        Some(self.view.len() as u32)
    }

    /// `count` rows of the table from `offset`, as plain objects with the result columns.
    pub fn page(&self, offset: u32, count: u32) -> JsValue {
        let rows = self.session.rows();
        let list: Vec<RowJs> =
            self.view.iter().skip(offset as usize).take(count as usize).map(|&i| row_js(&rows[i as usize])).collect();
        to_js(&list)
    }

    /// `count` of the rows that could not be screened, from the `from`th, and how many there
    /// are in all.
    #[wasm_bindgen(js_name = badRows)]
    pub fn bad_rows(&self, from: u32, count: u32) -> JsValue {
        #[derive(Serialize)]
        struct Bad<'a> {
            total: u32,
            rows: Vec<RowJs<'a>>,
        }
        let bad = self.session.rows().iter().filter(|r| r.outcome.is_none());
        let rows = bad.skip(from as usize).take(count as usize).map(row_js).collect();
        to_js(&Bad { total: self.session.counts().error, rows })
    }

    /// Data row number `row` opened: its whole screening, or its error.
    pub fn detail(&self, row: u32) -> JsValue {
        let Some(index) = row.checked_sub(1) else { return JsValue::NULL };
        let Some((row, reference, checked)) = self.session.reopen(index as usize) else { return JsValue::NULL };
        let detail = match checked {
            Ok(request) => {
                let (voice, lang) = (request.voice(), request.lang);
                let screening = screener::engine::screen(&request.answers, request.as_of);
                let summary = CaseNote::new(&request.answers, &screening, voice);
                DetailJs {
                    row,
                    reference,
                    lang: lang.code(),
                    outcome: screening.outcome.code(),
                    title: summary.title,
                    facts: summary.facts.into_iter().map(|f| FactJs { label: f.label, value: f.value }).collect(),
                    draft: summary.draft,
                    dates: summary.dates,
                    sections: summary
                        .sections
                        .into_iter()
                        .map(|s| SectionJs {
                            heading: s.heading,
                            items: s.items.into_iter().map(|i| ItemJs { text: i.text, detail: i.detail }).collect(),
                        })
                        .collect(),
                    criteria: screening
                        .findings
                        .iter()
                        .map(|f| CriterionJs { id: f.criterion.id, status: f.status.code() })
                        .collect(),
                    version: Some(FactJs { label: summary.version.label, value: summary.version.value }),
                    disclaimer: summary.disclaimer,
                    error_code: "",
                    error_question: None,
                    error_message: String::new(),
                }
            }
            Err(error) => DetailJs {
                row,
                reference,
                lang: "en",
                outcome: "error",
                title: "",
                facts: Vec::new(),
                draft: None,
                dates: Vec::new(),
                sections: Vec::new(),
                criteria: Vec::new(),
                version: None,
                disclaimer: "",
                error_code: error.code.code(),
                error_question: error.question.clone(),
                error_message: error.message(),
            },
        };
        to_js(&detail)
    }

    /// The people to look at again within `days` days of the run's screening date, soonest first.
    pub fn worklist(&self, days: u32) -> JsValue {
        #[derive(Serialize)]
        struct Worklist<'a> {
            until: String,
            rows: Vec<RowJs<'a>>,
        }
        let rows = self.session.rows();
        let (list, until) = table::worklist(rows, self.session.as_of(), days);
        to_js(&Worklist {
            until: dates::format(until),
            rows: list.iter().map(|&i| row_js(&rows[i as usize])).collect(),
        })
    }

    /// Downloads the results as CSV (`name`): byte for byte what `peer-screen csv` writes.
    pub fn download(&self, name: &str) -> Result<(), JsValue> {
        let parts = js_sys::Array::new();
        for chunk in &self.output {
            parts.push(&JsValue::from(gloo::file::Blob::new(chunk.as_slice())));
        }
        let properties = web_sys::BlobPropertyBag::new();
        properties.set_type("text/csv");
        let blob = web_sys::Blob::new_with_blob_sequence_and_options(&parts, &properties)?;
        save(gloo::file::Blob::from(blob), name)
    }
}
