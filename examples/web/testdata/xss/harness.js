// Browser half of the real-browser XSS test. The page has no
// Content-Security-Policy on purpose: it checks that the sanitizer's output
// is inert by itself. The hooks below are installed before any content is
// inserted; content is inserted with createContextualFragment, so a
// <script> left in it would run.
'use strict';

const xss = { calls: [], errors: [] };
Object.defineProperty(window, '__xss', { value: xss });
for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
  window[name] = function hooked(...args) {
    xss.calls.push(`${name}(${args.map(String).join(', ').slice(0, 120)})`);
    return null;
  };
}
window.addEventListener('error', (e) => {
  if (e instanceof ErrorEvent) xss.errors.push(String(e.message).slice(0, 200));
}, true);

const base = document.baseURI;
const forbidden = /^(script|style|iframe|frame|frameset|object|embed|applet|svg|math|form|input|button|select|textarea|base|meta|link|template|noscript|audio|video|source|track|portal|details|dialog)$/;
const urlAttrs = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'cite', 'ping', 'lowsrc', 'dynsrc', 'codebase'];
const safeProtocols = new Set(['http:', 'https:', 'mailto:']);

function frames() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

async function settle() {
  await frames();
  await new Promise((resolve) => setTimeout(resolve, 150));
  await frames();
}

// inspect records what the browser itself built from the snippets:
// elements and attributes that must not exist, and URLs whose protocol,
// as the browser resolves it, could run code.
function inspect(stage, report) {
  for (const box of stage.children) {
    const id = box.dataset.snippet;
    for (const el of box.querySelectorAll('*')) {
      if (forbidden.test(el.localName)) report.forbidden.push(`${id}: <${el.localName}>`);
      for (const a of el.attributes) {
        const name = a.name.toLowerCase();
        if (name.startsWith('on') || name === 'style' || name === 'srcdoc') {
          report.forbidden.push(`${id}: <${el.localName} ${name}>`);
        }
        if (urlAttrs.includes(name)) {
          let proto;
          try {
            proto = new URL(a.value, base).protocol;
          } catch {
            proto = 'invalid:';
          }
          if (!safeProtocols.has(proto)) report.badURLs.push(`${id}: <${el.localName} ${name}="${a.value.slice(0, 80)}">`);
        }
        if (name === 'srcset') {
          for (const part of a.value.split(',')) {
            const u = part.trim().split(/\s+/)[0];
            if (!u) continue;
            let proto;
            try {
              proto = new URL(u, base).protocol;
            } catch {
              proto = 'invalid:';
            }
            if (!safeProtocols.has(proto)) report.badURLs.push(`${id}: <${el.localName} srcset="${a.value.slice(0, 80)}">`);
          }
        }
      }
    }
  }
}

// interact fires the events a reader's mouse, keyboard and the page would
// fire, so that a handler needing interaction would run too. Clicks skip
// links (they navigate; their URLs are checked by inspect instead).
const events = ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'pointerover', 'pointerdown',
  'pointerup', 'focus', 'focusin', 'blur', 'keydown', 'keyup', 'input', 'change', 'toggle', 'load', 'error',
  'animationstart', 'animationend', 'transitionend', 'scroll', 'wheel', 'copy', 'paste', 'dragstart', 'drop',
  'beforeprint', 'touchstart'];
function interact(stage) {
  for (const el of stage.querySelectorAll('*')) {
    for (const type of events) el.dispatchEvent(new Event(type, { bubbles: true }));
    if (!el.closest('a, area')) el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  }
}

async function run() {
  await fetch('/go'); // answered once the test's recorders are on
  const { pages } = await (await fetch('/pages')).json();
  const report = { snippets: 0, forbidden: [], badURLs: [], baseChanged: false };
  const stage = document.getElementById('stage');
  const range = document.createRange();
  range.selectNodeContents(stage);
  for (let i = 0; i < pages; i++) {
    const snippets = await (await fetch(`/page/${i}`)).json();
    snippets.forEach((html, j) => {
      const box = document.createElement('div');
      box.dataset.snippet = `${i}.${j}`;
      box.append(range.createContextualFragment(html));
      stage.append(box);
      report.snippets++;
    });
    await settle();
    interact(stage);
    await settle();
    inspect(stage, report);
    if (document.baseURI !== base) report.baseChanged = true;
    stage.replaceChildren();
  }
  report.calls = xss.calls;
  report.errors = xss.errors;
  await fetch('/done', { method: 'POST', body: JSON.stringify(report) });
}

run();
