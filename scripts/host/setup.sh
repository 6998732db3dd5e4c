#!/usr/bin/env bash
# Installs what the integration and end-to-end suites need to run a real VS Code on this machine:
# Debian packages (as root, via apt-get) and code-server in a folder of its own, outside the
# extension's node_modules. Idempotent: when everything is present it only checks and returns.
# As a non-root user it installs nothing from apt; it prints what is missing and how to get it.
#
# Environment:
#   GROWTH_LEDGER_HOST_DIR  where code-server lives (default: $HOME/.cache/growth-ledger-host)
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
# code-server 4.100.3 bundles @vscode/ripgrep at this version; its postinstall looks for a cached
# download in $TMPDIR/vscode-ripgrep-cache-<version>/ before going to the internet.
RIPGREP_PACKAGE_VERSION="1.15.11"
RIPGREP_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"

HOST_DIR="${GROWTH_LEDGER_HOST_DIR:-$HOME/.cache/growth-ledger-host}"
INSTALL_DIR="$HOST_DIR/code-server-$CODE_SERVER_VERSION"
PACKAGE_DIR="$INSTALL_DIR/node_modules/code-server"
READY_MARK="$INSTALL_DIR/.ready"

# Dependencies of code-server's VS Code build whose install scripts must run on Linux (native
# modules and the ripgrep binary).
VSCODE_NATIVE_PACKAGES="@parcel/watcher,@vscode/deviceid,@vscode/ripgrep,@vscode/spdlog,kerberos,native-watchdog,node-pty"

DEBIAN_PACKAGES=(git build-essential pkg-config python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev ripgrep chromium)

say() { printf 'host setup: %s\n' "$*"; }
fail() { printf 'host setup: FAILED: %s\n' "$*" >&2; exit 1; }

missing_debian_packages() {
  local pkg
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      printf '%s\n' "$pkg"
    fi
  done
}

is_root() { [ "$(id -u)" = 0 ]; }

