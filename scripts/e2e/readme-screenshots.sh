#!/usr/bin/env bash
# Copies the screenshots the last `npm run test:e2e` took for the README (readme-*.png in
# test-results/e2e/) to docs/screenshots/, where README.md links them.
set -euo pipefail
cd "$(dirname "$0")/../.."
shopt -s nullglob
shots=(test-results/e2e/readme-*.png)
if [ ${#shots[@]} -eq 0 ]; then
  echo "no test-results/e2e/readme-*.png: run npm run test:e2e first" >&2
  exit 1
fi
mkdir -p docs/screenshots
for f in "${shots[@]}"; do
  name="$(basename "$f")"
  cp "$f" "docs/screenshots/${name#readme-}"
  echo "docs/screenshots/${name#readme-}"
done
