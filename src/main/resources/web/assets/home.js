// / — one search box over the termbase and the memory at once, with a language toggle.
import {el, fill, api, params, setParams, problemBox, heading, statusLine, marked, statusBadge, avoided,
  statusRank} from './lib.js';

const DIRECTIONS = [['fr', 'FR → EN'], ['en', 'EN → FR'], ['', 'Both']];

export function mount(main) {
  const q = el('input', {type: 'search', name: 'q', id: 'home-q', required: true, autocomplete: 'off',
    spellcheck: 'false', placeholder: 'a term or a phrase, e.g. Kyiv, dissuasion, Nuclear Planning Group'});
  const radios = DIRECTIONS.map(([v, label]) => el('label', {class: 'toggle'},
    el('input', {type: 'radio', name: 'lang', value: v}), ' ', label));
  const form = el('form', {class: 'search home', role: 'search'},
    el('label', {for: 'home-q', class: 'big-label'}, 'Search terms and memory'),
    el('div', {class: 'row'}, q, el('button', {type: 'submit'}, 'Search')),
    el('fieldset', {class: 'toggles'}, el('legend', {}, 'Language of the query'), radios));
  const status = statusLine();
  const terms = el('section', {class: 'home-terms', 'aria-labelledby': 'home-terms-h'});
  const memory = el('section', {class: 'home-memory', 'aria-labelledby': 'home-memory-h'});
  fill(main, ...heading('Entente workbench', 'NATO terminology and translation memory, French ↔ English.'),
    form, status, el('div', {class: 'two'}, terms, memory));
  const direction = () => radios.map(r => r.querySelector('input')).find(i => i.checked)?.value ?? '';

  form.addEventListener('submit', e => {
    e.preventDefault();
    setParams({q: q.value.trim(), lang: direction() || 'both'});
    show();
  });
  for (const r of radios) r.querySelector('input').addEventListener('change', () => {
    if (q.value.trim()) { setParams({q: q.value.trim(), lang: direction() || 'both'}); show(); }
  });

  async function show() {
    const p = params();
    q.value = p.get('q') || '';
    const lang = p.get('lang') === 'both' ? '' : (p.get('lang') || 'fr');
    for (const r of radios) { const i = r.querySelector('input'); i.checked = i.value === lang; }
    fill(terms);
    fill(memory);
    if (!q.value) { fill(status); q.focus(); return; }
    fill(status, 'Searching…');
    const tq = new URLSearchParams({q: q.value, max: '50'});
    const mq = new URLSearchParams({text: q.value, max: '8'});
    if (lang) { tq.set('lang', lang); mq.set('lang', lang); }
    const link = (path, query) => path + '?' + new URLSearchParams(Object.entries(query).filter(([, v]) => v));
    const [t, m] = await Promise.allSettled([api('/api/v1/terms/search?' + tq), api('/api/v1/tm/concordance?' + mq)]);
    fill(status);
    fill(terms, el('h2', {id: 'home-terms-h'}, 'Terms'));
    if (t.status === 'rejected') terms.append(problemBox(t.reason));
    else {
      const seen = new Set();
      const concepts = t.value.matches.filter(x => !seen.has(x.conceptId) && seen.add(x.conceptId)).map(x => x.concept);
      terms.append(concepts.length ? el('ol', {class: 'cards'}, concepts.slice(0, 6).map(c => card(c, lang)))
        : el('p', {class: 'none'}, 'No term found.'),
        el('p', {}, el('a', {href: link('/terms', {q: q.value, lang})}, `All term results (${concepts.length}) →`)));
    }
    fill(memory, el('h2', {id: 'home-memory-h'}, 'Memory'));
    if (m.status === 'rejected') memory.append(problemBox(m.reason));
    else {
      const hits = m.value.hits;
      memory.append(hits.length ? el('ol', {class: 'hits compact'}, hits.map(h => {
        const other = h.language === 'fr' ? 'en' : 'fr';
        return el('li', {class: 'hit'}, el('p', {class: 'seg', lang: h.language}, marked(h.text, h.hits)),
          el('p', {class: 'seg translation', lang: other}, h.translation));
      })) : el('p', {class: 'none'}, 'No memory unit contains it.'),
      el('p', {}, el('a', {href: link('/memory', {q: q.value, lang})}, 'Full concordance →'), ' · ',
        el('a', {href: link('/suggest', {text: q.value, lang: lang === 'en' ? 'en' : ''})}, 'Suggest a translation →')));
    }
  }

  /** A concept in brief: its terms in both languages, advice first. */
  function card(c, lang) {
    const side = l => c.terms.filter(t => t.language === l).sort((a, b) => statusRank(a.status) - statusRank(b.status))
      .map(t => el('li', {class: avoided(t.status) ? 'avoid' : ''}, el('span', {class: 'term-text', lang: l},
        t.text), ' ', statusBadge(t.status)));
    const order = lang === 'en' ? ['en', 'fr'] : ['fr', 'en'];
    return el('li', {class: 'card'},
      el('div', {class: 'card-head'}, el('a', {href: '/concepts/' + encodeURIComponent(c.id)}, c.subjectField || c.id)),
      el('div', {class: 'card-body'}, order.map(l => el('ul', {class: 'terms compact', 'aria-label': l === 'fr' ? 'French' : 'English'}, side(l)))));
  }

  return {show};
}
