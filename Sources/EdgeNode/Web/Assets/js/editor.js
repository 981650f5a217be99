// The code editor: CodeMirror 5 (Debian's libjs-codemirror, served under /vendor/) over a
// <textarea> that stays the source of truth for forms and drafts: syntax highlighting per
// judge language, line numbers, bracket matching, search (Ctrl+F), optional vim or emacs
// keys. Tab / Shift+Tab indent and dedent (Escape then Tab leaves the editor, so keyboard
// users are never trapped), Enter keeps the indentation, Ctrl/Cmd+Enter submits. Drafts are
// saved per problem and language; an untouched editor shows the language's template.
// Without CodeMirror (its package missing) the plain textarea does all of this itself.
import { h, field } from './dom.js';
import { load, save } from './prefs.js';
import { rememberLanguage } from './languages.js';
import { on } from './socket.js';
import { modeFor, loadKeymap, KEYMAPS } from './code-modes.js';

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
  let cm = null;

  function setText(text) {
    textarea.value = text;
    if (cm && cm.getValue() !== text) cm.setValue(text);
  }

  function loadFor(id) {
    const key = draftKey?.(id);
    const draft = key ? load(key) : null;
    if (draft) { setText(draft); touched = true; }
    else { setText(initialSource ?? template(id)); touched = false; }
  }

  const size = h('span', { class: 'editor-size', testid: `${testid}-size`, 'aria-live': 'off' });
  function showSize() {
    const bytes = sourceBytes(textarea.value);
    size.textContent = sizeText(bytes);
    size.classList.toggle('is-over', bytes > sourceLimit);
  }

  function edited() {
    touched = true;
    showSize();
    const key = draftKey?.(select.value);
    if (key) save(key, textarea.value.trim() ? textarea.value : null);
  }

  // Typing in the textarea (the fallback), or a value set from outside (a paste by a test
  // or a tool), lands in CodeMirror too.
  textarea.addEventListener('input', () => {
    if (cm && cm.getValue() !== textarea.value) cm.setValue(textarea.value);
    edited();
  });
  select.addEventListener('change', () => {
    rememberLanguage(select.value);
    // An untouched editor follows the language; a draft is kept per language.
    const key = draftKey?.(select.value);
    if (!touched || (key && load(key)) || !textarea.value.trim()) loadFor(select.value);
    showSize();
    applyMode();
  });
  loadFor(select.value);
  showSize();

  const keymap = h('select', { testid: `${testid}-keymap`, 'aria-label': 'Editor keys' },
    KEYMAPS.map((k) => h('option', { value: k, text: k === 'default' ? 'Standard keys' : k === 'vim' ? 'Vim keys' : 'Emacs keys' })));
  keymap.value = KEYMAPS.includes(load('keymap')) ? load('keymap') : 'default';
  keymap.hidden = true;

  async function applyMode() {
    if (!cm) return;
    const id = select.value;
    try {
      const mode = await modeFor(id);
      if (select.value === id) cm.setOption('mode', mode);
    } catch { cm.setOption('mode', null); }
  }

  async function applyKeymap() {
    if (!cm) return;
    const name = keymap.value;
    save('keymap', name === 'default' ? null : name);
    try {
      await loadKeymap(name);
      cm.setOption('keyMap', name);
    } catch { cm.setOption('keyMap', 'default'); }
  }
  keymap.addEventListener('change', applyKeymap);

  const hint = h('p', { class: 'editor-hint', id: `${testid}-hint` }, 'Tab indents · Shift+Tab dedents · Esc then Tab leaves the editor · Ctrl+Enter submits · ', size);
  const root = h('div', { class: 'editor-wrap' },
    h('div', { class: 'editor-bar' }, field('Language', select), keymap),
    field(label, textarea),
    hint);

  if (window.CodeMirror?.fromTextArea) {
    cm = window.CodeMirror.fromTextArea(textarea, {
      lineNumbers: true, indentUnit: 4, tabSize: 4, indentWithTabs: false, matchBrackets: true,
      lineWrapping: false, viewportMargin: 50, screenReaderLabel: label,
      extraKeys: {
        'Ctrl-Enter': () => onSubmit?.(),
        'Cmd-Enter': () => onSubmit?.(),
        Tab: (editor) => {
          if (editor.somethingSelected() && editor.getSelection().includes('\n')) editor.indentSelection('add');
          else editor.replaceSelection(INDENT, 'end');
        },
        'Shift-Tab': 'indentLess',
        // Escape hands focus back to the page, so Tab moves on (the vim keymap keeps its Esc).
        Esc: (editor) => { if (editor.getOption('keyMap') === 'vim') return window.CodeMirror.Pass; editor.getInputField().blur(); return undefined; },
      },
    });
    const wrapper = cm.getWrapperElement();
    wrapper.dataset.testid = `${testid}-code`;
    cm.getInputField().setAttribute('aria-describedby', `${testid}-hint`);
    cm.on('change', () => {
      if (textarea.value === cm.getValue()) return;
      cm.save();
      edited();
    });
    keymap.hidden = false;
    hint.prepend('Ctrl+F searches · ');
    applyMode();
    if (keymap.value !== 'default') applyKeymap();
    // Laid out once the page has placed the editor.
    requestAnimationFrame(() => cm.refresh());
  } else {
    attachKeys(textarea, { onSubmit });
  }

  return {
    root, textarea, select,
    get source() { return cm ? cm.getValue() : textarea.value; },
    set source(text) { setText(text); touched = true; showSize(); },
    get language() { return select.value; },
    setLanguage(id) { select.value = id; loadFor(id); showSize(); applyMode(); },
    reset(text) { setText(text); touched = false; showSize(); },
    focus() { if (cm) cm.focus(); else textarea.focus(); },
  };
}
