"""Browser scenarios for never losing a match to the interface (run by run.py).

rejoin: B accepts A's challenge to a public rated Blitz match and signs out; A chats and submits a
wrong solution with ten quick Ctrl+Enter presses (one submission), sees the verdict
without scrolling, and gets the size message for a 100 KB source. B signs in: the banner
leads back, and the match screen shows the chat and events from before. A late spectator
sees the same history and cannot write in the rated match's chat. A closes the tab and
opens a new one: the session comes back from the refresh cookie, the banner leads back,
the history is there, and A wins; the players card shows the new rating.

golf: a Code Golf challenge; the shorter accepted source ranks first, in bytes, on both
players' screens.

feedback: on the problem page (1366×768, then at phone width) a runtime error shows the
program's stderr, the verdict is on screen right after Submit, ten quick Ctrl+Enter make
one submission, a custom run is labelled "Ran" (not AC) and "Run samples" compares every
sample.
"""
import time

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.keys import Keys

from arena_browser import PHONE, Failure, http_json, tid, unique_name

LAPTOP = (1366, 768)
WRONG = "print(-1)\n"
CRASH = "import sys\nx = sys.stdin.readline()\nprint(1 // 0)\n"


def in_view(b, testid):
    """True when the element's top is inside the viewport (seen without scrolling)."""
    return b.js("""const el = document.querySelector(`[data-testid="${arguments[0]}"]`);
        if (!el) return false; const r = el.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.top < window.innerHeight - 20;""", testid)


def challenge(a, edge, mode, opponent, b=None, rated=False):
    """A challenges `opponent` to a public match of `mode` from the Play page (rated if
    asked); when B's browser is given, B accepts the invitation from the bar on its page."""
    a.go(edge, "/play")
    a.select("challenge-mode", mode)
    a.set_value(a.wait_for("challenge-players"), opponent)
    if a.find("challenge-private").is_selected():
        a.click("challenge-private")
    if a.find("challenge-rated").is_selected() != rated:
        a.click("challenge-rated")
    a.click("challenge-submit")
    a.until(lambda: a.find("challenge-sent").is_displayed(), 15, "the challenge sent")
    if b is not None:
        accept_invitation(b)


def accept_invitation(b):
    """B accepts the (only) invitation shown in the bar; nobody is seated before this."""
    b.until(lambda: b.finds(tid("invitation-accept")), 20, "the invitation in the bar")
    b.click("invitation-accept")


def submit_in_match(b, source, attempts=5):
    """Puts the source in the match editor and presses Ctrl+Enter; the editor is redrawn
    when a snapshot arrives, so a stale element is found again."""
    for attempt in range(attempts):
        try:
            b.select("language-select", "python3")
            editor = b.wait_for("match-source")
            b.set_value(editor, source)
            b.type_keys(editor, Keys.CONTROL, Keys.ENTER)
            return
        except StaleElementReferenceException:
            if attempt == attempts - 1:
                raise
            time.sleep(0.3)


def ended(b):
    els = b.finds(tid("match-end"))
    return els and els[0].is_displayed()


def token_of(b):
    return b.js("return JSON.parse(sessionStorage.getItem('arena.session') || 'null')?.accessToken")


def submissions(edge, token, problem):
    found = http_json(f"{edge}/api/submissions?user=me&problem={problem}&limit=50", token=token)
    return found.get("items") or []


def close_tab_and_reopen(b, url):
    """Closes the page's tab and opens the app in a fresh one: a new tab has no
    sessionStorage, only the browser's cookies."""
    old = b.driver.current_window_handle
    b.driver.switch_to.new_window("tab")
    fresh = b.driver.current_window_handle
    b.driver.switch_to.window(old)
    b.driver.close()
    b.driver.switch_to.window(fresh)
    b.open(url)


