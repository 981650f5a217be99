// Safe Markdown for problem statements: paragraphs, headings, lists, code, emphasis,
// links and $math$. Output is built as DOM nodes from text, never as an HTML string.
import { h } from './dom.js';
import { renderMath } from './math.js';

const SAFE_URL = /^(https?:\/\/|#|\/)/i;

function inline(parent, text) {
  // Order matters: code and math first so their contents are left untouched.
  const pattern = /(`[^`]+`)|(\$\$[^$]+\$\$)|(\$[^$\n]+\$)|(\*\*[^*]+\*\*)|(\*[^*\s][^*]*\*|_[^_\s][^_]*_)|(\[[^\]]+\]\([^)\s]+\))/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parent.append(text.slice(last, m.index));
    const [token] = m;
    if (m[1]) parent.append(h('code', { text: token.slice(1, -1) }));
    else if (m[2]) parent.append(renderMath(token.slice(2, -2), true));
    else if (m[3]) parent.append(renderMath(token.slice(1, -1)));
    else if (m[4]) inline(parent.appendChild(h('strong')), token.slice(2, -2));
    else if (m[5]) inline(parent.appendChild(h('em')), token.slice(1, -1));
    else if (m[6]) {
      const [, label, url] = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token);
      if (SAFE_URL.test(url)) inline(parent.appendChild(h('a', { href: url, rel: 'noopener noreferrer' })), label);
      else parent.append(label);
    }
    last = m.index + token.length;
  }
  if (last < text.length) parent.append(text.slice(last));
  return parent;
}

export function renderMarkdown(source) {
  const root = h('div', { class: 'markdown' });
  const lines = String(source ?? '').replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*$/.test(line)) { i++; continue; }
    const fence = /^```/.exec(line);
    if (fence) {
      const body = [];
      i++;
      while (i < lines.length && !/^```/.test(lines[i])) body.push(lines[i++]);
      i++;
      root.append(h('pre', {}, h('code', { text: body.join('\n') })));
      continue;
    }
    if (/^\s*\$\$\s*$/.test(line)) {
      const body = [];
      i++;
      while (i < lines.length && !/^\s*\$\$\s*$/.test(lines[i])) body.push(lines[i++]);
      i++;
      root.append(renderMath(body.join(' '), true));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      // Statement headings sit below the page's h1/h2, so they start at h3.
      const level = Math.min(6, heading[1].length + 2);
      root.append(inline(h(`h${level}`), heading[2]));
      i++;
      continue;
    }
    if (/^\s*([-*+]|\d+\.)\s+/.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const list = h(ordered ? 'ol' : 'ul');
      while (i < lines.length && /^\s*([-*+]|\d+\.)\s+/.test(lines[i])) {
        let text = lines[i].replace(/^\s*([-*+]|\d+\.)\s+/, '');
        i++;
        // An indented line that is not a new item continues the item (a wrapped line).
        while (i < lines.length && /^\s+\S/.test(lines[i]) && !/^\s*([-*+]|\d+\.)\s+/.test(lines[i])) text += ` ${lines[i++].trim()}`;
        list.append(inline(h('li'), text));
      }
      root.append(list);
      continue;
    }
    const para = [];
    while (i < lines.length && !/^\s*$/.test(lines[i]) && !/^(```|#{1,6}\s|\s*([-*+]|\d+\.)\s+|\s*\$\$\s*$)/.test(lines[i])) para.push(lines[i++]);
    root.append(inline(h('p'), para.join(' ')));
  }
  return root;
}
