// A word diff of a memory match against the query, as CAT tools show fuzzy matches: words the match has and the
// query lacks are struck, words the query has and the match lacks are underlined.
import {el} from './lib.js';

/** Words and the spaces between them, kept, so that the diff shows the text as written. */
function words(s) {
  return s.match(/\s+|[\p{L}\p{N}’'-]+|[^\s\p{L}\p{N}]/gu) || [];
}

const LIMIT = 300; // longer segments are shown without a diff: the comparison is quadratic in words

/** The match text as a fragment: equal words plain, <del> for words only in the match, <ins> for the query's. */
export function wordDiff(query, match) {
  const a = words(match);
  const b = words(query);
  const frag = document.createDocumentFragment();
  if (a.length > LIMIT || b.length > LIMIT) { frag.append(match); return frag; }
  const key = w => w.toLowerCase();
  // longest common subsequence table, from the end
  const n = a.length, m = b.length;
  const t = Array.from({length: n + 1}, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      t[i][j] = key(a[i]) === key(b[j]) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
    }
  }
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && key(a[i]) === key(b[j])) { frag.append(a[i]); i++; j++; }
    else if (j < m && (i === n || t[i][j + 1] >= t[i + 1][j])) {
      if (!/^\s+$/.test(b[j])) frag.append(el('ins', {title: 'in your segment, not in the match'}, b[j]));
      j++;
    } else {
      if (/^\s+$/.test(a[i])) frag.append(a[i]);
      else frag.append(el('del', {title: 'in the match, not in your segment'}, a[i]));
      i++;
    }
  }
  return frag;
}
