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
