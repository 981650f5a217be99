// Per-browser preferences (theme, mute, drafts) live in localStorage; a browser that
// blocks storage still works, it just forgets.

export function load(key, fallback = null) {
  try {
    const raw = localStorage.getItem(`arena.${key}`);
    return raw == null ? fallback : JSON.parse(raw);
  } catch {
    return fallback;
  }
}

export function save(key, value) {
  try {
    if (value == null) localStorage.removeItem(`arena.${key}`);
    else localStorage.setItem(`arena.${key}`, JSON.stringify(value));
  } catch {
    // Storage full or disabled: not worth interrupting the player.
  }
}

// Drafts belong to a player: a shared browser must not hand one player's code to the next
// one who signs in. `username` null: drafts written while signed out, kept apart.
export function draftKey(username, ...parts) {
  return ['draft', username ?? '~anonymous', ...parts].join(':');
}

// Drafts from before they were per player (`draft.<slug>.<lang>`, `mdraft.…`) cannot be
// told apart by owner, so they are dropped once.
try {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('arena.draft.') || key.startsWith('arena.mdraft.')) localStorage.removeItem(key);
  }
} catch { /* storage unavailable */ }
