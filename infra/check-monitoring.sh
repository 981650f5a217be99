#!/usr/bin/env bash
# Checks CodeArena's monitoring files:
#   infra/prometheus/prometheus.yml   promtool check config
#   infra/prometheus/{recording,alerts}.yml   promtool check rules
#   infra/prometheus/alerts_test.yml  promtool test rules
#   infra/grafana/codearena.json      valid JSON (python3 -m json.tool), schema basics
# and that every metric the rules and the dashboard use exists: an `arena_*` name must be
# registered in Sources/ (as a string literal), a `level:metric:op` name must be recorded in
# recording.yml. Metrics the nodes do not export yet may appear only in the alert group
# `codearena-pending`, and only if listed in PENDING_METRICS below.
# Also: every alert has severity page|ticket, summary, description and runbook_url
# (infra/runbooks/<name>.md), and a firing and a silent case in alerts_test.yml.
#
# Optional: CHECK_METRICS_URLS="http://127.0.0.1:8600/metrics http://127.0.0.1:8080/metrics"
# also lints live /metrics output with `promtool check metrics`.
#
# Needs: promtool (Debian package `prometheus`), python3 (standard library only), curl
# for CHECK_METRICS_URLS. Exit status: 0 when everything passes, 1 otherwise.
set -uo pipefail

# Metrics a rule may use before the nodes export them (only in a group named
# codearena-pending). Remove a name here once Sources/ registers it, and move its rule
# out of codearena-pending. Empty: every rule uses exported metrics.
PENDING_METRICS=()

cd "$(dirname "$0")/.." || exit 1
ROOT=$PWD
PROM=infra/prometheus
DASH=infra/grafana/codearena.json
failures=()

fail() { failures+=("$1"); echo "FAIL: $1"; }
step() { echo; echo "== $1"; }

if ! command -v promtool >/dev/null 2>&1; then
  echo "FAIL: promtool not found (apt-get install -y --no-install-recommends prometheus)"
  exit 1
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "FAIL: python3 not found"
  exit 1
fi
echo "$(promtool --version 2>&1 | head -1)"

step "promtool check config $PROM/prometheus.yml"
promtool check config "$PROM/prometheus.yml" || fail "promtool check config $PROM/prometheus.yml"

step "promtool check rules"
promtool check rules "$PROM/recording.yml" "$PROM/alerts.yml" || fail "promtool check rules"

step "promtool test rules $PROM/alerts_test.yml"
promtool test rules "$PROM/alerts_test.yml" || fail "promtool test rules $PROM/alerts_test.yml"

step "python3 -m json.tool $DASH"
if python3 -m json.tool "$DASH" >/dev/null; then echo "  valid JSON"; else fail "$DASH is not valid JSON"; fi

step "metric names, alert metadata, test coverage, dashboard basics"
PENDING="${PENDING_METRICS[*]}" python3 - "$ROOT" <<'PY' || fail "metric name / metadata checks (see above)"
import json, os, re, sys

root = sys.argv[1]
prom = os.path.join(root, "infra/prometheus")
pending = set(os.environ.get("PENDING", "").split())
errors, notes = [], []

# --- names registered in Sources/ (string literals) ------------------------------
literals = set()
for base, _, files in os.walk(os.path.join(root, "Sources")):
    for name in files:
        if name.endswith(".swift"):
            with open(os.path.join(base, name), encoding="utf-8", errors="replace") as f:
                literals.update(re.findall(r'"(arena_[a-z0-9_]+)"', f.read()))

def exported(metric):
    if metric in literals:
        return True
    for suffix in ("_bucket", "_count", "_sum"):   # histogram series
        if metric.endswith(suffix) and metric[: -len(suffix)] in literals:
            return True
    return False

# --- expressions in a rules file, with their group ----------------------------------
def rule_exprs(path):
    """Yields (group, rule name, expr) from a Prometheus rules file (its usual layout)."""
    lines = open(path, encoding="utf-8").read().split("\n")
    group, rule, i = None, None, 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"^  - name:\s*(\S+)", line)
        if m:
            group = m.group(1)
        m = re.match(r"^\s*- (?:alert|record):\s*(\S+)", line)
        if m:
            rule = m.group(1)
        m = re.match(r"^(\s*)expr:\s*(.*)$", line)
        if m:
            indent, value = len(m.group(1)), m.group(2).strip()
            if value in ("|", ">", "|-", ">-"):
                body = []
                i += 1
                while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent):
                    body.append(lines[i])
                    i += 1
                yield group, rule, "\n".join(body)
                continue
            yield group, rule, value.strip("'\"") if value[:1] in "'\"" else value
        i += 1

def names_in(expr):
    expr = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)            # drop label values
    expr = re.sub(r"\[[^\]]*\]", "", expr)                      # drop ranges
    tokens = set(re.findall(r"[A-Za-z_:][A-Za-z0-9_:]*", expr))
    return {t for t in tokens if ":" in t or t.startswith("arena_")}

recorded = set()
for line in open(os.path.join(prom, "recording.yml"), encoding="utf-8"):
    m = re.match(r"^\s*- record:\s*(\S+)", line)
    if m:
        recorded.add(m.group(1))

