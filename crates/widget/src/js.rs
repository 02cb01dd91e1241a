//! JavaScript values in and out.
//!
//! In: a host's request read as the contract's [`Json`], by hand and defensively: what
//! `JSON.stringify` would send, checked (no BigInt, function or symbol, no getter that throws,
//! no deeper than [`MAX_DEPTH`] levels, which also stops cycles). A host value may be hostile, so
//! nothing here trusts it to be what it says.
//!
//! Out: any `serde::Serialize` view of the contract as plain JS objects and arrays, through
//! serde-wasm-bindgen's JSON-compatible serializer (objects, not `Map`s; `None` as `null`), and
//! contract errors as thrown `Error`s with `code` and `question`.

use js_sys::{Array, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use screener_contract::json::MAX_DEPTH;
use screener_contract::{ContractError, Json};

/// Writes a value as plain JS data.
pub(crate) fn write<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, serde_wasm_bindgen::Error> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
}

/// A contract error as a thrown `Error` with `code` and `question` (null when none).
pub(crate) fn error(error: &ContractError) -> JsValue {
    let thrown = js_sys::Error::new(&error.message);
    let question = error.question.as_deref().map_or(JsValue::NULL, JsValue::from_str);
    let _ = Reflect::set(&thrown, &JsValue::from_str("code"), &JsValue::from_str(error.code.code()));
    let _ = Reflect::set(&thrown, &JsValue::from_str("question"), &question);
    thrown.into()
}

/// Reads a host's request as JSON data, or says why it is not (`invalid_request`).
pub(crate) fn read_request(value: &JsValue) -> Result<Json, ContractError> {
    json(value, 0).map_err(ContractError::invalid_request)
}

#[wasm_bindgen]
extern "C" {
    /// `Object.keys`, catching what a hostile object (a Proxy) may throw.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn object_keys(value: &JsValue) -> Result<Array, JsValue>;
}

/// Reads a JS value as JSON data, or says why it is not.
fn json(value: &JsValue, depth: usize) -> Result<Json, &'static str> {
    if depth > MAX_DEPTH {
        return Err("the request is nested more than 64 levels deep (or refers to itself)");
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
    if let Some(s) = value.as_string() {
        return Ok(Json::String(s));
    }
    if !value.is_object() {
        return Err("the request holds a value that is not JSON data (a BigInt, a function or a symbol)");
    }
    let unreadable = "the request holds an object that cannot be read";
    if Array::is_array(value) {
        let length = Reflect::get(value, &JsValue::from_str("length")).map_err(|_| unreadable)?;
        let length = length.as_f64().unwrap_or(0.0) as u32;
        let mut items = Vec::new();
        for i in 0..length {
            items.push(json(&Reflect::get_u32(value, i).map_err(|_| unreadable)?, depth + 1)?);
        }
        return Ok(Json::Array(items));
    }
    let keys = object_keys(value).map_err(|_| unreadable)?;
    let mut entries = Vec::new();
    for key in keys.iter() {
        let item = Reflect::get(value, &key).map_err(|_| unreadable)?;
        entries.push((key.as_string().unwrap_or_default(), json(&item, depth + 1)?));
    }
    Ok(Json::Object(entries))
}
