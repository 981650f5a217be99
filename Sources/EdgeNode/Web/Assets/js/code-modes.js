// CodeMirror's language modes and keymaps, loaded from Debian's libjs-codemirror (served
// under /vendor/codemirror/) the first time a language or keymap is picked. Scripts come
// from our origin only, so the strict CSP holds.
import { loadVendorScript } from './vendor.js';

const CLIKE = ['mode/clike/clike.js'];

// Judge language id → [CodeMirror mode, the scripts it needs, in order]. Prolog has no mode.
const MODES = {
  c: ['text/x-csrc', CLIKE], cpp17: ['text/x-c++src', CLIKE], cpp20: ['text/x-c++src', CLIKE],
  java17: ['text/x-java', CLIKE], kotlin: ['text/x-kotlin', CLIKE], scala: ['text/x-scala', CLIKE], csharp: ['text/x-csharp', CLIKE],
  python3: [{ name: 'python', version: 3 }, ['mode/python/python.js']], pypy3: [{ name: 'python', version: 3 }, ['mode/python/python.js']],
  javascript: ['javascript', ['mode/javascript/javascript.js']],
  rust: ['rust', ['addon/mode/simple.js', 'mode/rust/rust.js']],
  go: ['go', ['mode/go/go.js']], swift: ['swift', ['mode/swift/swift.js']], haskell: ['haskell', ['mode/haskell/haskell.js']],
  ruby: ['ruby', ['mode/ruby/ruby.js']], ocaml: ['text/x-ocaml', ['mode/mllike/mllike.js']],
  pascal: ['pascal', ['mode/pascal/pascal.js']], fortran: ['fortran', ['mode/fortran/fortran.js']],
  lua: ['lua', ['mode/lua/lua.js']], perl: ['perl', ['mode/perl/perl.js']], bash: ['shell', ['mode/shell/shell.js']],
  lisp: ['commonlisp', ['mode/commonlisp/commonlisp.js']],
  php: ['text/x-php', ['mode/xml/xml.js', 'mode/javascript/javascript.js', 'mode/css/css.js', 'mode/htmlmixed/htmlmixed.js', ...CLIKE, 'mode/php/php.js']],
};

export const KEYMAPS = ['default', 'vim', 'emacs'];

const script = (path) => loadVendorScript(`codemirror/${path}`);

// The mode for a judge language once its scripts are in (null: plain text).
export async function modeFor(language) {
  const entry = MODES[language];
  if (!entry) return null;
  for (const path of entry[1]) await script(path);
  return entry[0];
}

export function loadKeymap(name) {
  return name === 'default' || !KEYMAPS.includes(name) ? Promise.resolve() : script(`keymap/${name}.js`);
}
