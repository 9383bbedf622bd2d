# Thin wrappers over scripts/. Each target installs what it needs first (scripts/setup).
# bash: scripts/env.sh finds the project root through BASH_SOURCE.
SHELL := /bin/bash
.PHONY: run test dist bench package setup build-tools

# `setup`: every tool, browsers and drivers included (the tests and benchmarks drive them);
# `build-tools`: what building needs, no browser.
setup:
	scripts/setup

build-tools:
	scripts/setup --build

## Build and serve the demo page on http://127.0.0.1:8080
run: build-tools
	. scripts/env.sh && trunk serve

## Build and pass every test layer
test: setup
	scripts/test

## Release build into dist/ (copy that folder to any static host)
dist: build-tools
	. scripts/env.sh && trunk build --release

## The npm package from a release build: target/package/ and target/reframe-widget-<version>.tgz
package: build-tools
	scripts/package

## Benchmarks: bytes, time to interactive, 1,000 items, memory (target/bench/, BENCHMARKS.md)
bench: setup dist
	scripts/bench
