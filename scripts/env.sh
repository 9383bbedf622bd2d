# Sourced by the scripts: run from the project root with the project's tools on PATH.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# Browser tests (wasm-bindgen-test-runner) drive Debian's Chromium through this driver.
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# The wasm names the source files of its panics: without this, the build machine's own path to
# the crates (such as /root/.cargo/registry/src/) would be in the shipped file, and its size
# would depend on who built it.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src/="
