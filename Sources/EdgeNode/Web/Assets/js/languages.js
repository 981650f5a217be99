// The edge's judge languages (only those installed here), fetched once per page load.
import { api } from './api.js';
import { load, save } from './prefs.js';

let cached = null;

export function languages() {
  if (!cached) {
    cached = api('/api/languages', { auth: false })
      .then((body) => (body?.items ?? []).filter((l) => l.available))
      .catch((error) => { cached = null; throw error; });
  }
  return cached;
}

export function preferredLanguage(list) {
  const saved = load('language');
  if (list.some((l) => l.id === saved)) return saved;
  return list.find((l) => l.id === 'python3')?.id ?? list[0]?.id;
}

export function rememberLanguage(id) {
  save('language', id);
}
