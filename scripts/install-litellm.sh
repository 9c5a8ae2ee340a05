#!/usr/bin/env bash
# Installs LiteLLM's proxy (the most common self-hosted LLM gateway) from PyPI into .venv-litellm, once: the
# LiteLLM integration test runs the router against it. Cached: a venv that already has the pinned version is kept.
# Never fatal: without Python or PyPI the test says why it is skipped.
set -uo pipefail
cd "$(dirname "$0")/.."
# 1.108.0: the newest release whose [proxy] extra resolves from PyPI alone (later ones pin unpublished
# litellm-proxy / litellm-proxy-extras builds).
LITELLM_VERSION="${LITELLM_VERSION:-1.108.0}"
VENV=.venv-litellm

if [ -x "$VENV/bin/litellm" ] && [ "$("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("litellm"))' 2>/dev/null)" = "$LITELLM_VERSION" ]; then
  echo "litellm proxy: $VENV/bin/litellm ($LITELLM_VERSION, cached)"; exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "python3 not found: the LiteLLM integration test will be skipped" >&2; exit 0
fi
python3 -m venv "$VENV" || { echo "cannot create $VENV: the LiteLLM integration test will be skipped" >&2; exit 0; }
if ! "$VENV/bin/pip" install --quiet --disable-pip-version-check "litellm[proxy]==${LITELLM_VERSION}"; then
  echo "pip could not install litellm[proxy]==${LITELLM_VERSION}: the LiteLLM integration test will be skipped" >&2; exit 0
fi
echo "litellm proxy: $VENV/bin/litellm ($LITELLM_VERSION)"
