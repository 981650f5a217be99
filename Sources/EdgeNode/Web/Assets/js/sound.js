// Game sounds synthesized with Web Audio (no downloads). The AudioContext is created
// only after the first user gesture, so browsers never log an autoplay warning; until
// then sounds are silently skipped. Mute is remembered per browser.
import { load, save } from './prefs.js';
import { icon } from './dom.js';

let ctx = null;
let muted = load('muted', false);

function unlock() {
  if (ctx || muted) return;
  const Ctx = window.AudioContext || window.webkitAudioContext;
  if (!Ctx) return;
  ctx = new Ctx();
}

// Each sound is a few notes: [frequency Hz, start s, duration s, waveform, gain].
const SOUNDS = {
  pass: [[880, 0, 0.08, 'triangle', 0.18]],
  solve: [[523, 0, 0.12, 'triangle', 0.22], [659, 0.1, 0.12, 'triangle', 0.22], [784, 0.2, 0.12, 'triangle', 0.22], [1047, 0.3, 0.3, 'triangle', 0.22]],
  fail: [[220, 0, 0.18, 'sawtooth', 0.09], [165, 0.12, 0.25, 'sawtooth', 0.09]],
  lockout: [[392, 0, 0.1, 'square', 0.1], [392, 0.12, 0.1, 'square', 0.1], [587, 0.24, 0.3, 'square', 0.1]],
  eliminate: [[440, 0, 0.2, 'sawtooth', 0.12], [330, 0.18, 0.2, 'sawtooth', 0.12], [220, 0.36, 0.45, 'sawtooth', 0.12]],
  warning: [[988, 0, 0.09, 'square', 0.08], [988, 0.18, 0.09, 'square', 0.08], [988, 0.36, 0.09, 'square', 0.08]],
  found: [[330, 0, 0.1, 'sine', 0.25], [494, 0.09, 0.1, 'sine', 0.25], [659, 0.18, 0.1, 'sine', 0.25], [988, 0.27, 0.35, 'sine', 0.25]],
  win: [[523, 0, 0.15, 'triangle', 0.22], [659, 0.15, 0.15, 'triangle', 0.22], [784, 0.3, 0.15, 'triangle', 0.22], [1047, 0.45, 0.5, 'triangle', 0.22]],
};

export function play(name) {
  if (muted || !ctx) return;
  const notes = SOUNDS[name];
  if (!notes) return;
  if (ctx.state === 'suspended') ctx.resume().catch(() => {});
  const now = ctx.currentTime + 0.01;
  for (const [freq, start, duration, type, gain] of notes) {
    const osc = ctx.createOscillator();
    const amp = ctx.createGain();
    osc.type = type;
    osc.frequency.setValueAtTime(freq, now + start);
    // A quick attack and exponential release: clicks-free envelopes.
    amp.gain.setValueAtTime(0.0001, now + start);
    amp.gain.exponentialRampToValueAtTime(gain, now + start + 0.01);
    amp.gain.exponentialRampToValueAtTime(0.0001, now + start + duration);
    osc.connect(amp).connect(ctx.destination);
    osc.start(now + start);
    osc.stop(now + start + duration + 0.05);
  }
}

export function isMuted() {
  return muted;
}

function render(button) {
  button.setAttribute('aria-pressed', String(muted));
  button.replaceChildren(icon(muted ? 'mute' : 'sound'));
  button.title = muted ? 'Sounds are off' : 'Sounds are on';
}

export function initSound() {
  const button = document.getElementById('mute-toggle');
  if (button) {
    render(button);
    button.addEventListener('click', () => {
      muted = !muted;
      save('muted', muted);
      render(button);
      if (!muted) {
        unlock();
        play('pass');
      }
    });
  }
  for (const type of ['pointerdown', 'keydown']) window.addEventListener(type, unlock, { capture: true, passive: true });
}
