# zelfscan: `make serve` builds and serves the widget, `make test` runs every test.
# Both install what is missing first (scripts/setup.sh), into $(ZELFSCAN_TOOLS).

ZELFSCAN_TOOLS ?= $(HOME)/.cache/zelfscan/tools
export ZELFSCAN_TOOLS
export PATH := $(ZELFSCAN_TOOLS)/node/node_modules/.bin:$(ZELFSCAN_TOOLS)/bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver

WASM := --target wasm32-unknown-unknown

.PHONY: e2e-loaded serve build build-panic test bench setup-build setup-test setup-engines lint unit wasm-test e2e engines content-check

serve: setup-build
	@echo "make: serving the release widget on http://127.0.0.1:8080"
	trunk serve --release

build: setup-build
	trunk build --release

setup-build:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

setup-engines:
	@scripts/setup.sh engines

test: setup-test lint unit wasm-test build e2e
	@echo "make: all tests passed"

lint:
	cargo fmt --check
	cargo clippy --workspace --all-targets -- -D warnings -D clippy::too_many_lines
	cargo clippy --features prerender --bin prerender -- -D warnings -D clippy::too_many_lines
	cargo clippy --lib --bin zelfscan --bin results --test web --test wasm_timing $(WASM) -- -D warnings -D clippy::too_many_lines

unit:
	cargo test --workspace

wasm-test:
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test $(WASM) --test web

# A test-only build in which the address #zelfscan-panic makes the widget panic, so that
# tests/e2e/specs/panic.spec.mjs can see the panic hook at work. Never shipped.
build-panic: setup-build
	trunk build --release --features panic-trigger --dist target/dist-panic

# The specs serve dist/, so it is built first (within `make test` make builds it once).
e2e: build build-panic
	cd tests/e2e && npx playwright test

# The e2e suite with two busy loops beside it (this machine has two cores): a wait that holds
# only on a quiet machine fails here. Not part of `test`; run it after changing a wait. The
# loops stop when the suite does, pass or fail.
e2e-loaded: build build-panic
	@echo "make: running the e2e suite beside two busy loops"
	@sh -c 'while :; do :; done' & a=$$!; sh -c 'while :; do :; done' & b=$$!; \
	 trap 'kill $$a $$b 2>/dev/null' EXIT; \
	 cd tests/e2e && npx playwright test

# The widget in WebKit (WebKitGTK's MiniBrowser, Safari's engine) and Firefox ESR over W3C
# WebDriver (tests/engines/check.mjs). Not part of `test`: two more browsers cost CI time, and
# their drivers are less steady than Playwright's Chromium. Ports 4200-4205 (bench uses 4180
# to 4185) unless ZELFSCAN_ENGINES_PORT gives the first of five.
engines: setup-engines build
	node tests/engines/check.mjs

bench: setup-test build
	node bench/bench.mjs
	node bench/heights.mjs
	@echo "Engine timings, native (release):"
	cargo run --quiet --release -p zelfscan-content --bin zelfscan-content -- timing 2000

content-check:
	cargo run --quiet -p zelfscan-content --bin zelfscan-content -- check
