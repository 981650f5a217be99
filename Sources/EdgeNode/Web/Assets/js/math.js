// A tiny TeX-subset renderer for problem statements: `\le`, `\cdot`, `^{…}`, `_{…}`,
// `\frac{a}{b}`… become Unicode, <sup> and <sub>. It builds DOM nodes only; any
// command it does not know is shown as written, never interpreted.
import { h } from './dom.js';

const SYMBOLS = {
  le: '≤', leq: '≤', ge: '≥', geq: '≥', ne: '≠', neq: '≠', cdot: '·', times: '×', div: '÷',
  dots: '…', ldots: '…', cdots: '⋯', pm: '±', mp: '∓', infty: '∞', to: '→', rightarrow: '→',
  leftarrow: '←', Rightarrow: '⇒', iff: '⇔', approx: '≈', equiv: '≡', sim: '∼', in: '∈',
  notin: '∉', subset: '⊂', subseteq: '⊆', cup: '∪', cap: '∩', emptyset: '∅', forall: '∀',
  exists: '∃', sum: '∑', prod: '∏', lfloor: '⌊', rfloor: '⌋', lceil: '⌈', rceil: '⌉',
  langle: '⟨', rangle: '⟩', oplus: '⊕', land: '∧', lor: '∨', neg: '¬', mid: '∣', nmid: '∤', circ: '∘',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', lambda: 'λ',
  mu: 'μ', pi: 'π', sigma: 'σ', phi: 'φ', omega: 'ω', theta: 'θ', Delta: 'Δ', Sigma: 'Σ',
  quad: '\u2003', qquad: '\u2003\u2003', ',': '\u2009', ';': '\u2005', '!': '', ' ': ' ',
  '{': '{', '}': '}', '%': '%', '$': '$', '&': '&', '#': '#', '_': '_', '|': '‖',
  bmod: ' mod ', mod: ' mod ', max: 'max', min: 'min', log: 'log', gcd: 'gcd', lcm: 'lcm',
  left: '', right: '', big: '', Big: '', displaystyle: '',
};
const TEXT_COMMANDS = new Set(['text', 'textrm', 'mathrm', 'texttt', 'textbf', 'mathbf', 'operatorname', 'mathbin']);

// Reads one argument: a {group} or a single token.
function readArg(src, i) {
  while (src[i] === ' ') i++;
  if (src[i] === '{') {
    let depth = 1;
    let j = i + 1;
    while (j < src.length && depth > 0) {
      if (src[j] === '\\') { j += 2; continue; }
      if (src[j] === '{') depth++;
      else if (src[j] === '}') depth--;
      j++;
    }
    return { text: src.slice(i + 1, j - 1), end: j };
  }
  if (src[i] === '\\') {
    const m = /^\\([A-Za-z]+|.)/.exec(src.slice(i));
    if (m) return { text: m[0], end: i + m[0].length };
  }
  return { text: src[i] ?? '', end: i + 1 };
}

function renderInto(parent, src) {
  let i = 0;
  let buffer = '';
  const flush = () => {
    if (!buffer) return;
    // Single letters are variables (italic), as in TeX.
    for (const part of buffer.split(/([A-Za-z])/)) {
      if (!part) continue;
      parent.append(/^[A-Za-z]$/.test(part) ? h('var', { text: part }) : document.createTextNode(part));
    }
    buffer = '';
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      const m = /^\\([A-Za-z]+|.)/.exec(src.slice(i));
      const name = m ? m[1] : '';
      i += m ? m[0].length : 1;
      if (TEXT_COMMANDS.has(name)) {
        const arg = readArg(src, i);
        i = arg.end;
        buffer += arg.text;
      } else if (name === 'frac') {
        const a = readArg(src, i);
        const b = readArg(src, a.end);
        i = b.end;
        flush();
        const span = h('span', { class: 'frac' });
        renderInto(span, a.text.length > 1 ? `(${a.text})` : a.text);
        span.append('/');
        renderInto(span, b.text.length > 1 ? `(${b.text})` : b.text);
        parent.append(span);
      } else if (name === 'binom') {
        // C(n, k): the library's statements write binomials as \binom{n}{k}.
        const a = readArg(src, i);
        const b = readArg(src, a.end);
        i = b.end;
        flush();
        const span = h('span', { class: 'binom' }, 'C(');
        renderInto(span, a.text);
        span.append(', ');
        renderInto(span, b.text);
        span.append(')');
        parent.append(span);
      } else if (name === 'pmod') {
        const a = readArg(src, i);
        i = a.end;
        flush();
        parent.append(' (mod ');
        renderInto(parent, a.text);
        parent.append(')');
      } else if (name === 'sqrt') {
        const a = readArg(src, i);
        i = a.end;
        flush();
        parent.append('√(');
        renderInto(parent, a.text);
        parent.append(')');
      } else if (name in SYMBOLS) {
        const sym = SYMBOLS[name];
        // Operators read better with a little air around them.
        buffer += /^[≤≥≠×÷±→←⇒⇔≈≡∈∉⊂⊆]$/.test(sym) ? ` ${sym} ` : sym;
        if (/^[a-z]{3}$/.test(sym)) buffer += ' ';
      } else {
        buffer += `\\${name}`;
      }
    } else if (c === '^' || c === '_') {
      const arg = readArg(src, i + 1);
      i = arg.end;
      flush();
      const el = h(c === '^' ? 'sup' : 'sub');
      renderInto(el, arg.text);
      parent.append(el);
    } else if (c === '{' || c === '}') {
      i++; // grouping braces only
    } else {
      buffer += c;
      i++;
    }
  }
  flush();
  return parent;
}

export function renderMath(src, display = false) {
  const el = h('span', { class: display ? 'math math-block' : 'math', role: 'math', 'aria-label': src.trim() });
  return renderInto(el, src.replace(/\s+/g, ' ').trim());
}
