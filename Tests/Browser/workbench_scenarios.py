"""Browser scenarios for the player's workbench (run by run.py).

discuss: player A opens a problem's discussions and posts a thread with code and math;
player B (another browser, another region's edge) finds it in the list, replies, votes and
reports it; A, already on another page, gets the reply as a live notification (the bell's
unread count and a toast), opens the list and follows it back to the thread.
"""
from arena_browser import Failure, settle, tid


def discuss(run):
    edge_a, edge_b = run.edges[0], run.edges[-1]
    with run.two_players("discuss", edge_a, edge_b, "asker", "helper") as (a, b, name_a, name_b):
        title = f"Why does my sum overflow? ({name_a})"
        a.go(edge_a, "/problem/a-plus-b")
        a.click("discuss-link")
        a.wait_for("discussions-title")
        a.set_value(a.wait_for("thread-title"), title)
        a.set_value(a.find("thread-body"),
                    "With $|a|, |b| \\le 10^9$ the sum needs 64 bits:\n\n```cpp\nint s = a + b;\n```\n\nWhat should I use?")
        a.click("thread-submit")
        a.until(lambda: a.text("thread-heading") == title, 15, "the new thread's page")
        a.until(lambda: a.finds('[data-testid="thread-post"] .katex') and a.finds('[data-testid="thread-post"] pre code'),
                10, "the post's math typeset and code block")
        if "<script" in a.driver.page_source.split('data-testid="thread-post"')[1][:2000]:
            raise Failure("the post's Markdown was not sanitized")
        # A goes elsewhere: the reply must find them on any page.
        a.go(edge_a, "/problems")
        a.wait_for("problem-table", visible=False)

        b.go(edge_b, "/problem/a-plus-b/discuss")
        b.until(lambda: any(e.text == title for e in b.finds(tid("thread-link"))), 15, "the thread in the list")
        for link in b.finds(tid("thread-link")):
            if link.text == title:
                b.js("arguments[0].click()", link)
                break
        b.until(lambda: b.text("thread-heading") == title, 15, "the thread from the list")
        b.set_value(b.wait_for("reply-body"), "Use `long long`: two `int`s overflow past $2^{31}-1$.")
        b.click("reply-submit")
        b.until(lambda: len(b.finds(tid("reply"))) == 1 and "long long" in b.text("reply"), 15, "the reply on the page")
        b.click("thread-vote-up")
        b.until(lambda: b.text("thread-score") == "1", 10, "the up-vote counted")
        b.click("thread-report")
        b.set_value(b.wait_for("thread-report-reason"), "checking that reports reach the moderators")
        b.click("thread-report-send")
        b.wait_for("thread-reported")
        settle(b)
        b.screenshot(run.artifacts, "discussion-thread-phone")

        # Live: the unread count and a toast, with no reload.
        a.until(lambda: a.text("notifications-unread") == "1", 15, "the live unread count on the bell")
        a.until(lambda: f"{name_b} replied" in a.text("toasts"), 10, "the notification toast")
        a.screenshot(run.artifacts, "notification-live")
        a.click("notifications-bell")
        a.until(lambda: any(f"{name_b} replied" in e.text for e in a.finds(tid("notification-item"))), 10, "the notification list")
        a.until(lambda: not a.finds(tid("notifications-unread")), 10, "the count cleared once read")
        a.click("notification-item")
        a.until(lambda: a.text("thread-heading") == title and len(a.finds(tid("reply"))) == 1, 15, "the thread from the notification")
        a.until(lambda: a.finds('[data-testid="reply"] .katex'), 10, "the reply's math")
        settle(a)
        a.screenshot(run.artifacts, "discussion-thread")
    return "thread with code and math posted; reply, vote and report from another edge; live notification followed back"