def rejoin(run, solutions):
    edge_a, edge_b = run.edges[0], run.edges[1 % len(run.edges)]
    a = run.browser("rejoin-A", LAPTOP)
    b = c = None
    try:
        b = run.browser("rejoin-B", PHONE)
        name_a, name_b = unique_name("rose"), unique_name("sam")
        a.sign_up(edge_a, name_a)
        b.sign_up(edge_b, name_b)

        # A challenges B to a public rated Blitz match; B accepts and signs out at once.
        challenge(a, edge_a, "blitz", name_b, b=b, rated=True)
        a.until(lambda: "#/match/" in a.driver.current_url, 20, "A on the match screen")
        b.until(lambda: "#/match/" in b.driver.current_url, 20, "B on the match screen")
        b.click("signout")
        b.until(lambda: b.finds(tid("nav-signin")), 15, "B signed out")
        match_id = a.driver.current_url.split("#/match/")[1]
        a.until(lambda: a.finds('[data-testid^="board-"] .board-points') and a.text("match-status") == "live", 20, "the live match")
        a.wait_for("chat-input").send_keys("hello before the reload", Keys.ENTER)
        a.until(lambda: "hello before the reload" in a.text("chat-log"), 15, "A's chat message")

        slugs = [el.get_attribute("data-testid")[len("board-"):] for el in a.finds('button[data-testid^="board-"]')]
        solvable = [s for s in slugs if s in solutions]
        if not solvable:
            raise Failure(f"no solvable problem on the board: {slugs}")
        first = solvable[0]
        # Ten quick Ctrl+Enter with a wrong solution: one submission; its verdict on screen.
        a.click(f"board-{first}")
        a.until(lambda: a.find(f"board-{first}").get_attribute("aria-pressed") == "true", 5, "problem selected")
        a.select("language-select", "python3")
        source = a.wait_for("match-source")
        a.set_value(source, WRONG)
        a.js("window.scrollTo(0, 0)")
        for _ in range(10):
            a.type_keys(source, Keys.CONTROL, Keys.ENTER)
        # The presses after the first are refused: still being judged, or (once judged) the
        # same code again.
        a.until(lambda: any(t in a.text("verdict-warning") for t in ("still being judged", "exactly the code")), 10, "the refusal of the repeats")
        final = a.until(lambda: a.finds(f'{tid("match-verdict-panel")} {tid("final-verdict")}'), 60, "A's verdict")[0]
        a.until(lambda: in_view(a, "match-verdict-panel"), 5, "the verdict panel on screen after Submit")
        if final.get_attribute("data-verdict") == "AC":
            raise Failure("the wrong solution was accepted")
        a.screenshot(run.artifacts, "rejoin-verdict-desktop")
        # Judged match submissions reach the core's list once forwarded: wait, then count.
        a.until(lambda: submissions(edge_a, token_of(a), first), 20, "the submission at the core")
        time.sleep(1.5)
        made = len(submissions(edge_a, token_of(a), first))
        if made != 1:
            raise Failure(f"10 quick Ctrl+Enter made {made} submissions, expected 1")
        # A 100 KB source: the limit is named before anything is sent.
        time.sleep(2.1)
        a.set_value(source, "# " + "x" * 100_000 + "\n")
        if "is-over" not in (a.find("match-source-size").get_attribute("class") or ""):
            raise Failure(f"the size indicator does not flag 100 KB: {a.text('match-source-size')!r}")
        a.type_keys(source, Keys.CONTROL, Keys.ENTER)
        a.until(lambda: "limit is 65,536 bytes" in a.text("verdict-warning"), 10, "the size message")
        if a.find("final-verdict").get_attribute("data-verdict") != final.get_attribute("data-verdict"):
            raise Failure("the size refusal replaced the verdict")
        a.screenshot(run.artifacts, "rejoin-size-limit-desktop")
        a.set_value(source, WRONG)

        # B signs in again: the banner leads back, and the history is there.
        b.open(f"{edge_b}/#/signin")
        b.wait_for("auth-username").send_keys(name_b)
        b.find("auth-password").send_keys("correct horse battery")
        b.click("auth-submit")
        b.until(lambda: b.text("account-user") == name_b, 20, "B signed in")
        b.until(lambda: b.find("live-banner").is_displayed() and "live Blitz match" in b.text("live-banner"), 20, "the live-match banner for B")
        b.screenshot(run.artifacts, "rejoin-banner-phone")
        b.click("live-banner-rejoin")
        b.until(lambda: f"#/match/{match_id}" in b.driver.current_url, 10, "B on the match screen")
        b.until(lambda: "hello before the reload" in b.text("chat-log"), 20, "the chat history for B")
        b.until(lambda: f"{name_a}: WA" in b.text("match-events") or f"{name_a}:" in b.text("match-events"), 20, "A's verdict in B's events")
        if b.finds(tid("live-banner")) and b.find("live-banner").is_displayed():
            raise Failure("the banner stays on the match's own screen")
        b.screenshot(run.artifacts, "rejoin-history-phone")

        # A late spectator sees the history, and cannot write in the live rated match's chat.
        c = run.browser("rejoin-C", LAPTOP)
        c.sign_up(edge_b, unique_name("tia"))
        c.go(edge_b, f"/spectate/{match_id}")
        c.until(lambda: "hello before the reload" in c.text("chat-log"), 20, "the chat history for a late spectator")
        c.until(lambda: f"{name_a}:" in c.text("match-events"), 20, "the events history for a late spectator")
        c.until(lambda: c.find("chat-spectator-note").is_displayed(), 10, "the spectator note")
        if c.find("chat-form").is_displayed():
            raise Failure("a spectator can write in a live rated match's chat")
        c.screenshot(run.artifacts, "rejoin-late-spectator-desktop")

        # A closes the tab and opens the app again: signed in, the banner, the history.
        close_tab_and_reopen(a, f"{edge_a}/#/problems")
        a.until(lambda: a.text("account-user") == name_a, 20, "A's session restored from the refresh cookie")
        if not a.js("return performance.getEntriesByType('resource').some((e) => e.name.endsWith('/api/auth/refresh'))"):
            raise Failure("the new tab was signed in without a refresh: the session did not come from the cookie")
        a.until(lambda: a.find("live-banner").is_displayed(), 20, "the live-match banner for A")
        a.screenshot(run.artifacts, "rejoin-banner-desktop")
        a.click("live-banner-rejoin")
        a.until(lambda: "hello before the reload" in a.text("chat-log"), 20, "the chat after reopening")
        a.until(lambda: "✗" in a.text(f"progress-{name_a}"), 20, "A's progress line after reopening")
        a.until(lambda: a.finds('[data-testid^="board-"] .board-points') and a.text("match-status") == "live", 20, "the live match again")

        # A wins: solves what it can; B resigns if anything is left.
        claim_checked = False
        for slug in solvable:
            if ended(a):
                break
            a.click(f"board-{slug}")
            a.until(lambda: a.find(f"board-{slug}").get_attribute("aria-pressed") == "true", 5, "problem selected")
            a.select("language-select", "python3")
            a.set_value(a.wait_for("match-source"), solutions[slug])
            time.sleep(2.1)
            a.click("match-submit")
            a.until(lambda: name_a in a.text(f"claim-{slug}") or ended(a), 60, f"A's lockout of {slug}")
            if not claim_checked and not ended(b):
                # B clicks the card A just claimed: told so, and nothing is selected.
                claim_checked = True
                b.until(lambda: name_a in b.text(f"claim-{slug}"), 20, "B sees the claim")
                b.click(f"board-{slug}")
                b.until(lambda: "already claimed by" in b.text("board-note") or ended(b), 10, "the claimed-card note")
                if not ended(b) and b.find(f"board-{slug}").get_attribute("aria-pressed") == "true":
                    raise Failure("a claimed card was selected")
                b.screenshot(run.artifacts, "rejoin-claimed-card-phone")
        if not ended(a):
            try:
                a.until(lambda: ended(a), 10, "the end")
            except Failure:
                b.click("resign")
                b.click("resign")
        a.until(lambda: ended(a), 40, "the end screen for A")
        if "Victory" not in a.text("end-headline"):
            raise Failure(f"A should have won, the end screen says {a.text('end-headline')!r}")
        a.until(lambda: "(+" in a.text(f"player-rating-{name_a}"), 20, "the new rating on the players card")
        a.screenshot(run.artifacts, "rejoin-won-desktop")
        b.until(lambda: ended(b), 40, "the end screen for B")
        b.screenshot(run.artifacts, "rejoin-end-phone")
        return f"banner for a player who left after accepting; history for B, a late spectator and a reopened tab; 10× Ctrl+Enter → 1 submission; 100 KB refused; A won {match_id[:8]}"
    finally:
        for br in (a, b, c):
            if br:
                br.quit()


