// The article view: the source text with every evidence span highlighted. Offsets are Unicode code
// points (oa:TextPositionSelector), so the text is sliced as Array.from(text), never by UTF-16 index.
import { getJson, h, stanceBadge, activatable } from './common.js';

export async function articleView(main, focusClaim) {
  const article = await getJson('/api/article');
  document.title = `${article.title || 'Article'} · kidal-kg`;
  const chars = Array.from(article.text);
  const spans = article.spans.map((s, i) => ({ ...s, i }));
  const details = h('section', { id: 'span-claims', class: 'span-claims', 'aria-live': 'polite', 'aria-labelledby': 'span-claims-title' },
    h('h2', { id: 'span-claims-title' }, 'Claims on a passage'),
    h('p', { class: 'hint' }, 'Choose a highlighted passage (click, or Tab to it and press Enter) to see the claims resting on it.'));
  const text = h('div', { class: 'article-text', id: 'article-text' });
  const marksOf = new Map();
  const choose = (span) => {
    focus(span);
    showSpanClaims(details, span);
  };
  const focus = (span) => {
    for (const m of text.querySelectorAll('mark.focus')) m.classList.remove('focus');
    const marks = marksOf.get(span.i) || [];
    marks.forEach((m) => m.classList.add('focus'));
    if (marks[0]) {
      marks[0].scrollIntoView({ block: 'center' });
      marks[0].focus({ preventScroll: true });
    }
  };

  // Paragraphs are split on blank lines; each is built from the spans inside it (clipped to it).
  for (const [from, to] of paragraphs(chars)) {
    const inside = spans.filter((s) => s.start < to && s.end > from)
      .map((s) => ({ span: s, start: Math.max(s.start, from), end: Math.min(s.end, to) }));
    const p = h('p', {});
    build(p, chars, from, to, inside, marksOf, choose);
    text.append(p);
  }

  const claimList = h('ol', { class: 'claim-list' });
  for (const span of spans) {
    for (const claim of span.claims) {
      claimList.append(h('li', {},
        h('button', { type: 'button', class: 'claim', 'data-claim': claim.claim, onclick: () => choose(span) },
          h('strong', {}, claim.claimantLabel || claim.claimant), ' ', stanceBadge(claim.stance), ': ',
          h('span', { class: 'summary' }, claim.summary || span.quote))));
    }
  }
  main.replaceChildren(
    h('h1', {}, article.title || 'Article'),
    h('p', { class: 'lede' }, `${spans.length} evidence passages highlighted. Credit: France 24 / AFP.`),
    h('div', { class: 'article-layout' },
      h('article', { 'aria-label': 'Source text' }, text),
      h('aside', { 'aria-label': 'Claims' }, details, h('h2', {}, 'All claims, in text order'), claimList)));
  if (focusClaim) {
    const span = spans.find((s) => s.claims.some((c) => c.claim === focusClaim));
    if (span) choose(span);
  }
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
function build(parent, chars, from, to, spans, marksOf, choose) {
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
    activatable(mark, (event) => { event.stopPropagation(); choose(span); }, null);
    mark.setAttribute('aria-description', `evidence: ${who}`);
    build(mark, chars, start, s.end, children, marksOf, choose);
    parent.append(mark);
    if (!marksOf.has(span.i)) marksOf.set(span.i, []);
    marksOf.get(span.i).push(mark);
    pos = s.end;
  }
  if (to > pos) parent.append(chars.slice(pos, to).join(''));
}

function showSpanClaims(panel, span) {
  panel.replaceChildren(
    h('h2', { id: 'span-claims-title' }, 'Claims on a passage'),
    h('blockquote', { class: 'quote' }, span.quote),
    h('p', { class: 'offsets' }, `code points ${span.start}–${span.end}`),
    h('ul', { class: 'span-claim-list' }, span.claims.map((c) => h('li', { 'data-claim': c.claim },
      h('strong', {}, c.claimantLabel || c.claimant), ' ', stanceBadge(c.stance),
      c.summary ? h('div', { class: 'summary' }, c.summary) : null))));
}
