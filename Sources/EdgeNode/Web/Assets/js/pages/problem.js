// A problem: statement (Markdown + math), samples with copy buttons, the editor with
// live per-test verdicts, and a custom run on the player's own input.
import { h, put, field, clear } from '../dom.js';
import { api } from '../api.js';
import { user } from '../session.js';
import { renderMarkdown } from '../markdown.js';
import { createEditor, sourceSizeProblem } from '../editor.js';
import { languages, preferredLanguage } from '../languages.js';
import { createVerdictPanel } from '../verdict-panel.js';
import { toast } from '../toast.js';
import { draftKey } from '../prefs.js';
import { difficultyClass } from './problems.js';
import { formatMemory, formatTime, verdictChip, VERDICT_NAMES } from '../verdicts.js';

export async function copyText(text, button) {
  try {
    await navigator.clipboard.writeText(text);
    const old = button.textContent;
    button.textContent = 'Copied ✓';
    setTimeout(() => { button.textContent = old; }, 1200);
  } catch {
    toast('Copy is blocked here; select the text instead.', 'bad');
  }
}

// Each box is a group named by its visible heading (a name on a bare <pre> is ignored
// by assistive tech).
let sampleIds = 0;
export function samplesView(samples) {
  return h('div', { class: 'samples', testid: 'samples' }, samples.map((s, i) => h('div', { class: 'sample' },
    ['input', 'output'].map((kind) => {
      const label = `Sample ${i + 1} ${kind}`;
      const headId = `sample-head-${++sampleIds}`;
      return h('div', { class: 'sample-box', role: 'group', 'aria-labelledby': headId },
        h('div', { class: 'sample-head' }, h('span', { id: headId, text: kind === 'input' ? `Sample input ${i + 1}` : `Sample output ${i + 1}` }),
          h('button', { type: 'button', class: 'btn btn-ghost btn-small', testid: `copy-${kind}-${i + 1}`, 'aria-label': `Copy ${label.toLowerCase()}`, onclick: (e) => copyText(s[kind], e.currentTarget) }, 'Copy')),
        h('pre', { text: s[kind] }));
    }))));
}

// The editorial, fetched when opened: the core answers only players who solved the
// problem (admins always). Admins also get an editor for it (PUT …/editorial).
function editorialEditor(slug, text, show) {
  const area = h('textarea', { rows: 10, testid: 'editorial-source', 'aria-label': 'Editorial (Markdown)' });
  area.value = text ?? '';
  const form = h('form', { class: 'stack editorial-editor' }, area,
    h('div', { class: 'row row-end' }, h('button', { type: 'submit', class: 'btn btn-small', testid: 'editorial-save' }, 'Save editorial')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const saved = await api(`/api/problems/${encodeURIComponent(slug)}/editorial`, { method: 'PUT', body: { editorial: area.value } });
      show(saved.editorial);
      toast('Editorial saved.', 'ok');
    } catch (error) { toast(error.message, 'bad'); }
  });
  return form;
}

function editorialView(slug, isAdmin) {
  const body = h('div', { testid: 'editorial-body' }, h('p', { class: 'muted', text: 'Loading…' }));
  const box = h('details', { class: 'editorial', testid: 'editorial' }, h('summary', { text: 'Editorial' }), body);
  let loaded = false;
  const show = (text) => {
    put(clear(body), text ? renderMarkdown(text) : h('p', { class: 'muted', text: 'No editorial yet.' }));
    if (isAdmin) put(body, editorialEditor(slug, text, show));
  };
  box.addEventListener('toggle', async () => {
    if (!box.open || loaded) return;
    loaded = true;
    try {
      show((await api(`/api/problems/${encodeURIComponent(slug)}/editorial`)).editorial);
    } catch (error) {
      if (error.code === 'no_editorial' && isAdmin) { show(null); return; }
      loaded = false;
      put(clear(body), h('p', { class: 'muted', text: error.code === 'solve_first' ? 'Solve the problem to read its editorial.' : error.message }));
    }
  });
  return box;
}