def feedback(run, solutions):
    edge = run.edges[0]
    b = run.browser("feedback", LAPTOP)
    try:
        name = unique_name("uma")
        # The sign-up hints say what the server enforces.
        b.open(f"{edge}/#/signup")
        hints = b.text("auth-form")
        if "3–24" not in hints or "At least 10 characters" not in hints:
            raise Failure(f"the sign-up hints differ from the server's rules: {hints!r}")
        b.sign_up(edge, name)
        results = []
        for size_name, size in (("desktop", LAPTOP), ("phone", PHONE)):
            b.set_size(*size)
            b.go(edge, "/problem/a-plus-b")
            b.driver.refresh()
            b.until(lambda: b.text("problem-title") == "A + B", 20, "the problem page")
            b.select("language-select", "python3")
            editor = b.wait_for("editor")
            b.set_value(editor, CRASH)
            b.js("window.scrollTo(0, 0)")
            before = len(submissions(edge, token_of(b), "a-plus-b"))
            for _ in range(10):
                b.type_keys(editor, Keys.CONTROL, Keys.ENTER)
            final = b.until(lambda: b.finds(tid("final-verdict")), 60, "the verdict")[0]
            if final.get_attribute("data-verdict") != "RE":
                raise Failure(f"expected RE, got {final.get_attribute('data-verdict')}")
            b.until(lambda: in_view(b, "verdict-panel"), 5, f"the verdict on screen after Submit ({size_name})")
            b.until(lambda: "ZeroDivisionError" in b.text("verdict-detail"), 10, "the traceback under the verdict")
            b.until(lambda: len(submissions(edge, token_of(b), "a-plus-b")) > before, 20, "the submission at the core")
            time.sleep(1.5)
            after = len(submissions(edge, token_of(b), "a-plus-b"))
            if after - before != 1:
                raise Failure(f"10 quick Ctrl+Enter made {after - before} submissions ({size_name}), expected 1")
            b.screenshot(run.artifacts, f"feedback-runtime-error-{size_name}")
            results.append(size_name)
        # Custom run: "Ran", not AC; Run samples compares each sample's output.
        b.set_size(*LAPTOP)
        b.set_value(b.wait_for("editor"), solutions["a-plus-b"])
        b.js("document.querySelector('[data-testid=custom-run]').open = true")
        b.click("run-button")
        b.until(lambda: b.finds(tid("run-verdict")), 30, "the run's label")
        label = b.find("run-verdict").get_attribute("data-verdict")
        if label != "RAN":
            raise Failure(f"a custom run is labelled {label!r}, not 'Ran'")
        b.click("run-samples")
        b.until(lambda: b.finds(tid("sample-result-1")) and all(
            r.get_attribute("data-outcome") == "OK" for r in b.finds('[data-testid^="sample-result-"]')), 60, "every sample matching")
        b.set_value(b.wait_for("editor"), WRONG)
        b.click("run-samples")
        b.until(lambda: b.find("sample-result-1").get_attribute("data-outcome") == "WA", 60, "a differing sample")
        b.screenshot(run.artifacts, "feedback-run-samples-desktop")
        # A past submission's code opens on My submissions, and goes back to the editor.
        b.click("nav-submissions")
        view = b.until(lambda: b.finds('[data-testid^="view-code-"]'), 20, "a View button on My submissions")[0]
        sid = view.get_attribute("data-testid")[len("view-code-"):]
        b.click(f"view-code-{sid}")
        b.until(lambda: "1 // 0" in b.text(f"code-{sid}"), 20, "the submission's code")
        b.screenshot(run.artifacts, "feedback-past-code-desktop")
        b.click(f"edit-code-{sid}")
        b.until(lambda: b.js("return document.querySelector('[data-testid=editor]')?.value") == CRASH, 20, "the old code in the problem's editor")
        return f"RE with its traceback, verdict in view, 10× Ctrl+Enter → 1 submission ({', '.join(results)}); run labelled Ran; samples compared; past code opened and edited"
    finally:
        b.quit()


