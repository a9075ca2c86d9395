// /concepts/{id} — one concept, with a link to edit it in the termbase page.
import {el, fill, api, problemBox, heading} from './lib.js';
import {conceptTable} from './concepts.js';

export function mount(main, id) {
  async function show() {
    fill(main, ...heading('Concept ' + id));
    try {
      const c = await api('/api/v1/concepts/' + encodeURIComponent(id));
      const preferred = c.terms.find(t => t.language === 'en' && t.status === 'preferred')
        || c.terms.find(t => t.status === 'preferred') || c.terms[0];
      document.title = (preferred ? preferred.text : id) + ' · Entente';
      main.querySelector('h1').replaceChildren(el('span', {lang: preferred ? preferred.language : 'en'},
        preferred ? preferred.text : id));
      main.append(conceptTable([c]), el('p', {class: 'actions'},
        el('a', {href: '/termbase?edit=' + encodeURIComponent(c.id), class: 'button'}, 'Edit this concept'), ' ',
        el('a', {href: '/api/v1/concepts/' + encodeURIComponent(c.id)}, 'JSON')));
    } catch (e) {
      main.append(problemBox(e), el('p', {}, el('a', {href: '/terms'}, 'Search the terms')));
    }
  }
  return {show};
}
