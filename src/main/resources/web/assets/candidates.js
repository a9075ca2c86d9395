// /termbase/candidates?memory=…&max=50&min=2 — the review of extracted term candidates: run an extraction over a
// memory, list the pairs best first with the units that show them; per pair accept (a new concept, both terms
// proposed), reject (kept in the data folder, never proposed again) or merge into an existing concept (the terms it
// lacks added as proposed variants). Writes need the API key.
import {el, fill, api, params, setParams, problemBox, field, select, heading, statusLine, highlight, apiKeyPanel,
  fold} from './lib.js';

export function mount(main) {
  const keySection = el('section', {class: 'panel', 'aria-labelledby': 'key-h'});
  const memory = select('memory', [['', 'All memories']], '');
  const max = el('input', {type: 'number', name: 'max', min: 1, max: 5000, value: '50'});
  const min = el('input', {type: 'number', name: 'min', min: 1, value: '2'});
  const form = el('form', {class: 'search'}, field('Memory', memory), field('Candidates', max, 'at most'),
    field('Minimum units', min, 'where both terms occur'), el('button', {type: 'submit'}, 'Extract'));
  const status = statusLine();
  const results = el('ol', {class: 'cards candidates'});
  fill(main, ...heading('Term candidates', 'Term pairs found in the memory, best first: accept them as proposed '
    + 'concepts, reject them for good, or add them to a concept the termbase has.'), keySection, form, status, results);
  const keyPanel = apiKeyPanel(keySection);
  const memories = api('/api/v1/tm/memories').then(list => {
    for (const m of list) memory.append(el('option', {value: m.name}, `${m.name} (${m.units} units)`));
  }).catch(() => {});

  form.addEventListener('submit', e => {
    e.preventDefault();
    setParams({memory: memory.value, max: max.value, min: min.value});
    show();
  });

  async function show() {
    keyPanel.render();
    await memories;
    const p = params();
    memory.value = p.get('memory') || '';
    max.value = p.get('max') || '50';
    min.value = p.get('min') || '2';
    fill(results);
    if (!p.get('max')) { fill(status, 'Choose a memory and extract.'); return; }
    fill(status, 'Extracting… (a large memory takes minutes)');
    try {
      const body = {max: Number(max.value), minFrequency: Number(min.value)};
      if (memory.value) body.memory = memory.value;
      const data = await api('/api/v1/terms/extract', {method: 'POST', json: body});
      fill(status, `${data.candidates.length} ${data.candidates.length === 1 ? 'candidate' : 'candidates'} from `
        + `${data.units} units in ${data.seconds} s.`);
      fill(results, data.candidates.map(card));
    } catch (e) {
      fill(status);
      fill(results, el('li', {}, problemBox(e)));
    }
  }

  function card(c, i) {
    const outcome = statusLine();
    const buttons = el('div', {class: 'actions'});
    const li = el('li', {class: 'card candidate'},
      el('div', {class: 'card-head'}, el('span', {class: 'rank'}, `${i + 1}. `),
        el('strong', {lang: 'fr', class: 'term-fr'}, c.fr), ' = ', el('strong', {lang: 'en', class: 'term-en'}, c.en)),
      el('div', {class: 'hit-meta'}, `score ${c.score} · ${c.frequency} units`,
        c.conceptId ? [' · the termbase has ', el('a', {href: '/concepts/' + encodeURIComponent(c.conceptId)}, c.conceptId),
          c.matchesPreferred ? ' (its preferred terms)' : ''] : ' · new'),
      el('ul', {class: 'contexts'}, c.contexts.map(u => el('li', {class: 'pair'},
        el('div', {class: 'side'}, el('span', {class: 'lang-tag'}, 'FR'), el('p', {class: 'seg', lang: 'fr'}, highlight(u.fr, c.fr))),
        el('div', {class: 'side'}, el('span', {class: 'lang-tag'}, 'EN'), el('p', {class: 'seg', lang: 'en'}, highlight(u.en, c.en)))))),
      buttons, outcome);
    const done = (...message) => {
      for (const b of buttons.querySelectorAll('button, input')) b.disabled = true;
      fill(outcome, ...message);
    };
    const conceptInput = el('input', {type: 'text', name: 'concept', autocomplete: 'off', spellcheck: 'false',
      value: c.conceptId || '', 'aria-label': `Concept to add “${c.fr}” and “${c.en}” to`, list: `concepts-${i}`});
    const options = el('datalist', {id: `concepts-${i}`});
    const mergeForm = el('form', {class: 'row merge', hidden: true},
      field('Concept id', conceptInput, 'the terms it lacks are added as proposed variants'), options,
      el('button', {type: 'submit'}, 'Add to this concept'));
    fill(buttons,
      el('button', {type: 'button', class: 'accept', on: {click: () => accept(c, done, outcome)}}, 'Accept'),
      el('button', {type: 'button', class: 'danger reject', on: {click: () => reject(c, done, outcome)}}, 'Reject'),
      el('button', {type: 'button', class: 'secondary merge-open', on: {click: () => {
        mergeForm.hidden = false;
        conceptInput.focus();
        suggestConcepts(c, options);
      }}}, 'Merge into a concept…'),
      mergeForm);
    mergeForm.addEventListener('submit', e => {
      e.preventDefault();
      merge(c, conceptInput.value.trim(), done, outcome);
    });
    return li;
  }

  async function accept(c, done, outcome) {
    const context = c.contexts[0] || {fr: '', en: ''};
    const body = {subjectField: '', source: `Entente term extraction: ${c.frequency} units, score ${c.score}`,
      definitions: {}, notes: {}, subsets: [], supersededBy: '',
      terms: [{text: c.fr, language: 'fr', status: 'proposed', type: 'fullForm', context: context.fr},
        {text: c.en, language: 'en', status: 'proposed', type: 'fullForm', context: context.en}]};
    try {
      const concept = await api('/api/v1/concepts', {method: 'POST', json: body, headers: keyPanel.auth()});
      done('Accepted: ', el('a', {href: '/concepts/' + encodeURIComponent(concept.id)}, concept.id),
        ', a new concept with both terms proposed.');
    } catch (e) {
      fill(outcome, problemBox(e));
    }
  }

  async function reject(c, done, outcome) {
    try {
      await api('/api/v1/terms/rejections', {method: 'POST', json: {fr: c.fr, en: c.en}, headers: keyPanel.auth()});
      done('Rejected: this pair will not be proposed again.');
    } catch (e) {
      fill(outcome, problemBox(e));
    }
  }

  async function merge(c, id, done, outcome) {
    if (!id) { fill(outcome, 'Give the id of the concept to add the terms to.'); return; }
    try {
      const concept = await api('/api/v1/concepts/' + encodeURIComponent(id));
      const has = (text, language) => concept.terms.some(t => t.language === language && fold(t.text) === fold(text));
      const added = [[c.fr, 'fr'], [c.en, 'en']].filter(([text, language]) => !has(text, language))
        .map(([text, language]) => ({text, language, status: 'proposed', type: 'variant'}));
      if (added.length === 0) {
        done('The concept ', el('a', {href: '/concepts/' + encodeURIComponent(id)}, id), ' has both terms already.');
        return;
      }
      const saved = await api('/api/v1/concepts/' + encodeURIComponent(id),
        {method: 'PUT', json: {...concept, terms: [...concept.terms, ...added]}, headers: keyPanel.auth()});
      done('Merged into ', el('a', {href: '/concepts/' + encodeURIComponent(saved.id)}, saved.id), ': ',
        added.map(t => `“${t.text}”`).join(' and '), ' added as proposed variants.');
    } catch (e) {
      fill(outcome, problemBox(e));
    }
  }

  async function suggestConcepts(c, options) {
    if (options.children.length) return;
    const seen = new Set();
    for (const [q, lang] of [[c.fr, 'fr'], [c.en, 'en']]) {
      try {
        const found = await api('/api/v1/terms/search?' + new URLSearchParams({q, lang, mode: 'auto', max: '5'}));
        for (const m of found.matches) {
          if (seen.has(m.conceptId)) continue;
          seen.add(m.conceptId);
          options.append(el('option', {value: m.conceptId}, m.term.text));
        }
      } catch (e) {
        // no suggestions: the id can still be typed
      }
    }
  }

  return {show};
}
