import Foundation
import Hummingbird

/// The player's web page, served by every edge without a build step. The full game UI
/// comes with the player-experience work; this page covers sign-up/in, the problem list
/// and statements, submitting, and the live socket's status.
enum WebApp {
    static func addRoutes(to router: Router<EdgeRequestContext>, region: String) {
        router.get("/") { _, _ in
            Response(
                status: .ok,
                headers: [
                    .contentType: "text/html; charset=utf-8",
                    .contentSecurityPolicy: "default-src 'self'; script-src 'unsafe-inline' 'self'; style-src 'unsafe-inline' 'self'; connect-src 'self' ws: wss:",
                    .cacheControl: "no-cache",
                ],
                body: .init(byteBuffer: ByteBuffer(string: page.replacingOccurrences(of: "{{REGION}}", with: region))))
        }
    }

    static let page = #"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>CodeArena</title>
        <style>
          :root { color-scheme: light dark; --accent: #3b82f6; }
          body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; }
          header { display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
          h1 { margin: 0; } .muted { opacity: .7; }
          form { display: flex; gap: .5rem; flex-wrap: wrap; margin: .5rem 0; }
          input, select, textarea, button { font: inherit; padding: .4rem .6rem; }
          button { background: var(--accent); color: white; border: 0; border-radius: .3rem; cursor: pointer; }
          table { border-collapse: collapse; width: 100%; } td, th { padding: .3rem .5rem; border-bottom: 1px solid #8884; text-align: left; }
          textarea { width: 100%; min-height: 12rem; font-family: ui-monospace, monospace; }
          pre { background: #8882; padding: .5rem; overflow: auto; }
          #status { min-height: 1.5rem; }
          a { color: var(--accent); }
        </style>
        </head>
        <body>
        <header><h1>CodeArena</h1><span class="muted">region {{REGION}}</span><span id="who" class="muted"></span><span id="socket" class="muted"></span></header>
        <section id="auth">
          <form id="authForm">
            <label>Username <input id="username" autocomplete="username" required></label>
            <label>Password <input id="password" type="password" autocomplete="current-password" required></label>
            <button data-action="signin">Sign in</button><button data-action="signup">Sign up</button>
          </form>
        </section>
        <p id="status" role="status"></p>
        <section id="problems"><h2>Problems</h2><table><thead><tr><th>Problem</th><th>Difficulty</th><th>Tags</th></tr></thead><tbody id="problemRows"></tbody></table></section>
        <section id="problem" hidden>
          <h2 id="problemTitle"></h2><div id="problemStatement"></div><div id="samples"></div>
          <form id="submitForm">
            <label>Language <select id="language">
              <option>python3</option><option>cpp17</option><option>cpp20</option><option>c</option><option>java17</option>
              <option>javascript</option><option>rust</option><option>go</option><option>swift</option><option>kotlin</option><option>pypy3</option>
            </select></label>
            <textarea id="source" aria-label="Source code" spellcheck="false"></textarea>
            <button>Submit (Ctrl+Enter)</button>
          </form>
        </section>
        <script>
        let token = sessionStorage.getItem("arena_token");
        const $ = (id) => document.getElementById(id);
        const say = (text) => { $("status").textContent = text; };
        // Access tokens live 15 minutes: on a 401, refresh once with the HttpOnly cookie,
        // or continue signed out, then retry the call.
        async function api(path, options = {}, retried = false) {
          const headers = { "content-type": "application/json", ...(options.headers || {}) };
          if (token) headers.authorization = "Bearer " + token;
          const response = await fetch(path, { ...options, headers, credentials: "same-origin" });
          if (response.status === 401 && token && !retried) {
            const refreshed = await fetch("/api/auth/refresh", { method: "POST", credentials: "same-origin" });
            if (refreshed.ok) { signedIn(await refreshed.json()); } else { signedOut(); }
            return api(path, options, true);
          }
          const body = response.status === 204 ? null : await response.json().catch(() => null);
          if (!response.ok) throw new Error(body && body.error ? body.error.message : response.statusText);
          return body;
        }
        function signedOut() {
          token = null; sessionStorage.removeItem("arena_token"); $("who").textContent = "";
        }
        function signedIn(auth) {
          token = auth.accessToken; sessionStorage.setItem("arena_token", token);
          $("who").textContent = "signed in as " + auth.user.username; openSocket();
        }
        $("authForm").addEventListener("submit", async (event) => {
          event.preventDefault();
          const action = event.submitter.dataset.action;
          try {
            signedIn(await api("/api/auth/" + action, { method: "POST", body: JSON.stringify({ username: $("username").value, password: $("password").value }) }));
            say(action === "signup" ? "Welcome to CodeArena!" : "Signed in.");
          } catch (error) { say(error.message); }
        });
        async function loadProblems() {
          const page = await api("/api/problems?limit=50");
          $("problemRows").replaceChildren(...page.items.map((p) => {
            const row = document.createElement("tr");
            const link = document.createElement("a"); link.href = "#" + p.slug; link.textContent = p.title;
            link.addEventListener("click", () => openProblem(p.slug));
            const cells = [link, document.createTextNode(p.difficulty), document.createTextNode(p.tags.join(", "))];
            for (const cell of cells) { const td = document.createElement("td"); td.append(cell); row.append(td); }
            return row;
          }));
        }
        let current = null;
        async function openProblem(slug) {
          const p = await api("/api/problems/" + encodeURIComponent(slug));
          current = p.slug; $("problem").hidden = false;
          $("problemTitle").textContent = p.title + " (" + p.timeLimitMs + " ms)";
          $("problemStatement").textContent = p.statement;
          $("samples").replaceChildren(...p.samples.map((s) => { const pre = document.createElement("pre"); pre.textContent = "input:\n" + s.input + "\noutput:\n" + s.output; return pre; }));
        }
        async function submit() {
          try {
            const receipt = await api("/api/submissions", { method: "POST", body: JSON.stringify({ problem: current, language: $("language").value, source: $("source").value }) });
            say("Submission " + receipt.status + " (" + receipt.idempotencyKey + ")");
          } catch (error) { say(error.message); }
        }
        $("submitForm").addEventListener("submit", (event) => { event.preventDefault(); submit(); });
        $("source").addEventListener("keydown", (event) => {
          if (event.key === "Enter" && event.ctrlKey) { event.preventDefault(); submit(); }
          if (event.key === "Tab") { event.preventDefault(); const t = event.target; const s = t.selectionStart; t.setRangeText("    ", s, t.selectionEnd, "end"); }
        });
        let socket = null;
        function openSocket() {
          if (socket) socket.close();
          socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws?access_token=" + encodeURIComponent(token));
          socket.onopen = () => { $("socket").textContent = "live"; };
          socket.onclose = () => { $("socket").textContent = "offline"; };
        }
        loadProblems().catch((error) => say(error.message));
        if (location.hash.length > 1) openProblem(location.hash.slice(1)).catch((error) => say(error.message));
        </script>
        </body>
        </html>
        """#
}
