#!/usr/bin/env bash
# Brings mosquitto for the tests that run emulated generals on it (`dotnet test Devices.sln` calls this before the
# test projects run; see tests/Directory.Build.targets). A machine that has it is left alone. Debian/Ubuntu as root:
# installed with apt-get; elsewhere: a clear message, and the mosquitto tests fail naming what is missing.
set -euo pipefail
installed() {
  local d
  for d in /usr/sbin /usr/bin /usr/local/sbin /usr/local/bin; do
    [ -x "$d/mosquitto" ] && return 0
  done
  return 1
}
if installed; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "tests: mosquitto is not installed and cannot be installed here (needs root and apt-get): install mosquitto and mosquitto-clients" >&2
  exit 0
fi
# Two test projects may start at once: one installs, the other waits for it.
exec 9>/tmp/generals-ensure-mosquitto.lock
flock 9
if installed; then
  exit 0
fi
echo "tests: installing mosquitto (apt-get)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq mosquitto mosquitto-clients >/dev/null
