// The newslens demo page. All parsing happens in worker.js; this module
// only renders. Only the sanitizer's output (the article's html and
// highlighted fields) is ever assigned to innerHTML; everything else is
// built with createElement and textContent.

const $ = (id) => document.getElementById(id);

const TYPES = ['Person', 'Organization', 'Place', 'Group', 'Misc'];
const SAMPLE = 'sample.html';

// ---- worker RPC ----------------------------------------------------------

const worker = new Worker(new URL('worker.js', import.meta.url), { type: 'module' });
const pending = new Map();
let nextID = 1;

worker.onmessage = (e) => {
  const m = e.data;
  if (m.type === 'progress') {
    showProgress(m.loaded, m.total);
  } else if (m.type === 'ready') {
    $('progress').hidden = true;
    setStatus(`Module ready in ${Math.round(m.ms)} ms${m.version ? ` (newslens ${m.version})` : ''}.`);
  } else if (m.type === 'result') {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.ok) p.resolve(m);
    else p.reject(Object.assign(new Error(m.error), { code: m.code }));
  }
};
worker.onerror = (e) => {
  e.preventDefault();
  const err = new Error(`the worker failed: ${e.message || 'could not start (see the console)'}`);
  for (const p of pending.values()) p.reject(err);
  pending.clear();
  fail(err);
};

function call(op, input, options) {
  return new Promise((resolve, reject) => {
    const id = nextID++;
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, op, input, options });
  });
}

// ---- status ---------------------------------------------------------------

function setStatus(text, isError = false) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', isError);
}

function showProgress(loaded, total) {
  const p = $('progress');
  if (total > 0) {
    p.max = total;
    p.value = loaded;
  } else {
    p.removeAttribute('value');
  }
  const mb = (n) => (n / 1e6).toFixed(1);
  setStatus(`Loading the newslens module… ${mb(loaded)}${total ? ` of ${mb(total)}` : ''} MB`);
}

function fail(err) {
  document.documentElement.dataset.state = 'error';
  $('article').setAttribute('aria-busy', 'false');
  setStatus(`Error: ${err.message}`, true);
}

// ---- state -----------------------------------------------------------------

const state = {
  result: null,
  hidden: new Set(), // types switched off in the legend
  byKey: new Map(), // entity key -> summary
  marks: new Map(), // mention index -> its marks
  card: { mark: null, pinned: false },
  refocusing: false, // closeCard is returning focus to a mention
};

// entityKey identifies an entity by QID, else Wikipedia title, else (for
// names the knowledge base does not know) by type and name.
function entityKey(x) {
  if (x.id) return `q:${x.id}`;
  if (x.wikipedia) return `w:${x.wikipedia}`;
  return `n:${x.type}:${(x.name ?? x.text ?? '').toLowerCase()}`;
}

function entityOfMention(i) {
  const m = state.result.mentions[i];
  if (!m) return null;
  return state.byKey.get(entityKey(m)) ?? {
    id: m.id, wikipedia: m.wikipedia, name: m.text, type: m.type, count: 1, salience: 0,
  };
}

// ---- rendering -------------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c !== null && c !== undefined && c !== '') e.append(c);
  }
  return e;
}

function render(result, ms) {
  state.result = result;
  state.result.mentions ??= [];
  state.result.entities ??= [];
  state.byKey = new Map(result.entities.map((s) => [entityKey(s), s]));
  closeCard();
  renderBody(result);
  renderMeta(result);
  renderLegend(result);
  renderEntities(result);
  const n = result.mentions.length;
  $('stats').textContent = `${n} mention${n === 1 ? '' : 's'} of ${result.entities.length} entit${result.entities.length === 1 ? 'y' : 'ies'}` +
    (ms !== undefined ? ` · analyzed in ${Math.round(ms)} ms` : '');
  $('article').setAttribute('aria-busy', 'false');
  document.documentElement.dataset.state = 'ready';
}

function renderMeta(r) {
  const meta = $('meta');
  meta.replaceChildren();
  if (r.site_name) meta.append(el('p', { class: 'site' }, r.site_name));
  meta.append(el('h2', {}, r.title || 'Untitled'));
  const line = [];
  if (r.byline) line.push(r.byline);
  const date = formatDate(r.published);
  const by = el('p', { class: 'byline' });
  if (line.length) by.append(line.join(''));
  if (date) {
    if (line.length) by.append(' · ');
    by.append(el('time', { datetime: r.published }, date));
  }
  if (by.childNodes.length) meta.append(by);
  if (r.image && r.image.url && !bodyHasImage(r.image.url)) meta.append(leadImage(r.image));
}