export async function render(main, { slug }) {
  let problem;
  try {
    problem = await api(`/api/problems/${encodeURIComponent(slug)}`, { auth: false });
  } catch (error) {
    put(main, h('h1', { text: 'Problem not found' }), h('p', { class: 'notice notice-bad', text: error.message }), h('a', { href: '#/problems' }, 'Back to problems'));
    return;
  }
  const me = user();
  const statement = h('article', { class: 'card statement', testid: 'statement', 'aria-labelledby': 'statement-title' },
    h('h2', { id: 'statement-title', class: 'visually-hidden', text: 'Statement' }),
    h('div', { class: 'meta-row' },
      h('span', {}, 'Difficulty ', h('strong', { class: `diff ${difficultyClass(problem.difficulty)}`, text: String(problem.difficulty) })),
      h('span', { text: `Time ${problem.timeLimitMs / 1000} s` }),
      h('span', { text: `Memory ${Math.round(problem.memoryLimitKb / 1024)} MB` }),
      h('span', {}, problem.tags.map((t) => h('span', { class: 'tag', text: t })))),
    renderMarkdown(problem.statement),
    problem.samples?.length ? h('h3', { text: 'Examples' }) : null,
    samplesView(problem.samples ?? []),
    me ? editorialView(slug, me.role === 'admin') : null,
    h('p', { class: 'discuss-link' }, h('a', { class: 'btn btn-ghost', href: `#/problem/${slug}/discuss`, testid: 'discuss-link' }, 'Discussions')));

  put(main, h('div', { class: 'page-head' },
    h('div', {}, h('p', {}, h('a', { href: '#/problems' }, '← Problems')), h('h1', { testid: 'problem-title', text: problem.title })),
    me ? h('a', { class: 'btn btn-ghost', href: `#/submissions?problem=${slug}` }, 'My submissions') : null));

  const side = h('div', { class: 'stack' });
  put(main, h('div', { class: 'split' }, statement, side));

  if (!me) {
    sessionStorage.setItem('arena.after-signin', `/problem/${slug}`);
    put(side, h('div', { class: 'card center' }, h('h2', { text: 'Ready to solve it?' }),
      h('p', { class: 'muted', text: 'Sign in to submit solutions and see them judged test by test.' }),
      h('div', { class: 'row', }, h('a', { class: 'btn', href: '#/signin' }, 'Sign in'), h('a', { class: 'btn btn-ghost', href: '#/signup' }, 'Sign up'))));
    return;
  }

  let langs = [];
  try { langs = await languages(); } catch (error) { put(side, h('p', { class: 'notice notice-bad', text: `Languages unavailable: ${error.message}` })); return; }
  const panel = createVerdictPanel();
  const submitButton = h('button', { type: 'submit', class: 'btn', testid: 'submit-button' }, 'Submit', h('kbd', { class: 'hide-narrow', text: 'Ctrl+Enter' }));
  const editor = createEditor({
    languages: langs,
    language: preferredLanguage(langs),
    draftKey: (lang) => draftKey(me.username, slug, lang),
    onSubmit: () => form.requestSubmit(),
  });
  const form = h('form', { class: 'card', testid: 'submit-form', 'aria-label': 'Submit a solution' },
    h('h2', { text: 'Solution' }), editor.root, h('div', { class: 'row row-end' }, submitButton));
  // One submission in flight (the panel is busy from start() on, while the request is on
  // its way too): Ctrl+Enter again sends nothing and says so without touching the verdict.
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!panel.admit(editor.source, `${editor.language}\n${editor.source}`)) return;
    submitButton.disabled = true;
    const key = crypto.randomUUID();
    panel.start(key, 'Submitted', slug);
    panel.reveal();
    try {
      const accepted = await api('/api/submissions', {
        method: 'POST', headers: { 'Idempotency-Key': key },
        body: { problem: slug, language: editor.language, source: editor.source },
      });
      if (accepted?.idempotencyKey) panel.confirm(accepted.idempotencyKey);
    } catch (error) {
      // Refused before judging (rate limit, busy judge, size): the last verdict stays.
      if (error.status === 429 || error.status === 413 || error.status === 400) panel.revert(error.message);
      else panel.fail(error.message);
    } finally {
      setTimeout(() => { submitButton.disabled = false; }, 800);
    }
  });

  // Custom run: the player's own input, nothing checked; "Run samples" runs every sample
  // and compares the output with the expected one (tokens, as the default checker does).
  const input = h('textarea', { class: 'editor', rows: 4, testid: 'run-input', spellcheck: 'false' });
  input.classList.add('run-input');
  const output = h('pre', { class: 'run-output', testid: 'run-output', 'aria-live': 'polite', text: 'Output appears here.' });
  const runButton = h('button', { type: 'button', class: 'btn btn-ghost', testid: 'run-button' }, 'Run');
  const samplesButton = h('button', { type: 'button', class: 'btn btn-ghost', testid: 'run-samples' }, 'Run samples');
  const sampleResults = h('ol', { class: 'stack small', testid: 'sample-results', 'aria-live': 'polite' });

  async function runOnce(text) {
    const tooLarge = sourceSizeProblem(editor.source);
    if (tooLarge) throw new Error(tooLarge);
    return api('/api/run', { method: 'POST', body: { language: editor.language, source: editor.source, input: text } });
  }
  // A clean run has no verdict: nothing was checked, so it is labelled "Ran", never AC.
  function runChip(r) {
    return r.verdict && r.verdict !== 'AC'
      ? verdictChip(r.verdict, { testid: 'run-verdict', 'data-verdict': r.verdict })
      : h('span', { class: 'verdict verdict-RAN', testid: 'run-verdict', 'data-verdict': 'RAN', title: 'Ran (output not checked)', text: 'Ran' });
  }
  runButton.addEventListener('click', async () => {
    runButton.disabled = true;
    output.textContent = 'Running…';
    try {
      const r = await runOnce(input.value);
      put(clear(output), runChip(r), ` exit ${r.exitCode ?? '—'} · ${formatTime(r.cpuMs)} · ${formatMemory(r.memoryKiB)}\n`,
        r.compileOutput ? `--- compiler ---\n${r.compileOutput}\n` : '', `--- stdout ---\n${r.stdout ?? ''}`, r.stderr ? `\n--- stderr ---\n${r.stderr}` : '');
    } catch (error) {
      output.textContent = error.message;
    } finally {
      runButton.disabled = false;
    }
  });
  const tokens = (text) => (text ?? '').split(/\s+/).filter(Boolean);
  samplesButton.addEventListener('click', async () => {
    samplesButton.disabled = true;
    clear(sampleResults);
    try {
      for (const [i, sample] of (problem.samples ?? []).entries()) {
        const row = h('li', { testid: `sample-result-${i + 1}`, text: `Sample ${i + 1}: running…` });
        put(sampleResults, row);
        let r;
        try { r = await runOnce(sample.input); } catch (error) { row.textContent = `Sample ${i + 1}: ${error.message}`; break; }
        const same = tokens(r.stdout).join(' ') === tokens(sample.output).join(' ');
        const outcome = r.verdict && r.verdict !== 'AC' ? r.verdict : same ? 'OK' : 'WA';
        row.dataset.outcome = outcome;
        put(clear(row), h('strong', { text: `Sample ${i + 1}: ` }),
          outcome === 'OK' ? 'output matches' : outcome === 'WA' ? 'output differs' : VERDICT_NAMES[outcome] ?? outcome,
          ` · ${formatTime(r.cpuMs)}`,
          outcome === 'OK' ? null : h('pre', { class: 'run-output', text: [r.compileOutput, outcome === 'WA' ? `expected:\n${sample.output}\ngot:\n${r.stdout ?? ''}` : null, r.stderr ? `stderr:\n${r.stderr}` : null].filter(Boolean).join('\n') }));
      }
    } finally {
      samplesButton.disabled = false;
    }
  });
  if (problem.samples?.[0]) input.value = problem.samples[0].input;
  const run = h('details', { class: 'card', testid: 'custom-run' }, h('summary', { text: 'Custom run' }),
    h('div', { class: 'stack' }, field('Your input', input), h('div', { class: 'row row-end' }, problem.samples?.length ? samplesButton : null, runButton),
      h('h3', { class: 'visually-hidden', text: 'Run output' }), output, sampleResults));

  put(side, form, panel.root, run);
  return () => panel.dispose();
}
