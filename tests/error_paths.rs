//! Content errors name the same field path natively (serde_json + serde_path_to_error, as in the
//! build and `reframe check`) as in the browser (serde-wasm-bindgen + serde_path_to_error,
//! src/embed/from_js.rs; tests/web.rs reads the same cases from tests/fixtures/invalid-paths.json).
#![cfg(not(target_arch = "wasm32"))]

use reframe_core::content::load::from_json;
use serde_json::Value;

#[test]
fn every_case_fails_with_its_path_and_message() {
    let cases: Vec<Value> =
        serde_json::from_str(include_str!("fixtures/invalid-paths.json")).unwrap();
    assert!(cases.len() >= 40);
    for case in cases {
        let text = case["content"].to_string();
        let expected = case["error"].as_str().unwrap();
        let errors = from_json("case.json", &text).expect_err(case["what"].as_str().unwrap());
        assert_eq!(errors.len(), 1, "{errors:?}");
        // `case.json:1:COLUMN: path: message`
        let (_, located) = errors[0].split_once(":1:").unwrap();
        let (_, error) = located.split_once(": ").unwrap();
        assert_eq!(error, expected, "{}", case["what"]);
    }
}
