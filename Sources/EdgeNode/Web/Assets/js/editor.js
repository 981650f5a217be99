// A code editor on a plain <textarea>: Tab / Shift+Tab indent and dedent (Escape then
// Tab leaves the editor, so keyboard users are never trapped), Enter keeps the
// indentation, Ctrl/Cmd+Enter submits. Drafts are saved per problem and language;
// an untouched editor shows the language's template.
import { h, field } from './dom.js';
import { load, save } from './prefs.js';
import { rememberLanguage } from './languages.js';
import { on } from './socket.js';

const INDENT = '    ';

// One source limit for every path (HTTP submissions, custom runs, match submissions over
// the socket); the server names it in its hello frame.
let sourceLimit = 64 * 1024;
on('hello', (f) => { const n = Number(f.sourceLimit); if (n > 0) sourceLimit = n; });

const encoder = new TextEncoder();
export function sourceBytes(text) { return encoder.encode(text).length; }

// The refusal shown before anything is sent, or null when the source fits.
export function sourceSizeProblem(text) {
  const bytes = sourceBytes(text);
  if (bytes <= sourceLimit) return null;
  return `Your source is ${bytes.toLocaleString('en')} bytes; the limit is ${sourceLimit.toLocaleString('en')} bytes (${Math.round(sourceLimit / 1024)} KiB). Shorten it to submit.`;
}

function sizeText(bytes) {
  const kib = (n) => `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KiB`;
  return `${kib(bytes)} of ${kib(sourceLimit)}`;
}

function insert(textarea, text) {
  // execCommand keeps the browser's undo history; setRangeText is the fallback.
  textarea.focus();
  if (!document.execCommand || !document.execCommand('insertText', false, text)) {
    const { selectionStart: s, selectionEnd: e } = textarea;
    textarea.setRangeText(text, s, e, 'end');
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

function lineStart(value, index) {
  return value.lastIndexOf('\n', index - 1) + 1;
}

function indentLines(textarea, outdent) {
  const { value, selectionStart, selectionEnd } = textarea;
  const start = lineStart(value, selectionStart);
  const end = selectionEnd > selectionStart && value[selectionEnd - 1] === '\n' ? selectionEnd - 1 : selectionEnd;
  const block = value.slice(start, end);
  const lines = block.split('\n');
  const changed = lines.map((line) => {
    if (!outdent) return INDENT + line;
    const m = /^( {1,4}|\t)/.exec(line);
    return m ? line.slice(m[0].length) : line;
  }).join('\n');
  textarea.setSelectionRange(start, end);
  insert(textarea, changed);
  textarea.setSelectionRange(start, start + changed.length);
}

export function attachKeys(textarea, { onSubmit } = {}) {
  let escaped = false;
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit?.();
      return;
    }
    if (event.key === 'Escape') { escaped = true; return; }
    if (event.key === 'Tab') {
      if (escaped || event.altKey || event.ctrlKey || event.metaKey) { escaped = false; return; }
      event.preventDefault();
      const multi = textarea.value.slice(textarea.selectionStart, textarea.selectionEnd).includes('\n');
      if (event.shiftKey || multi) indentLines(textarea, event.shiftKey);
      else insert(textarea, INDENT);
      return;
    }
    escaped = false;
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      const { value, selectionStart } = textarea;
      const current = value.slice(lineStart(value, selectionStart), selectionStart);
      let indent = /^[ \t]*/.exec(current)[0];
      // One more level after a block opener (Python's ':' or a C-family '{').
      if (/[:{[(]\s*$/.test(current)) indent += INDENT;
      insert(textarea, `\n${indent}`);
    }
  });
}

/**
 * The problem-page editor. `draftKey(lang)` names the localStorage draft (null: none).
 * Returns controls plus getters; `fixedLanguage` locks the picker (sabotage).
 */
export function createEditor({ languages, language, draftKey, onSubmit, label = 'Source code', testid = 'editor', fixedLanguage = null, initialSource = null }) {
  const select = h('select', { testid: 'language-select', disabled: !!fixedLanguage });
  for (const lang of languages) {
    select.append(h('option', { value: lang.id, text: `${lang.name}${lang.version ? ` · ${lang.version.split(' ').slice(0, 2).join(' ')}` : ''}` }));
  }
  if (fixedLanguage && !languages.some((l) => l.id === fixedLanguage)) select.append(h('option', { value: fixedLanguage, text: fixedLanguage }));
  select.value = fixedLanguage || language;
  const textarea = h('textarea', {
    class: 'editor', spellcheck: 'false', autocapitalize: 'off', autocomplete: 'off', testid,
    'aria-describedby': `${testid}-hint`, wrap: 'off',
  });
  const template = (id) => languages.find((l) => l.id === id)?.template ?? '';
  let touched = false;

  function loadFor(id) {
    const key = draftKey?.(id);
    const draft = key ? load(key) : null;
    if (draft) { textarea.value = draft; touched = true; }
    else { textarea.value = initialSource ?? template(id); touched = false; }
  }

  const size = h('span', { class: 'editor-size', testid: `${testid}-size`, 'aria-live': 'off' });
  function showSize() {
    const bytes = sourceBytes(textarea.value);
    size.textContent = sizeText(bytes);
    size.classList.toggle('is-over', bytes > sourceLimit);
  }

  textarea.addEventListener('input', () => {
    touched = true;
    showSize();
    const key = draftKey?.(select.value);
    if (key) save(key, textarea.value.trim() ? textarea.value : null);
  });
  select.addEventListener('change', () => {
    rememberLanguage(select.value);
    // An untouched editor follows the language; a draft is kept per language.
    const key = draftKey?.(select.value);
    if (!touched || (key && load(key)) || !textarea.value.trim()) loadFor(select.value);
    showSize();
  });
  attachKeys(textarea, { onSubmit });
  loadFor(select.value);
  showSize();

  const root = h('div', { class: 'editor-wrap' },
    h('div', { class: 'editor-bar' }, field('Language', select)),
    field(label, textarea),
    h('p', { class: 'editor-hint', id: `${testid}-hint` }, 'Tab indents · Shift+Tab dedents · Esc then Tab leaves the editor · Ctrl+Enter submits · ', size));
  return {
    root, textarea, select,
    get source() { return textarea.value; },
    set source(text) { textarea.value = text; touched = true; showSize(); },
    get language() { return select.value; },
    setLanguage(id) { select.value = id; loadFor(id); showSize(); },
    reset(text) { textarea.value = text; touched = false; showSize(); },
  };
}
