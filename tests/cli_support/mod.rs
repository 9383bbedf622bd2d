//! Running the `reframe` program from native tests, with input files in a temporary folder.

use std::path::PathBuf;
use std::process::{Command, Output};

/// Runs `reframe` with `args` and returns what it did.
pub fn reframe(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_reframe"))
        .args(args)
        .output()
        .unwrap()
}

/// Writes `text` to a fresh temporary file named `name` and returns its path.
pub fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("reframe-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}
