// How a concept is shown: terms grouped by language with their status, then definition, note, subject field,
// source and dates, as IATE and TERMIUM show a record.
import {el, highlight, statusBadge, statusRank, avoided, languageName, day} from './lib.js';

const LANGS = ['fr', 'en'];

/** One term: its text (matched part marked), status label, type and grammar. */
export function termLine(t, query) {
  const details = [t.type && t.type !== 'fullForm' ? t.type : null, t.partOfSpeech, t.gender].filter(Boolean).join(', ');
  return el('li', {class: 'term' + (avoided(t.status) ? ' avoid' : '')},
    el('span', {class: 'term-text', lang: t.language}, query ? highlight(t.text, query) : t.text), ' ',
    statusBadge(t.status),
    details ? el('span', {class: 'term-details'}, ' ', details) : null,
    t.usageNote ? el('div', {class: 'usage', lang: 'en'}, t.usageNote) : null,
    t.context ? el('div', {class: 'context', lang: t.language}, '“', t.context, '”') : null);
}

/** The terms of one language, preferred first, deprecated and superseded last. */
export function termList(concept, lang, query) {
  const terms = concept.terms.filter(t => t.language === lang)
    .sort((a, b) => statusRank(a.status) - statusRank(b.status));
  if (!terms.length) return el('p', {class: 'none'}, 'no ' + languageName(lang) + ' term');
  return el('ul', {class: 'terms'}, terms.map(t => termLine(t, query)));
}

function languageCell(concept, lang, query) {
  const def = concept.definitions && concept.definitions[lang];
  const note = concept.notes && concept.notes[lang];
  return el('td', {class: 'lang-cell', 'data-label': languageName(lang)},
    termList(concept, lang, query),
    def ? el('p', {class: 'definition', lang}, el('span', {class: 'label', lang: 'en'}, 'Definition: '), def) : null,
    note ? el('p', {class: 'note', lang}, el('span', {class: 'label', lang: 'en'}, 'Note: '), note) : null);
}

/** What a concept is about and where it comes from. */
export function conceptMeta(concept, link = true) {
  const dates = [concept.created ? 'created ' + day(concept.created) : null,
    concept.modified ? 'modified ' + day(concept.modified) : null].filter(Boolean).join(' · ');
  return el('div', {class: 'concept-meta'},
    concept.subjectField ? el('div', {class: 'subject'}, concept.subjectField) : null,
    link ? el('a', {href: '/concepts/' + encodeURIComponent(concept.id), class: 'concept-id'}, concept.id)
      : el('code', {class: 'concept-id'}, concept.id),
    concept.supersededBy ? el('div', {class: 'superseded-by'}, 'Superseded by ',
      el('a', {href: '/concepts/' + encodeURIComponent(concept.supersededBy)}, concept.supersededBy)) : null,
    concept.source ? el('div', {class: 'source'}, 'Source: ', concept.source) : null,
    dates ? el('div', {class: 'dates'}, dates) : null,
    concept.subsets && concept.subsets.length ? el('div', {class: 'subsets'}, 'Subsets: ', concept.subsets.join(', ')) : null,
    concept.excludedFromChecks ? el('div', {class: 'excluded'}, 'not used by the draft checks') : null);
}

/** A bilingual table of concepts: concept, French, English. */
export function conceptTable(concepts, query) {
  return el('table', {class: 'concepts'},
    el('caption', {class: 'visually-hidden'}, 'Concepts with their French and English terms'),
    el('thead', {}, el('tr', {},
      el('th', {scope: 'col'}, 'Concept'),
      el('th', {scope: 'col'}, 'French ', el('span', {lang: 'fr'}, '(français)')),
      el('th', {scope: 'col'}, 'English'))),
    el('tbody', {}, concepts.map(c => el('tr', {'data-concept': c.id},
      el('td', {class: 'meta-cell', 'data-label': 'Concept'}, conceptMeta(c)),
      LANGS.map(l => languageCell(c, l, query))))));
}
