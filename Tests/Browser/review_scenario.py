"""Browser scenario for the admins' fair-play review (run by run.py).

review: two players submit the same A + B program (one with renamed variables) on the
problem page's API; the admin's Review page lists the case, shows both programs side by
side with the matching lines marked, and dismisses it.
"""
import os
import time

from arena_browser import PASSWORD, Failure, http_json, sign_up_json, tid, unique_name

ADMIN = "admin_user"  # TestCore.adminUsername: the test core makes this name an admin

# Shared with the Swift fingerprint tests.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures", "plagiarism", "add-numbers.py"), encoding="utf-8") as _f:
    ORIGINAL = _f.read()


def review(run, solutions):
    edge = run.edges[0]
    copy = ORIGINAL.replace("numbers", "vals").replace("total", "acc").replace("read_numbers", "load").replace("add_all", "combine")
    names = []
    for index, source in enumerate((ORIGINAL, copy)):
        name = unique_name("twin")
        names.append(name)
        token = sign_up_json(edge, name, PASSWORD)["accessToken"]
        http_json(f"{edge}/api/submissions", "POST", {"problem": "a-plus-b", "language": "python3", "source": source}, token=token)
        if index == 0:
            time.sleep(1.5)  # the original is judged (and stored) first
    b = run.browser("review")
    try:
        b.sign_up(edge, ADMIN)
        b.until(lambda: b.find("nav-review").is_displayed(), 10, "the Review link for an admin")
        b.click("nav-review")
        deadline = time.time() + 60
        while True:
            try:
                b.until(lambda: b.finds('[data-testid^="review-case-"]'), 4, "a case in the queue")
                break
            except Failure:
                pass
            if time.time() > deadline:
                token = b.js("return JSON.parse(sessionStorage.getItem('arena.session')).accessToken")
                made = [http_json(f"{edge}/api/submissions?user={n}&limit=5", token=token).get("items") for n in names]
                queue = http_json(f"{edge}/api/admin/plagiarism", token=token)
                b.screenshot(run.artifacts, "review-queue-missing")
                logs = [e.get("message") for e in b.driver.get_log("browser")][-5:]
                raise Failure(f"no case in the review queue after 60 s; submissions {made}; queue {queue}; console {logs}; page {b.driver.current_url}")
            b.driver.refresh()
        b.screenshot(run.artifacts, "review-queue-desktop")
        # The flags (collusion, fast solves, shared code) are listed below the cases.
        b.until(lambda: b.finds(tid("review-flags")) and (b.finds(tid("review-flags-empty")) or b.finds('[data-testid^="review-flag-"]')),
                10, "the flags section of the queue")
        row = b.finds('[data-testid^="review-case-"]')[0].get_attribute("data-testid")
        b.finds(f'[data-testid="{row}"] a')[0].click()
        b.until(lambda: b.finds(f'{tid("review-first")} .is-match') and b.finds(f'{tid("review-second")} .is-match'), 20,
                "both programs with their matching lines marked")
        if "combine" not in b.text("review-second") or "add_all" not in b.text("review-first"):
            raise Failure("the programs are not shown side by side, earlier first")
        b.screenshot(run.artifacts, "review-case-desktop")
        b.click("review-dismiss")
        b.until(lambda: b.driver.current_url.endswith("#/admin/plagiarism") and (b.finds(tid("review-empty")) or b.finds(tid("review-cases")))
                and not b.finds(tid(row)), 20, "the queue without the dismissed case")
        return "case listed, both programs side by side with matches marked, dismissed"
    finally:
        b.quit()
