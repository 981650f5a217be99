"""Shared helpers for the CodeArena browser tests: drivers, waits, sign-up, log capture.

Selectors are the app's `data-testid` attributes (see Sources/EdgeNode/Web/Assets).
"""
import hashlib
import json
import os
import random
import string
import time
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

DESKTOP = (1280, 1000)
PHONE = (390, 844)
PASSWORD = "correct horse battery"


class Failure(Exception):
    """A scenario's assertion failed (the message says what)."""


def unique_name(prefix):
    return prefix + "_" + "".join(random.choices(string.ascii_lowercase + string.digits, k=7))


def tid(testid):
    return f'[data-testid="{testid}"]'


class Browser:
    """One chromedriver session plus the console log collected from it."""

    def __init__(self, name, logs, size=DESKTOP):
        self.name = name
        self.logs = logs
        options = webdriver.ChromeOptions()
        for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--mute-audio", "--disable-extensions", "--no-first-run", f"--window-size={size[0]},{size[1]}"):
            options.add_argument(arg)
        if os.path.exists("/usr/bin/chromium"):
            options.binary_location = "/usr/bin/chromium"
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        service = Service("/usr/bin/chromedriver") if os.path.exists("/usr/bin/chromedriver") else Service()
        self.driver = webdriver.Chrome(service=service, options=options)
        try:
            self.driver.set_page_load_timeout(30)
            self.driver.set_script_timeout(20)
            self.size = size
            self.set_size(*size)
        except BaseException:
            # The caller never gets this object, so nobody else could quit the driver.
            self.driver.quit()
            raise

    # --- lifecycle -----------------------------------------------------------
    def collect_logs(self):
        try:
            for entry in self.driver.get_log("browser"):
                self.logs.append((self.name, entry))
        except WebDriverException:
            pass

    def quit(self):
        self.collect_logs()
        try:
            self.driver.quit()
        except WebDriverException:
            pass

    def set_size(self, width, height):
        # Device metrics emulation gives an exact CSS viewport (window chrome differs by platform).
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
        self.size = (width, height)

    def emulate_color_scheme(self, scheme):
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "features": [{"name": "prefers-color-scheme", "value": scheme}]})

    # --- navigation and waiting ------------------------------------------------
    def open(self, url):
        self.driver.get(url)
        self.wait_for("main")

    def go(self, edge, route):
        """In-app navigation when already on the edge, else a page load."""
        current = self.driver.current_url
        if current.startswith(edge):
            self.js("location.hash = arguments[0]", route)
        else:
            self.open(f"{edge}/#{route}")

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def until(self, predicate, timeout=15, message="condition"):
        end = time.time() + timeout
        last_error = None
        while time.time() < end:
            try:
                value = predicate()
                if value:
                    return value
            except (StaleElementReferenceException, WebDriverException) as error:
                last_error = error
            time.sleep(0.15)
        raise Failure(f"[{self.name}] timed out after {timeout}s waiting for {message}"
                      + (f" (last error: {str(last_error).splitlines()[0]})" if last_error else ""))

    def find(self, testid):
        return self.driver.find_element(By.CSS_SELECTOR, tid(testid))

    def finds(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def wait_for(self, testid, timeout=15, visible=True):
        def check():
            els = self.finds(tid(testid))
            if not els:
                return None
            # A code editor's textarea is hidden behind CodeMirror: the editor on screen counts.
            return els[0] if (not visible or els[0].is_displayed() or self.is_code_editor(els[0])) else None
        return self.until(check, timeout, f"[data-testid={testid}]")

    def is_code_editor(self, element):
        """A textarea that CodeMirror shows (its wrapper follows it and is on screen)."""
        return bool(self.js("""const w = arguments[0].nextElementSibling;
            return !!(w && w.classList.contains('CodeMirror') && w.CodeMirror && w.offsetParent !== null);""", element))

    def text(self, testid):
        els = self.finds(tid(testid))
        return els[0].text if els else ""

    def click(self, testid, timeout=15):
        # A page that redraws (a list refreshed by a late reply) replaces the element
        # between finding and clicking it: find it again, a few times.
        for attempt in range(5):
            el = self.wait_for(testid, timeout)
            try:
                self.js("arguments[0].scrollIntoView({block: 'center'})", el)
                el.click()
                return el
            except StaleElementReferenceException:
                if attempt == 4:
                    raise
                time.sleep(0.2)

    def set_value(self, element, value):
        """Sets a textarea/input like a paste: one input event (auto-indent stays out of it)."""
        self.js("""
            const el = arguments[0]; el.focus(); el.value = arguments[1];
            el.dispatchEvent(new Event('input', {bubbles: true}));""", element, value)

    def select(self, testid, value):
        el = self.wait_for(testid)
        self.js("""const el = arguments[0]; el.value = arguments[1];
                   el.dispatchEvent(new Event('change', {bubbles: true}));""", el, value)

    MODIFIERS = (Keys.CONTROL, Keys.SHIFT, Keys.ALT, Keys.COMMAND)

    def type_keys(self, element, *keys):
        """Types as a player would. Into a code editor (CodeMirror) the keys go through the
        keyboard to the focused editor, with send_keys' modifier rule: a modifier stays down
        until it is given again or the keys end."""
        if not self.is_code_editor(element):
            element.send_keys(*keys)
            return
        self.js("arguments[0].nextElementSibling.CodeMirror.focus()", element)
        actions = ActionChains(self.driver)
        held = []
        for key in keys:
            if key in self.MODIFIERS:
                if key in held:
                    actions.key_up(key)
                    held.remove(key)
                else:
                    actions.key_down(key)
                    held.append(key)
            else:
                for char in key:
                    actions.key_down(char).key_up(char)
        for key in reversed(held):
            actions.key_up(key)
        actions.perform()

    def screenshot(self, directory, name):
        os.makedirs(directory, exist_ok=True)
        path = os.path.join(directory, f"{name}.png")
        self.driver.save_screenshot(path)
        return path

    def set_theme(self, theme):
        self.js("""localStorage.setItem('arena.theme', JSON.stringify(arguments[0]));
                   if (arguments[0] === 'system') delete document.documentElement.dataset.theme;
                   else document.documentElement.dataset.theme = arguments[0];""", theme)

    def overflow(self):
        return self.js("return [document.documentElement.scrollWidth, window.innerWidth]")

    # --- accounts --------------------------------------------------------------
    def sign_up(self, edge, username, password=PASSWORD):
        self.open(f"{edge}/#/signup")
        user = self.wait_for("auth-username")
        user.clear()
        user.send_keys(username)
        self.find("auth-password").send_keys(password)
        self.click("auth-submit")
        self.until(lambda: self.text("account-user") == username, 20, f"signed in as {username}")


def settle(browser, seconds=0.6):
    """Lets a page finish its fetches before a screenshot."""
    time.sleep(seconds)
    browser.until(lambda: browser.js("return document.readyState") == "complete", 10, "document ready")


def http_json(url, method="GET", body=None, token=None, timeout=10):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("content-type", "application/json")
    if token:
        req.add_header("authorization", f"Bearer {token}")
    with urllib.request.urlopen(req, timeout=timeout) as res:
        raw = res.read()
        return json.loads(raw) if raw else None


def sign_up_json(edge, username, password):
    """An account made through the API, with the sign-up proof of work solved here."""
    challenge = http_json(f"{edge}/api/auth/challenge")
    nonce = 0
    while int.from_bytes(hashlib.sha256(f"{challenge['challenge']}:{nonce}".encode()).digest(), "big") >> (256 - challenge["difficulty"]):
        nonce += 1
    proof = {"challenge": challenge["challenge"], "nonce": str(nonce)}
    return http_json(f"{edge}/api/auth/signup", "POST", {"username": username, "password": password, "proof": proof})


# JS run in the page: every control labelled, every button/link named, landmarks, headings.
A11Y_SCRIPT = r"""
const problems = [];
const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
const nameOf = (el) => {
  const aria = el.getAttribute('aria-label');
  if (aria && aria.trim()) return aria.trim();
  const by = el.getAttribute('aria-labelledby');
  if (by) { const t = by.split(/\s+/).map((id) => document.getElementById(id)?.textContent || '').join(' ').trim(); if (t) return t; }
  if (el.labels && el.labels.length) { const t = [...el.labels].map((l) => l.textContent).join(' ').trim(); if (t) return t; }
  const title = el.getAttribute('title');
  if (title && title.trim()) return title.trim();
  return '';
};
for (const el of document.querySelectorAll('input, select, textarea')) {
  if (el.type === 'hidden' || !visible(el)) continue;
  if (!nameOf(el)) problems.push(`unlabelled ${el.tagName.toLowerCase()} ${el.name || el.dataset.testid || ''}`);
}
for (const el of document.querySelectorAll('button, a[href], [role="button"]')) {
  if (!visible(el)) continue;
  const text = (el.innerText || el.textContent || '').trim();
  const img = [...el.querySelectorAll('img[alt], svg[aria-label]')].some((i) => (i.alt || i.getAttribute('aria-label') || '').trim());
  if (!text && !nameOf(el) && !img) problems.push(`unnamed ${el.tagName.toLowerCase()} ${el.dataset.testid || el.className}`);
}
const mains = document.querySelectorAll('main').length;
const h1s = document.querySelectorAll('h1').length;
if (mains !== 1) problems.push(`${mains} <main> elements`);
if (h1s !== 1) problems.push(`${h1s} <h1> elements`);
if (!document.querySelector('header')) problems.push('no <header>');
if (!document.querySelector('nav')) problems.push('no <nav>');
for (const el of document.querySelectorAll('div[onclick], span[onclick]')) problems.push('click-only element');
return problems;
"""

# Contrast of text against the nearest opaque background, per WCAG 2.x.
CONTRAST_SCRIPT = r"""
const parse = (c) => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null; const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
const lum = ({r, g, b}) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
const bgOf = (el) => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c && c.a > 0.5) return c; } return {r: 255, g: 255, b: 255, a: 1}; };
const ratio = (el) => { const fg = parse(getComputedStyle(el).color); const bg = bgOf(el); const a = lum(fg), b = lum(bg); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
const out = {body: ratio(document.body)};
const pick = (sel) => document.querySelector(sel);
for (const [name, sel] of [['muted', 'main .muted'], ['link', 'main a'], ['button', 'main .btn:not(.btn-ghost):not(.btn-danger)'], ['nav', '.site-nav a']]) {
  const el = pick(sel); if (el) out[name] = ratio(el);
}
return out;
"""
