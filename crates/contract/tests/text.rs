// Native only: proptest's random source does not build for wasm32-unknown-unknown.
#![cfg(not(target_arch = "wasm32"))]

//! The contract's JSON text reader (`screener_contract::text`, the browser's) against
//! serde_json's (the command line's): the same value from any JSON they write, and the same
//! verdict (and value) on any text made of JSON's characters.

use proptest::prelude::*;
use serde_json::Value;

use screener_contract::{text, Json};

/// Equal values; floats within a relative 1e-15 (the two read long mantissas by different
/// algorithms).
fn same(a: &Json, b: &Json) -> bool {
    match (a, b) {
        (Json::Float(x), Json::Float(y)) => x == y || (x - y).abs() <= 1e-15 * x.abs().max(y.abs()),
        (Json::Array(x), Json::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b)),
        (Json::Object(x), Json::Object(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|((ka, a), (kb, b))| ka == kb && same(a, b))
        }
        _ => a == b,
    }
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1_000_000i64..1_000_000).prop_map(|k| Value::from(k as f64 / 8.0)),
        any::<String>().prop_map(Value::String),
        "[a-z_]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(("[a-z_\"\\\\é]{0,8}", inner), 0..6)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, .. ProptestConfig::default() })]

    #[test]
    fn any_json_written_reads_as_serde_json_reads_it(value in json_value(), pretty in any::<bool>()) {
        let written = if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) };
        let written = written.expect("writes");
        let theirs: Json = serde_json::from_str(&written).expect("reads its own");
        let ours = text::parse(&written);
        prop_assert!(ours.as_ref().is_ok_and(|ours| same(ours, &theirs)), "{written}: {ours:?} / {theirs:?}");
    }

    #[test]
    fn any_text_gets_the_same_verdict(text in r#"[ \t\n{}\[\]":,0-9.eE+\-tfrulnsa\\/]{0,40}"#) {
        let theirs = serde_json::from_str::<Json>(&text);
        let ours = text::parse(&text);
        match (&ours, &theirs) {
            (Ok(ours), Ok(theirs)) => prop_assert!(same(ours, theirs), "{text:?}: {ours:?} / {theirs:?}"),
            (Err(_), Err(_)) => {}
            _ => prop_assert!(false, "{text:?}: ours {ours:?}, serde_json {theirs:?}"),
        }
    }
}