def golf(run, solutions):
    """Code Golf standings: fewer bytes rank first, labelled in bytes, on both screens."""
    edge_a, edge_b = run.edges[0], run.edges[1 % len(run.edges)]
    with run.two_players("golf", edge_a, edge_b, "vic", "wes") as (a, b, name_a, name_b):
        a.set_size(*LAPTOP)
        challenge(a, edge_a, "golf", name_b, b=b)
        for br in (a, b):
            br.until(lambda br=br: "#/match/" in br.driver.current_url, 20, "the golf match")
            br.until(lambda br=br: br.text("match-status") == "live" and br.finds(tid("match-source")), 20, "the live golf match")
        # The board names the hole by its title.
        title = a.js("return document.querySelector('[data-testid=match-board] strong')?.textContent")
        titles = {"A + B": "a-plus-b", "Reverse Words": "reverse-words", "Maximum Subarray": "max-subarray", "Echo Twice": "echo-twice"}
        problem = titles.get(title)
        if problem not in solutions:
            raise Failure(f"no known solution for the golf hole {title!r}")
        short = solutions[problem]
        long = short + "# a longer program, to lose at golf\n"
        for br, source in ((a, long), (b, short)):
            submit_in_match(br, source)
        # On the phone too, the verdict is on screen after Submit.
        b.until(lambda: b.finds(f'{tid("match-verdict-panel")} {tid("final-verdict")}'), 60, "B's verdict")
        b.until(lambda: in_view(b, "match-verdict-panel"), 5, "the verdict panel on the phone's screen after Submit")
        b.screenshot(run.artifacts, "golf-verdict-phone")
        for br in (a, b):
            br.until(lambda br=br: f"{len(short.encode())} B" in br.text(f"score-{name_b}") and f"{len(long.encode())} B" in br.text(f"score-{name_a}"),
                     60, "both byte counts on the scoreboard")
            want = [f"player-{name_b}", f"player-{name_a}"]
            br.until(lambda br=br: [el.get_attribute("data-testid") for el in br.finds(f'{tid("scoreboard")} li')][:2] == want, 10,
                     f"golf standings in order, fewer bytes first ({want})")
        # The phone keeps the scores in its sticky title bar.
        b.until(lambda: b.text("mini-scores").startswith(f"you {len(short.encode())} B · {name_a} {len(long.encode())} B"), 10,
                "the scores, best first, in the phone's title bar")
        for br in (a, b):
            br.js("document.querySelector('[data-testid=scoreboard]').scrollIntoView({block: 'center'})")
        time.sleep(0.3)
        a.screenshot(run.artifacts, "golf-standings-desktop")
        b.screenshot(run.artifacts, "golf-standings-phone")
        a.click("resign")
        a.click("resign")
        b.until(lambda: ended(b), 30, "the end screen")
        return f"{problem}: {len(short.encode())} B above {len(long.encode())} B on both screens"


