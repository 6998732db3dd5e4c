#!/usr/bin/env bash
# `npm run demo`: from a fresh clone, installs what is missing (npm ci, the real-VS-Code host),
# builds and packages the extension, creates a demo repository with a realistic history under
# .demo/, runs the CLI on it, and serves VS Code in the browser on 127.0.0.1 with the extension
# installed until Ctrl+C. With --once (or CI=true) it saves docs/images/overview.png and
# docs/images/evidence-map.png, and exits.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi
step "checking the VS Code host (scripts/host/setup.sh)"
bash scripts/host/setup.sh
step "building and packaging the extension"
npm run --silent package
step "demo"
exec node scripts/demo/run-demo.mjs "$@"
