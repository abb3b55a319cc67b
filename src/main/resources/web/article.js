// The article view: a source document's text with every evidence span highlighted, at /article/{source}
// (?claim= focuses one claim; choosing a claim puts it in the address). Offsets are Unicode code points
// (oa:TextPositionSelector), so the text is sliced as Array.from(text), never by UTF-16 index. Marks nest, so
// they are not buttons (no interactive element inside another): the claim list beside the text is the
// keyboard's way in, and a click on a passage does the same.
import { getJson, h, stanceBadge, fmtDate, localName, originalLink, notFound, citeButton, downloadButtons, retrieved } from './common.js';

export async function articleView(main, sourceName) {
  const { sources } = await getJson('/api/sources');
  const source = sourceName ? sources.find((s) => localName(s.iri) === sourceName) : await sourceOfClaim(sources);
  if (sourceName && !source) {
    notFound(main, 'No such source', `The graph holds no source document called “${sourceName}”.`,
      h('p', {}, h('a', { href: '/sources' }, 'Every source the graph holds')));
    return;
  }
  let article;
  try {
    article = await getJson(`/api/article${source ? `?document=${encodeURIComponent(source.iri)}` : ''}`);
  } catch (error) {
    notFound(main, source?.title || 'Article', `This source's text cannot be shown: ${error.message}`,
      source ? sourceLine(source) : null, h('p', {}, h('a', { href: '/sources' }, 'Every source the graph holds')));
    return;
  }
  const doc = source || sources.find((s) => s.iri === article.document);
  if (!sourceName || !source) history.replaceState(null, '', `/article/${encodeURIComponent(localName(article.document))}${location.search}`);
  document.title = `${article.title || 'Article'} · kidal-kg`;
  const chars = Array.from(article.text);
  const spans = article.spans.map((s, i) => ({ ...s, i }));
  const details = h('section', { id: 'span-claims', class: 'span-claims', 'aria-live': 'polite', 'aria-labelledby': 'span-claims-title' },
    h('h2', { id: 'span-claims-title' }, 'Claims on a passage'),
    h('p', { class: 'hint' }, 'Choose a claim in the list, or click a highlighted passage, to see the claims resting on it.'));
  const text = h('div', { class: 'article-text', id: 'article-text' });
  const marksOf = new Map();
  const show = (span, claim, focus) => {
    for (const m of text.querySelectorAll('mark.focus')) m.classList.remove('focus');
    const marks = marksOf.get(span.i) || [];
    marks.forEach((m) => m.classList.add('focus'));
    if (marks[0]) marks[0].scrollIntoView({ block: 'center' });
    showSpanClaims(details, span, claim, doc);
    for (const b of claimList.querySelectorAll('button.claim')) b.setAttribute('aria-pressed', String(b.dataset.claim === claim));
    if (focus) details.querySelector('h2').focus({ preventScroll: true });
  };
  const choose = (span, claim) => {
    const claimIri = claim || span.claims[0]?.claim;
    history.pushState(null, '', `${location.pathname}?claim=${encodeURIComponent(claimIri)}`);
    show(span, claimIri, true);
  };

  // Paragraphs are split on blank lines; each is built from the spans inside it (clipped to it).
  for (const [from, to] of paragraphs(chars)) {
    const inside = spans.filter((s) => s.start < to && s.end > from)
      .map((s) => ({ span: s, start: Math.max(s.start, from), end: Math.min(s.end, to) }));
    const p = h('p', {});
    build(p, chars, from, to, inside, marksOf);
    text.append(p);
  }
  text.addEventListener('click', (event) => {
    const mark = event.target.closest('mark[data-span]');
    if (mark) choose(spans[Number(mark.dataset.span)]);
  });

  const claimList = h('ol', { class: 'claim-list' });
  for (const span of spans) {
    for (const claim of span.claims) {
      claimList.append(h('li', {},
        h('button', { type: 'button', class: 'claim', 'data-claim': claim.claim, 'aria-pressed': 'false', onclick: () => choose(span, claim.claim) },
          h('strong', {}, claim.claimantLabel || claim.claimant), ' ', stanceBadge(claim.stance), ': ',
          h('span', { class: 'summary' }, claim.summary || span.quote))));
    }
  }
  main.replaceChildren(
    h('h1', {}, article.title || 'Article'),
    doc ? sourceLine(doc) : '',
    h('p', { class: 'lede' }, `${spans.length} evidence passages highlighted. `, h('a', { href: '/sources' }, 'Other sources')),
    downloadButtons(`kidal-kg-${localName(article.document)}`, () => claimRows(article, doc), () => ({ source: doc, ...article })),
    h('div', { class: 'article-layout' },
      h('aside', { 'aria-label': 'Claims' }, details, h('h2', {}, 'All claims, in text order'), claimList),
      h('article', { 'aria-label': 'Source text' }, text)));
  const fromAddress = () => {
    const claim = new URLSearchParams(location.search).get('claim');
    const span = claim && spans.find((s) => s.claims.some((c) => c.claim === claim));
    if (span) show(span, claim, false);
  };
  window.addEventListener('popstate', fromAddress);
  fromAddress();
}

