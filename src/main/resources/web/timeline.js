// The timeline: one row per account of control, with its holder and sources. A vague bound is a band from its
// earliest to its latest date; an account still open at the last report stops there, with a short open tail
// (no bar runs on to the chart's edge as if it had an end). Drawn at the width it is shown at, so text is its
// real size on a phone too; narrow charts put the labels above the bars.
import { activatable, fmtDate, jumpTo } from './common.js';

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86400000;
const YEAR = 365.25 * DAY;
const COLOURS = ['#b45309', '#1d4ed8', '#047857', '#7c3aed', '#be123c', '#0e7490'];
const TAIL = 28;

const ms = (date) => Date.parse(`${date}T00:00:00Z`);

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) el.setAttribute(key, value);
  }
  el.append(...children);
  return el;
}

/** A vague instant in words, with its year: a day, a range, or the one bound a source gives ("by 31 May 2014"). */
function instantLabel(i) {
  if (!i.earliest) return `by ${fmtDate(i.latest)}`;
  if (!i.latest) return `from ${fmtDate(i.earliest)}`;
  return i.earliest === i.latest ? fmtDate(i.earliest) : `${fmtDate(i.earliest)}–${fmtDate(i.latest)}`;
}

/** The visible label of an account: its dates, each with its year. */
export function periodLabel(p) {
  const until = p.until ? instantLabel(p.until) : `open, last reported ${fmtDate(p.asOf)}`;
  return `${instantLabel(p.from)} to ${until}`;
}

function outlets(p) {
  return (p.evidence?.sources || []).map((s) => s.outlet).filter(Boolean).join(', ');
}

/** A row's disagreement in words: what is disputed and how many positions the sources take. */
export function disputeName(d) {
  return `disputed ${d.component}: ${d.positions} positions`;
}

/** A marker's width: room for the sign and the component's name at the chart's bold 12 px, and its padding. */
const markWidth = (d) => 30 + 8 * d.component.length;
const GAP = 4;

/**
 * The markers of a row whose account takes a position in disagreements: one link each to the disagreement listed
 * under the chart, in a column of their own right of the bars (so they hide no bar and no label). Beside the row's
 * group, not in it, so no link sits inside the row's button. The visible words (the component) are in the name.
 */
function disputeMarks(disputes, index, x0, y) {
  let x = x0;
  return svg('g', { class: 'disputes', 'data-index': index }, ...disputes.map((d) => {
    const w = markWidth(d);
    const mark = svg('a', { href: d.href, class: 'dispute-mark', 'data-component': d.component, 'aria-label': disputeName(d) },
      svg('title', {}, `${disputeName(d)}, about ${d.about}`),
      svg('rect', { x, y, width: w, height: 24, rx: 4 }),
      svg('text', { x: x + 6, y: y + 16 }, svg('tspan', { 'aria-hidden': 'true' }, '⚠ '), d.component));
    mark.addEventListener('click', jumpTo);
    x += w + GAP;
    return mark;
  }));
}

