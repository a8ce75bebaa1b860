#!/usr/bin/env bash
# Installs what building (and, with `test`, testing) zelfscan needs and is missing. Idempotent:
# quiet when everything is present, says what it installs and why it stops when it cannot.
#
#   scripts/setup.sh build   wasm target, trunk, wasm-bindgen-cli, wasm-opt (npm binaryen)
#   scripts/setup.sh test    all of the above, plus Chromium, chromedriver, pdftotext, brotli
#                            and the end-to-end test packages
#   scripts/setup.sh engines all of `test`, plus the other browser engines for `make engines`:
#                            WebKitGTK's WebKitWebDriver + MiniBrowser, xvfb-run, Firefox ESR
#                            and geckodriver (cargo)
#
# Tools go into $ZELFSCAN_TOOLS (default ~/.cache/zelfscan/tools), so clones share them.
set -euo pipefail

mode="${1:-build}"
root="$(cd "$(dirname "$0")/.." && pwd)"
tools="${ZELFSCAN_TOOLS:-$HOME/.cache/zelfscan/tools}"
export PATH="$tools/node/node_modules/.bin:$tools/bin:$HOME/.cargo/bin:$PATH"

trunk_version="0.21.14"

say() { echo "setup: $*"; }
stop() {
  echo "setup: cannot continue: $*" >&2
  exit 1
}

command -v cargo >/dev/null || stop "cargo is missing; install Rust with rustup (https://rustup.rs) and run again."
command -v rustup >/dev/null || stop "rustup is missing; it is needed to add the wasm32 target."
mkdir -p "$tools/bin"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the Rust target wasm32-unknown-unknown (the widget is WebAssembly)"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qF "$trunk_version"; then
  say "installing trunk $trunk_version into $tools (builds the widget; takes about 7 minutes)"
  cargo install trunk --locked --version "$trunk_version" --root "$tools"
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
bindgen_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock")"
[ -n "$bindgen_version" ] || stop "could not read the wasm-bindgen version from Cargo.lock."
grep -qF "wasm_bindgen = \"$bindgen_version\"" "$root/Trunk.toml" ||
  stop "Trunk.toml [tools] wasm_bindgen differs from Cargo.lock's wasm-bindgen $bindgen_version; make them equal."
if ! wasm-bindgen --version 2>/dev/null | grep -qF "$bindgen_version" ||
  ! wasm-bindgen-test-runner --version 2>/dev/null | grep -qF "$bindgen_version"; then
  say "installing wasm-bindgen-cli $bindgen_version into $tools (matches Cargo.lock; takes a few minutes)"
  # Not --locked: its lock pins a crate version this registry lacks.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --root "$tools" --force
fi

ensure_apt() {
  # ensure_apt COMMAND PACKAGE...: installs Debian packages when COMMAND is missing.
  local cmd="$1"
  shift
  command -v "$cmd" >/dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing $* with apt-get (provides $cmd)"
    if [ -z "${apt_updated:-}" ]; then
      apt-get update -qq
      apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    stop "$cmd is missing; run: sudo apt-get install $*"
  fi
}

ensure_apt node nodejs npm
ensure_apt npm npm

npm_install() {
  # npm_install DIR: installs DIR's packages from its committed lockfile, once per lockfile.
  local dir="$1" stamp="$1/node_modules/.zelfscan-lock"
  if [ -d "$dir/node_modules" ] && cmp -s "$dir/package-lock.json" "$stamp"; then
    return 0
  fi
  say "installing npm packages in $dir from its package-lock.json"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$dir/package-lock.json" "$stamp"
}

# wasm-opt from npm's binaryen, kept in the tools directory.
mkdir -p "$tools/node"
if ! cmp -s "$root/tools/package-lock.json" "$tools/node/package-lock.json"; then
  cp "$root/tools/package.json" "$root/tools/package-lock.json" "$tools/node/"
  rm -f "$tools/node/node_modules/.zelfscan-lock"
fi
npm_install "$tools/node"
wasm-opt --version 2>/dev/null | grep -q "version 132" ||
  stop "wasm-opt 132 is not first on PATH (found: $(command -v wasm-opt || echo none))."

case "$mode" in
test | engines) ;;
*) exit 0 ;;
esac

ensure_apt chromium chromium
ensure_apt chromedriver chromium-driver
ensure_apt pdftotext poppler-utils
ensure_apt brotli brotli
npm_install "$root/tests/e2e"

[ "$mode" = engines ] || exit 0

# Safari's engine: WebKitGTK's WebDriver drives its MiniBrowser, which needs an X display
# (xvfb-run gives it a virtual one). Firefox: geckodriver drives Firefox ESR, headless.
ensure_apt WebKitWebDriver webkit2gtk-driver
ensure_apt xvfb-run xvfb
ensure_apt firefox-esr firefox-esr
geckodriver_version="0.36.0"
if ! geckodriver --version 2>/dev/null | grep -qF "$geckodriver_version"; then
  say "installing geckodriver $geckodriver_version into $tools (drives Firefox; takes about 3 minutes)"
  cargo install geckodriver --locked --version "$geckodriver_version" --root "$tools"
fi
