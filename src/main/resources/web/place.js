// The place view: an SVG timeline of control periods, a date picker asking /api/control, and the
// claims behind a period. Vague bounds are drawn as gradients from the earliest to the latest date;
// what is known only up to the source's publication date ("as of") is hatched after it.
import { getJson, h, stanceBadge, activatable, articleLink } from './common.js';

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86400000;
const YEAR = 365.25 * DAY;
const COLOURS = ['#b45309', '#1d4ed8', '#047857', '#7c3aed', '#be123c', '#0e7490'];
const LABEL_WIDTH = 190;
const ROW = 46;

const ms = (date) => Date.parse(`${date}T00:00:00Z`);
const iso = (time) => new Date(time).toISOString().slice(0, 10);

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) el.setAttribute(key, value);
  }
  el.append(...children);
  return el;
}

/**
 * The dates a period is drawn with: vague begin, certain middle, vague or open end. A begin no source dates (only its
 * latest bound is known) fades in from the chart's start.
 */
function spanOf(period, chartStart, chartEnd) {
  const beginEarliest = period.from.earliest ? ms(period.from.earliest) : Math.min(chartStart, ms(period.from.latest));
  const beginLatest = ms(period.from.latest || period.from.earliest);
  const asOf = period.asOf ? ms(period.asOf) : null;
  if (period.until) {
    return { beginEarliest, beginLatest, endEarliest: ms(period.until.earliest || period.until.latest),
      endLatest: ms(period.until.latest || period.until.earliest), open: false };
  }
  return { beginEarliest, beginLatest, endEarliest: Math.max(asOf ?? beginLatest, beginLatest), endLatest: chartEnd, open: true };
}

/** A vague instant in words: a day, "between A and B", or the one bound a source gives (a stay whose begin it never dates). */
function bounds(instant) {
  if (!instant.earliest) return `an unknown date no later than ${instant.latest}`;
  if (!instant.latest) return `an unknown date no earlier than ${instant.earliest}`;
  return instant.earliest === instant.latest ? instant.earliest : `between ${instant.earliest} and ${instant.latest}`;
}

/** The source's words for an instant, else its bounds. */
function wording(instant) {
  return instant.text || bounds(instant);
}

function describe(period) {
  const until = period.until ? bounds(period.until) + (period.until.inferred ? ' (inferred)' : '') : `open: known up to ${period.asOf}`;
  const words = period.from.text ? ` (“${period.from.text}”)` : '';
  return `${period.actor.label}, ${period.kind}, from ${bounds(period.from)}${words} until ${until}; ${period.basis.length} claims`;
}

export async function placeView(main, place) {
  const timeline = await getJson(`/api/timeline?place=${encodeURIComponent(place)}`);
  const periods = timeline.periods;
  const placeLabel = timeline.place.label;
  document.title = `${placeLabel} — who controlled it · kidal-kg`;
  if (!periods.length) {
    main.replaceChildren(h('h1', {}, `Who controlled ${placeLabel}`), h('p', {}, 'The graph knows no period of control of this place.'));
    return;
  }

  const asOf = periods.map((p) => p.asOf).filter(Boolean).sort().at(-1);
  const claimsPanel = h('section', { id: 'claims', class: 'claims', 'aria-live': 'polite', 'aria-labelledby': 'claims-title' },
    h('h2', { id: 'claims-title' }, 'Claims behind a period'),
    h('p', { class: 'hint' }, 'Choose a period in the chart (click, or Tab to it and press Enter) to see who says so, and how.'));
  const answer = h('div', { id: 'answer', class: 'answer', role: 'status', 'aria-live': 'polite' });
  const dateInput = h('input', { type: 'date', id: 'at', name: 'at', value: '2019-03-01', required: true });
  const form = h('form', { class: 'ask', 'aria-describedby': 'ask-help' },
    h('label', { for: 'at' }, 'Who controlled it on'), ' ', dateInput, ' ',
    h('button', { type: 'submit', id: 'ask' }, 'Ask'),
    h('p', { id: 'ask-help', class: 'hint' }, 'Asks /api/control for the date and highlights the periods covering it, with how certain each is.'));

  const chart = drawChart(periods, asOf, (index) => showClaims(claimsPanel, periods[index], index, groups));
  const groups = [...chart.querySelectorAll('g.period')];
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await ask(place, dateInput.value, chart, groups, periods, answer);
  });

  main.replaceChildren(
    h('h1', {}, `Who controlled ${placeLabel}`),
    h('p', { class: 'lede' }, `${periods.length} periods of control, as the graph's sources tell them`,
      asOf ? `, as of ${asOf} (the latest publication date)` : '', '.'),
    form, answer,
    h('figure', { class: 'timeline' }, chart,
      h('figcaption', {}, legend())),
    claimsPanel);
}

