//! JavaScript values in and out, small: a JS value read as the contract's [`Json`] (what
//! `JSON.stringify` would send, checked: no BigInt, function or symbol, no getter that throws,
//! no deeper than 64 levels, which also stops cycles), and any `serde::Serialize` written as
//! plain JS objects and arrays (`None` as `null`).
//!
//! Written here instead of using serde-wasm-bindgen, to keep serde's deserializer and its float
//! formatting out of the WebAssembly (the page has a size budget).

use std::fmt;

use js_sys::{Array, Object, Reflect};
use serde::ser::{self, Serialize};
use wasm_bindgen::prelude::*;

use screener_contract::Json;

/// As `contract`'s own limit.
const MAX_DEPTH: usize = 64;

#[wasm_bindgen]
extern "C" {
    /// `Object.keys`, catching what a hostile object (a Proxy) may throw.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn object_keys(value: &JsValue) -> Result<Array, JsValue>;
}

/// Reads a JS value as JSON data, or says why it is not.
pub(crate) fn json(value: &JsValue, depth: usize) -> Result<Json, &'static str> {
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

/// Writes a value as plain JS data.
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, Unsupported> {
    value.serialize(Writer)
}

/// A shape the writer does not produce (bytes, enum variants with data, non-string keys).
#[derive(Debug)]
pub(crate) struct Unsupported;

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("cannot be written as JS data")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(_: T) -> Unsupported {
        Unsupported
    }
}

type Out = Result<JsValue, Unsupported>;

#[derive(Clone, Copy)]
struct Writer;

struct Items(Array);

struct Fields {
    object: Object,
    key: JsValue,
}

impl ser::Serializer for Writer {
    type Ok = JsValue;
    type Error = Unsupported;
    type SerializeSeq = Items;
    type SerializeTuple = Items;
    type SerializeTupleStruct = Items;
    type SerializeTupleVariant = ser::Impossible<JsValue, Unsupported>;
    type SerializeMap = Fields;
    type SerializeStruct = Fields;
    type SerializeStructVariant = ser::Impossible<JsValue, Unsupported>;

    fn serialize_bool(self, v: bool) -> Out {
        Ok(JsValue::from_bool(v))
    }
    fn serialize_i8(self, v: i8) -> Out {
        Ok(JsValue::from_f64(v.into()))
    }
    fn serialize_i16(self, v: i16) -> Out {
        Ok(JsValue::from_f64(v.into()))
    }
    fn serialize_i32(self, v: i32) -> Out {
        Ok(JsValue::from_f64(v.into()))
    }
    fn serialize_i64(self, v: i64) -> Out {
        Ok(JsValue::from_f64(v as f64))
    }
    fn serialize_u8(self, v: u8) -> Out {
        Ok(JsValue::from_f64(v.into()))
    }
    fn serialize_u16(self, v: u16) -> Out {
        Ok(JsValue::from_f64(v.into()))
    }
    fn serialize_u32(self, v: u32) -> Out {
        Ok(JsValue::from_f64(v.into()))
    }
    fn serialize_u64(self, v: u64) -> Out {
        Ok(JsValue::from_f64(v as f64))
    }
    fn serialize_f32(self, v: f32) -> Out {
        Ok(JsValue::from_f64(v.into()))
    }
    fn serialize_f64(self, v: f64) -> Out {
        Ok(JsValue::from_f64(v))
    }
    fn serialize_char(self, v: char) -> Out {
        Ok(JsValue::from_str(v.encode_utf8(&mut [0; 4])))
    }
    fn serialize_str(self, v: &str) -> Out {
        Ok(JsValue::from_str(v))
    }
    fn serialize_bytes(self, _: &[u8]) -> Out {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Out {
        Ok(JsValue::NULL)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Out {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Out {
        Ok(JsValue::NULL)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Out {
        Ok(JsValue::NULL)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Out {
        Ok(JsValue::from_str(variant))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Out {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(self, _: &'static str, _: u32, _: &'static str, _: &T) -> Out {
        Err(Unsupported)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Items, Unsupported> {
        Ok(Items(Array::new()))
    }
    fn serialize_tuple(self, _: usize) -> Result<Items, Unsupported> {
        Ok(Items(Array::new()))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Items, Unsupported> {
        Ok(Items(Array::new()))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Fields, Unsupported> {
        Ok(Fields { object: Object::new(), key: JsValue::UNDEFINED })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Fields, Unsupported> {
        Ok(Fields { object: Object::new(), key: JsValue::UNDEFINED })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        Err(Unsupported)
    }
}

impl Items {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.0.push(&value.serialize(Writer)?);
        Ok(())
    }
}

impl ser::SerializeSeq for Items {
    type Ok = JsValue;
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.push(value)
    }
    fn end(self) -> Out {
        Ok(self.0.into())
    }
}

impl ser::SerializeTuple for Items {
    type Ok = JsValue;
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.push(value)
    }
    fn end(self) -> Out {
        Ok(self.0.into())
    }
}

impl ser::SerializeTupleStruct for Items {
    type Ok = JsValue;
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.push(value)
    }
    fn end(self) -> Out {
        Ok(self.0.into())
    }
}

impl Fields {
    fn set(&mut self, key: JsValue, value: JsValue) -> Result<(), Unsupported> {
        Reflect::set(&self.object, &key, &value).map(|_| ()).map_err(|_| Unsupported)
    }
}

impl ser::SerializeMap for Fields {
    type Ok = JsValue;
    type Error = Unsupported;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Unsupported> {
        let key = key.serialize(Writer)?;
        if !key.is_string() {
            return Err(Unsupported);
        }
        self.key = key;
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        let key = std::mem::replace(&mut self.key, JsValue::UNDEFINED);
        let value = value.serialize(Writer)?;
        self.set(key, value)
    }
    fn end(self) -> Out {
        Ok(self.object.into())
    }
}

impl ser::SerializeStruct for Fields {
    type Ok = JsValue;
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Unsupported> {
        let value = value.serialize(Writer)?;
        self.set(JsValue::from_str(key), value)
    }
    fn end(self) -> Out {
        Ok(self.object.into())
    }
}
