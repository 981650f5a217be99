#!/usr/bin/env python3
"""CodeArena browser tests (Selenium + headless Chromium).

    python3 Tests/Browser/run.py --edge http://127.0.0.1:8080 --edge http://127.0.0.1:8081 \
        --artifacts DIR [--only NAME]

Scenarios: solve, practice, scoring, blitz, challenge, rejoin, golf, sabotage, feedback,
pages, a11y,
console (rejoin, golf, sabotage and feedback: live_scenarios.py). Prints one PASS/FAIL line per scenario
and a summary; exits 0 only when every scenario that ran passed.

challenge: two browsers, one per region's edge (B at phone width), on the Play page: each
sees the other's global chat message and the server's refusal of a blank one; a challenge
naming an unknown user shows the server's error in the form and stays on the page (its
expected 404 is the only console entry dropped); A challenges B to a private Blitz match,
both land on the same match screen, A resigns and both see the end screen.
"""
import os
import sys

# Debian's python3-selenium lives in the system interpreter; a pyenv/venv `python3` on PATH
# may not see it, so re-run under /usr/bin/python3 when the import fails.
try:
    import selenium  # noqa: F401
except ImportError:
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") \
            and not os.environ.get("ARENA_BROWSER_REEXEC"):
        os.environ["ARENA_BROWSER_REEXEC"] = "1"
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
    raise

import argparse
import contextlib
import signal
import time
import traceback

from selenium.webdriver.common.keys import Keys

sys.dont_write_bytecode = True  # no __pycache__ next to the tests in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from arena_browser import (A11Y_SCRIPT, CONTRAST_SCRIPT, DESKTOP, PHONE, Browser, Failure,  # noqa: E402
                           http_json, settle, sign_up_json, tid, unique_name, PASSWORD)
import live_scenarios  # noqa: E402
import review_scenario  # noqa: E402
import workbench_scenarios  # noqa: E402

WRONG_AB = "a, b = map(int, input().split())"
RIGHT_AB = "print(sum(map(int, input().split())))"
# Right for the first subtask of the scoring problem echo-twice only (30 of 100 points).
PARTIAL_ECHO = "w = input().strip()[:10]\nprint(w, w)\n"
SOLUTIONS = {
    "a-plus-b": "print(sum(map(int, input().split())))\n",
    "reverse-words": "print(' '.join(input().split()[::-1]))\n",
    "max-subarray": (
        "import sys\n"
        "d = sys.stdin.read().split()\n"
        "n = int(d[0])\n"
        "a = list(map(int, d[1:n + 1]))\n"
        "best = cur = a[0]\n"
        "for x in a[1:]:\n"
        "    cur = max(x, cur + x)\n"
        "    best = max(best, cur)\n"
        "print(best)\n"
    ),
    "echo-twice": "w = input().strip()\nprint(w, w)\n",
}


# The rating chart's x-axis tick labels once Chart.js has drawn it (null until then).
CHART_TICKS = """
const canvas = document.querySelector('[data-testid="rating-chart"]');
const chart = canvas && window.Chart && window.Chart.getChart(canvas);
return chart && chart.scales.x.ticks.length ? chart.scales.x.ticks.map((t) => t.label) : null;
"""