function legend() {
  return h('ul', { class: 'legend' },
    h('li', {}, h('span', { class: 'swatch solid', 'aria-hidden': 'true' }), ' certain'),
    h('li', {}, h('span', { class: 'swatch vague', 'aria-hidden': 'true' }), ' vague bound (fades from earliest to latest date)'),
    h('li', {}, h('span', { class: 'swatch hatched', 'aria-hidden': 'true' }), ' possible only: after the source’s publication date'),
    h('li', {}, h('span', { class: 'swatch asof', 'aria-hidden': 'true' }), ' “as of”: publication date'),
    h('li', {}, h('span', { class: 'swatch at', 'aria-hidden': 'true' }), ' the date asked'));
}

function drawChart(periods, asOf, onChoose) {
  const begins = periods.map((p) => ms(p.from.earliest || p.from.latest));
  const ends = periods.flatMap((p) => [p.until ? ms(p.until.latest || p.until.earliest) : 0, p.asOf ? ms(p.asOf) : 0]);
  const start = Date.UTC(new Date(Math.min(...begins) - YEAR / 2).getUTCFullYear(), 0, 1);
  const end = Date.UTC(new Date(Math.max(...ends, ...begins) + YEAR).getUTCFullYear() + 1, 0, 1);
  const actors = [...new Map(periods.map((p) => [p.actor.iri, p.actor])).values()];
  const width = 960;
  const height = 40 + actors.length * ROW + 30;
  const x = (time) => LABEL_WIDTH + ((time - start) / (end - start)) * (width - LABEL_WIDTH - 20);

  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'group', class: 'chart',
    'aria-label': `Timeline of control periods from ${iso(start).slice(0, 4)} to ${iso(end).slice(0, 4)}` });
  const defs = svg('defs');
  root.append(svg('title', {}, 'Periods of control, one row per controller'), defs);

  // Year axis.
  const axis = svg('g', { class: 'axis', 'aria-hidden': 'true' });
  for (let year = new Date(start).getUTCFullYear(); Date.UTC(year, 0, 1) <= end; year++) {
    const xx = x(Date.UTC(year, 0, 1));
    axis.append(svg('line', { x1: xx, x2: xx, y1: 30, y2: height - 24, class: 'tick' }),
      svg('text', { x: xx, y: height - 8, 'text-anchor': 'middle' }, String(year)));
  }
  root.append(axis);

  periods.forEach((period, index) => {
    const row = actors.findIndex((a) => a.iri === period.actor.iri);
    const colour = COLOURS[row % COLOURS.length];
    const y = 36 + row * ROW;
    const s = spanOf(period, start, end);
    const group = svg('g', { class: 'period', 'data-index': index, 'data-actor': period.actor.label, 'data-kind': period.kind });
    group.append(svg('title', {}, describe(period)));
    const barY = y + 4;
    const barH = ROW - 18;
    // Vague begin: fades in from earliest to latest.
    defs.append(gradient(`fade-in-${index}`, colour, 0.08, 1), gradient(`fade-out-${index}`, colour, 1, 0.08),
      hatch(`hatch-${index}`, colour));
    const w = (a, b) => Math.max(x(b) - x(a), 0);
    if (s.beginLatest > s.beginEarliest) {
      group.append(svg('rect', { x: x(s.beginEarliest), y: barY, width: Math.max(w(s.beginEarliest, s.beginLatest), 2), height: barH, fill: `url(#fade-in-${index})`, class: 'vague' }));
    }
    group.append(svg('rect', { x: x(s.beginLatest), y: barY, width: Math.max(w(s.beginLatest, s.endEarliest), 3), height: barH, fill: colour, class: 'solid' }));
    if (s.open) {
      group.append(svg('rect', { x: x(s.endEarliest), y: barY, width: w(s.endEarliest, s.endLatest), height: barH, fill: `url(#hatch-${index})`, class: 'hatched' }));
    } else if (s.endLatest > s.endEarliest) {
      group.append(svg('rect', { x: x(s.endEarliest), y: barY, width: w(s.endEarliest, s.endLatest), height: barH, fill: `url(#fade-out-${index})`, class: 'vague' }));
    }
    const outline = svg('rect', { x: x(s.beginEarliest) - 3, y: barY - 3, width: w(s.beginEarliest, s.endLatest) + 6, height: barH + 6, class: 'outline', rx: 4 });
    group.prepend(outline);
    const label = `${period.from.text || (period.from.earliest ? bounds(period.from) : '…')}${period.until ? ` to ${period.until.earliest}${period.until.inferred ? ' (end inferred)' : ''}`
      : `, open: known as of ${period.asOf}`}${period.inferred ? ' · controller inferred' : ''}`;
    const rightHalf = x(s.beginLatest) > (LABEL_WIDTH + width) / 2;
    group.append(svg('text', { x: rightHalf ? x(s.endLatest) : x(s.beginLatest) + 6, y: barY + barH + 13,
      'text-anchor': rightHalf ? 'end' : 'start', class: 'period-label' }, label));
    activatable(group, () => onChoose(index), `${describe(period)}. Press Enter to list the claims.`);
    if (!root.querySelector(`text.actor[data-row="${row}"]`)) {
      root.append(svg('text', { x: 8, y: barY + barH / 2 + 5, class: 'actor', fill: colour, 'data-row': row }, period.actor.label));
    }
    root.append(group);
  });

  if (asOf) {
    const xx = x(ms(asOf));
    root.append(svg('g', { class: 'asof' },
      svg('line', { x1: xx, x2: xx, y1: 18, y2: height - 24 }),
      svg('text', { x: xx - 4, y: 14, 'text-anchor': 'end' }, `as of ${asOf}`)));
  }
  root.append(svg('g', { class: 'at', id: 'at-marker', visibility: 'hidden' },
    svg('line', { x1: 0, x2: 0, y1: 18, y2: height - 24 }),
    svg('text', { x: 4, y: 14 }, '')));
  root.dataset.start = start;
  root.dataset.end = end;
  root.xScale = x;
  return root;
}

