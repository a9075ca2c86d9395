// /suggest?text=…&lang=fr — a segment's suggestion: the proposal and why, the memory matches as a word diff
// against the segment, and the recognised terms with their preferred equivalents.
import {el, fill, api, params, setParams, problemBox, field, select, heading, statusLine, copyButton, statusBadge,
  avoided} from './lib.js';
import {wordDiff} from './diff.js';

export function mount(main) {
  const text = el('textarea', {name: 'text', rows: 3, required: true, lang: 'fr', spellcheck: 'true'});
  const lang = select('lang', [['fr', 'French → English'], ['en', 'English → French']], 'fr');
  const min = el('input', {type: 'number', name: 'min', min: 0, max: 101, value: '70', inputmode: 'numeric'});
  const form = el('form', {class: 'search'},
    field('Segment to translate', text), field('Direction', lang), field('Lowest match score', min, '0–101'),
    el('button', {type: 'submit'}, 'Suggest'));
  const status = statusLine();
  const results = el('div', {class: 'results'});
  fill(main, ...heading('Suggest a translation', 'Memory matches, terms and a proposal for one segment.'),
    form, status, results);
  lang.addEventListener('change', () => { text.lang = lang.value; });

  form.addEventListener('submit', e => {
    e.preventDefault();
    setParams({text: text.value.trim(), lang: lang.value === 'fr' ? '' : lang.value,
      min: min.value === '70' ? '' : min.value});
    show();
  });

  async function show() {
    const p = params();
    text.value = p.get('text') || '';
    lang.value = p.get('lang') === 'en' ? 'en' : 'fr';
    text.lang = lang.value;
    min.value = p.get('min') || '70';
    fill(results);
    if (!text.value) { fill(status); text.focus(); return; }
    fill(status, 'Looking up…');
    try {
      const s = await api('/api/v1/suggest', {method: 'POST',
        json: {text: text.value, lang: lang.value, min: parseInt(min.value, 10) || 0, max: 10}});
      fill(status, `${s.matches.length} memory ${s.matches.length === 1 ? 'match' : 'matches'}, `
        + `${s.terms.length} ${s.terms.length === 1 ? 'term' : 'terms'}`);
      const target = lang.value === 'fr' ? 'en' : 'fr';
      fill(results, proposal(s.proposal, target), matches(s, target), terms(s.terms, target));
    } catch (e) {
      fill(status);
      fill(results, problemBox(e));
    }
  }

  function proposal(p, target) {
    const box = el('section', {class: 'proposal', 'aria-labelledby': 'proposal-h'}, el('h2', {id: 'proposal-h'}, 'Proposal'));
    if (!p) {
      box.append(el('p', {class: 'none'}, 'No proposal: no memory match reaches the lowest score. Use the terms below.'));
      return box;
    }
    box.append(el('div', {class: 'proposal-text'}, el('p', {class: 'seg', lang: target}, p.text), copyButton(p.text, 'the proposal')),
      el('p', {class: 'why'}, `From memory ${p.origin}, score ${p.score}. `, p.note || ''));
    if (p.repaired && p.original !== p.text) {
      box.append(el('p', {class: 'why'}, 'Before the term repairs: ', el('span', {lang: target}, wordDiff(p.text, p.original))));
    }
    const open = (p.conflicts || []).filter(c => !c.repaired);
    if (open.length) box.append(el('ul', {class: 'conflicts'}, open.map(c => el('li', {}, '⚠ ', c.note))));
    return box;
  }

  function matches(s, target) {
    const sec = el('section', {'aria-labelledby': 'matches-h'}, el('h2', {id: 'matches-h'}, 'Memory matches'));
    if (!s.matches.length) { sec.append(el('p', {class: 'none'}, 'No match.')); return sec; }
    sec.append(el('p', {class: 'legend'}, 'In the match: ', el('del', {}, 'struck'), ' = not in your segment, ',
      el('ins', {}, 'underlined'), ' = in your segment only.'));
    sec.append(el('ol', {class: 'matches'}, s.matches.map(m => el('li', {class: 'match'},
      el('span', {class: 'score score-' + (m.score >= 100 ? 'exact' : m.score >= 85 ? 'high' : 'fuzzy')},
        m.score + '%'),
      el('div', {class: 'pair'},
        el('div', {class: 'side'}, el('p', {class: 'seg', lang: s.lang}, wordDiff(s.source, m.source))),
        el('div', {class: 'side'}, el('p', {class: 'seg', lang: target}, m.target), copyButton(m.target, 'the translation'))),
      el('p', {class: 'why'}, m.explained || ''),
      m.conflicts && m.conflicts.length ? el('ul', {class: 'conflicts'}, m.conflicts.map(c => el('li', {}, '⚠ ', c.note))) : null))));
    return sec;
  }

  function terms(list, target) {
    const sec = el('section', {'aria-labelledby': 'terms-h'}, el('h2', {id: 'terms-h'}, 'Terms in the segment'));
    const outer = list.filter(t => !t.nested);
    if (!outer.length) { sec.append(el('p', {class: 'none'}, 'No termbase term recognised.')); return sec; }
    sec.append(el('table', {class: 'term-hits'},
      el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'In the segment'), el('th', {scope: 'col'}, 'Status'),
        el('th', {scope: 'col'}, 'Use'), el('th', {scope: 'col'}, 'Other equivalents'))),
      el('tbody', {}, outer.map(t => el('tr', {},
        el('td', {'data-label': 'In the segment'}, el('a', {href: '/concepts/' + encodeURIComponent(t.conceptId), lang: lang.value}, t.text)),
        el('td', {'data-label': 'Status'}, statusBadge(t.status)),
        el('td', {'data-label': 'Use'}, t.preferred ? el('strong', {lang: target}, t.preferred) : '—'),
        el('td', {'data-label': 'Other equivalents'}, el('ul', {class: 'terms compact'},
          t.equivalents.filter(q => q.text !== t.preferred).map(q => el('li', {class: avoided(q.status) ? 'avoid' : ''},
            el('span', {class: 'term-text', lang: q.language}, q.text), ' ', statusBadge(q.status))))))))));
    return sec;
  }

  return {show};
}
