#!/usr/bin/env bash
# Brings a Debian package the tests drive for real (`dotnet test Devices.sln` calls this before a test project runs; see
# tests/Directory.Build.targets): mosquitto for the emulated runs, chromium for the browser tests. A machine that has
# the program is left alone. Debian/Ubuntu as root: installed with apt-get; elsewhere: a clear message, and the tests
# that need it fail naming what is missing (none is skipped).
# usage: ensure-package.sh PROGRAM PACKAGE...
set -euo pipefail
program=$1
shift
installed() {
  local d
  for d in /usr/sbin /usr/bin /usr/local/sbin /usr/local/bin; do
    [ -x "$d/$program" ] && return 0
  done
  return 1
}
if installed; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "tests: $program is not installed and cannot be installed here (needs root and apt-get): install $*" >&2
  exit 0
fi
# Test projects start at once: one apt-get at a time (the browser fixture takes the same lock).
exec 9>/tmp/generals-apt.lock
flock 9
if installed; then
  exit 0
fi
echo "tests: installing $* (apt-get)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "$@" >/dev/null
