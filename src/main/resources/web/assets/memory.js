// /memory?q=…&lang=fr|en&memory=… — concordance: the hits marked in context, the translation beside, memory,
// origin and dates, copy buttons.
import {el, fill, api, params, setParams, problemBox, field, select, heading, statusLine, marked, copyButton,
  day} from './lib.js';

export function mount(main) {
  const q = el('input', {type: 'search', name: 'q', required: true, autocomplete: 'off', spellcheck: 'false'});
  const lang = select('lang', [['', 'French or English'], ['fr', 'French'], ['en', 'English']], '');
  const memory = select('memory', [['', 'All memories']], '');
  const form = el('form', {class: 'search', role: 'search'},
    field('Word or phrase', q), field('Language', lang), field('Memory', memory),
    el('button', {type: 'submit'}, 'Search'));
  const status = statusLine();
  const results = el('ol', {class: 'hits'});
  fill(main, ...heading('Memory concordance', 'Find a word or phrase in the translation memory, with its translation.'),
    form, status, results);
  const memories = api('/api/v1/tm/memories').then(list => {
    for (const m of list) memory.append(el('option', {value: m.name}, `${m.name} (${m.units} units)`));
  }).catch(() => {});

  form.addEventListener('submit', e => {
    e.preventDefault();
    setParams({q: q.value.trim(), lang: lang.value, memory: memory.value});
    show();
  });

  async function show() {
    await memories;
    const p = params();
    q.value = p.get('q') || '';
    lang.value = p.get('lang') || '';
    memory.value = p.get('memory') || '';
    fill(results);
    if (!q.value) { fill(status); q.focus(); return; }
    fill(status, 'Searching…');
    try {
      const query = new URLSearchParams({text: q.value, max: '50'});
      if (lang.value) query.set('lang', lang.value);
      if (memory.value) query.set('memory', memory.value);
      const data = await api('/api/v1/tm/concordance?' + query);
      fill(status, data.hits.length ? `${data.hits.length} ${data.hits.length === 1 ? 'unit' : 'units'} containing “`
        : 'No unit contains “', q.value, '”');
      fill(results, data.hits.map(hit));
      // origin and dates come from the units themselves, fetched side by side
      await Promise.all(data.hits.map((h, i) => details(h, results.children[i])));
    } catch (e) {
      fill(status);
      fill(results, el('li', {}, problemBox(e)));
    }
  }

  function hit(h) {
    const other = h.language === 'fr' ? 'en' : 'fr';
    return el('li', {class: 'hit'},
      el('div', {class: 'pair'},
        el('div', {class: 'side'}, el('span', {class: 'lang-tag'}, h.language.toUpperCase()),
          el('p', {class: 'seg', lang: h.language}, marked(h.text, h.hits)), copyButton(h.text, 'the ' + h.language + ' text')),
        el('div', {class: 'side'}, el('span', {class: 'lang-tag'}, other.toUpperCase()),
          el('p', {class: 'seg', lang: other}, h.translation), copyButton(h.translation, 'the translation'))),
      el('div', {class: 'hit-meta'}, 'memory ', el('strong', {}, h.memory), ` · relevance ${h.relevance.toFixed(2)}`,
        el('span', {class: 'unit-details'})));
  }

  async function details(h, li) {
    try {
      const u = await api('/api/v1/tm/units/' + encodeURIComponent(h.unitId));
      const origin = u.origin ? [u.origin.kind.toLowerCase().replace(/_/g, ' '), u.origin.name].filter(Boolean).join(' ') : '';
      const parts = [origin ? 'origin ' + origin : null, u.created ? 'created ' + day(u.created) : null,
        u.changed && day(u.changed) !== day(u.created) ? 'changed ' + day(u.changed) : null,
        u.usageCount ? `used ${u.usageCount}×` : null].filter(Boolean);
      li.querySelector('.unit-details').textContent = parts.length ? ' · ' + parts.join(' · ') : '';
    } catch (e) {
      // the hit is shown without its details
    }
  }

  return {show};
}
