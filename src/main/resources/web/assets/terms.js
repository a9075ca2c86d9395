// /terms?q=…&lang=fr|en&mode=…&page=N — term search as a bilingual table with statuses and paging.
import {el, fill, api, params, setParams, problemBox, field, select, heading, statusLine} from './lib.js';
import {conceptTable} from './concepts.js';

const PAGE_SIZE = 10;

export function mount(main) {
  const q = el('input', {type: 'search', name: 'q', required: true, autocomplete: 'off', spellcheck: 'false'});
  const lang = select('lang', [['', 'French and English'], ['fr', 'French'], ['en', 'English']], '');
  const mode = select('mode', [['auto', 'Best (exact, then prefix, then typo-tolerant)'], ['exact', 'Exact'],
    ['prefix', 'Beginning of the term'], ['fuzzy', 'Typo-tolerant']], 'auto');
  const form = el('form', {class: 'search', role: 'search'},
    field('Term', q, 'accents and case do not matter'), field('Language', lang), field('Match', mode),
    el('button', {type: 'submit'}, 'Search'));
  const status = statusLine();
  const results = el('div', {class: 'results'});
  fill(main, ...heading('Terms', 'Search the NATO termbase in French or English.'), form, status, results);

  form.addEventListener('submit', e => {
    e.preventDefault();
    setParams({q: q.value.trim(), lang: lang.value, mode: mode.value === 'auto' ? '' : mode.value});
    show();
  });

  async function show() {
    const p = params();
    q.value = p.get('q') || '';
    lang.value = p.get('lang') || '';
    mode.value = p.get('mode') || 'auto';
    const page = Math.max(1, parseInt(p.get('page') || '1', 10) || 1);
    fill(results);
    if (!q.value) { fill(status); q.focus(); return; }
    fill(status, 'Searching…');
    try {
      const query = new URLSearchParams({q: q.value, max: '1000'});
      if (lang.value) query.set('lang', lang.value);
      if (mode.value !== 'auto') query.set('mode', mode.value);
      const data = await api('/api/v1/terms/search?' + query);
      const byId = new Map();
      for (const m of data.matches) if (!byId.has(m.conceptId)) byId.set(m.conceptId, m);
      const all = [...byId.values()];
      const how = all.length && all.every(m => m.how === 'fuzzy') ? ' (typo-tolerant matches)' : '';
      if (!all.length) {
        fill(status, 'No concept for “', q.value, '”. Try the beginning of the term, or the other language.');
        return;
      }
      const pages = Math.ceil(all.length / PAGE_SIZE);
      const current = Math.min(page, pages);
      const shown = all.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
      fill(status, all.length + (all.length === 1 ? ' concept' : ' concepts') + ' for “', q.value, '”' + how
        + (pages > 1 ? ` — page ${current} of ${pages}` : ''));
      fill(results, conceptTable(shown.map(m => m.concept), q.value), pager(current, pages));
    } catch (e) {
      fill(status);
      fill(results, problemBox(e));
    }
  }

  function pager(current, pages) {
    if (pages < 2) return null;
    const go = n => {
      const p = params();
      setParams({q: p.get('q'), lang: p.get('lang'), mode: p.get('mode'), page: n === 1 ? '' : n});
      show().then(() => results.querySelector('table')?.scrollIntoView());
    };
    return el('nav', {class: 'pager', 'aria-label': 'Result pages'},
      el('button', {type: 'button', disabled: current === 1, on: {click: () => go(current - 1)}}, '← Previous'),
      el('span', {}, ` page ${current} of ${pages} `),
      el('button', {type: 'button', disabled: current === pages, on: {click: () => go(current + 1)}}, 'Next →'));
  }

  return {show};
}