// bodyHasImage tells whether the article body already shows the lead
// image (most pages put it in a figure inside the article).
function bodyHasImage(url) {
  return Array.from($('body').querySelectorAll('img[src]')).some((img) => img.src === url);
}

function formatDate(s) {
  if (!s) return '';
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' }).format(d);
}

// leadImage shows the lead image when it is served from this page's origin
// (or is a data: image); the Content-Security-Policy blocks any other host,
// so those show as their caption.
function leadImage(img) {
  let url;
  try {
    url = new URL(img.url, location.href);
  } catch {
    url = null;
  }
  const fig = el('figure');
  const alt = img.caption || 'Lead image';
  const blocked = (why) => el('div', { class: 'blocked', role: 'img', 'aria-label': alt }, why);
  if (!url || !['http:', 'https:', 'data:'].includes(url.protocol)) {
    fig.append(blocked('Lead image not shown: unsupported address.'));
  } else {
    const image = el('img', { src: url.href, alt, decoding: 'async' });
    image.addEventListener('error', () => image.replaceWith(
      blocked(`Lead image from ${url.host || 'a data: URL'} not shown: this page loads nothing from other sites.`)), { once: true });
    fig.append(image);
  }
  const cap = el('figcaption');
  if (img.caption) cap.append(img.caption);
  if (img.credit) cap.append(img.caption ? ' ' : '', el('span', { class: 'credit' }, img.credit));
  if (cap.childNodes.length) fig.append(cap);
  return fig;
}

function renderBody(r) {
  const body = $('body');
  // The one place HTML is inserted: newslens's sanitized output.
  body.innerHTML = r.highlighted || r.html || '';
  for (const a of body.querySelectorAll('a[href]')) {
    a.target = '_blank';
    a.rel = 'nofollow noopener noreferrer';
  }
  for (const img of body.querySelectorAll('img')) {
    // Images from other hosts are blocked by the page's CSP: show their
    // description instead of a broken-image icon.
    img.addEventListener('error', () => {
      const host = (() => { try { return new URL(img.src).host; } catch { return ''; } })();
      img.replaceWith(el('span', { class: 'blocked' },
        `[image${img.alt ? `: ${img.alt}` : ''}${host ? ` (from ${host}, not loaded)` : ''}]`));
    }, { once: true });
  }
  state.marks = new Map();
  for (const m of body.querySelectorAll('mark.nl-entity[data-mention]')) {
    const i = Number(m.dataset.mention);
    if (!state.marks.has(i)) state.marks.set(i, []);
    state.marks.get(i).push(m);
  }
  for (const [i, marks] of state.marks) {
    // Label a split mention once, at its last part; Tab stops once per mention.
    marks.forEach((m, j) => {
      m.classList.toggle('nl-cont', j < marks.length - 1);
      const e = entityOfMention(i);
      if (j === 0) m.setAttribute('aria-label', `${m.textContent}: ${e ? e.type : m.dataset.type}`);
    });
  }
  for (const t of TYPES) body.classList.toggle(`hide-${t.toLowerCase()}`, state.hidden.has(t));
  updateTabStops();
}

function updateTabStops() {
  for (const marks of state.marks.values()) {
    marks.forEach((m, j) => {
      const on = j === 0 && !state.hidden.has(m.dataset.type);
      if (on) m.tabIndex = 0;
      else m.removeAttribute('tabindex');
    });
  }
}

function renderLegend(r) {
  const counts = Object.fromEntries(TYPES.map((t) => [t, 0]));
  for (const m of r.mentions) counts[m.type] = (counts[m.type] ?? 0) + 1;
  const legend = $('legend');
  legend.replaceChildren();
  for (const t of TYPES) {
    const b = el('button', {
      type: 'button', 'data-type': t, 'aria-pressed': String(!state.hidden.has(t)),
      title: `Show or hide ${t} highlights`,
    }, t, el('span', { class: 'count' }, String(counts[t])));
    b.disabled = counts[t] === 0;
    b.addEventListener('click', () => toggleType(t, b));
    legend.append(b);
  }
}

