#!/usr/bin/env bash
# Installs LiteLLM's proxy (the most common self-hosted LLM gateway) from PyPI for the LiteLLM integration test.
# The venv lives in the user's cache (${XDG_CACHE_HOME:-~/.cache}/genesys-llm-router/litellm-<version>, or
# LITELLM_VENV_DIR) so every clone on the machine, CI's fresh ones included, installs it once; .venv-litellm links
# to it. Never fatal: without Python or PyPI the test says why it is skipped.
set -uo pipefail
cd "$(dirname "$0")/.."
# 1.108.0: the newest release whose [proxy] extra resolves from PyPI alone (later ones pin unpublished
# litellm-proxy / litellm-proxy-extras builds).
LITELLM_VERSION="${LITELLM_VERSION:-1.108.0}"
VENV_DIR="${LITELLM_VENV_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/genesys-llm-router/litellm-${LITELLM_VERSION}}"
LINK=.venv-litellm

installed_version() { "$1/bin/python" -c 'import importlib.metadata as m; print(m.version("litellm"))' 2>/dev/null; }

if [ -d "$LINK" ] && [ ! -L "$LINK" ] && [ "$(installed_version "$LINK")" = "$LITELLM_VERSION" ]; then
  echo "litellm proxy: $LINK/bin/litellm ($LITELLM_VERSION, cached)"; exit 0
fi
if [ ! -x "$VENV_DIR/bin/litellm" ] || [ "$(installed_version "$VENV_DIR")" != "$LITELLM_VERSION" ]; then
  if ! command -v python3 >/dev/null 2>&1; then
    echo "python3 not found: the LiteLLM integration test will be skipped" >&2; exit 0
  fi
  mkdir -p "$(dirname "$VENV_DIR")"
  python3 -m venv "$VENV_DIR" || { echo "cannot create $VENV_DIR: the LiteLLM integration test will be skipped" >&2; exit 0; }
  # Local mirrors configured on some machines log a line per package they do not hold; only real errors are shown.
  if ! "$VENV_DIR/bin/pip" install --quiet --disable-pip-version-check "litellm[proxy]==${LITELLM_VERSION}" 2> >(grep -v '^WARNING: Location' >&2); then
    echo "pip could not install litellm[proxy]==${LITELLM_VERSION}: the LiteLLM integration test will be skipped" >&2; exit 0
  fi
fi
rm -rf "$LINK" && ln -s "$VENV_DIR" "$LINK"
echo "litellm proxy: $LINK/bin/litellm -> $VENV_DIR ($LITELLM_VERSION)"
