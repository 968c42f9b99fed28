# Mandat: `make run` starts the app, `make test` runs every check. Both install what a fresh
# Debian 12 / Ubuntu 22.04+ machine lacks (apt packages via sudo when not root, npm packages,
# tauri-driver), so they work on a new clone with nothing else done first.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# The app always serves its embedded front end (never a dev server) in these targets, and every
# cargo call uses the same features so that builds share one cache.
FEATURES := --features custom-protocol
CARGO ?= cargo
NPM ?= npm
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
APT_PACKAGES := build-essential pkg-config file curl libwebkit2gtk-4.1-dev libxdo-dev \
	libssl-dev openssl librsvg2-dev xvfb xauth webkit2gtk-driver poppler-utils
NODE_MIN := 20.19
TAURI_DRIVER := $(or $(shell command -v tauri-driver 2>/dev/null),$(HOME)/.cargo/bin/tauri-driver)
STAMP := target/.make
UI_DEPS := ui/node_modules/.package-lock.json

.PHONY: help run test deps lint unit ui-test e2e ui bindings bench bundle clean

help:
	@echo "make run     start Mandat on the default local database (ARGS='--data-dir DIR' to choose)"
	@echo "make test    build everything and run lint, Rust, UI and end-to-end tests"
	@echo "make bench   print start-up and store figures (release build)"
	@echo "make bundle  build the .deb package"

run: deps ui
	$(CARGO) run $(FEATURES) --bin mandat -- $(ARGS)

test: deps ui lint unit ui-test e2e
	@echo "make test: all checks passed"

# --- what a fresh machine lacks -------------------------------------------------------------

deps: $(STAMP)/apt $(STAMP)/node $(UI_DEPS)

$(STAMP)/apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages:" $$missing; \
		$(SUDO) apt-get update -qq; \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@command -v $(CARGO) >/dev/null || { echo "Rust is missing: install it with rustup (https://rustup.rs), then run make again." >&2; exit 1; }
	@mkdir -p $(STAMP) && touch $@

$(STAMP)/node:
	@command -v node >/dev/null && command -v $(NPM) >/dev/null || { \
		echo "Installing Node.js and npm"; $(SUDO) apt-get update -qq; \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm; }
	@node -e 'const [a,b]=process.versions.node.split(".").map(Number),[x,y]="$(NODE_MIN)".split(".").map(Number);process.exit(a>x||(a===x&&b>=y)?0:1)' \
		|| { echo "Node.js $(NODE_MIN) or newer is needed (found $$(node --version)); install a newer nodejs, then run make again." >&2; exit 1; }
	@mkdir -p $(STAMP) && touch $@

$(UI_DEPS): ui/package.json ui/package-lock.json | $(STAMP)/node
	$(NPM) --prefix ui ci --no-audit --no-fund

$(TAURI_DRIVER):
	$(CARGO) install tauri-driver --locked --version 2.1.0

# --- build ------------------------------------------------------------------------------------

ui: $(UI_DEPS)
	$(NPM) --prefix ui run build

# Rewrites ui/src/lib/bindings from the Rust types and ui/src/lib/commands.ts from the list of
# commands (tests fail while they are stale).
bindings:
	UPDATE_BINDINGS=1 $(CARGO) test -p mandat-core --lib bindings
	UPDATE_BINDINGS=1 $(CARGO) test -p mandat $(FEATURES) --bin mandat commands_ts

# --- checks -------------------------------------------------------------------------------------

lint: deps ui
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets $(FEATURES) -- -D warnings
	$(NPM) --prefix ui run check

unit: deps ui
	$(CARGO) test --workspace $(FEATURES)

ui-test: $(UI_DEPS)
	$(NPM) --prefix ui run test

# The real window under Xvfb. No session bus: the single-instance plugin then stands aside and
# the data-folder lock alone keeps one writer; NO_AT_BRIDGE spares the accessibility bus.
e2e: deps ui $(TAURI_DRIVER)
	TAURI_DRIVER=$(TAURI_DRIVER) NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1280x900x24" \
		$(CARGO) test $(FEATURES) --test e2e -- --ignored --test-threads=1 --skip figures_

# --- figures and packages ---------------------------------------------------------------------

bench: deps ui $(TAURI_DRIVER)
	$(CARGO) bench -p mandat-core --bench missions
	$(CARGO) bench -p mandat-core --bench document
	$(CARGO) bench -p mandat-core --bench stakeholders
	cd ui && npx vitest bench --run src/lib/stakeholder/search.bench.ts
	$(CARGO) bench -p mandat-core --bench wellbeing
	$(CARGO) build --release --workspace $(FEATURES) --bins
	bash scripts/bench-startup.sh
	MANDAT_APP=target/release/mandat TAURI_DRIVER=$(TAURI_DRIVER) NO_AT_BRIDGE=1 \
		xvfb-run -a -s "-screen 0 1280x900x24" \
		$(CARGO) test $(FEATURES) --test e2e figures_ -- --ignored --nocapture
	@echo "--- the same, WebKit painting on the CPU (no compositing) ---"
	WEBKIT_DISABLE_COMPOSITING_MODE=1 MANDAT_APP=target/release/mandat TAURI_DRIVER=$(TAURI_DRIVER) \
		NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1280x900x24" \
		$(CARGO) test $(FEATURES) --test e2e figures_ -- --ignored --nocapture

bundle: deps
	ui/node_modules/.bin/tauri build --bundles deb

clean:
	$(CARGO) clean
	rm -rf ui/dist ui/node_modules