def check(name, where, pending_ok):
    if ":" in name:
        if name not in recorded:
            errors.append(f"{where}: recording rule {name} is not defined in recording.yml")
    elif exported(name):
        if name in pending:
            notes.append(f"{name} is now registered in Sources/: drop it from PENDING_METRICS and move its rule out of codearena-pending")
    elif name in pending:
        if not pending_ok:
            errors.append(f"{where}: {name} is not exported yet (pending); only group codearena-pending may use it")
    else:
        errors.append(f"{where}: metric {name} is not registered anywhere in Sources/ (add it to the code, or to PENDING_METRICS and codearena-pending)")

used = set()
for path in ("recording.yml", "alerts.yml"):
    for group, rule, expr in rule_exprs(os.path.join(prom, path)):
        for name in names_in(expr):
            used.add(name)
            check(name, f"{path} {group}/{rule}", group == "codearena-pending")

# --- dashboard ------------------------------------------------------------------------
try:
    dash = json.load(open(os.path.join(root, "infra/grafana/codearena.json"), encoding="utf-8"))
except ValueError as error:
    errors.append(f"dashboard: not valid JSON ({error}); its metric names were not checked")
    dash = {}
def panels(items):
    for p in items:
        yield p
        yield from panels(p.get("panels", []))
variables = {v.get("name"): v for v in dash.get("templating", {}).get("list", [])}
if variables.get("datasource", {}).get("type") != "datasource":
    errors.append("dashboard: no `datasource` variable of type datasource")
if "region" not in variables:
    errors.append("dashboard: no `region` variable")
else:
    for name in names_in(json.dumps(variables["region"].get("definition", ""))):
        check(name, "dashboard variable region", False)
expr_count = 0
for p in panels(dash.get("panels", [])):
    if p.get("type") == "row":
        continue
    if p.get("datasource", {}).get("uid") != "${datasource}":
        errors.append(f"dashboard panel {p.get('title')!r}: datasource is not ${{datasource}}")
    for t in p.get("targets", []):
        expr_count += 1
        for name in names_in(t.get("expr", "").replace("$__rate_interval", "5m")):
            used.add(name)
            check(name, f"dashboard panel {p.get('title')!r}", False)
print(f"  {len(used)} metric names checked ({expr_count} dashboard queries), {len(literals)} arena_ names in Sources/")

# --- alert metadata ---------------------------------------------------------------------
text = open(os.path.join(prom, "alerts.yml"), encoding="utf-8").read()
alerts = re.findall(r"^\s*- alert:\s*(\S+)\n(.*?)(?=^\s*- alert:|^  - name:|\Z)", text, flags=re.M | re.S)
for name, body in alerts:
    if not re.search(r"^\s*for:\s*\d+[smhd]", body, flags=re.M):
        errors.append(f"alert {name}: no `for:`")
    if not re.search(r"^\s*severity:\s*(page|ticket)\s*$", body, flags=re.M):
        errors.append(f"alert {name}: severity is not page or ticket")
    for key in ("summary", "description"):
        if not re.search(rf"^\s*{key}:\s*\S", body, flags=re.M):
            errors.append(f"alert {name}: no {key} annotation")
    if not re.search(r"^\s*runbook_url:\s*infra/runbooks/[a-z0-9-]+\.md\s*$", body, flags=re.M):
        errors.append(f"alert {name}: runbook_url is not infra/runbooks/<name>.md")

# --- every alert fires in a test and stays silent in one ----------------------------
tests = open(os.path.join(prom, "alerts_test.yml"), encoding="utf-8").read()
cases = re.findall(r"alertname:\s*(\S+)\s*\n\s*exp_alerts:[ \t]*(\[\])?", tests)
for name, _ in alerts:
    kinds = {bool(empty) for n, empty in cases if n == name}
    if False not in kinds:
        errors.append(f"alert {name}: no test case where it fires")
    if True not in kinds:
        errors.append(f"alert {name}: no test case where it stays silent")
print(f"  {len(alerts)} alerts: metadata and test cases checked")

for n in notes:
    print(f"  NOTE: {n}")
for e in errors:
    print(f"  ERROR: {e}")
sys.exit(1 if errors else 0)
PY

if [ -n "${CHECK_METRICS_URLS:-}" ]; then
  step "promtool check metrics (live nodes)"
  for url in $CHECK_METRICS_URLS; do
    if ! body=$(curl -fsS --max-time 5 "$url"); then
      fail "cannot fetch $url"
      continue
    fi
    if out=$(printf '%s\n' "$body" | promtool check metrics 2>&1) && [ -z "$out" ]; then
      echo "  $url: clean"
    else
      echo "$out" | sed "s|^|  $url: |"
      fail "promtool check metrics $url"
    fi
  done
fi

echo
if [ ${#failures[@]} -gt 0 ]; then
  echo "check-monitoring: ${#failures[@]} check(s) failed:"
  printf '  - %s\n' "${failures[@]}"
  exit 1
fi
echo "check-monitoring: all checks passed"