export function drawChart(periods, keys, lastReport, width, onChoose, disputes = []) {
  const narrow = width < 640;
  const labelWidth = narrow ? 0 : 210;
  const row = narrow ? 90 : 54;
  const top = 30;
  const begins = periods.map((p) => ms(p.from.earliest || p.from.latest));
  const ends = periods.flatMap((p) => [p.until ? ms(p.until.latest || p.until.earliest) : 0, p.asOf ? ms(p.asOf) : 0]);
  const start = Date.UTC(new Date(Math.min(...begins) - YEAR / 2).getUTCFullYear(), 0, 1);
  const end = Date.UTC(new Date(Math.max(...ends, ...begins) + YEAR / 2).getUTCFullYear() + 1, 0, 1);
  // Wide, the markers have a column right of the bars; narrow, a line under the bar of their row, which is taller.
  const marked = (i) => (disputes[i] || []).length > 0;
  const ys = periods.map((p, i) => top + i * row + (narrow ? 30 * periods.slice(0, i).filter((q, j) => marked(j)).length : 0));
  const height = (ys.at(-1) ?? top) + row + (narrow && marked(periods.length - 1) ? 30 : 0) + 30;
  const marks = narrow ? 0 : Math.max(0, ...periods.map((p, i) => (disputes[i] || []).reduce((sum, d) => sum + markWidth(d) + GAP, 0)));
  const right = width - TAIL - 12 - (marks ? marks + 8 : 0);
  const x = (time) => labelWidth + 8 + ((time - start) / (end - start)) * (right - labelWidth - 8);

  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'chart', role: 'group',
    'aria-label': `Timeline of ${periods.length} accounts of control, ${new Date(start).getUTCFullYear()} to ${new Date(end).getUTCFullYear() - 1}; the same is in the table below` });
  root.append(svg('defs', {}, ...periods.map((p, i) => hatch(`open-${i}`, COLOURS[i % COLOURS.length]))));

  const axis = svg('g', { class: 'axis', 'aria-hidden': 'true' });
  const step = Math.max(1, Math.ceil(34 / ((right - labelWidth) / ((end - start) / YEAR))));
  for (let year = new Date(start).getUTCFullYear(); Date.UTC(year, 0, 1) <= end; year++) {
    const xx = x(Date.UTC(year, 0, 1));
    axis.append(svg('line', { x1: xx, x2: xx, y1: top - 6, y2: height - 24, class: 'tick' }));
    if (year % step === 0) axis.append(svg('text', { x: xx, y: height - 8, 'text-anchor': 'middle' }, String(year)));
  }
  root.append(axis);

  periods.forEach((p, index) => {
    const colour = COLOURS[index % COLOURS.length];
    const y = ys[index];
    const barY = narrow ? y + 48 : y + 4;
    const barH = 26;
    const group = svg('g', { class: 'period', 'data-index': index, 'data-key': keys[index], 'data-actor': p.actor.label, 'data-kind': p.kind });
    const bE = ms(p.from.earliest || p.from.latest);
    const bL = ms(p.from.latest || p.from.earliest);
    const eE = p.until ? ms(p.until.earliest || p.until.latest) : ms(p.asOf || p.from.latest);
    const eL = p.until ? ms(p.until.latest || p.until.earliest) : eE;
    const w = (a, b) => Math.max(x(b) - x(a), 0);
    const outlineEnd = p.until ? x(eL) : x(eE) + TAIL;
    group.append(svg('rect', { x: x(bE) - 3, y: barY - 3, width: Math.max(outlineEnd - x(bE), 24) + 6, height: barH + 6, class: 'outline', rx: 4 }));
    if (bL > bE) group.append(band(x(bE), barY, w(bE, bL), barH, colour));
    group.append(svg('rect', { x: x(bL), y: barY, width: Math.max(w(bL, eE), 3), height: barH, fill: colour, class: 'solid' }));
    if (p.until && eL > eE) group.append(band(x(eE), barY, w(eE, eL), barH, colour));
    if (!p.until) {
      group.append(svg('rect', { x: x(eE), y: barY, width: TAIL, height: barH, fill: `url(#open-${index})`, class: 'open' }),
        svg('text', { x: x(eE) + TAIL / 2, y: barY + barH / 2 + 5, 'text-anchor': 'middle', class: 'open-mark', 'aria-hidden': 'true' }, '?'));
    }
    const label = periodLabel(p);
    const name = `${p.actor.label}, ${p.kind}${outlets(p) ? ` (${outlets(p)})` : ''}`;
    if (narrow) {
      // Three short lines above the bar, so nothing is cut at a phone's width.
      root.append(svg('text', { x: 4, y: y + 12, class: 'actor', fill: colour }, `${p.actor.label}, ${p.kind}`),
        svg('text', { x: 4, y: y + 27, class: 'sources-label' }, outlets(p) || 'no source named'),
        svg('text', { x: 4, y: y + 42, class: 'period-label' }, label));
    } else {
      root.append(svg('text', { x: 4, y: barY + 11, class: 'actor', fill: colour }, p.actor.label),
        svg('text', { x: 4, y: barY + 26, class: 'sources-label' }, `${p.kind}${outlets(p) ? ` · ${outlets(p)}` : ''}`));
      const rightHalf = x(bL) > (labelWidth + width) / 2;
      group.append(svg('text', { x: rightHalf ? x(eE) - 4 : x(bL) + 6, y: barY + barH + 13,
        'text-anchor': rightHalf ? 'end' : 'start', class: 'period-label' }, label));
    }
    // The accessible name starts with the words shown, so speech input can say what it sees.
    activatable(group, () => onChoose(index), `${label}: ${name}. Shows the claims.`);
    root.append(group);
    if (disputes[index]?.length) {
      root.append(narrow ? disputeMarks(disputes[index], index, 4, barY + barH + 6)
        : disputeMarks(disputes[index], index, width - marks, barY + barH / 2 - 12));
    }
  });

  if (lastReport) {
    const xx = x(ms(lastReport));
    root.append(svg('g', { class: 'asof', 'aria-hidden': 'true' },
      svg('line', { x1: xx, x2: xx, y1: 16, y2: height - 24 }),
      svg('text', { x: xx - 4, y: 12, 'text-anchor': 'end' }, `last report ${fmtDate(lastReport)}`)));
  }
  root.append(svg('g', { class: 'at', id: 'at-marker', visibility: 'hidden', 'aria-hidden': 'true' },
    svg('line', { x1: 0, x2: 0, y1: 16, y2: height - 24 }),
    svg('text', { x: 4, y: 24 }, '')));
  root.dataset.start = start;
  root.dataset.end = end;
  root.xScale = x;
  return root;
}

/** A vague bound: a pale band with a dashed edge, at least 8 px wide so it is seen. */
function band(x0, y, width, height, colour) {
  return svg('rect', { x: x0, y, width: Math.max(width, 8), height, fill: colour, 'fill-opacity': 0.3, stroke: colour,
    'stroke-dasharray': '3 2', class: 'vague' });
}

function hatch(id, colour) {
  return svg('pattern', { id, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    svg('rect', { width: 8, height: 8, fill: colour, 'fill-opacity': 0.12 }),
    svg('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: colour, 'stroke-width': 3 }));
}