function toggleType(t, button) {
  const hide = !state.hidden.has(t);
  if (hide) state.hidden.add(t);
  else state.hidden.delete(t);
  button.setAttribute('aria-pressed', String(!hide));
  $('body').classList.toggle(`hide-${t.toLowerCase()}`, hide);
  for (const li of $('entities').children) li.hidden = state.hidden.has(li.dataset.type);
  if (hide && state.card.mark && state.card.mark.dataset.type === t) closeCard();
  updateTabStops();
}

function renderEntities(r) {
  const list = $('entities');
  list.replaceChildren();
  for (const s of r.entities) {
    const key = entityKey(s);
    const sal = Number(s.salience) || 0;
    const b = el('button', { type: 'button', 'data-key': key },
      el('span', { class: 'name' }, s.name || s.wikipedia || s.id || '?'),
      el('span', { class: 'n', title: 'mentions' }, `×${s.count}`),
      el('span', { class: 'row2' },
        el('span', { class: 'tag', 'data-type': s.type }, s.type),
        el('meter', { min: 0, max: 1, value: sal, title: `salience ${sal.toFixed(2)}` }),
        el('span', { class: 'n' }, sal.toFixed(2))));
    b.addEventListener('click', () => focusEntity(key));
    const li = el('li', { 'data-type': s.type });
    li.hidden = state.hidden.has(s.type);
    li.append(b);
    list.append(li);
  }
}

// focusEntity highlights every mention of an entity and pins its card on
// the first one.
function focusEntity(key) {
  let first = null;
  for (const [i, marks] of state.marks) {
    const e = entityOfMention(i);
    const on = e !== null && entityKey(e) === key;
    for (const m of marks) m.classList.toggle('nl-active', on);
    if (on && !first) first = marks[0]; // state.marks is in document order
  }
  for (const b of $('entities').querySelectorAll('button')) {
    if (b.dataset.key === key) b.setAttribute('aria-current', 'true');
    else b.removeAttribute('aria-current');
  }
  if (first) {
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    first.focus({ preventScroll: true });
    openCard(first, true);
  }
}

// ---- entity card -------------------------------------------------------------

function markOf(node) {
  return node instanceof Element ? node.closest('mark.nl-entity[data-mention]') : null;
}

function openCard(mark, pin) {
  if (state.hidden.has(mark.dataset.type)) return;
  if (state.card.pinned && !pin && state.card.mark !== mark) return;
  const i = Number(mark.dataset.mention);
  const e = entityOfMention(i);
  if (!e) return;
  const card = $('card');
  $('card-name').textContent = e.name || state.result.mentions[i].text;
  const type = $('card-type');
  type.textContent = e.type;
  type.dataset.type = e.type;
  $('card-kind').textContent = e.kind && e.kind !== e.description ? e.kind : '';
  $('card-desc').textContent = e.description || (e.id || e.wikipedia ? '' : 'Not in the knowledge base.');
  $('card-count').textContent = `${e.count} mention${e.count === 1 ? '' : 's'}` +
    (e.salience ? ` · salience ${Number(e.salience).toFixed(2)}` : '');
  const links = $('card-links');
  links.replaceChildren();
  if (/^Q[1-9][0-9]*$/.test(e.id || '')) links.append(extLink(`https://www.wikidata.org/wiki/${e.id}`, `Wikidata ${e.id}`));
  if (e.wikipedia) {
    const title = encodeURIComponent(e.wikipedia.replaceAll(' ', '_'));
    links.append(extLink(`https://en.wikipedia.org/wiki/${title}`, 'Wikipedia'));
  }
  state.card = { mark, pinned: pin || (state.card.pinned && state.card.mark === mark) };
  card.classList.toggle('pinned', state.card.pinned);
  card.hidden = false;
  placeCard(card, mark);
}

function extLink(href, text) {
  return el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);
}

function placeCard(card, mark) {
  const r = mark.getBoundingClientRect();
  const w = card.offsetWidth;
  const h = card.offsetHeight;
  const left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - w - 8));
  const below = r.bottom + 8 + h < window.innerHeight || r.top < h + 16;
  card.style.left = `${left + window.scrollX}px`;
  card.style.top = `${(below ? r.bottom + 8 : r.top - h - 8) + window.scrollY}px`;
}

