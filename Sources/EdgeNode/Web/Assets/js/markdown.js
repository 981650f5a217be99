// Problem statements: Markdown by marked (Debian's libjs-marked), sanitized by DOMPurify
// (node-dompurify), math by KaTeX (libjs-katex); the edge serves all three from /vendor/.
// Math is cut out before Markdown sees it (so `_` and `*` inside $…$ stay TeX), kept as
// placeholders through sanitizing, then KaTeX renders each one into DOM nodes (KaTeX sets
// its layout through the DOM, which the strict CSP allows; an HTML string would not be).
// Without the libraries (a host missing the packages), the statement shows as plain text.
import { h } from './dom.js';

const TOKEN = 'ArenaMathToken';
let configured = false;

// Statement headings sit below the page's h1/h2, so `#` becomes h3.
function configure(marked) {
  if (configured) return;
  configured = true;
  marked.use({
    mangle: false,
    headerIds: false,
    renderer: {
      heading(text, level) {
        const n = Math.min(6, level + 2);
        return `<h${n}>${text}</h${n}>\n`;
      },
    },
  });
}

// Replaces $$…$$ and $…$ outside code with tokens; `math` receives {tex, display}.
function protectMath(text, math) {
  const code = /(```[\s\S]*?(?:```|$)|`[^`\n]*`)/g;
  let out = '';
  let last = 0;
  const swap = (segment) => segment
    .replace(/\$\$([\s\S]+?)\$\$/g, (_, tex) => `${TOKEN}${math.push({ tex, display: true }) - 1}Z`)
    .replace(/\$([^$\n]+?)\$/g, (_, tex) => `${TOKEN}${math.push({ tex, display: false }) - 1}Z`);
  for (const m of text.matchAll(code)) {
    out += swap(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + swap(text.slice(last));
}

export function renderMarkdown(source) {
  const root = h('div', { class: 'markdown', testid: 'statement-body' });
  const text = String(source ?? '').replace(/\r\n?/g, '\n');
  const { marked, DOMPurify, katex } = window;
  if (!marked?.parse || !DOMPurify?.sanitize) {
    root.append(h('pre', { class: 'statement-plain', text }));
    return root;
  }
  configure(marked);
  const math = [];
  const html = marked.parse(protectMath(text, math))
    .replace(new RegExp(`${TOKEN}(\\d+)Z`, 'g'), (_, i) => `<span data-math="${i}"></span>`);
  // Sanitized: no scripts, handlers, styles, forms or frames; links keep only safe schemes.
  root.innerHTML = DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe'],
    FORBID_ATTR: ['style'],
  });
  for (const link of root.querySelectorAll('a[href]')) link.rel = 'noopener noreferrer';
  for (const el of root.querySelectorAll('span[data-math]')) {
    const item = math[Number(el.dataset.math)];
    el.removeAttribute('data-math');
    if (!item) continue;
    el.className = item.display ? 'math math-block' : 'math';
    if (katex?.render) {
      try {
        katex.render(item.tex, el, { displayMode: item.display, throwOnError: false, trust: false, maxExpand: 1000, maxSize: 20 });
        continue;
      } catch { /* shown as written below */ }
    }
    el.textContent = item.tex;
  }
  return root;
}
