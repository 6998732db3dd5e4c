#!/usr/bin/env bash
# `npm test`: everything from a fresh clone on a fresh machine, in order, stopping at the first
# stage that fails. Installs dependencies (npm ci) when node_modules is missing or older than the
# lockfile, installs the real-VS-Code host (scripts/host/setup.sh), then type-checks, lints,
# builds, runs the unit suite, packages the .vsix and runs the integration and end-to-end suites.
set -uo pipefail
cd "$(dirname "$0")/.."

LOG_DIR="test-results/logs"
mkdir -p "$LOG_DIR"
SUMMARY=()
STARTED=$SECONDS

# Runs one stage, keeps its output in test-results/logs/<name>.log and on the terminal, and stops
# everything with a line naming the stage when it fails.
stage() {
  local name="$1"
  shift
  local t0=$SECONDS
  printf '\n==> %s: %s\n' "$name" "$*"
  "$@" 2>&1 | tee "$LOG_DIR/$name.log"
  local code=${PIPESTATUS[0]}
  local took=$((SECONDS - t0))
  if [ "$code" -ne 0 ]; then
    print_summary
    printf '\nnpm test: FAILED at stage "%s" (exit %s, after %ss); its output is in %s\n' "$name" "$code" "$took" "$LOG_DIR/$name.log" >&2
    exit "$code"
  fi
  SUMMARY+=("$(printf '%-12s ok  %5ss  %s' "$name" "$took" "$(counts "$name")")")
}

# The count line a suite prints, for the summary.
counts() {
  local log="$LOG_DIR/$1.log"
  case "$1" in
    unit) sed -E 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^\s*Tests\s+' | tail -n 1 | sed -E 's/^\s+/unit: /; s/\s+/ /g' ;;
    integration) grep -E '^integration: ' "$log" | tail -n 1 ;;
    e2e) grep -E '^e2e: ' "$log" | tail -n 1 ;;
    *) ;;
  esac
}

print_summary() {
  printf '\n---- summary ----\n'
  local line
  for line in "${SUMMARY[@]}"; do printf '%s\n' "$line"; done
}

needs_npm_ci() {
  [ ! -d node_modules ] && return 0
  [ ! -f node_modules/.package-lock.json ] && return 0
  [ package-lock.json -nt node_modules/.package-lock.json ] && return 0
  return 1
}

if needs_npm_ci; then
  stage deps npm ci --no-audit --no-fund
else
  SUMMARY+=("$(printf '%-12s ok  %5ss  %s' deps 0 'node_modules up to date')")
fi
stage host bash scripts/host/setup.sh
stage typecheck npm run typecheck
stage lint npm run lint
stage cycles npm run cycles
stage build npm run build
stage unit npm run test:unit
stage package npm run package
stage integration npm run test:integration
stage e2e npm run test:e2e

print_summary
printf '\nnpm test: all stages passed in %ss\n' "$((SECONDS - STARTED))"