function closeCard(refocus = false) {
  const { mark } = state.card;
  $('card').hidden = true;
  $('card').classList.remove('pinned');
  state.card = { mark: null, pinned: false };
  if (refocus && mark && mark.isConnected) {
    // Focus goes back to the mention without reopening its card.
    state.refocusing = true;
    mark.focus();
    state.refocusing = false;
  }
}

function hoverEnd(mark) {
  if (!state.card.pinned && state.card.mark === mark) closeCard();
}

function wireCard() {
  const body = $('body');
  body.addEventListener('mouseover', (e) => {
    const m = markOf(e.target);
    if (m) openCard(m, false);
  });
  body.addEventListener('mouseout', (e) => {
    const m = markOf(e.target);
    if (m && !m.contains(e.relatedTarget)) hoverEnd(m);
  });
  body.addEventListener('focusin', (e) => {
    const m = markOf(e.target);
    if (m && !state.refocusing) openCard(m, false);
  });
  body.addEventListener('focusout', (e) => {
    const m = markOf(e.target);
    if (m && !$('card').contains(e.relatedTarget)) hoverEnd(m);
  });
  body.addEventListener('click', (e) => {
    const m = markOf(e.target);
    if (m && !state.hidden.has(m.dataset.type)) {
      e.preventDefault(); // a mark inside a link opens the card, not the link
      openCard(m, true);
    }
  });
  body.addEventListener('keydown', (e) => {
    const m = markOf(e.target);
    if (m && e.key === 'Enter') {
      e.preventDefault();
      openCard(m, true);
      // Keyboard users reach the card's links next; Esc comes back here.
      const link = $('card').querySelector('a');
      if (link) link.focus();
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !$('card').hidden) {
      e.preventDefault();
      closeCard(true);
    }
  });
  document.addEventListener('click', (e) => {
    if (state.card.pinned && !markOf(e.target) && !$('card').contains(e.target) &&
      !(e.target instanceof Element && e.target.closest('#entities'))) closeCard();
  });
  window.addEventListener('resize', () => {
    if (state.card.mark) placeCard($('card'), state.card.mark);
  });
}

// ---- input -------------------------------------------------------------------

async function analyze(op, input, options) {
  document.documentElement.dataset.state = 'busy';
  $('article').setAttribute('aria-busy', 'true');
  setStatus('Analyzing…');
  try {
    const { result, ms } = await call(op, input, options);
    render(result, ms);
    setStatus(`Done: ${result.mentions.length} mentions in ${Math.round(ms)} ms.`);
  } catch (err) {
    fail(err);
  }
}

function looksLikeHTML(s) {
  return /^\s*</.test(s) || /<(html|body|article|p|div|h[1-6]|br|span|a)[\s>/]/i.test(s);
}

async function analyzeForm() {
  const text = $('source').value;
  if (!text.trim()) {
    setStatus('Paste some HTML or text first.', true);
    return;
  }
  const mode = new FormData($('form')).get('mode');
  const html = mode === 'html' || (mode === 'auto' && looksLikeHTML(text));
  const url = $('url').value.trim();
  const options = url ? { url } : {};
  await analyze(html ? 'parse' : 'fromText', text, options);
}

async function loadFile(file) {
  if (!file) return;
  if (file.size > 32 << 20) {
    setStatus(`${file.name} is too large for the demo (${(file.size / 1e6).toFixed(1)} MB).`, true);
    return;
  }
  $('source').value = await file.text();
  if (/\.txt$/i.test(file.name)) $('form').elements.mode.value = 'text';
  else if (/\.x?html?$/i.test(file.name)) $('form').elements.mode.value = 'html';
  await analyzeForm();
}

async function loadSample() {
  const res = await fetch(SAMPLE);
  if (!res.ok) throw new Error(`cannot load the sample: HTTP ${res.status}`);
  const html = await res.text();
  await analyze('parse', html, { url: new URL(SAMPLE, location.href).href });
}

function wireInput() {
  $('form').addEventListener('submit', (e) => {
    e.preventDefault();
    analyzeForm();
  });
  $('sample').addEventListener('click', () => loadSample().catch(fail));
  $('file').addEventListener('change', (e) => loadFile(e.target.files[0]).catch(fail));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const file = e.dataTransfer.files[0];
    if (file) {
      loadFile(file).catch(fail);
    } else {
      $('source').value = e.dataTransfer.getData('text/plain');
    }
  });
}

wireCard();
wireInput();
document.documentElement.dataset.state = 'loading';
call('load').catch(fail);
loadSample().catch(fail);