ensure_debian_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    # Not Debian: check the commands themselves, we cannot name packages for every distribution.
    local cmd gaps=()
    for cmd in git rg chromium make g++ python3 pkg-config; do
      command -v "$cmd" >/dev/null 2>&1 || gaps+=("$cmd")
    done
    [ ${#gaps[@]} -eq 0 ] && return 0
    fail "missing commands: ${gaps[*]}. This script installs them on Debian/Ubuntu only; install them with your system's package manager (Chromium must be at /usr/bin/chromium, or set CHROMIUM_PATH)."
  fi
  local missing
  missing="$(missing_debian_packages | tr '\n' ' ')"
  missing="${missing% }"
  if [ -z "$missing" ]; then
    say "Debian packages present"
    return 0
  fi
  if ! is_root; then
    cat >&2 <<EOF
host setup: missing Debian packages: $missing
host setup: install them as root, then run this again:
    sudo apt-get update && sudo apt-get install -y --no-install-recommends $missing
EOF
    exit 1
  fi
  say "installing Debian packages: $missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || fail "apt-get update"
  # shellcheck disable=SC2086 # word splitting of the package list is intended
  apt-get install -y -qq --no-install-recommends $missing >/dev/null || fail "apt-get install $missing"
  local still
  still="$(missing_debian_packages | tr '\n' ' ')"
  [ -z "${still// /}" ] || fail "still missing after apt-get install: $still"
}

# The node headers let node-gyp build native modules without downloading them (these machines are
# offline). Node installed under a prefix ships them in <prefix>/include/node.
node_headers_dir() {
  local prefix
  prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  if [ -f "$prefix/include/node/node.h" ]; then printf '%s' "$prefix"; fi
}

code_server_ready() {
  [ -f "$READY_MARK" ] && [ -f "$PACKAGE_DIR/lib/vscode/out/server-main.js" ] \
    && [ -x "$PACKAGE_DIR/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]
}

# Checks the parts of the install that fail silently when an install script did not run.
verify_code_server() {
  local f problems=()
  for f in \
    "$PACKAGE_DIR/out/node/entry.js" \
    "$PACKAGE_DIR/lib/vscode/out/server-main.js" \
    "$PACKAGE_DIR/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" \
    "$PACKAGE_DIR/lib/vscode/node_modules/node-pty/build/Release/pty.node" \
    "$PACKAGE_DIR/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" \
    "$PACKAGE_DIR/lib/vscode/node_modules.asar"; do
    [ -e "$f" ] || problems+=("$f")
  done
  if ! (cd "$PACKAGE_DIR" && node -e 'require("argon2")' >/dev/null 2>&1); then
    problems+=("argon2 native module does not load")
  fi
  if [ ${#problems[@]} -ne 0 ]; then
    printf 'host setup: code-server install is incomplete:\n' >&2
    printf '    %s\n' "${problems[@]}" >&2
    return 1
  fi
}

install_code_server() {
  command -v node >/dev/null 2>&1 || fail "node is not on PATH (Node 20 is required)"
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" = 20 ] || fail "code-server $CODE_SERVER_VERSION requires Node 20; this is Node $(node -v)"

  say "installing code-server $CODE_SERVER_VERSION into $INSTALL_DIR (about a minute)"
  rm -rf "$INSTALL_DIR"
  mkdir -p "$INSTALL_DIR"
  # A package.json of its own keeps code-server out of the extension's dependencies, and its
  # allowScripts approves exactly the install scripts this needs (npm 11 reviews install scripts).
  cat >"$INSTALL_DIR/package.json" <<EOF
{
  "name": "growth-ledger-host",
  "private": true,
  "description": "code-server for Growth Ledger's integration and end-to-end suites (scripts/host/setup.sh)",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true }
}
EOF

  local tmp
  tmp="$INSTALL_DIR/.tmp"
  mkdir -p "$tmp/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
  # @vscode/ripgrep's postinstall downloads from GitHub unless this cache holds its asset; a
  # tarball with Debian's rg inside satisfies it.
  tar -czf "$tmp/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION/$RIPGREP_ASSET" -C "$(dirname "$(readlink -f "$(command -v rg)")")" rg

  local nodedir
  nodedir="$(node_headers_dir)"
  (
    cd "$INSTALL_DIR"
    export TMPDIR="$tmp"
    # code-server's postinstall refuses to run as root without unsafe-perm; a native module's
    # install script calls `npx node-gyp`, which must not stop to ask.
    export npm_config_unsafe_perm=true npm_config_yes=true
    export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
    if [ -n "$nodedir" ]; then export npm_config_nodedir="$nodedir"; fi
    # Two steps, so that the install scripts that run are exactly the approved ones whatever npm's
    # allowScripts policy does with unreviewed ones: fetch without scripts, approve the scripts of
    # the VS Code build's own dependencies (code-server's postinstall runs `npm install` inside
    # lib/vscode, a project of its own, whose .npmrc is where npm reads that approval), rebuild.
    npm install --no-package-lock --ignore-scripts --loglevel=warn
    printf 'allow-scripts=%s\n' "$VSCODE_NATIVE_PACKAGES" >"$PACKAGE_DIR/lib/vscode/.npmrc"
    npm rebuild code-server argon2 --loglevel=warn
  ) >"$INSTALL_DIR/install.log" 2>&1 || {
    tail -n 40 "$INSTALL_DIR/install.log" >&2
    fail "npm install of code-server (full log: $INSTALL_DIR/install.log)"
  }

  verify_code_server || fail "see $INSTALL_DIR/install.log"
  rm -rf "$tmp"
  date -u +%Y-%m-%dT%H:%M:%SZ >"$READY_MARK"
  say "code-server $CODE_SERVER_VERSION installed"
}

main() {
  ensure_debian_packages
  mkdir -p "$HOST_DIR"
  # Two runs at once (two clones, two terminals) must not install into the same folder together.
  exec 9>"$HOST_DIR/.setup.lock"
  flock 9
  if code_server_ready; then
    say "code-server $CODE_SERVER_VERSION present in $INSTALL_DIR"
  else
    install_code_server
  fi
  say "ok"
}

main "$@"
