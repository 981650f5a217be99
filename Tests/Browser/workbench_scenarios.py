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


def _mail(run, address, subject, timeout=30):
    """The newest message to `address` whose subject contains `subject`, read from the exim
    Maildir the test deployment delivers into."""
    import email
    import os
    import time
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = []
        for folder in ("new", "cur"):
            path = os.path.join(run.maildir, folder)
            for name in os.listdir(path) if os.path.isdir(path) else []:
                with open(os.path.join(path, name), "rb") as handle:
                    message = email.message_from_bytes(handle.read())
                if address.lower() in (message["To"] or "").lower() and subject in (message["Subject"] or ""):
                    found.append((os.path.getmtime(os.path.join(path, name)), message))
        if found:
            return max(found, key=lambda item: item[0])[1]
        time.sleep(0.3)
    raise Failure(f"no mail to {address} about {subject!r} within {timeout}s")


def _link(run, message):
    import re
    body = message.get_payload(decode=True).decode("utf-8")
    match = re.search(r"(\S+)/#(/[a-z-]+\?token=[A-Za-z0-9_-]+)", body)
    if not match:
        raise Failure(f"no link in the mail: {body[:300]!r}")
    if match.group(1) != run.mail_link_base:
        raise Failure(f"the mail links to {match.group(1)}, not the web app's address {run.mail_link_base}")
    return match.group(2)  # the app route: opened on an edge of the test deployment


def account(run):
    """Sign up with an address, confirm it from the mailed link, forget the password, reset
    it from the second mail, and sign in with the new one; the old one no longer works."""
    from arena_browser import PASSWORD, unique_name
    if not run.maildir:
        raise Failure("no --maildir: the deployment has no mail server")
    edge = run.edges[0]
    b = run.browser("account")
    try:
        name = unique_name("mailer")
        address = f"{name}@example.org"
        b.open(f"{edge}/#/signup")
        b.set_value(b.wait_for("auth-username"), name)
        b.set_value(b.find("auth-password"), PASSWORD)
        b.set_value(b.find("auth-email"), address)
        b.click("auth-submit")
        b.until(lambda: b.text("account-user") == name, 20, "signed up")

        b.go(edge, _link(run, _mail(run, address, "Confirm your email")))
        b.until(lambda: "Confirmed" in b.text("verify-result"), 15, "the address confirmed")
        b.go(edge, "/settings")
        b.until(lambda: "confirmed" in b.text("email-status") and address in b.text("email-status"), 15, "the settings page")
        settle(b)
        b.screenshot(run.artifacts, "account-settings")

        b.click("signout")
        b.until(lambda: b.finds(tid("nav-signin")), 10, "signed out")
        b.go(edge, "/signin")
        b.click("goto-forgot")
        b.set_value(b.wait_for("forgot-email"), address.upper())
        b.click("forgot-form-submit")
        b.until(lambda: "reset link" in b.text("forgot-sent"), 10, "the reset request answered")
        b.go(edge, _link(run, _mail(run, address, "Reset your CodeArena password")))
        new_password = "a fresh passphrase 42"
        b.set_value(b.wait_for("reset-password"), new_password)
        settle(b)
        b.screenshot(run.artifacts, "password-reset")
        b.click("reset-form-submit")
        b.until(lambda: b.finds(tid("auth-form")), 10, "back to sign in")

        b.set_value(b.wait_for("auth-username"), name)
        b.set_value(b.find("auth-password"), PASSWORD)
        b.click("auth-submit")
        b.until(lambda: b.text("auth-error"), 10, "the old password refused")
        # That refusal is the one console error this scenario expects: keep every other entry.
        for entry in b.driver.get_log("browser"):
            if not ("/api/auth/signin" in entry.get("message", "") and "401" in entry.get("message", "")):
                run.logs.append(("account", entry))
        b.set_value(b.find("auth-password"), new_password)
        b.click("auth-submit")
        b.until(lambda: b.text("account-user") == name, 15, "signed in with the new password")
    finally:
        b.quit()
    return "address confirmed from the mail; password reset from the mail; the old password refused, the new one works"
