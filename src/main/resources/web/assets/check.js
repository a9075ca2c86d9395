// /check?text=…&source=…&lang=… — a draft checked against the termbase and its source: findings marked in place
// (severity colours), the message and one-click replacement, a filter by check, a summary, JSON and CSV downloads.
import {el, fill, api, params, setParams, problemBox, field, select, heading, statusLine, download} from './lib.js';

/** Drafts longer than this stay out of the address (browsers and servers cap URL lengths). */
const URL_LIMIT = 1500;

export function mount(main) {
  const draft = el('textarea', {name: 'text', rows: 8, required: true, lang: 'en', spellcheck: 'false'});
  const source = el('textarea', {name: 'source', rows: 5, lang: 'fr', spellcheck: 'false'});
  const lang = select('lang', [['en-GB', 'English (British spelling)'], ['en-US', 'English (American spelling)'],
    ['fr', 'French']], 'en-GB');
  const draftFile = el('input', {type: 'file', accept: '.txt,text/plain'});
  const sourceFile = el('input', {type: 'file', accept: '.txt,text/plain'});
  const form = el('form', {class: 'check-form'},
    el('div', {class: 'two'},
      el('div', {}, field('Draft (your translation)', draft), field('…or open a text file', draftFile)),
      el('div', {}, field('Source (optional, the original)', source, 'with the source, numbers and terms are compared'),
        field('…or open a text file', sourceFile))),
    el('div', {class: 'row'}, field('Draft language', lang), el('button', {type: 'submit'}, 'Check')));
  const status = statusLine();
  const results = el('div', {class: 'results'});
  fill(main, ...heading('Check a draft', 'Terminology, numbers, acronyms and spelling, checked against the '
    + 'NATO termbase and, when given, the source.'), form, status, results);

  let checks = [];
  const hidden = new Set();
  let last = null; // {text, findings}

  const readInto = (input, area) => input.addEventListener('change', async () => {
    const f = input.files[0];
    if (f) area.value = await f.text();
  });
  readInto(draftFile, draft);
  readInto(sourceFile, source);
  lang.addEventListener('change', () => {
    draft.lang = lang.value.slice(0, 2);
    source.lang = lang.value.startsWith('fr') ? 'en' : 'fr';
  });

  form.addEventListener('submit', e => {
    e.preventDefault();
    remember();
    run();
  });

  /** The draft goes in the address when it is short enough to share. */
  function remember(replace = false) {
    const short = draft.value.length + source.value.length <= URL_LIMIT;
    setParams(short ? {text: draft.value, source: source.value, lang: lang.value === 'en-GB' ? '' : lang.value}
      : {lang: lang.value === 'en-GB' ? '' : lang.value}, replace);
  }

  async function show() {
    const p = params();
    if (p.has('text')) {
      draft.value = p.get('text');
      source.value = p.get('source') || '';
    }
    lang.value = ['en-US', 'fr'].includes(p.get('lang')) ? p.get('lang') : 'en-GB';
    lang.dispatchEvent(new Event('change'));
    if (!checks.length) {
      try { checks = await api('/api/v1/checks'); } catch (e) { checks = []; }
    }
    if (draft.value.trim()) await run(); else { fill(results); fill(status); }
  }

  async function run() {
    if (!draft.value.trim()) { fill(status, 'Paste or open a draft first.'); draft.focus(); return; }
    fill(status, 'Checking…');
    try {
      const body = {text: draft.value, lang: lang.value};
      if (source.value.trim()) {
        body.source = source.value;
        body.sourceLang = lang.value.startsWith('fr') ? 'en' : 'fr';
      }
      const r = await api('/api/v1/check', {method: 'POST', json: body});
      last = {text: draft.value, findings: r.findings, report: r};
      render();
    } catch (e) {
      fill(status);
      fill(results, problemBox(e));
    }
  }

  function render() {
    const {text, findings, report} = last;
    const n = findings.length;
    fill(status, n ? `${n} ${n === 1 ? 'finding' : 'findings'}` : 'No finding: the draft passes every check run.',
      report.checksSkipped.length ? ` · ${report.checksSkipped.length} checks skipped` : '');
    const visible = findings.filter(f => !hidden.has(f.id));
    fill(results,
      summary(findings, report),
      el('div', {class: 'check-view'},
        el('section', {class: 'draft-view', 'aria-labelledby': 'draft-h'}, el('h2', {id: 'draft-h'}, 'Draft'),
          el('div', {class: 'draft-text', lang: lang.value.slice(0, 2)}, inPlace(text, visible))),
        el('section', {class: 'finding-list', 'aria-labelledby': 'findings-h'}, el('h2', {id: 'findings-h'}, 'Findings'),
          visible.length ? el('ol', {class: 'findings'}, visible.map((f, i) => item(f, i))) : el('p', {class: 'none'}, 'None shown.'),
          el('div', {class: 'downloads'}, 'Download the findings: ',
            el('button', {type: 'button', on: {click: () => download('findings.json', 'application/json',
              JSON.stringify(findings, null, 2))}}, 'JSON'), ' ',
            el('button', {type: 'button', on: {click: () => download('findings.csv', 'text/csv', csv(findings))}}, 'CSV')))));
  }

  /** The summary by check, whose checkboxes filter the findings shown. */
  function summary(findings, report) {
    const counts = new Map();
    for (const f of findings) counts.set(f.id, (counts.get(f.id) || 0) + 1);
    const skipped = report.checksSkipped;
    const ids = [...new Set([...report.checksRun, ...counts.keys()])];
    return el('fieldset', {class: 'summary'}, el('legend', {}, 'Findings by check (untick to hide)'),
      el('ul', {}, ids.map(id => {
        const meta = checks.find(c => c.id === id);
        const box = el('input', {type: 'checkbox', id: 'chk-' + id, checked: !hidden.has(id), disabled: !counts.get(id),
          on: {change: e => { if (e.target.checked) hidden.delete(id); else hidden.add(id); render();
            document.getElementById('chk-' + id)?.focus(); }}});
        return el('li', {class: counts.get(id) ? 'has' : 'zero'}, box,
          el('label', {for: 'chk-' + id}, ' ', el('span', {class: 'sev sev-' + (meta ? meta.severity : 'info')}, String(counts.get(id) || 0)),
            ' ', meta && meta.description ? meta.description : id, ' ', el('code', {}, id)));
      }), skipped.map(s => el('li', {class: 'skipped'}, 'skipped: ', el('code', {}, s.id), ' — ', s.reason))));
  }

  /**
   * The draft with each finding marked where it is. A finding that holds others (a whole phrase whose term is
   * missing, say) is shaded around them; findings that cross one another are listed but marked once.
   */
  function inPlace(text, findings) {
    const items = findings.map((f, i) => ({f, i}))
      .filter(({f}) => f.start >= 0 && f.end <= text.length && f.end > f.start)
      .sort((a, b) => a.f.start - b.f.start || b.f.end - a.f.end);
    return marks(text, 0, text.length, items);
  }

  function marks(text, from, to, items) {
    const frag = document.createDocumentFragment();
    let at = from;
    let k = 0;
    while (k < items.length) {
      const {f, i} = items[k];
      if (f.start < at) { k++; continue; }
      const inner = [];
      let j = k + 1;
      for (; j < items.length && items[j].f.start < f.end; j++) if (items[j].f.end <= f.end) inner.push(items[j]);
      frag.append(text.slice(at, f.start));
      const on = {click: e => { e.stopPropagation(); focusFinding(i); }};
      frag.append(inner.length
        ? el('span', {class: 'mark wide sev-' + f.severity, title: f.message, on}, marks(text, f.start, f.end, inner))
        : el('button', {type: 'button', class: 'mark sev-' + f.severity, title: f.message,
          'aria-describedby': 'finding-' + i, on}, text.slice(f.start, f.end)));
      at = f.end;
      k = j;
    }
    frag.append(text.slice(at, to));
    return frag;
  }

  function focusFinding(i) {
    const li = document.getElementById('finding-' + i);
    if (!li) return;
    li.scrollIntoView({block: 'nearest'});
    (li.querySelector('button.replace') || li).focus();
  }

  function item(f, i) {
    const meta = checks.find(c => c.id === f.id);
    return el('li', {id: 'finding-' + i, class: 'finding is-' + f.severity, tabindex: '-1', 'data-check': f.id},
      el('div', {class: 'finding-head'}, el('span', {class: 'sev-label'}, f.severity), ' ',
        el('q', {lang: lang.value.slice(0, 2)}, f.text), ' ', el('code', {}, f.id)),
      el('p', {class: 'message'}, f.message),
      f.source ? el('p', {class: 'why'}, 'Source: ', el('q', {lang: lang.value.startsWith('fr') ? 'en' : 'fr'}, f.source.text)) : null,
      f.replacements && f.replacements.length ? el('div', {class: 'replacements'},
        f.replacements.slice(0, 5).map(r => el('button', {type: 'button', class: 'replace',
          'aria-label': `Replace “${f.text}” with “${r}”`, on: {click: () => replace(f, r)}}, 'Replace with ', el('strong', {}, r)))) : null,
      f.conceptId ? el('a', {class: 'concept-link', href: '/concepts/' + encodeURIComponent(f.conceptId)}, 'termbase entry')
        : null,
      meta && meta.issueType ? el('span', {class: 'its'}, ' · ITS: ' + meta.issueType) : null);
  }

  /** One-click replacement: the draft changes where the finding is, and is checked again. */
  async function replace(f, r) {
    const text = last.text;
    if (draft.value !== text || text.slice(f.start, f.end) !== f.text) { await run(); return; }
    draft.value = text.slice(0, f.start) + r + text.slice(f.end);
    remember(); // a new history entry: Back undoes the replacement
    await run();
    fill(status, status.textContent, ` · replaced “${f.text}” with “${r}”`);
  }

  function csv(findings) {
    const q = v => {
      const s = v === null || v === undefined ? '' : String(v);
      return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? '"' + (/^[=+\-@]/.test(s) ? "'" : '') + s.replace(/"/g, '""') + '"' : s;
    };
    const rows = [['id', 'severity', 'issueType', 'start', 'end', 'text', 'message', 'replacements', 'conceptId']];
    for (const f of findings) {
      rows.push([f.id, f.severity, f.issueType, f.start, f.end, f.text, f.message, (f.replacements || []).join(' | '), f.conceptId]);
    }
    return rows.map(r => r.map(q).join(',')).join('\r\n') + '\r\n';
  }

  return {show};
}