/** For /article?claim=: the source whose text the claim rests on (null: none, and the default article is shown). */
async function sourceOfClaim(sources) {
  const claim = new URLSearchParams(location.search).get('claim');
  if (!claim) return null;
  for (const s of sources) {
    const article = await getJson(`/api/article?document=${encodeURIComponent(s.iri)}`).catch(() => null);
    if (article?.spans.some((span) => span.claims.some((c) => c.claim === claim))) return s;
  }
  return null;
}

/** Who published the source, when, and the link to the original. */
function sourceLine(s) {
  return h('p', { class: 'source-line' }, h('strong', {}, s.outlet || 'Unknown outlet'), ', ',
    s.published ? fmtDate(s.published) : 'undated', ' · ', originalLink(s.url, 'Read the original article'));
}

/** The [from, to) code-point ranges of the paragraphs: text between runs of two or more newlines. */
function paragraphs(chars) {
  const ranges = [];
  let from = 0;
  let i = 0;
  while (i < chars.length) {
    if (chars[i] === '\n' && chars[i + 1] === '\n') {
      if (i > from) ranges.push([from, i]);
      while (chars[i] === '\n') i++;
      from = i;
    } else {
      i++;
    }
  }
  if (chars.length > from) ranges.push([from, chars.length]);
  return ranges;
}

/**
 * Appends chars[from, to) to parent, with a <mark> per span. Spans nest; a span crossing the end of
 * the one it starts in is continued after it, so every code point of every span is marked.
 */
function build(parent, chars, from, to, spans, marksOf) {
  let pos = from;
  let remaining = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  while (remaining.length) {
    const s = remaining.shift();
    if (s.end <= pos) continue;
    const start = Math.max(s.start, pos);
    if (start > pos) parent.append(chars.slice(pos, start).join(''));
    const inner = remaining.filter((c) => c.start < s.end);
    const children = inner.map((c) => ({ ...c, end: Math.min(c.end, s.end) }));
    const leftovers = inner.filter((c) => c.end > s.end).map((c) => ({ ...c, start: s.end }));
    remaining = remaining.filter((c) => c.start >= s.end).concat(leftovers).sort((a, b) => a.start - b.start || b.end - a.end);
    const span = s.span;
    const who = span.claims.map((c) => `${c.claimantLabel || c.claimant} ${c.stance}`).join('; ');
    const mark = h('mark', { 'data-span': span.i, 'data-start': span.start, 'data-end': span.end, class: `span stance-${(span.claims[0] || {}).stance?.split(' ')[0] || 'other'}` });
    mark.setAttribute('title', `evidence: ${who}`);
    build(mark, chars, start, s.end, children, marksOf);
    parent.append(mark);
    if (!marksOf.has(span.i)) marksOf.set(span.i, []);
    marksOf.get(span.i).push(mark);
    pos = s.end;
  }
  if (to > pos) parent.append(chars.slice(pos, to).join(''));
}

/** The article's claims as CSV rows: one per claim on a passage, with the passage, its offsets and the source. */
function claimRows(article, doc) {
  const rows = [['source', 'outlet', 'published', 'original url', 'claim', 'claimant', 'stance', 'summary', 'quote', 'start', 'end']];
  for (const span of article.spans) {
    for (const c of span.claims) {
      rows.push([doc?.title || article.title, doc?.outlet, doc?.published, doc?.url, c.claim, c.claimantLabel || c.claimant, c.stance,
        c.summary, span.quote, span.start, span.end]);
    }
  }
  return rows;
}

/** A passage's citation: its words, who says what on it, its source and the permalink. */
function passageCitation(span, doc) {
  return [`“${span.quote}”`,
    ...span.claims.map((c) => `${c.claimantLabel || c.claimant} ${c.stance}${c.summary ? `: ${c.summary}` : ''}`),
    `Source: ${doc?.outlet || 'unknown outlet'}, “${doc?.title || ''}”, ${doc?.published ? fmtDate(doc.published) : 'undated'}${doc?.url ? `, ${doc.url}` : ' (no original URL recorded)'}`,
    retrieved(location.href)].join('\n');
}

function showSpanClaims(panel, span, focusClaim, doc) {
  const cite = citeButton('this passage', () => passageCitation(span, doc));
  panel.replaceChildren(
    h('h2', { id: 'span-claims-title', tabindex: '-1' }, 'Claims on a passage'),
    h('blockquote', { class: 'quote' }, span.quote),
    h('p', { class: 'offsets' }, `code points ${span.start}–${span.end}`),
    h('ul', { class: 'span-claim-list' }, span.claims.map((c) => h('li', { 'data-claim': c.claim, class: c.claim === focusClaim ? 'chosen' : null },
      h('strong', {}, c.claimantLabel || c.claimant), ' ', stanceBadge(c.stance),
      c.summary ? h('div', { class: 'summary' }, c.summary) : null))),
    h('p', { class: 'card-actions' }, cite.button, ' ', cite.status), cite.area);
  panel.classList.add('open');
}
