// Screen shake and particle bursts for passed tests and solves. Both are skipped when
// the player asked the system for reduced motion.

const reduced = window.matchMedia('(prefers-reduced-motion: reduce)');

export function shake(el = document.getElementById('main')) {
  if (reduced.matches || !el) return;
  el.classList.remove('shake');
  void el.offsetWidth; // restart the animation when shakes come quickly
  el.classList.add('shake');
  el.addEventListener('animationend', () => el.classList.remove('shake'), { once: true });
}

const COLORS = ['#22c55e', '#facc15', '#6366f1', '#f97316', '#ec4899', '#38bdf8'];

// A short canvas burst from an element's centre (or the viewport's).
export function burst(from, { count = 36, big = false } = {}) {
  if (reduced.matches) return;
  const rect = from?.getBoundingClientRect?.();
  const ox = rect ? rect.left + rect.width / 2 : innerWidth / 2;
  const oy = rect ? rect.top + rect.height / 2 : innerHeight / 3;
  const canvas = document.createElement('canvas');
  canvas.className = 'fx-layer';
  canvas.setAttribute('aria-hidden', 'true');
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  canvas.width = innerWidth * dpr;
  canvas.height = innerHeight * dpr;
  canvas.style.width = `${innerWidth}px`;
  canvas.style.height = `${innerHeight}px`;
  document.body.append(canvas);
  const g = canvas.getContext('2d');
  g.scale(dpr, dpr);
  const n = big ? count * 2 : count;
  const parts = Array.from({ length: n }, () => {
    const angle = Math.random() * Math.PI * 2;
    const speed = (big ? 5 : 3.5) * (0.4 + Math.random());
    return { x: ox, y: oy, vx: Math.cos(angle) * speed, vy: Math.sin(angle) * speed - 2, size: 2 + Math.random() * 4, color: COLORS[(Math.random() * COLORS.length) | 0], life: 1 };
  });
  const start = performance.now();
  function frame(now) {
    const t = (now - start) / 1000;
    g.clearRect(0, 0, innerWidth, innerHeight);
    for (const p of parts) {
      p.vy += 0.15;
      p.x += p.vx;
      p.y += p.vy;
      p.life = Math.max(0, 1 - t / 1.1);
      g.globalAlpha = p.life;
      g.fillStyle = p.color;
      g.fillRect(p.x, p.y, p.size, p.size);
    }
    if (t < 1.1) requestAnimationFrame(frame);
    else canvas.remove();
  }
  requestAnimationFrame(frame);
}