class Run:
    def __init__(self, args):
        self.edges = args.edge
        self.artifacts = args.artifacts
        self.logs = []  # (browser name, log entry) from every driver
        self.shared = {}  # facts one scenario leaves for the next (e.g. a user with a rating chart)
        self.maildir = args.maildir  # where the deployment's exim delivers (the `account` scenario reads it)
        self.mail_link_base = args.mail_link_base

    def browser(self, name, size=DESKTOP):
        return Browser(name, self.logs, size)

    @contextlib.contextmanager
    def two_players(self, tag, edge_a, edge_b, first, second):
        """Two separate browsers, A at desktop size on edge_a and B at phone width on edge_b
        (the phone-width screens are checked there too), each signed up as a new player;
        both drivers quit afterwards, whatever happened."""
        a = self.browser(f"{tag}-A")
        try:
            b = self.browser(f"{tag}-B", PHONE)
        except BaseException:
            a.quit()
            raise
        try:
            name_a, name_b = unique_name(first), unique_name(second)
            a.sign_up(edge_a, name_a)
            b.sign_up(edge_b, name_b)
            yield a, b, name_a, name_b
        finally:
            try:
                a.quit()
            finally:
                b.quit()

    # --- 1. solve ----------------------------------------------------------------
    def solve(self):
        edge = self.edges[0]
        b = self.browser("solve")
        try:
            name = unique_name("solver")
            b.sign_up(edge, name)
            b.click("nav-problems")
            b.click("problem-link-a-plus-b")
            b.until(lambda: b.text("problem-title") == "A + B", 15, "problem page")
            # The statement: Markdown by marked, sanitized by DOMPurify, math typeset by KaTeX.
            b.until(lambda: len(b.finds('[data-testid="statement-body"] .katex')) >= 3, 10, "math typeset by KaTeX")
            statement = b.text("statement-body")
            if "$" in statement or "\\le" in statement:
                raise Failure(f"the statement shows raw TeX: {statement[:200]!r}")
            b.js("document.querySelector('[data-testid=\"statement-body\"] .katex').scrollIntoView({block: 'center'})")
            b.screenshot(self.artifacts, "statement-math")
            b.select("language-select", "python3")
            b.wait_for("editor")
            editor = b.wait_for("editor")
            # Record every state the live panel shows, to prove progress arrived before the verdict.
            b.js("""window.__verdictLog = [];
                    const box = document.querySelector('[data-testid="verdict-status"]');
                    new MutationObserver(() => window.__verdictLog.push(box.textContent)).observe(box, {subtree: true, childList: true, characterData: true});""")
            b.type_keys(editor)
            b.type_keys(editor, Keys.CONTROL, "a")
            b.type_keys(editor, Keys.DELETE)
            # Editor keys: Enter keeps (and after ':' adds) indentation, Tab indents, Shift+Tab dedents.
            b.type_keys(editor, "for i in x:", Keys.ENTER, "y", Keys.ENTER, Keys.SHIFT, Keys.TAB, Keys.SHIFT, "z", Keys.TAB)
            typed = b.js("return arguments[0].value", editor)
            if typed != "for i in x:\n    y\n    \nz    " and typed != "for i in x:\n    y\nz    ":
                raise Failure(f"editor indentation keys misbehave: {typed!r}")
            b.type_keys(editor, Keys.CONTROL, "a")
            b.type_keys(editor, Keys.DELETE)
            b.type_keys(editor, WRONG_AB, Keys.ENTER, "print(a - b)")
            if "print(a - b)" not in b.js("return arguments[0].value", editor):
                raise Failure("typing into the editor did not work")
            b.type_keys(editor, Keys.CONTROL, Keys.ENTER)
            final = b.until(lambda: b.finds(tid("final-verdict")), 40, "a final verdict")[0]
            verdict = final.get_attribute("data-verdict")
            if verdict == "AC":
                raise Failure("the wrong solution was accepted")
            progress = b.js("return window.__verdictLog")
            if not any(("Test" in s or "Compiling" in s or "Queued" in s) for s in progress):
                raise Failure(f"no live progress before the verdict: {progress}")
            if not b.finds(tid("test-1")):
                raise Failure("no per-test cell for test 1")
            b.screenshot(self.artifacts, "solve-wrong")
            time.sleep(1.2)  # stay clear of the submission rate limit
            b.js("window.__verdictLog = []")
            b.type_keys(editor, Keys.CONTROL, "a")
            b.type_keys(editor, Keys.DELETE)
            b.type_keys(editor, RIGHT_AB)
            b.type_keys(editor, Keys.CONTROL, Keys.ENTER)
            b.until(lambda: (b.finds(tid("final-verdict")) or [None])[0] is not None
                    and b.finds(tid("final-verdict"))[0].get_attribute("data-verdict") == "AC", 40, "AC")
            progress = b.js("return window.__verdictLog")
            if not any("Test" in s for s in progress):
                raise Failure(f"AC arrived without live test progress: {progress}")
            b.screenshot(self.artifacts, "solve-ac")
            # The draft is remembered per problem and language across reloads.
            b.driver.refresh()
            b.until(lambda: b.js("return document.querySelector('[data-testid=editor]')?.value") == RIGHT_AB, 15, "the saved draft after a reload")
            # Custom run on the player's own input (POST /api/run).
            b.js("document.querySelector('[data-testid=custom-run]').open = true")
            b.set_value(b.wait_for("run-input"), "40 2\n")
            b.click("run-button")
            b.until(lambda: "42" in b.text("run-output"), 30, "custom run output 42")
            b.click("nav-submissions")

            def rows():
                found = [(r.get_attribute("data-problem"), r.get_attribute("data-verdict")) for r in b.finds(tid("submission-row"))]
                return found if ("a-plus-b", "AC") in found and any(v not in ("AC", "PENDING") for _, v in found) else None
            b.until(rows, 20, "both submissions on My submissions")
            # The problem list marks the solved problem (GET /api/users/{me}/solved).
            b.click("nav-problems")
            b.until(lambda: b.finds(tid("solved-a-plus-b")), 20, "the solved mark on A + B")
            if b.finds(tid("solved-reverse-words")):
                raise Failure("an unsolved problem is marked solved")
            self.shared["solver"] = name
            return f"wrong → {verdict}, right → AC (both live per test), custom run, listed on My submissions, ✓ on the list"
        finally:
            b.quit()

    # --- 1a. practice --------------------------------------------------------------
    def practice(self):
        edge = self.edges[0]
        b = self.browser("practice")
        try:
            b.sign_up(edge, unique_name("practiser"))
            # A wrong try makes Reverse Words "attempted".
            b.driver.get(f"{edge}/#/problem/reverse-words")
            b.until(lambda: b.text("problem-title") == "Reverse Words", 20, "the problem page")
            b.select("language-select", "python3")
            b.set_value(b.wait_for("editor"), "print('nope')\n")
            b.type_keys(b.wait_for("editor"), Keys.CONTROL, Keys.ENTER)
            b.until(lambda: b.finds(tid("final-verdict")), 40, "a verdict")
            b.click("nav-problems")
            b.until(lambda: b.finds(tid("attempted-reverse-words")), 30, "the attempted mark on Reverse Words")
            for slug in ("a-plus-b", "max-subarray"):
                if not b.finds(tid(f"solves-{slug}")) or not b.finds(tid(f"acceptance-{slug}")):
                    raise Failure(f"no solve count or acceptance for {slug}")
            b.select("filter-solved", "attempted")
            b.until(lambda: [r.get_attribute("data-testid") for r in b.finds("[data-testid^=problem-row-]")] == ["problem-row-reverse-words"],
                    15, "only Reverse Words under Attempted")
            b.select("filter-solved", "")
            b.select("filter-sort", "-difficulty")

            def ordered():
                rows = [int(e.text) for e in b.finds("[data-testid^=problem-row-] td.diff")]
                return len(rows) >= 3 and rows == sorted(rows, reverse=True)
            b.until(ordered, 15, "hardest first")
            b.screenshot(self.artifacts, "practice-list")
            b.click("random-unsolved")
            b.until(lambda: "#/problem/" in b.driver.current_url, 15, "a random unsolved problem opened")
            b.until(lambda: b.text("problem-title"), 15, "its page")
            return f"attempted mark, solve counts and acceptance, status filter, sort, random unsolved → {b.driver.current_url.split('#')[-1]}"
        finally:
            b.quit()

    # --- 1b. scoring ---------------------------------------------------------------
    def scoring(self):
        edge = self.edges[0]
        b = self.browser("scoring")
        try:
            b.sign_up(edge, unique_name("scorer"))
            b.driver.get(f"{edge}/#/problem/echo-twice")
            b.until(lambda: b.text("problem-title") == "Echo Twice", 20, "the scoring problem's page")
            b.select("language-select", "python3")
            editor = b.wait_for("editor")
            b.set_value(editor, PARTIAL_ECHO)
            b.type_keys(editor, Keys.CONTROL, Keys.ENTER)
            score = b.until(lambda: b.finds(tid("final-score")), 60, "the points next to the final verdict")[0]
            verdict = b.finds(tid("final-verdict"))[0].get_attribute("data-verdict")
            if score.text.strip() != "30 points" or verdict != "AC":
                raise Failure(f"expected AC with 30 points, got {verdict} with {score.text!r}")
            b.screenshot(self.artifacts, "scoring-partial")
            b.click("nav-submissions")
            cell = b.until(lambda: [e for e in b.finds(tid("submission-score")) if e.text.strip() == "30 pts"], 20, "30 pts on My submissions")[0]
            groups = cell.get_attribute("title") or ""
            if "secret/1-short: AC 30" not in groups or "secret/2-long: WA 0" not in groups:
                raise Failure(f"the group results on hover are wrong: {groups!r}")
            b.screenshot(self.artifacts, "scoring-submissions")
            return "a partial solution: AC with 30 of 100 points, live and on My submissions with each group's result"
        finally:
            b.quit()

    # --- 2. blitz ----------------------------------------------------------------
    def blitz(self):
        edge_a, edge_b = self.edges[0], self.edges[1 % len(self.edges)]
        with self.two_players("blitz", edge_a, edge_b, "alice", "bob") as (a, b, name_a, name_b):
            for br in (a, b):
                br.click("nav-play")
                br.click("mode-blitz")
                br.click("queue-join")
            for br in (a, b):
                br.until(lambda br=br: "#/match/" in br.driver.current_url or br.finds(tid("queue-box")), 20, "the queue")
            for br in (a, b):
                br.until(lambda br=br: "#/match/" in br.driver.current_url, 75, "match found")
                br.wait_for("match-board", 20)
                br.until(lambda br=br: br.finds('[data-testid^="board-"] .board-points'), 20, "the lockout board")
            match_id = a.driver.current_url.split("#/match/")[1]
            if match_id not in b.driver.current_url:
                raise Failure("A and B are in different matches")
            a.until(lambda: a.text("match-timer") not in ("", "--:--"), 10, "the server clock")
            # Match chat crosses regions: A on one edge, B on the other.
            a.wait_for("chat-input").send_keys("gl hf", Keys.ENTER)
            b.until(lambda: "gl hf" in b.text("chat-log"), 15, "A's chat message in B's chat")
            # The running match is listed live on the spectate page (GET /api/matches), and
            # going back to it from there picks the match up again.
            b.js("location.hash = '/spectate'")
            b.until(lambda: b.finds(f'[data-testid="live-matches"] [data-testid="match-card-{match_id}"]'), 40,
                    "the blitz match in the spectate page's live list")
            b.js("location.hash = arguments[0]", f"/match/{match_id}")
            b.until(lambda: b.finds('[data-testid^="board-"] .board-points') and b.text("match-status") == "live", 20, "the match again after spectate")
            # A reload mid-match resumes it (match:resume with the stored token) on B's edge.
            b.driver.refresh()
            b.until(lambda: b.finds('[data-testid^="board-"] .board-points') and b.text("match-status") == "live", 20, "the match resumed after a reload")
            time.sleep(0.5)
            a.screenshot(self.artifacts, "match-desktop")
            sw, iw = b.overflow()
            b.screenshot(self.artifacts, "match-phone")
            if sw > iw:
                raise Failure(f"match screen overflows at 390 px ({sw} > {iw})")
            slugs = [el.get_attribute("data-testid")[len("board-"):] for el in a.finds('button[data-testid^="board-"]')]
            claimed = []
            for slug in [s for s in slugs if s in SOLUTIONS]:
                if a.finds(tid("match-end")) and a.find("match-end").is_displayed():
                    break
                a.click(f"board-{slug}")
                a.until(lambda: a.find(f"board-{slug}").get_attribute("aria-pressed") == "true", 5, "problem selected")
                time.sleep(0.4)
                a.select("language-select", "python3")
                source = a.wait_for("match-source")
                a.set_value(source, SOLUTIONS[slug])
                a.click("match-submit")
                a.until(lambda: name_a in a.text(f"claim-{slug}"), 45, f"A's lockout of {slug}")
                b.until(lambda: name_a in b.text(f"claim-{slug}"), 20, f"B seeing A's lockout of {slug}")
                claimed.append(slug)
                time.sleep(2.1)  # match:submit allows one per 2 s
            if not claimed:
                raise Failure(f"no solvable problem on the board: {slugs}")
            b.screenshot(self.artifacts, "match-phone-lockout")

            def ended(br):
                els = br.finds(tid("match-end"))
                return els and els[0].is_displayed()
            resigned = False
            try:
                a.until(lambda: ended(a), 15, "the end screen")
            except Failure:
                resigned = True
                b.click("resign")
                b.click("resign")
            for br in (a, b):
                br.until(lambda br=br: ended(br), 40, "the end screen")
                br.until(lambda br=br: all("→" in c.text for c in br.finds(tid("rating-change"))) and len(br.finds(tid("rating-change"))) == 2,
                         20, "rating changes on the end screen")
            headline_a = a.text("end-headline")
            if "Victory" not in headline_a:
                raise Failure(f"A should have won, end screen says {headline_a!r}")
            time.sleep(0.5)
            a.screenshot(self.artifacts, "match-end-desktop")
            b.screenshot(self.artifacts, "match-end-phone")
            self.shared["rated"] = name_a
            return f"claimed {', '.join(claimed)}; {'B resigned' if resigned else 'ended early'}; end screen in both"

    # --- 3. challenge --------------------------------------------------------------
    def challenge(self):
        edge_a, edge_b = self.edges[0], self.edges[1 % len(self.edges)]
        with self.two_players("challenge", edge_a, edge_b, "carol", "dave") as (a, b, name_a, name_b):
            for br in (a, b):
                br.click("nav-play")
                br.wait_for("global-chat-input")
                br.until(lambda br=br: br.js("return document.getElementById('conn-dot').dataset.state") == "on", 15, "the live socket")
            # Global chat crosses regions; a blank message gets the server's empty_message.
            said = {br: f"hello from {n}" for br, n in ((a, name_a), (b, name_b))}
            for br in (a, b):
                if br.find("global-chat-input").get_attribute("maxlength") != "280":
                    raise Failure("the global chat input has no 280-character limit")
                br.find("global-chat-input").send_keys(said[br], Keys.ENTER)
            for br in (a, b):
                br.until(lambda br=br: all(t in br.text("global-chat-log") for t in said.values()), 15, "both global chat messages")
            b.find("global-chat-input").send_keys("   ", Keys.ENTER)
            b.until(lambda: "needs text" in b.text("global-chat-error"), 10, "the server's empty_message in the chat panel")
            sw, iw = b.overflow()
            b.screenshot(self.artifacts, "challenge-play-phone")
            if sw > iw:
                raise Failure(f"the Play page overflows at 390 px ({sw} > {iw})")
            # The form's hint follows the mode: a Battle Royale takes exactly three opponents.
            a.select("challenge-mode", "royale")
            a.until(lambda: "Exactly three" in a.text("challenge-form"), 5, "the Battle Royale hint")
            a.select("challenge-mode", "blitz")
            # An unknown opponent: the server's 404 message in the form, no navigation.
            ghost = unique_name("ghost")
            a.set_value(a.wait_for("challenge-players"), ghost)
            a.click("challenge-submit")
            a.until(lambda: f"no user '{ghost}'" in a.text("challenge-error"), 10, "the server's error in the challenge form")
            time.sleep(0.5)
            if "#/play" not in a.driver.current_url:
                raise Failure(f"a refused challenge navigated to {a.driver.current_url}")
            a.screenshot(self.artifacts, "challenge-play-desktop")
            # Chromium logs every 4xx fetch as SEVERE; drop exactly that expected one.
            dropped = 0
            for entry in a.driver.get_log("browser"):
                if entry.get("level") == "SEVERE" and "/api/challenges" in entry.get("message", "") and "404" in entry.get("message", "") and not dropped:
                    dropped += 1
                    continue
                self.logs.append((a.name, entry))
            # An invitation, declined: B sees it in the bar on another region's edge; nobody is seated.
            a.select("challenge-mode", "blitz")
            a.set_value(a.find("challenge-players"), f" {name_b.upper()}, ")
            if not a.find("challenge-private").is_selected():
                a.click("challenge-private")
            a.click("challenge-submit")
            a.until(lambda: a.find("challenge-sent").is_displayed(), 15, "the challenge sent")
            b.until(lambda: b.finds(tid("invitation")) and name_a in b.text("invitation-text") and "unrated" in b.text("invitation-text"), 20,
                    "the invitation in B's bar")
            b.js("window.scrollTo(0, 0)")
            b.screenshot(self.artifacts, "challenge-invitation-phone")
            b.click("invitation-decline")
            a.until(lambda: a.finds('[data-testid="my-challenge"][data-status="declined"]'), 20, "the decline on A's list")
            if "#/match/" in a.driver.current_url or "#/match/" in b.driver.current_url:
                raise Failure("a declined challenge opened a match")
            # The real challenge: a private Blitz match, accepted; both sockets get match:found.
            a.set_value(a.find("challenge-players"), name_b)
            a.click("challenge-submit")
            a.until(lambda: a.finds('[data-testid="my-challenge"][data-status="pending"]'), 15, "A's open challenge with its countdown")
            a.screenshot(self.artifacts, "challenge-waiting-desktop")
            b.until(lambda: b.finds(tid("invitation-accept")), 20, "the second invitation")
            b.click("invitation-accept")
            for br in (a, b):
                br.until(lambda br=br: "#/match/" in br.driver.current_url, 20, "the match screen")
                br.until(lambda br=br: br.finds('[data-testid^="board-"] .board-points') and br.text("match-status") == "live", 20, "the live match")
            match_id = a.driver.current_url.split("#/match/")[1]
            if match_id not in b.driver.current_url:
                raise Failure("A and B are in different matches")
            token = a.js("return JSON.parse(sessionStorage.getItem('arena.session')).accessToken")
            record = http_json(f"{edge_a}/api/matches/{match_id}", token=token)
            if not record.get("isPrivate") or record.get("mode") != "blitz" or record.get("rated") is not False:
                raise Failure(f"expected a private unrated blitz match, got {record.get('mode')} private={record.get('isPrivate')} rated={record.get('rated')}")
            a.until(lambda: "unrated" in a.text("match-mode"), 10, "the unrated label on the match screen")
            # B plays: claims a problem from the phone, then A resigns.
            slugs = [el.get_attribute("data-testid")[len("board-"):] for el in b.finds('button[data-testid^="board-"]')]
            slug = next((s for s in slugs if s in SOLUTIONS), None)
            if slug is None:
                raise Failure(f"no solvable problem on the board: {slugs}")
            b.click(f"board-{slug}")
            b.until(lambda: b.find(f"board-{slug}").get_attribute("aria-pressed") == "true", 5, "problem selected")
            b.select("language-select", "python3")
            b.set_value(b.wait_for("match-source"), SOLUTIONS[slug])
            b.click("match-submit")
            a.until(lambda: name_b in a.text(f"claim-{slug}"), 45, f"B's lockout of {slug} on A's screen")
            a.click("resign")
            a.click("resign")

            def ended(br):
                els = br.finds(tid("match-end"))
                return els and els[0].is_displayed()
            for br in (a, b):
                br.until(lambda br=br: ended(br), 30, "the end screen")
            if "Victory" not in b.text("end-headline"):
                raise Failure(f"B should have won after A resigned, end screen says {b.text('end-headline')!r}")
            return f"global chat both ways; unknown user refused in the form ({dropped} expected 404 dropped); invitation declined, then accepted: private unrated blitz {match_id[:8]}, B claimed {slug}, A resigned"

    # --- 3a. rejoin, 3b. feedback (live_scenarios.py) ---------------------------------
    def rejoin(self):
        return live_scenarios.rejoin(self, SOLUTIONS)

    def feedback(self):
        return live_scenarios.feedback(self, SOLUTIONS)

    def golf(self):
        return live_scenarios.golf(self, SOLUTIONS)

    def review(self):
        return review_scenario.review(self, SOLUTIONS)

    def sabotage(self):
        return live_scenarios.sabotage(self, SOLUTIONS)

    def discuss(self):
        return workbench_scenarios.discuss(self)

    def account(self):
        return workbench_scenarios.account(self)

    # --- 4. pages ----------------------------------------------------------------
    def main_pages(self, username, clan_tag, rated):
        pages = [
            ("problems", "/problems", "problem-table"),
            ("problem", "/problem/a-plus-b", "statement"),
            ("submissions", "/submissions", "submissions-table"),
            ("play", "/play", "mode-picker"),
            ("spectate", "/spectate", "live-matches"),
            ("leaderboards", "/leaderboards", "lb-table"),
            ("profile", f"/profile/{rated or username}", "rating-history"),
            ("clans", "/clans", "clan-table"),
            ("discussions", "/problem/a-plus-b/discuss", "discussions-title"),
            ("notifications", "/notifications", "notifications-title"),
            ("settings", "/settings", "email-status"),
            ("forgot-password", "/forgot", "forgot-form"),
        ]
        if clan_tag:
            pages.append(("clan", f"/clan/{clan_tag}", "clan-members"))
        if self.shared.get("watch_match"):
            pages.append(("spectate-match", f"/spectate/{self.shared['watch_match']}", "scoreboard"))
        return pages

    def start_watchable_match(self):
        """A live public match between two API-made players (a challenge and its acceptance), to spectate."""
        edge = self.edges[0]
        names = [unique_name("bot"), unique_name("bot")]
        tokens = [sign_up_json(edge, n, PASSWORD)["accessToken"] for n in names]
        sent = http_json(f"{edge}/api/challenges", "POST", {"mode": "blitz", "players": names, "isPrivate": False}, token=tokens[0])
        started = http_json(f"{edge}/api/challenges/{sent['id']}/accept", "POST", {}, token=tokens[1])
        self.shared["watch_match"] = started["match"]
        return started["match"]

    def prepare_user(self, b):
        """A signed-in player with one solve and a clan, created through the UI."""
        edge = self.edges[0]
        name = unique_name("pages")
        b.sign_up(edge, name)
        # One judged submission through the API, so My submissions has something to show.
        token = b.js("return JSON.parse(sessionStorage.getItem('arena.session')).accessToken")
        http_json(f"{edge}/api/submissions", "POST", {"problem": "a-plus-b", "language": "python3", "source": SOLUTIONS["a-plus-b"]}, token=token)
        b.go(edge, "/clans")
        tag = "".join(ch for ch in name.upper() if ch.isalnum())[-5:]
        b.set_value(b.wait_for("clan-name"), f"Clan {name[-7:]}")
        b.set_value(b.find("clan-tag"), tag)
        b.click("clan-create-submit")
        b.until(lambda: tag in b.text("clan-title"), 20, "the new clan page")
        return name, tag

    def rated_user(self):
        if self.shared.get("rated"):
            return self.shared["rated"]
        try:
            board = http_json(f"{self.edges[0]}/api/leaderboards?kind=mode&mode=blitz&limit=5")
            entries = board.get("entries") or []
            return entries[0]["username"] if entries else None
        except Exception:  # noqa: BLE001 - only a nicer profile screenshot depends on it
            return None

    def pages(self):
        b = self.browser("pages")
        shots = 0
        try:
            name, tag = self.prepare_user(b)
            rated = self.rated_user()
            self.start_watchable_match()
            pages = self.main_pages(name, tag, rated)
            edge = self.edges[0]
            for size_name, size in (("desktop", DESKTOP), ("phone", PHONE)):
                b.set_size(*size)
                for theme in ("light", "dark"):
                    b.set_theme(theme)
                    for page, route, ready in pages:
                        b.go(edge, route)
                        b.wait_for(ready, 20, visible=False)
                        settle(b)
                        if page == "profile" and rated and not b.finds(tid("rating-chart")):
                            raise Failure(f"profile of {rated} has no rating chart")
                        if page == "profile" and rated:
                            # Chart.js draws on the canvas: its x scale's tick labels are the dated ticks.
                            labels = b.until(lambda: b.driver.execute_script(CHART_TICKS), 15, "the rating chart drawn by Chart.js")
                            if len([t for t in labels if str(t).strip()]) != 5:
                                raise Failure(f"the rating chart's time axis has no dated ticks: {labels}")
                            if not b.finds(tid("rating-table") + " tbody tr"):
                                raise Failure("the rating history has no data table")
                        if page == "spectate-match":
                            b.until(lambda: "watching" in b.text("spectator-count"), 15, "the spectator count")
                            b.until(lambda: len(b.finds('[data-testid="scoreboard"] li')) == 2, 10, "both players")
                        b.screenshot(self.artifacts, f"{page}-{size_name}-{theme}")
                        shots += 1
                        if size == PHONE:
                            sw, iw = b.overflow()
                            if sw > iw:
                                raise Failure(f"{page} overflows horizontally at 390 px ({sw} > {iw}, {theme})")
            b.set_theme("system")
            self.shared["pages_user"] = (name, tag, rated)
            return f"{shots} screenshots in {self.artifacts}, no overflow at 390 px"
        finally:
            b.quit()

    # --- 5. a11y -----------------------------------------------------------------
    def a11y(self):
        b = self.browser("a11y")
        try:
            edge = self.edges[0]
            if self.shared.get("pages_user"):
                name, tag, rated = self.shared["pages_user"]
                b.sign_up(edge, unique_name("a11y"))
            else:
                name, tag = self.prepare_user(b)
                rated = self.rated_user()
            pages = self.main_pages(name, tag, rated) + [("signin", "/signin", "auth-form"), ("signup", "/signup", "auth-form")]
            problems = []
            worst = {}
            for page, route, ready in pages:
                if page in ("signin", "signup"):
                    # Signed out in this tab, and no restore from the refresh cookie.
                    b.js("sessionStorage.removeItem('arena.session'); document.cookie = 'arena_signed_in=; Max-Age=0; Path=/'")
                b.open(f"{edge}/#{route}")
                b.wait_for(ready, 20, visible=False)
                settle(b, 0.3)
                for issue in b.js(A11Y_SCRIPT):
                    problems.append(f"{page}: {issue}")
                # Keyboard: Tab from the top of a fresh load reaches the main navigation.
                b.driver.refresh()
                b.wait_for(ready, 20, visible=False)
                settle(b, 0.2)
                reached = False
                for _ in range(12):
                    b.driver.switch_to.active_element.send_keys(Keys.TAB)
                    if b.js("return !!document.activeElement.closest('nav')"):
                        reached = True
                        break
                if not reached:
                    problems.append(f"{page}: Tab never reached the navigation")
                if b.js("return document.activeElement && getComputedStyle(document.activeElement).outlineStyle") == "none":
                    problems.append(f"{page}: focused nav link has no visible outline")
                for theme, scheme in (("light", "light"), ("dark", "dark")):
                    # Both routes to a theme: the system preference and the explicit toggle.
                    b.set_theme("system")
                    b.emulate_color_scheme(scheme)
                    time.sleep(0.35)  # let colour transitions finish before measuring
                    ratios = b.js(CONTRAST_SCRIPT)
                    b.set_theme(theme)
                    time.sleep(0.35)
                    ratios2 = b.js(CONTRAST_SCRIPT)
                    for label, r in list(ratios.items()) + list(ratios2.items()):
                        worst[f"{theme}:{label}"] = min(worst.get(f"{theme}:{label}", 99), r)
                        if r < 4.5:
                            problems.append(f"{page} ({theme}): {label} contrast {r:.2f} < 4.5")
                b.set_theme("system")
                b.emulate_color_scheme("light")
            if problems:
                raise Failure("; ".join(problems[:12]) + (f" (+{len(problems) - 12} more)" if len(problems) > 12 else ""))
            summary = ", ".join(f"{k} {v:.1f}" for k, v in sorted(worst.items()) if k.endswith(":body"))
            return f"{len(pages)} pages labelled, named, 1 main/1 h1, Tab reaches nav; contrast {summary}"
        finally:
            b.quit()

    # --- 6. console ----------------------------------------------------------------
    def console(self):
        severe = [(who, e) for who, e in self.logs if e.get("level") == "SEVERE"]
        if severe:
            raise Failure(f"{len(severe)} SEVERE console entries: " + " | ".join(f"[{w}] {e.get('message', '')[:200]}" for w, e in severe[:10]))
        return f"{len(self.logs)} console entries collected, no SEVERE"


