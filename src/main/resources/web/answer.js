// The answer card: one controller of a place on a date, in plain words on both axes (when: within the stated
// dates, possibly, or unknown after the last report; on whose word: claimed, acknowledged, denied by whom), its
// quotes and its sources, with a citation to copy. The words are the server's (answers/Wording, the same the page
// rendered without JavaScript shows); the same words go into the citation and the CSV.
import { h, stanceBadge, articleLink, fmtDate, localName, originalLink, articleHref, citeButton, retrieved } from './common.js';

/** Keys numbered where repeated, so each row has its own. */
function numbered(bases) {
  const seen = new Map();
  return bases.map((base) => {
    const n = (seen.get(base) || 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}.${n}`;
  });
}

/**
 * A stable key per account, for ?account=: its period's name (the IRI's last segment, which the data keeps across
 * rebuilds), with the holder's for the state the control-by-state rule adds beside its forces.
 */
export function accountKeys(periods) {
  return numbered(periods.map((p) => {
    const base = localName(p.period);
    return p.inferred ? `${base}.${localName(p.actor.iri)}` : base;
  }));
}

/** The key of links shared before periods were named: the holder, the kind and the earliest begin. */
function legacyKeys(periods) {
  return numbered(periods.map((p) => `${localName(p.actor.iri)}.${p.kind.replace(/\W+/g, '-')}.${p.from.earliest || p.from.latest}`));
}

/** The row an ?account= names, in either key form; -1 if none. */
export function accountIndex(state, account) {
  if (!account) return -1;
  const index = state.keys.indexOf(account);
  if (index >= 0) return index;
  state.legacyKeys ??= legacyKeys(state.periods);
  return state.legacyKeys.indexOf(account);
}

/** The row of a controller of an answer: the same period, the same holder. */
export function rowOf(periods, c) {
  return periods.findIndex((p) => p.period === c.period && p.actor.iri === c.actor.iri);
}

/** The quotes of a controller, each with its role (support, contest, caveat). */
function quotes(c) {
  const e = c.evidence;
  if (!e) return c.basis.map((b) => ({ role: 'support', b }));
  return [...e.support.map((b) => ({ role: 'support', b })), ...e.contest.map((b) => ({ role: 'contest', b })),
    ...e.caveats.map((b) => ({ role: 'caveat', b }))];
}

function sourcesOf(c) {
  if (c.evidence?.sources?.length) return c.evidence.sources;
  const docs = new Map(c.basis.filter((b) => b.source).map((b) => [b.source.iri, { ...b.source, outlet: null, published: null, url: null }]));
  return [...docs.values()];
}

/** The card's own permalink: the page's address with this account chosen. */
function permalinkOf(href, key) {
  const url = new URL(href);
  url.searchParams.set('account', key);
  return url.href;
}

/** The citation as plain text: the answer, its words, its sources and the permalink. */
export function citation(c, result, placeLabel, permalink) {
  const lines = [`Who controlled ${placeLabel} on ${fmtDate(result.at)}: ${c.actor.label} (${c.kind}).`,
    `When: ${c.words.when}.`, `On whose word: ${c.words.onWhoseWord}.`];
  for (const { role, b } of quotes(c)) {
    lines.push(`“${b.quote}” (${b.claimant.label}, ${b.stance}, ${b.date ? fmtDate(b.date) : 'undated'}${role === 'support' ? '' : `; ${role}`})`);
  }
  for (const s of sourcesOf(c)) {
    lines.push(`Source: ${s.outlet || 'unknown outlet'}, “${s.title}”, ${s.published ? fmtDate(s.published) : 'undated'}${s.url ? `, ${s.url}` : ' (no original URL recorded)'}`);
  }
  lines.push(retrieved(permalink));
  return lines.join('\n');
}

/** One card per controller on the date. */
export function answerCard(c, result, state, href) {
  const index = rowOf(state.periods, c);
  const key = index >= 0 ? state.keys[index] : null;
  const permalink = key ? permalinkOf(href, key) : href;
  const cite = citeButton(c.actor.label, () => citation(c, result, state.placeLabel, permalink));
  return h('article', { class: `card ${c.words.kind}`, 'data-actor': c.actor.label, 'data-key': key || '' },
    h('h3', {}, c.actor.label, h('span', { class: 'kind' }, ` · ${c.kind}`), c.inferred ? h('span', { class: 'kind' }, ' (inferred from its forces)') : null),
    h('dl', {},
      h('dt', {}, 'When'), h('dd', { class: `time time-${c.words.kind}` }, c.words.when),
      h('dt', {}, 'On whose word'), h('dd', { class: 'evidence' }, c.words.onWhoseWord),
      c.extent ? [h('dt', {}, 'Extent'), h('dd', {}, c.extent)] : null),
    h('h4', {}, 'The words'),
    h('ul', { class: 'quotes' }, quotes(c).map(({ role, b }) => h('li', { class: `role-${role}` },
      h('q', {}, b.quote), ' ', h('span', { class: 'who' }, '— ', b.claimant.label, ', ', stanceBadge(b.stance), ', ',
        b.date ? fmtDate(b.date) : 'undated', role === 'support' ? '' : ` (${role})`, b.verified ? ' (independently verified)' : ' (not independently verified)'),
      ' ', articleLink(b.claim, b.source?.iri)))),
    h('h4', {}, 'Sources'),
    h('ul', { class: 'sources' }, sourcesOf(c).map((s) => h('li', {},
      h('strong', {}, s.outlet || 'unknown outlet'), ', ', s.published ? fmtDate(s.published) : 'undated', ': ',
      h('a', { href: articleHref(s.iri) }, s.title), ' · ', originalLink(s.url)))),
    h('p', { class: 'card-actions' }, cite.button, ' ', key ? h('a', { href: permalink, class: 'permalink' }, 'Permalink') : null, ' ', cite.status),
    cite.area);
}

/** What the answer shows, as CSV rows: one per quote, with the card's words and the quote's source. */
export function csvRows(result, href) {
  const rows = [['place', 'date', 'holder', 'kind', 'when', 'on whose word', 'role', 'claimant', 'stance', 'claim date', 'quote',
    'source', 'outlet', 'published', 'original url', 'permalink']];
  for (const c of result.controllers) {
    const sources = new Map(sourcesOf(c).map((s) => [s.iri, s]));
    for (const { role, b } of quotes(c)) {
      const s = sources.get(b.source?.iri) || b.source || {};
      rows.push([result.place.label, result.at, c.actor.label, c.kind, c.words.when, c.words.onWhoseWord, role,
        b.claimant.label, b.stance, b.date, b.quote, s.title, s.outlet, s.published, s.url, href]);
    }
  }
  return rows;
}