function gradient(id, colour, from, to) {
  return svg('linearGradient', { id, x1: '0', x2: '1', y1: '0', y2: '0' },
    svg('stop', { offset: '0', 'stop-color': colour, 'stop-opacity': from }),
    svg('stop', { offset: '1', 'stop-color': colour, 'stop-opacity': to }));
}

function hatch(id, colour) {
  return svg('pattern', { id, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    svg('rect', { width: 8, height: 8, fill: colour, 'fill-opacity': 0.12 }),
    svg('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: colour, 'stroke-width': 3 }));
}

async function ask(place, at, chart, groups, periods, answer) {
  answer.replaceChildren(h('p', {}, `Asking for ${at}…`));
  let result;
  try {
    result = await getJson(`/api/control?place=${encodeURIComponent(place)}&at=${encodeURIComponent(at)}`);
  } catch (error) {
    answer.replaceChildren(h('p', { class: 'error', role: 'alert' }, error.message));
    return;
  }
  const marker = chart.querySelector('#at-marker');
  const xx = chart.xScale(ms(result.at));
  marker.querySelector('line').setAttribute('x1', xx);
  marker.querySelector('line').setAttribute('x2', xx);
  marker.querySelector('text').setAttribute('x', xx + 4);
  marker.querySelector('text').textContent = result.at;
  marker.setAttribute('visibility', 'visible');
  for (const g of groups) g.classList.remove('hit', 'certain', 'possible');
  const items = result.controllers.map((c) => {
    const index = periods.findIndex((p) => p.actor.iri === c.actor.iri && p.from.earliest === c.from.earliest && p.kind === c.kind);
    if (index >= 0) groups[index].classList.add('hit', c.certainty);
    return h('li', { class: `controller ${c.certainty}`, 'data-actor': c.actor.label },
      h('strong', {}, c.actor.label), ` — ${c.kind}, `,
      h('span', { class: `certainty certainty-${c.certainty}` },
        h('span', { 'aria-hidden': 'true' }, c.certainty === 'certain' ? '● ' : '◌ '), c.certainty),
      c.asOf ? ` (as of ${c.asOf})` : '', c.inferred ? ' (inferred)' : '');
  });
  answer.replaceChildren(
    h('h2', {}, `On ${result.at}`),
    items.length ? h('ul', { class: 'controllers' }, items) : h('p', {}, 'No known controller on that date.'));
}

function showClaims(panel, period, index, groups) {
  for (const g of groups) g.classList.toggle('selected', Number(g.dataset.index) === index);
  const rows = period.basis.map((b) => h('tr', { 'data-stance': b.stance },
    h('th', { scope: 'row' }, b.claimant.label),
    h('td', {}, stanceBadge(b.stance)),
    h('td', {}, b.date || '—'),
    h('td', {}, b.medium || '—'),
    h('td', { class: 'quote' }, h('q', {}, b.quote), ' ', articleLink(b.claim), b.verified ? ' (verified)' : '')));
  panel.replaceChildren(
    h('h2', { id: 'claims-title', tabindex: '-1' }, `Claims behind: ${period.actor.label}, ${wording(period.from)}`
      + (period.until ? ` to ${period.until.earliest}` : ' (open)')),
    h('table', { class: 'claims-table' },
      h('caption', {}, `${period.basis.length} claims about this period of ${period.kind}`),
      h('thead', {}, h('tr', {}, ['Claimant', 'Stance', 'Date', 'Medium', 'Quote'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows)));
  panel.querySelector('h2').focus({ preventScroll: true });
  panel.scrollIntoView({ block: 'nearest' });
}
