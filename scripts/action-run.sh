#!/usr/bin/env bash
# The Action's run step (action.yml): build postlint's arguments from the inputs (environment
# variables, never pasted into a script), run it, and write a SARIF report when asked.
set -euo pipefail

# Words as a shell would split them, quotes and backslashes honoured, nothing expanded
# (xargs reads quotes; no command substitution, no globbing). NUL-separated on stdout.
words() {
  if [ -n "${1//[[:space:]]/}" ]; then printf '%s\n' "$1" | xargs printf '%s\0'; fi
}
# Read NUL-separated words into the array named $1 (bash 3.2 has no mapfile -d).
read_words() {
  local name="$1" file="$2" word
  eval "$name=()"
  while IFS= read -r -d '' word; do eval "$name+=(\"\$word\")"; done <"$file"
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if ! words "$INPUT_ARGS" >"$tmp/args" 2>"$tmp/err"; then
  echo "::error title=postlint::The args input has an unmatched quote: $INPUT_ARGS ($(cat "$tmp/err"))"
  exit 2
fi
if ! words "$INPUT_PATHS" >"$tmp/paths" 2>"$tmp/err"; then
  echo "::error title=postlint::The paths input has an unmatched quote: $INPUT_PATHS ($(cat "$tmp/err"))"
  exit 2
fi
read_words extra "$tmp/args"
read_words paths "$tmp/paths"

args=()
if [ -n "$INPUT_CONFIG" ]; then args+=(--config "$INPUT_CONFIG"); fi
if [ "$INPUT_CHECK_LINKS" = "true" ]; then args+=(--cache); else args+=(--offline); fi
if [ "$INPUT_CHANGED" = "true" ]; then
  # actions/checkout fetches one commit unless told otherwise: there is no base to compare with.
  if [ "$(git rev-parse --is-shallow-repository 2>/dev/null || echo false)" = "true" ]; then
    echo "::error title=postlint::changed: true needs the history of this branch and its base, but the checkout is shallow (actions/checkout fetches one commit by default). Add 'fetch-depth: 0' under 'with:' of the actions/checkout step."
    exit 2
  fi
  args+=(--changed)
  if [ -n "${BASE_REF:-}" ]; then args+=(--base "origin/$BASE_REF"); fi
fi

run() { "$POSTLINT_NODE" "$POSTLINT_CLI" "$@"; }
command=(--format "$INPUT_FORMAT" "${args[@]}" ${extra[@]+"${extra[@]}"} ${paths[@]+"${paths[@]}"})
printf 'postlint'
printf ' %q' "${command[@]}"
printf '\n'
status=0
run "${command[@]}" || status=$?

# SARIF: a second pass over the same files (the caches make it cheap), its summary not written twice.
sarif="$INPUT_SARIF_FILE"
if [ -z "$sarif" ] && [ "$INPUT_UPLOAD_SARIF" = "true" ]; then sarif="${RUNNER_TEMP:-$tmp}/postlint.sarif"; fi
if [ -n "$sarif" ] && [ "$status" -ne 2 ]; then
  case "$sarif" in /*) ;; *) sarif="$PWD/$sarif" ;; esac
  sarif_status=0
  GITHUB_STEP_SUMMARY='' run --format sarif --output "$sarif" "${args[@]}" ${extra[@]+"${extra[@]}"} ${paths[@]+"${paths[@]}"} >/dev/null || sarif_status=$?
  if [ "$sarif_status" -eq 2 ] || [ ! -f "$sarif" ]; then
    echo "::warning title=postlint::The SARIF report could not be written to $sarif"
  else
    echo "sarif-file=$sarif" >>"${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
  fi
fi
exit "$status"
