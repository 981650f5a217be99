#!/usr/bin/env bash
# Installs what CodeArena needs on a Debian machine, only when it is missing.
# Used by `.ci/run` and by `arena up`; safe to run again.
set -euo pipefail

need=()
have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_pkg() { dpkg -s "$1" >/dev/null 2>&1; }

# PostgreSQL server + client tools (initdb, pg_basebackup), Redis, the C libraries the
# judge and Redis client may link, and openssl for the dev certificate.
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/postgres" ] || [ ! -x "$pg_bin/pg_basebackup" ]; then
  need+=(postgresql postgresql-contrib)
fi
have_cmd redis-server || need+=(redis-server)
have_pkg libhiredis-dev || need+=(libhiredis-dev)
have_pkg libseccomp-dev || need+=(libseccomp-dev)
have_cmd openssl || need+=(openssl)
have_cmd curl || need+=(curl)
have_cmd setpriv || need+=(util-linux)

# The judge's toolchains (Debian's packages; the sandbox binds /usr read-only). A
# language whose toolchain is missing is reported unavailable, not a crash, but every
# one of them has a real test, so the test command installs them all.
[ -x /usr/bin/gcc ] || need+=(gcc)
[ -x /usr/bin/g++ ] || need+=(g++)
[ -x /usr/bin/python3 ] || need+=(python3)
[ -x /usr/bin/pypy3 ] || need+=(pypy3)
[ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/javac ] || need+=(openjdk-17-jdk-headless)
[ -x /usr/bin/kotlinc ] || need+=(kotlin)
[ -x /usr/bin/node ] || need+=(nodejs)
[ -x /usr/bin/rustc ] || need+=(rustc)
[ -x /usr/bin/go ] || need+=(golang-go)
# The languages regional contests add (Kattis and DOMjudge lists), all Debian's.
[ -x /usr/bin/ghc ] || need+=(ghc)
[ -x /usr/bin/mcs ] || need+=(mono-mcs)
[ -x /usr/bin/mono ] || need+=(mono-runtime)
[ -x /usr/bin/ruby ] || need+=(ruby)
[ -x /usr/bin/scalac ] || need+=(scala)
[ -x /usr/bin/ocamlopt ] || need+=(ocaml-nox)
[ -x /usr/bin/fpc ] || need+=(fp-compiler)
[ -x /usr/bin/gfortran ] || need+=(gfortran)
[ -x /usr/bin/lua5.4 ] || need+=(lua5.4)
[ -x /usr/bin/php ] || need+=(php-cli)
[ -x /usr/bin/perl ] || need+=(perl)
[ -x /usr/bin/swipl ] || need+=(swi-prolog-nox)
[ -x /usr/bin/sbcl ] || need+=(sbcl)
# bubblewrap: the sandbox benchmark compares against it.
have_cmd bwrap || need+=(bubblewrap)
# The web app's browser tests: headless Chromium, its WebDriver and Selenium (all Debian's).
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
/usr/bin/python3 -c 'import selenium' >/dev/null 2>&1 || need+=(python3-selenium)
have_pkg fonts-dejavu-core || need+=(fonts-dejavu-core)
# promtool (Debian's prometheus package): checks and unit-tests the alert rules.
have_cmd promtool || need+=(prometheus)
# wrk: the load suite (benchmarks/load.sh).
have_cmd wrk || need+=(wrk)
# The web app's browser libraries, served by the edges from Debian's folders (docs/web.md).
for pkg in libjs-codemirror libjs-marked node-dompurify libjs-katex libjs-chart.js; do have_pkg "$pkg" || need+=("$pkg"); done
# The local mail server (account mail: address confirmation, password reset): Debian's exim4,
# run by `arena up` and the tests as a loopback-only catch-all (LocalDeployment/MailServer.swift).
[ -x /usr/sbin/exim4 ] || need+=(exim4-daemon-light)
# nginx: `arena regions render` output is checked with `nginx -t`.
[ -x /usr/sbin/nginx ] || need+=(nginx)

if [ "${#need[@]}" -gt 0 ]; then
  echo "infra/install.sh: installing ${need[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Debian's packages start system-wide services on install; CodeArena runs its own
# instances on loopback with project-local data, so the packaged ones are not needed.
if [ "$(id -u)" -eq 0 ]; then
  (service redis-server stop || true) >/dev/null 2>&1
  (service postgresql stop || true) >/dev/null 2>&1
  (service prometheus stop || true) >/dev/null 2>&1
  (service nginx stop || true) >/dev/null 2>&1
  (service exim4 stop || true) >/dev/null 2>&1
fi
echo "infra/install.sh: ok (judge toolchains: gcc g++ python3 pypy3 java17 kotlin node rustc go ghc mono ruby scala ocaml fpc gfortran lua php perl bash swipl sbcl; browser tests: $(chromium --version 2>/dev/null | head -1); postgres: $(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1), redis: $(redis-server --version | awk '{print $3}'))"
