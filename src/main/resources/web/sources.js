// The sources view: every source document the graph holds, with its outlet, date, language and claims, a link to
// its text with the evidence highlighted, and a link to the original publication.
import { getJson, h, fmtDate, originalLink, articleHref } from './common.js';

export async function sourcesView(main) {
  const { sources } = await getJson('/api/sources');
  document.title = 'Sources · kidal-kg';
  const rows = sources.map((s) => h('tr', { 'data-source': s.iri },
    h('th', { scope: 'row' }, h('a', { href: articleHref(s.iri) }, s.title || s.iri)),
    h('td', {}, s.outlet || '—'),
    h('td', {}, s.published ? fmtDate(s.published) : 'undated'),
    h('td', {}, s.language || '—'),
    h('td', {}, String(s.claims)),
    h('td', {}, originalLink(s.url))));
  main.replaceChildren(
    h('h1', {}, 'Sources'),
    h('p', { class: 'lede' }, `${sources.length} source documents. Every answer rests on claims these report, and every claim on the exact words of one of them.`),
    h('div', { class: 'table-wrap' }, h('table', { class: 'claims-table sources-table' },
      h('caption', {}, 'Every source document the graph holds'),
      h('thead', {}, h('tr', {}, ['Title (its text, with the evidence)', 'Outlet', 'Published', 'Language', 'Claims', 'Original'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows))));
}
