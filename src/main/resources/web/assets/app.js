// The workbench router: picks the page module for the address, and re-shows it on back/forward.
import {el, fill, problemBox} from './lib.js';

const ROUTES = [
  [/^\/$/, './home.js'],
  [/^\/terms$/, './terms.js'],
  [/^\/concepts\/([^/]+)$/, './concept.js'],
  [/^\/memory$/, './memory.js'],
  [/^\/suggest$/, './suggest.js'],
  [/^\/check$/, './check.js'],
  [/^\/termbase$/, './termbase.js'],
  [/^\/termbase\/candidates$/, './candidates.js'],
];

async function start() {
  const main = document.getElementById('main');
  for (const a of document.querySelectorAll('header nav a')) {
    const here = a.getAttribute('href') === location.pathname
      || (location.pathname.startsWith('/concepts/') && a.getAttribute('href') === '/terms')
      || (location.pathname.startsWith('/termbase/') && a.getAttribute('href') === '/termbase');
    if (here) a.setAttribute('aria-current', 'page');
  }
  const route = ROUTES.find(([re]) => re.test(location.pathname));
  if (!route) {
    fill(main, el('h1', {}, 'Page not found'), el('p', {}, el('a', {href: '/'}, 'Back to the search')));
    return;
  }
  const args = location.pathname.match(route[0]).slice(1).map(decodeURIComponent);
  try {
    const page = await import(route[1]);
    const view = page.mount(main, ...args);
    window.addEventListener('popstate', () => view.show());
    await view.show();
  } catch (e) {
    fill(main, problemBox(e));
  }
}

start();
