// The live-connection indicator in the header: a dot for a glance (aria-hidden) and a
// polite live region that says, in words, when the connection drops, when the server is
// unreachable and when it is back. The first connect of a page load stays quiet.
import { on } from './socket.js';
import { onSessionChange } from './session.js';

let socketState = 'off';
let unreachable = false; // a token refresh failed without an answer (or with a 5xx)
let hadConnection = false;
let quietTimer = null;

function say(text, { visible = true } = {}) {
  const box = document.getElementById('conn-status');
  if (!box) return;
  clearTimeout(quietTimer);
  if (box.textContent !== text) box.textContent = text;
  box.classList.toggle('visually-hidden', !visible);
}

function draw() {
  const state = unreachable && socketState !== 'on' ? 'offline' : socketState;
  const dot = document.getElementById('conn-dot');
  if (dot) {
    dot.dataset.state = state;
    dot.title = `Live connection: ${state === 'on' ? 'connected' : state}`;
  }
  if (state === 'offline') say('Offline, retrying…');
  else if (state === 'on') {
    // Only after a reported problem: "connected" on every page load would be noise.
    if (document.getElementById('conn-status')?.textContent) {
      say(hadConnection ? 'Reconnected.' : 'Connected.', { visible: false });
      quietTimer = setTimeout(() => say('', { visible: false }), 4000);
    }
    hadConnection = true;
  } else if (hadConnection) say('Reconnecting…');
}

on('socket:state', ({ state }) => { socketState = state; draw(); });
document.addEventListener('arena:offline', (event) => { unreachable = event.detail.offline; draw(); });

// Signed out: the socket is closed on purpose, nothing to announce.
onSessionChange((current) => {
  if (current) return;
  hadConnection = false;
  unreachable = false;
  say('', { visible: false });
});
