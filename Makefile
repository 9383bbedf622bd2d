# Thin wrappers over scripts/. Each target installs what it needs first (scripts/setup).
# bash: scripts/env.sh finds the project root through BASH_SOURCE.
SHELL := /bin/bash
.PHONY: run test dist bench package setup

setup:
	scripts/setup

## Build and serve the demo page on http://127.0.0.1:8080
run: setup
	. scripts/env.sh && trunk serve

## Build and pass every test layer
test: setup
	scripts/test

## Release build into dist/ (copy that folder to any static host)
dist: setup
	. scripts/env.sh && trunk build --release

## The npm package from a release build: target/package/ and target/reframe-widget-<version>.tgz
package: setup
	scripts/package

## Benchmarks: bytes, time to interactive, 1,000 items, memory (target/bench/, BENCHMARKS.md)
bench: dist
	scripts/bench
