// Shared helpers of the workbench pages. All text from users or the API goes into the page as text nodes
// (textContent), never as HTML.

/** Builds an element: el('a', {href: '/terms', class: 'x', on: {click: f}}, 'text', child). */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'on') for (const [ev, f] of Object.entries(v)) e.addEventListener(ev, f);
    else if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k === 'value') e.value = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k in e && typeof v !== 'string') e[k] = v;
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  append(e, children);
  return e;
}

function append(parent, children) {
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    parent.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces the children of an element. */
export function fill(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
  return parent;
}

/** An error answered by the API (RFC 9457 problem details). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || ('HTTP ' + status));
    this.status = status;
    this.problem = problem;
  }
}

/** Calls the JSON API; throws ApiError with the problem details on a 4xx/5xx. */
export async function api(path, {method = 'GET', json, body, headers = {}} = {}) {
  const init = {method, headers: {Accept: 'application/json', ...headers}};
  if (json !== undefined) {
    init.body = JSON.stringify(json);
    init.headers['Content-Type'] = 'application/json';
  } else if (body !== undefined) {
    init.body = body;
  }
  let res;
  try {
    res = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, {title: 'No connection', detail: 'the service did not answer; is it running?'});
  }
  const text = await res.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch (e) { data = {detail: text}; }
  }
  if (!res.ok) throw new ApiError(res.status, data || {});
  return data;
}

/** A box saying what went wrong, where and how to fix it. */
export function problemBox(err) {
  const p = err.problem || {};
  return el('div', {class: 'problem', role: 'alert'},
    el('strong', {}, p.title || 'Error'), ' ', err.message,
    p.where ? el('div', {class: 'where'}, 'Where: ', el('code', {}, p.where)) : null,
    p.hint ? el('div', {class: 'hint'}, 'How to fix: ', p.hint) : null);
}

/** The page's query parameters. */
export function params() {
  return new URLSearchParams(location.search);
}

/** Puts the page's state in the address (a new history entry unless replace), so reload and back work. */
export function setParams(values, replace = false) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== null && v !== '') p.set(k, v);
  const url = location.pathname + (p.toString() ? '?' + p : '');
  if (url === location.pathname + location.search) return;
  if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
}

/** Text folded for matching: lower case, accents and apostrophe variants set aside. */
export function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’ʼ]/g, "'").toLowerCase();
}

/** The text with the query's occurrences (accent- and case-insensitive) in <mark>. */
export function highlight(text, query) {
  const frag = document.createDocumentFragment();
  const q = fold((query || '').trim());
  if (!q) { frag.append(text); return frag; }
  // folding can change lengths (ligatures); map folded offsets back through per-character folding
  const starts = [];
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    const f = fold(text[i]);
    for (let k = 1; k < f.length; k++) starts.push(i);
    folded += f;
  }
  let at = 0;
  let from = 0;
  for (;;) {
    const i = folded.indexOf(q, from);
    if (i < 0) break;
    const s = starts[i];
    const e = i + q.length < starts.length ? starts[i + q.length] : text.length;
    frag.append(text.slice(at, s), el('mark', {}, text.slice(s, e)));
    at = e;
    from = i + q.length;
  }
  frag.append(text.slice(at));
  return frag;
}

/** Text with marks at the given spans [{start, end}] (offsets into text). */
export function marked(text, spans) {
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at || s.end > text.length) continue;
    frag.append(text.slice(at, s.start), el('mark', {}, text.slice(s.start, s.end)));
    at = s.end;
  }
  frag.append(text.slice(at));
  return frag;
}

const STATUS = {
  preferred: {label: 'preferred', icon: '✓', advice: 'use this term'},
  admitted: {label: 'admitted', icon: '○', advice: 'acceptable'},
  proposed: {label: 'proposed', icon: '?', advice: 'proposed, not yet approved'},
  deprecated: {label: 'deprecated', icon: '✕', advice: 'do not use'},
  superseded: {label: 'superseded', icon: '✕', advice: 'do not use'},
};

