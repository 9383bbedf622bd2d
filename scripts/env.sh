# Sourced by the scripts: run from the project root with the project's tools on PATH.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# Browser tests (wasm-bindgen-test-runner) drive Debian's Chromium through this driver.
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