def sabotage(run, solutions):
    """Sabotage: once both plants are in, repairing starts at once (not after the planting
    clock); a repair refused as the original shows "Not counted" under its AC verdict."""
    edge_a, edge_b = run.edges[0], run.edges[1 % len(run.edges)]
    with run.two_players("sabotage", edge_a, edge_b, "xia", "yul") as (a, b, name_a, name_b):
        a.set_size(*LAPTOP)
        challenge(a, edge_a, "sabotage", name_b, b=b)
        for br in (a, b):
            br.until(lambda br=br: "#/match/" in br.driver.current_url, 20, "the sabotage match")
            br.until(lambda br=br: br.text("match-status") == "live" and "Plant" in br.text("match-phase"), 20, "the planting phase")
        base = a.until(lambda: a.js("return document.querySelector('[data-testid=match-source]')?.value"), 20, "the working solution to break")
        started = time.time()
        for br in (a, b):
            submit_in_match(br, base.rstrip("\n") + "\nimport sys\nsys.exit(3)\n")
        for br in (a, b):
            br.until(lambda br=br: "Repair" in br.text("match-phase"), 45, "the repair phase")
        waited = time.time() - started
        if waited > 90:
            raise Failure(f"repairing started {waited:.0f} s after both plants: the planting clock was waited out")
        a.screenshot(run.artifacts, "sabotage-repair-desktop")
        # Pasting the original is no repair: AC from the judge, refused by the match.
        time.sleep(2.1)
        submit_in_match(a, base)
        a.until(lambda: "Not counted" in a.text("verdict-note") and "original" in a.text("verdict-note"), 60, "the refusal under the verdict")
        if a.find("verdict-note").get_attribute("data-kind") != "bad":
            raise Failure("a refused repair is not marked as a refusal")
        a.screenshot(run.artifacts, "sabotage-refused-repair-desktop")
        a.click("resign")
        a.click("resign")
        b.until(lambda: ended(b), 30, "the end screen")
        return f"repair phase {waited:.0f} s after the plants (clock 3 min); the original refused under its AC"
