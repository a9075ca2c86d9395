// /termbase?edit=ID — for terminologists: the API key (kept for this tab only), create or edit a concept, add terms
// with their status, import a TBX/CSV glossary, export the termbase, import a TMX into a named memory with progress;
// a link to the review of extracted term candidates (/termbase/candidates).
import {el, fill, api, params, setParams, problemBox, field, select, heading, statusLine, ApiError, apiKeyPanel} from './lib.js';

const STATUSES = [['preferred', 'preferred'], ['admitted', 'admitted'], ['proposed', 'proposed'],
  ['deprecated', 'deprecated — do not use'], ['superseded', 'superseded — do not use']];
const TYPES = [['fullForm', 'full form'], ['acronym', 'acronym'], ['abbreviation', 'abbreviation'],
  ['shortForm', 'short form'], ['variant', 'variant'], ['phrase', 'phrase']];

export function mount(main) {
  fill(main, ...heading('Termbase', 'Create and edit concepts, import glossaries and translation memories.'),
    el('p', {}, el('a', {href: '/termbase/candidates'}, 'Review term candidates extracted from the memory')));
  const keySection = el('section', {class: 'panel', 'aria-labelledby': 'key-h'});
  const editSection = el('section', {class: 'panel', 'aria-labelledby': 'edit-h'});
  const importSection = el('section', {class: 'panel', 'aria-labelledby': 'import-h'});
  const tmxSection = el('section', {class: 'panel', 'aria-labelledby': 'tmx-h'});
  main.append(keySection, editSection, el('div', {class: 'two'}, importSection, tmxSection));

  const keyPanel = apiKeyPanel(keySection);
  const auth = keyPanel.auth;

  // ------------------------------------------------------------------ concept editor
  const idInput = el('input', {type: 'text', name: 'id', autocomplete: 'off', spellcheck: 'false'});
  const subject = el('input', {type: 'text', name: 'subjectField'});
  const sourceInput = el('input', {type: 'text', name: 'source'});
  const defFr = el('textarea', {name: 'definition-fr', rows: 2, lang: 'fr'});
  const defEn = el('textarea', {name: 'definition-en', rows: 2, lang: 'en'});
  const noteFr = el('textarea', {name: 'note-fr', rows: 2, lang: 'fr'});
  const noteEn = el('textarea', {name: 'note-en', rows: 2, lang: 'en'});
  const termRows = el('tbody');
  const editStatus = statusLine();
  let loaded = null;

  function termRow(t = {language: 'fr', status: 'preferred', type: 'fullForm', text: ''}) {
    const n = termRows.children.length + 1;
    const text = el('input', {type: 'text', name: 'term-text', value: t.text, lang: t.language, 'aria-label': `Term ${n}`});
    const language = select('term-language', [['fr', 'French'], ['en', 'English']], t.language);
    language.setAttribute('aria-label', `Term ${n} language`);
    language.addEventListener('change', () => { text.lang = language.value; });
    const status = select('term-status', STATUSES, t.status);
    status.setAttribute('aria-label', `Term ${n} status`);
    const type = select('term-type', TYPES, t.type || 'fullForm');
    type.setAttribute('aria-label', `Term ${n} type`);
    const row = el('tr', {class: 'term-row'},
      el('td', {'data-label': 'Term'}, text), el('td', {'data-label': 'Language'}, language),
      el('td', {'data-label': 'Status'}, status), el('td', {'data-label': 'Type'}, type),
      el('td', {}, el('button', {type: 'button', class: 'secondary', 'aria-label': `Remove term ${n}`,
        on: {click: () => row.remove()}}, 'Remove')));
    row.extra = t; // grammar and notes the form does not show are kept
    return row;
  }

  const loadInput = el('input', {type: 'text', name: 'load', autocomplete: 'off', spellcheck: 'false'});
  const loadForm = el('form', {class: 'row'}, field('Concept id to edit', loadInput), el('button', {type: 'submit'}, 'Load'),
    el('button', {type: 'button', class: 'secondary', on: {click: () => { setParams({}); edit(null); }}}, 'New concept'));
  loadForm.addEventListener('submit', e => {
    e.preventDefault();
    setParams({edit: loadInput.value.trim()});
    show();
  });

  const editForm = el('form', {class: 'concept-form'},
    el('div', {class: 'grid'}, field('Concept id', idInput, 'empty: one is made up'), field('Subject field', subject),
      field('Source', sourceInput)),
    el('table', {class: 'term-table'}, el('caption', {}, 'Terms'),
      el('thead', {}, el('tr', {}, ['Term', 'Language', 'Status', 'Type', ''].map(h => el('th', {scope: 'col'}, h)))), termRows),
    el('p', {}, el('button', {type: 'button', class: 'secondary', on: {click: () => termRows.append(termRow())}}, 'Add a term')),
    el('div', {class: 'grid'}, field('Definition (French)', defFr), field('Definition (English)', defEn),
      field('Note (French)', noteFr), field('Note (English)', noteEn)),
    el('div', {class: 'row'}, el('button', {type: 'submit'}, 'Save the concept'),
      el('button', {type: 'button', class: 'danger', on: {click: remove}}, 'Delete')),
    editStatus);
  editForm.addEventListener('submit', e => { e.preventDefault(); save(); });
  fill(editSection, el('h2', {id: 'edit-h'}, 'Concept'), loadForm, editForm);

  function edit(c) {
    loaded = c;
    idInput.value = c ? c.id : '';
    idInput.readOnly = !!c;
    subject.value = c ? c.subjectField || '' : '';
    sourceInput.value = c ? c.source || '' : '';
    defFr.value = c?.definitions?.fr || '';
    defEn.value = c?.definitions?.en || '';
    noteFr.value = c?.notes?.fr || '';
    noteEn.value = c?.notes?.en || '';
    loadInput.value = c ? c.id : '';
    fill(termRows);
    if (c) for (const t of c.terms) termRows.append(termRow(t));
    else termRows.append(termRow({language: 'fr', status: 'preferred', text: ''}),
      termRow({language: 'en', status: 'preferred', text: ''}));
  }

  function body() {
    const terms = [...termRows.children].map(r => ({
      ...r.extra,
      text: r.querySelector('[name=term-text]').value.trim(),
      language: r.querySelector('[name=term-language]').value,
      status: r.querySelector('[name=term-status]').value,
      type: r.querySelector('[name=term-type]').value,
    })).filter(t => t.text);
    const byLang = (fr, en) => Object.fromEntries([['fr', fr.value.trim()], ['en', en.value.trim()]].filter(([, v]) => v));
    return {id: idInput.value.trim(), subjectField: subject.value.trim(), source: sourceInput.value.trim(),
      definitions: byLang(defFr, defEn), notes: byLang(noteFr, noteEn), terms,
      subsets: loaded ? loaded.subsets : [], supersededBy: loaded ? loaded.supersededBy : ''};
  }

  async function save() {
    fill(editStatus, 'Saving…');
    try {
      const b = body();
      const c = loaded
        ? await api('/api/v1/concepts/' + encodeURIComponent(loaded.id), {method: 'PUT', json: b, headers: auth()})
        : await api('/api/v1/concepts', {method: 'POST', json: b, headers: auth()});
      edit(c);
      setParams({edit: c.id}, true);
      fill(editStatus, 'Saved ', el('a', {href: '/concepts/' + encodeURIComponent(c.id)}, c.id), '.');
    } catch (e) {
      fill(editStatus, problemBox(e));
    }
  }

  async function remove() {
    if (!loaded) { fill(editStatus, 'Nothing to delete: this concept is not saved.'); return; }
    if (!confirm(`Delete the concept ${loaded.id}?`)) return;
    try {
      await api('/api/v1/concepts/' + encodeURIComponent(loaded.id), {method: 'DELETE', headers: auth()});
      const id = loaded.id;
      setParams({});
      edit(null);
      fill(editStatus, `Deleted ${id}.`);
    } catch (e) {
      fill(editStatus, problemBox(e));
    }
  }

  // ------------------------------------------------------------------ glossary import and export
  const glossary = el('input', {type: 'file', name: 'glossary', accept: '.tbx,.xml,.csv,.tsv,.tab,.txt', required: true});
  const columns = el('input', {type: 'text', name: 'columns', placeholder: 'fr,en,note', spellcheck: 'false'});
  const dryRun = el('input', {type: 'checkbox', name: 'dryRun', id: 'dry-run'});
  const importStatus = statusLine();
  const importForm = el('form', {},
    field('Glossary file (TBX, CSV, TSV)', glossary, 'all or nothing: a file with an error changes nothing'),
    field('CSV columns', columns, 'only for a CSV without a header row'),
    el('div', {class: 'check-row'}, dryRun, el('label', {for: 'dry-run'}, ' Only check the file (dry run)')),
    el('button', {type: 'submit'}, 'Import the glossary'), importStatus);
  importForm.addEventListener('submit', async e => {
    e.preventDefault();
    const f = glossary.files[0];
    if (!f) return;
    fill(importStatus, 'Importing ', f.name, '…');
    const q = new URLSearchParams({name: f.name});
    if (columns.value.trim()) q.set('columns', columns.value.trim());
    if (dryRun.checked) q.set('dryRun', 'true');
    try {
      const r = await api('/api/v1/termbase/import?' + q, {method: 'POST', body: f,
        headers: {...auth(), 'Content-Type': 'application/octet-stream'}});
      fill(importStatus, el('div', {class: 'report'},
        `${r.file}: ${r.concepts} concepts ${r.dryRun ? 'would be imported' : 'imported'} (${r.format})`,
        r.replaced ? `, ${r.replaced} replaced` : '', '.',
        r.warnings.length ? el('ul', {}, r.warnings.map(w => el('li', {}, w))) : null));
    } catch (err) {
      fill(importStatus, problemBox(err), el('p', {}, 'Nothing from this file was imported.'));
    }
  });
  fill(importSection, el('h2', {id: 'import-h'}, 'Glossaries'), importForm,
    el('p', {class: 'exports'}, 'Export the termbase: ',
      el('a', {href: '/api/v1/termbase/export?format=tbx', download: 'termbase.tbx'}, 'TBX'), ' · ',
      el('a', {href: '/api/v1/termbase/export?format=csv', download: 'termbase.csv'}, 'CSV')));

  // ------------------------------------------------------------------ TMX import with progress
  const tmx = el('input', {type: 'file', name: 'tmx', accept: '.tmx,.xml', required: true});
  const memory = el('input', {type: 'text', name: 'memory', value: 'default', required: true, spellcheck: 'false'});
  const progress = el('progress', {max: 1, value: 0, hidden: true, 'aria-label': 'Import progress'});
  const tmxStatus = statusLine();
  const tmxForm = el('form', {}, field('Translation memory (TMX)', tmx),
    field('Into the memory named', memory, 'letters, digits, - _ .'), el('button', {type: 'submit'}, 'Import the TMX'),
    progress, tmxStatus);
  tmxForm.addEventListener('submit', async e => {
    e.preventDefault();
    const f = tmx.files[0];
    if (!f) return;
    progress.hidden = false;
    progress.removeAttribute('value');
    fill(tmxStatus, 'Uploading ', f.name, '…');
    try {
      const q = new URLSearchParams({name: f.name, memory: memory.value.trim(), async: 'true'});
      let job = await api('/api/v1/tm/import?' + q, {method: 'POST', body: f,
        headers: {...auth(), 'Content-Type': 'application/octet-stream'}});
      while (job.status === 'queued' || job.status === 'running') {
        if (job.unitsTotal > 0) {
          progress.max = job.unitsTotal;
          progress.value = job.unitsDone;
          fill(tmxStatus, `${job.unitsDone} of ${job.unitsTotal} units read`);
        } else {
          fill(tmxStatus, job.status === 'queued' ? 'Waiting for the previous import…' : 'Counting the units…');
        }
        await new Promise(r => setTimeout(r, 250));
        job = await api(job.statusUrl);
      }
      if (job.status === 'done') {
        progress.max = Math.max(1, job.unitsTotal);
        progress.value = progress.max;
        fill(tmxStatus, el('div', {class: 'report'}, `Done: ${job.unitsDone} of ${job.unitsTotal} units read. `,
          job.report.summary));
      } else {
        progress.hidden = true;
        fill(tmxStatus, problemBox(new ApiError(400, {title: 'Import failed', detail: job.error, where: job.where})),
          el('p', {}, 'Nothing from this file was imported.'));
      }
    } catch (err) {
      progress.hidden = true;
      fill(tmxStatus, problemBox(err));
    }
  });
  fill(tmxSection, el('h2', {id: 'tmx-h'}, 'Translation memories'), tmxForm,
    el('p', {class: 'exports'}, 'Export: ', el('a', {href: '/api/v1/tm/export', download: 'memory.tmx'}, 'all memories (TMX)')));

  async function show() {
    keyPanel.render();
    const id = params().get('edit');
    fill(editStatus);
    if (!id) { edit(null); return; }
    try {
      edit(await api('/api/v1/concepts/' + encodeURIComponent(id)));
    } catch (e) {
      edit(null);
      fill(editStatus, problemBox(e));
    }
  }

  return {show};
}