SCENARIOS = ["solve", "practice", "scoring", "blitz", "challenge", "rejoin", "golf", "sabotage", "review", "feedback", "discuss", "account", "pages", "a11y", "console"]


def main():
    # A SIGTERM (a test harness timing out) raises SystemExit, so every scenario's
    # `finally` still quits its chromedriver instead of leaving Chromium running.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edge", action="append", required=True, help="edge base URL (give two)")
    parser.add_argument("--artifacts", required=True, help="directory for screenshots")
    parser.add_argument("--only", choices=SCENARIOS, action="append", help="run only this scenario (repeatable)")
    parser.add_argument("--maildir", default="", help="the Maildir the deployment's mail server delivers into")
    parser.add_argument("--mail-link-base", default="", help="the web app address the core writes in mail links")
    args = parser.parse_args()
    args.edge = [e.rstrip("/") for e in args.edge]
    os.makedirs(args.artifacts, exist_ok=True)
    run = Run(args)
    chosen = args.only or SCENARIOS
    results = []
    started = time.time()
    for name in SCENARIOS:
        if name not in chosen:
            continue
        t0 = time.time()
        try:
            detail = getattr(run, name)()
            ok = True
        except Failure as failure:
            ok, detail = False, str(failure)
        except Exception as error:  # noqa: BLE001 - any crash is a failed scenario, with its trace
            ok, detail = False, f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
            traceback.print_exc()
        results.append((name, ok))
        print(f"{'PASS' if ok else 'FAIL'} {name} ({time.time() - t0:.1f}s): {detail}", flush=True)
    passed = sum(ok for _, ok in results)
    print(f"{passed}/{len(results)} scenarios passed in {time.time() - started:.1f}s; artifacts in {args.artifacts}")
    sys.exit(0 if results and passed == len(results) else 1)


if __name__ == "__main__":
    main()
