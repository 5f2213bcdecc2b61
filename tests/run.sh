#!/usr/bin/env bash
# Runs every test of the solution. Installs what the tests need first: Debian's chromium for the
# browser tests (Playwright drives it; its own browser download cannot be used here), and Debian's
# postgresql for the database tests, which run on a throw-away server (tests/postgres.sh) unless
# TIMELINE_TEST_POSTGRES names one.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium is missing: installing Debian's chromium for the browser tests"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# shellcheck source=tests/postgres.sh
source tests/postgres.sh

dotnet test Timeline.sln --nologo "$@"
