//! JavaScript values in and out.
//!
//! In: a host's request read as the contract's [`Json`], by hand and defensively: what
//! `JSON.stringify` would send, checked (no BigInt, function or symbol, no getter that throws,
//! no deeper than [`MAX_DEPTH`] levels, which also stops cycles, and caps on sizes). A host value
//! may be hostile (a revoked Proxy, a sparse array of length 2^32-1), so nothing here trusts it
//! to be what it says, and no JavaScript exception ever unwinds through the WebAssembly: that
//! would leak its stack until every widget on the page died.
//!
//! Out: any `serde::Serialize` view of the contract as plain JS objects and arrays, through
//! serde-wasm-bindgen's JSON-compatible serializer (objects, not `Map`s; `None` as `null`), and
//! contract errors as thrown `Error`s with `code` and `question`.

use js_sys::{Array, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use screener_contract::json::MAX_DEPTH;
use screener_contract::{ContractError, Json, Problem};

/// Writes a value as plain JS data.
pub(crate) fn write<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, serde_wasm_bindgen::Error> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
}

/// A contract error as a thrown `Error` with `code` and `question` (null when none).
pub(crate) fn error(error: &ContractError) -> JsValue {
    let thrown = js_sys::Error::new(&error.message());
    let question = error.question.as_deref().map_or(JsValue::NULL, JsValue::from_str);
    let _ = Reflect::set(&thrown, &JsValue::from_str("code"), &JsValue::from_str(error.code.code()));
    let _ = Reflect::set(&thrown, &JsValue::from_str("question"), &question);
    thrown.into()
}

/// Reads a host's request as JSON data, or says why it is not (`invalid_request`).
pub(crate) fn read_request(value: &JsValue) -> Result<Json, ContractError> {
    Reader::default().json(value, 0).map_err(ContractError::invalid_request)
}

/// Most items an array of a request may hold: a multi-select has a few dozen options at most.
const MAX_ITEMS: u32 = 256;
/// Most keys an object of a request may hold: a program asks a dozen questions.
const MAX_KEYS: u32 = 256;
/// Longest string (in UTF-16 units, as JavaScript counts): ids and dates are short.
const MAX_STRING: u32 = 4096;
/// Most values a whole request may hold.
const MAX_VALUES: usize = 4096;

#[wasm_bindgen]
extern "C" {
    /// `Object.keys`, catching what a hostile object (a revoked Proxy, a trap) may throw.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn object_keys(value: &JsValue) -> Result<Array, JsValue>;

    /// `Array.isArray`, catching what a revoked Proxy throws.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;

    /// `ArrayBuffer.isView`: a typed array or a DataView (never JSON data, and its keys are its
    /// bytes: listing a megabyte of them would take the page's time).
    #[wasm_bindgen(catch, js_namespace = ArrayBuffer, js_name = isView)]
    fn is_view(value: &JsValue) -> Result<bool, JsValue>;
}

/// Reads a host value as JSON data, counting what it has read. Every call into JavaScript that
/// can reach a host value catches what it throws, and every size is checked before anything is
/// copied: a sparse array of length 2^32-1 or a string of a gigabyte is refused at once.
#[derive(Default)]
struct Reader {
    values: usize,
}

impl Reader {
    /// Reads a JS value as JSON data, or says why it is not.
    fn json(&mut self, value: &JsValue, depth: usize) -> Result<Json, Problem> {
        if depth > MAX_DEPTH {
            return Err(Problem::TooDeep(MAX_DEPTH));
        }
        self.values += 1;
        if self.values > MAX_VALUES {
            return Err(Problem::TooManyValues(MAX_VALUES));
        }
        if value.is_null() || value.is_undefined() {
            return Ok(Json::Null);
        }
        if let Some(b) = value.as_bool() {
            return Ok(Json::Bool(b));
        }
        if let Some(n) = value.as_f64() {
            return Ok(if n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_991.0 {
                if n >= 0.0 {
                    Json::UInt(n as u64)
                } else {
                    Json::Int(n as i64)
                }
            } else {
                Json::Float(n)
            });
        }
        if value.is_string() {
            return string(value).map(Json::String);
        }
        if !value.is_object() {
            return Err(Problem::NotJsonData);
        }
        let unreadable = Problem::Unreadable;
        if is_array(value).map_err(|_| unreadable.clone())? {
            let length = Reflect::get(value, &JsValue::from_str("length")).map_err(|_| unreadable.clone())?;
            let length = length.as_f64().ok_or(unreadable.clone())?;
            if length > f64::from(MAX_ITEMS) {
                return Err(Problem::TooManyItems(MAX_ITEMS as usize));
            }
            let mut items = Vec::with_capacity(length as usize);
            for i in 0..length as u32 {
                items.push(self.json(&Reflect::get_u32(value, i).map_err(|_| unreadable.clone())?, depth + 1)?);
            }
            return Ok(Json::Array(items));
        }
        if is_view(value).map_err(|_| unreadable.clone())? {
            return Err(Problem::BinaryData);
        }
        let keys = object_keys(value).map_err(|_| unreadable.clone())?;
        if keys.length() > MAX_KEYS {
            return Err(Problem::TooManyKeys(MAX_KEYS as usize));
        }
        let mut entries = Vec::with_capacity(keys.length() as usize);
        for i in 0..keys.length() {
            let key = keys.get(i);
            let item = Reflect::get(value, &key).map_err(|_| unreadable.clone())?;
            entries.push((string(&key)?, self.json(&item, depth + 1)?));
        }
        Ok(Json::Object(entries))
    }
}

/// A JS string, refused before it is copied when it is longer than [`MAX_STRING`].
fn string(value: &JsValue) -> Result<String, Problem> {
    let text: &js_sys::JsString = value.unchecked_ref();
    if text.length() > MAX_STRING {
        return Err(Problem::TooLong(MAX_STRING as usize));
    }
    value.as_string().ok_or(Problem::KeyNotAString)
}