/** Whether a term status means "do not use". */
export function avoided(status) {
  return status === 'deprecated' || status === 'superseded';
}

/** A status label; deprecated and superseded say "do not use" in words, not colour alone. */
export function statusBadge(status) {
  const s = STATUS[status] || {label: status || 'unknown', icon: '', advice: ''};
  return el('span', {class: 'status status-' + (status || 'unknown'), title: s.advice},
    el('span', {'aria-hidden': 'true'}, s.icon + ' '), s.label, avoided(status) ? ' — do not use' : '');
}

/** Sort order of statuses: advice first, avoided last. */
export function statusRank(status) {
  return ['preferred', 'admitted', 'proposed', 'deprecated', 'superseded'].indexOf(status);
}

const LANGUAGE = {fr: 'French', en: 'English'};

export function languageName(code) {
  return LANGUAGE[code] || code;
}

/** A button that copies text to the clipboard and says so. */
export function copyButton(text, what) {
  const b = el('button', {type: 'button', class: 'copy', 'aria-label': 'Copy ' + what}, 'Copy');
  b.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
      b.textContent = 'Copied';
    } catch (e) {
      b.textContent = 'Copy failed';
    }
    setTimeout(() => { b.textContent = 'Copy'; }, 1500);
  });
  return b;
}

/** Offers content as a file download. */
export function download(filename, type, content) {
  const url = URL.createObjectURL(new Blob([content], {type}));
  const a = el('a', {href: url, download: filename, hidden: true});
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A labelled form field: el('label') + control, in a wrapper. */
export function field(label, control, help) {
  if (!control.id) control.id = 'f-' + Math.random().toString(36).slice(2, 9);
  const parts = [el('label', {for: control.id}, label), control];
  if (help) {
    const h = el('small', {class: 'help', id: control.id + '-help'}, help);
    control.setAttribute('aria-describedby', h.id);
    parts.push(h);
  }
  return el('div', {class: 'field'}, ...parts);
}

/** A <select> with [value, label] options and the current value. */
export function select(name, options, value) {
  const s = el('select', {name});
  for (const [v, l] of options) s.append(el('option', {value: v, selected: v === value}, l));
  return s;
}

/** A date as 2026-12-01 (or '' for none). */
export function day(iso) {
  return iso ? String(iso).slice(0, 10) : '';
}

/** Sets the page title and the main heading. */
export function heading(title, intro) {
  document.title = title + ' · Entente';
  return [el('h1', {}, title), intro ? el('p', {class: 'intro'}, intro) : null];
}

/** A live region for "loading", counts and errors. */
export function statusLine() {
  return el('div', {class: 'status-line', role: 'status', 'aria-live': 'polite'});
}

const KEY = 'entente-api-key';

/**
 * The API key panel of the pages that write: asks for the key once (kept in this tab's sessionStorage only, never in
 * the address or a cookie) or offers to forget it. Returns {render, auth}: auth() gives the request header.
 */
export function apiKeyPanel(section) {
  const key = () => sessionStorage.getItem(KEY) || '';
  function render() {
    if (key()) {
      fill(section, el('h2', {id: 'key-h'}, 'API key'),
        el('p', {}, 'An API key is set for this tab; it is forgotten when the tab closes. ',
          el('button', {type: 'button', class: 'secondary', on: {click: () => { sessionStorage.removeItem(KEY); render(); }}},
            'Forget the key')));
      return;
    }
    const input = el('input', {type: 'password', name: 'apikey', autocomplete: 'off', required: true});
    const form = el('form', {class: 'row'}, field('API key', input, 'the key the service was started with (--api-key); '
      + 'kept in this tab only'), el('button', {type: 'submit'}, 'Use this key'));
    form.addEventListener('submit', e => {
      e.preventDefault();
      sessionStorage.setItem(KEY, input.value.trim());
      render();
    });
    fill(section, el('h2', {id: 'key-h'}, 'API key'), el('p', {}, 'Changes need the API key. Reading does not.'), form);
  }
  return {render, auth: () => ({'X-API-Key': key()})};
}
