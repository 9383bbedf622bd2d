//! The packed form of the bundled sets (`content::packed_format`, `content::packed`): what the
//! wasm reads from it is what serde reads from the bundled JSON. Native: it packs with the build
//! script's code, which uses serde_json.
#![cfg(not(target_arch = "wasm32"))]

use reframe_core::content::packed::Packed;
use reframe_core::content::packed_format::pack;
use reframe_core::content::{bundled, read};
use serde_json::{json, Value};

/// What `value` should unpack as.
fn packed(value: &Value) -> Packed {
    match value {
        Value::Null => Packed::Null,
        Value::Bool(flag) => Packed::Boolean(*flag),
        Value::Number(n) => Packed::Number(n.as_f64().unwrap()),
        Value::String(s) => Packed::Text(s.clone()),
        Value::Array(items) => Packed::Array(items.iter().map(packed).collect()),
        Value::Object(fields) => Packed::Object(
            fields
                .iter()
                .map(|(name, value)| (name.clone(), packed(value)))
                .collect(),
        ),
    }
}

fn round_trip(value: &Value) -> Option<Packed> {
    let mut bytes = Vec::new();
    pack(value, &mut bytes);
    Packed::unpack(&bytes)
}

#[test]
fn every_bundled_set_reads_the_same_packed_as_from_its_json() {
    for id in bundled::ids() {
        let packed = Packed::unpack(bundled::packed(id).unwrap())
            .unwrap_or_else(|| panic!("bundled {id}: its packed form does not unpack"));
        let from_packed = read::content_set(packed).unwrap();
        let from_json: Value = serde_json::from_str(bundled::json(id).unwrap()).unwrap();
        let from_json = read::content_set(&from_json).unwrap();
        assert_eq!(from_packed, from_json, "bundled {id}");
    }
}

#[test]
fn every_kind_of_value_comes_back_as_it_went_in() {
    let value = json!({
        "text": "plain, \"quoted\", \\ back, tab\t, line\n, é, 𝄞, \u{0}",
        "empty": "",
        "numbers": [0, -3, 2.5, 1e300, 9007199254740991i64],
        "flags": [true, false, null],
        "nested": { "list": [[], {}, [{ "a": [1] }]] },
    });
    assert_eq!(round_trip(&value), Some(packed(&value)));
    let text = match round_trip(&value) {
        Some(Packed::Object(fields)) => fields.into_iter().find(|(name, _)| name == "text"),
        other => panic!("not an object: {other:?}"),
    };
    assert_eq!(
        text,
        Some((
            "text".into(),
            Packed::Text("plain, \"quoted\", \\ back, tab\t, line\n, é, 𝄞, \u{0}".into())
        ))
    );
}

#[test]
fn bytes_that_are_not_one_packed_value_are_refused() {
    let mut bytes = Vec::new();
    pack(
        &json!({ "question": "Why?", "answer": ["Because."] }),
        &mut bytes,
    );
    assert!(Packed::unpack(&bytes).is_some());
    for cut in 0..bytes.len() {
        assert_eq!(Packed::unpack(&bytes[..cut]), None, "cut at {cut}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(Packed::unpack(&longer), None, "a byte after the value");
    assert_eq!(Packed::unpack(&[9]), None, "an unknown tag");
    assert_eq!(
        Packed::unpack(&[4, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]),
        None,
        "a length too long for its bytes"
    );
    assert_eq!(
        Packed::unpack(&[4, 2, 0xff, 0xfe]),
        None,
        "a string that is not UTF-8"
    );
}
