// Loads a script of Debian's browser packages (served by the edge under /vendor/) once, on
// first use, so a page pays for a library only when it needs it. Scripts come from our
// origin, so the strict CSP holds; a failed load can be tried again later.
const scripts = new Map();

export function loadVendorScript(path) {
  if (!scripts.has(path)) {
    scripts.set(path, new Promise((resolve, reject) => {
      const el = document.createElement('script');
      el.src = `/vendor/${path}`;
      el.onload = resolve;
      el.onerror = () => { scripts.delete(path); el.remove(); reject(new Error(`could not load /vendor/${path}`)); };
      document.head.append(el);
    }));
  }
  return scripts.get(path);
}
