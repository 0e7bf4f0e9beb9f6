#!/usr/bin/env bash
# Installs the pinned code-server (VS Code 1.100.3 server + web workbench) into a cache
# folder, following ../shared/notes/real-vscode-here.md: the npm registry and Debian are
# the only sources these machines reach, so the package's own install script (native
# builds + ripgrep download from GitHub) is replaced by the steps below.
# Idempotent: an existing install that answers `--version` correctly is reused.
# Prints the code-server binary path as the last line of stdout.
set -euo pipefail

VERSION=4.100.3
CODE_VERSION=1.100.3
CACHE_DIR="${CROSSCHECK_E2E_CACHE:-$HOME/.cache/crosscheck-e2e}/code-server-$VERSION"
BIN="$CACHE_DIR/node_modules/.bin/code-server"
START=$(date +%s)

log() { echo "[setup-code-server] $*" >&2; }

installed_ok() {
  [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -q "^$VERSION .*with Code $CODE_VERSION"
}

# Debian packages: kerberos headers (native rebuild), ripgrep (VS Code search), chromium (driver).
need_apt=()
for pkg in libkrb5-dev ripgrep chromium; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq libkrb5-dev ripgrep chromium >&2
fi

if installed_ok; then
  log "reusing $CACHE_DIR ($(( $(date +%s) - START ))s)"
  echo "$BIN"
  exit 0
fi

log "installing code-server@$VERSION into $CACHE_DIR"
# Build in a scratch folder and move into place at the end, so an interrupted run never
# leaves a half-installed cache that looks complete.
rm -rf "$CACHE_DIR.partial"
mkdir -p "$CACHE_DIR.partial"
cd "$CACHE_DIR.partial"
echo '{"name":"crosscheck-e2e-code-server","private":true}' > package.json
export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

# 2. the package itself, without its install script
npm install --no-save "code-server@$VERSION" --ignore-scripts >&2

CS="$PWD/node_modules/code-server"
VS="$CS/lib/vscode"

# 3. VS Code's own runtime dependencies, native modules rebuilt against this Node
( cd "$VS" \
  && npm install --omit=dev --ignore-scripts >&2 \
  && npm rebuild kerberos @parcel/watcher @vscode/spdlog @vscode/deviceid native-watchdog node-pty >&2 )

# 4. Debian's ripgrep where VS Code looks for it
mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
ln -sf /usr/bin/rg "$VS/node_modules/@vscode/ripgrep/bin/rg"

# 5. what postinstall.sh would do
( cd "$VS" && ln -sfn node_modules node_modules.asar )
( cd "$VS/bin/remote-cli" && ln -sf code-linux.sh code-server )
( cd "$VS/bin/helpers" && ln -sf browser-linux.sh browser.sh )
( cd "$VS/extensions" && npm install --omit=dev --ignore-scripts >&2 && node ./postinstall.mjs >&2 )

# 6. code-server's own native module
npm rebuild argon2 >&2

cd /
rm -rf "$CACHE_DIR"
mv "$CACHE_DIR.partial" "$CACHE_DIR"

# 7. verify
if ! installed_ok; then
  log "install finished but '$BIN --version' does not report $VERSION / Code $CODE_VERSION:"
  "$BIN" --version >&2 || true
  exit 1
fi
log "installed in $(( $(date +%s) - START ))s: $("$BIN" --version | head -1)"
echo "$BIN"
