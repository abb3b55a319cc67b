// The place view: the answer for a date (one card per controller, citable and downloadable), a timeline of
// the accounts of control (one row per account, with its sources) and the same as a table, and the claims
// behind an account. Its state is its address: /place/Kidal?at=2019-03-01&account=KEY, so Back, Forward and
// a shared link reopen what was seen.
import { getJson, h, stanceBadge, articleLink, fmtDate, localName, downloadButtons, notFound, jumpTo } from './common.js';
import { answerCard, accountKeys, accountIndex, rowOf, csvRows } from './answer.js';
import { drawChart, disputeName } from './timeline.js';

export async function placeView(main, place) {
  let timeline;
  try {
    timeline = await getJson(`/api/timeline?place=${encodeURIComponent(place)}`);
  } catch (error) {
    await unknownPlace(main, place, error);
    return;
  }
  const placeLabel = timeline.place.label;
  document.title = `${placeLabel}: who controlled it · kidal-kg`;
  const periods = timeline.periods;
  if (!periods.length) {
    const asked = await getJson(`/api/places?near=${encodeURIComponent(place)}`).then((a) => a.asked).catch(() => null);
    if (asked?.kind === 'actor') {
      actorNotPlace(main, place, asked);
      return;
    }
    main.replaceChildren(h('h1', {}, `Who controlled ${placeLabel}`), h('p', {}, 'The graph knows no period of control of this place.'));
    return;
  }
  const keys = accountKeys(periods);
  const lastReport = periods.map((p) => p.asOf).filter(Boolean).sort().at(-1);
  const disputes = disputesOf(periods, timeline.disagreements);
  const state = { place, placeLabel, periods, keys, lastReport, disputes, result: null };

  const answer = h('section', { id: 'answer', class: 'answer', 'aria-live': 'polite', 'aria-label': 'Answer for the date' });
  const dateInput = h('input', { type: 'text', id: 'at', name: 'at', value: '2019-03-01', required: true, inputmode: 'numeric',
    pattern: '\\d{4}-\\d{2}-\\d{2}', placeholder: 'YYYY-MM-DD', autocomplete: 'off', size: 11, 'aria-describedby': 'ask-help' });
  const picker = h('input', { type: 'date', id: 'at-picker', 'aria-label': 'Pick the date from a calendar', tabindex: '-1' });
  const form = h('form', { class: 'ask', action: location.pathname, method: 'get', novalidate: true },
    h('label', { for: 'at' }, 'Who controlled it on'), ' ', dateInput, picker, ' ',
    h('button', { type: 'submit', id: 'ask' }, 'Ask'),
    h('p', { id: 'ask-help', class: 'hint' }, 'A date as year-month-day, e.g. 2019-03-01 (or pick one). Each controller gets a card with its sources, which you can copy as a citation or download.'));
  picker.addEventListener('change', () => { if (picker.value) dateInput.value = picker.value; });
  dateInput.addEventListener('input', () => { if (/^\d{4}-\d{2}-\d{2}$/.test(dateInput.value)) picker.value = dateInput.value; });
  const claimsPanel = h('section', { id: 'claims', class: 'claims', 'aria-labelledby': 'claims-title' },
    h('h2', { id: 'claims-title' }, 'Claims behind an account'),
    h('p', { class: 'hint' }, 'Choose an account in the chart or the table to see who says so, and how.'));
  const figure = h('figure', { class: 'timeline', 'aria-labelledby': 'timeline-title' });
  state.ui = { main, answer, dateInput, picker, claimsPanel, figure };

  const choose = (index) => { navigate(state, { account: keys[index] }); };
  const redraw = () => {
    const width = Math.max(320, Math.round(figure.clientWidth || main.clientWidth || 960) - 16);
    const chart = drawChart(periods, keys, lastReport, width, choose, disputes);
    figure.replaceChildren(h('h2', { id: 'timeline-title' }, 'Accounts of control over time'), chart,
      h('figcaption', {}, legend(lastReport, disputes.some((d) => d.length))));
    state.chart = chart;
    mark(state);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(state, { at: dateInput.value.trim() });
  });

  main.replaceChildren(
    h('h1', {}, `Who controlled ${placeLabel}`),
    h('p', { class: 'lede' }, `${periods.length} accounts of control, as the graph's sources tell them; the last report is of `,
      h('strong', {}, fmtDate(lastReport)), '. Nothing is known here after it.'),
    form, answer, figure, accountsTable(state, choose), disagreementList(timeline.disagreements, undefined, 'disagreement'), claimsPanel);
  redraw();
  let resizing;
  window.addEventListener('resize', () => { clearTimeout(resizing); resizing = setTimeout(redraw, 150); });
  window.addEventListener('popstate', () => show(state, false));
  await show(state, false);
}

/** Reads the address (?at=, ?account=) and shows it; {@code focus} moves focus to what changed. */
async function show(state, focus) {
  const params = new URLSearchParams(location.search);
  const at = params.get('at');
  const account = params.get('account');
  if (at) {
    state.ui.dateInput.value = at;
    if (/^\d{4}-\d{2}-\d{2}$/.test(at)) state.ui.picker.value = at;
    await ask(state, at);
  } else {
    state.result = null;
    state.ui.answer.replaceChildren();
  }
  const index = accountIndex(state, account);
  if (index >= 0) showClaims(state, index, focus);
  else showNoAccount(state);
  mark(state);
}

/** Puts a change in the address (a new history entry, so Back undoes it) and shows it. */
function navigate(state, change) {
  const params = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(change)) {
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const query = params.toString();
  history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  show(state, true);
}

async function ask(state, at) {
  const { answer } = state.ui;
  answer.replaceChildren(h('p', { role: 'status' }, `Asking for ${at}…`));
  try {
    state.result = await getJson(`/api/control?place=${encodeURIComponent(state.place)}&at=${encodeURIComponent(at)}`);
  } catch (error) {
    state.result = null;
    answer.replaceChildren(h('p', { class: 'error', role: 'alert' }, error.message));
    return;
  }
  const result = state.result;
  const cards = result.controllers.map((c) => answerCard(c, result, state, location.href));
  const outside = chartNote(state, result.at);
  answer.replaceChildren(
    h('div', { class: 'answer-head' },
      h('h2', { id: 'answer-title' }, `${state.placeLabel} on ${fmtDate(result.at)}`),
      downloadButtons(`kidal-kg-${localName(result.place.iri)}-${result.at}`, () => csvRows(result, location.href), () => result)),
    cards.length ? h('div', { class: 'cards' }, cards) : h('p', { class: 'none' }, noneMessage(state, result.at)),
    outside ? h('p', { class: 'chart-note' }, outside) : '',
    result.disagreements.length ? disagreementList(result.disagreements, 'Where the sources disagree on this') : '');
}

/** Nothing known on a date: past the last report it says so, before the first it says that. */
function noneMessage(state, at) {
  if (state.lastReport && at > state.lastReport) {
    return `Unknown: the sources' last report is of ${fmtDate(state.lastReport)}, before ${fmtDate(at)}.`;
  }
  return `No source says who controlled ${state.placeLabel} on ${fmtDate(at)}.`;
}

/** A date the chart does not reach is said in words rather than drawn nowhere. */
function chartNote(state, at) {
  const chart = state.chart;
  if (!chart) return null;
  const t = Date.parse(`${at}T00:00:00Z`);
  const day = (time) => fmtDate(new Date(Number(time)).toISOString());
  if (t < Number(chart.dataset.start)) return `The chart starts on ${day(chart.dataset.start)}: ${fmtDate(at)} is before anything it shows.`;
  if (t > Number(chart.dataset.end)) return `The chart ends on ${day(chart.dataset.end)}: ${fmtDate(at)} is after anything it shows.`;
  return null;
}

/** Highlights, in the chart, the date asked, the accounts answering it and the chosen account. */
function mark(state) {
  const chart = state.chart;
  if (!chart) return;
  const chosen = accountIndex(state, new URLSearchParams(location.search).get('account'));
  const groups = [...chart.querySelectorAll('g.period')];
  groups.forEach((g, i) => {
    g.classList.remove('hit', 'certain', 'possible');
    g.classList.toggle('selected', i === chosen);
  });
  const marker = chart.querySelector('#at-marker');
  const result = state.result;
  if (!result) {
    marker.setAttribute('visibility', 'hidden');
    return;
  }
  for (const c of result.controllers) {
    const index = rowOf(state.periods, c);
    if (index >= 0) groups[index].classList.add('hit', c.certainty);
  }
  const t = Date.parse(`${result.at}T00:00:00Z`);
  if (t < Number(chart.dataset.start) || t > Number(chart.dataset.end)) {
    marker.setAttribute('visibility', 'hidden');
    return;
  }
  const xx = chart.xScale(t);
  for (const line of marker.querySelectorAll('line')) {
    line.setAttribute('x1', xx);
    line.setAttribute('x2', xx);
  }
  const text = marker.querySelector('text');
  text.setAttribute('x', xx + 4);
  text.textContent = fmtDate(result.at);
  marker.setAttribute('visibility', 'visible');
}

function legend(lastReport, disputed) {
  return h('ul', { class: 'legend' },
    h('li', {}, h('span', { class: 'swatch solid', 'aria-hidden': 'true' }), ' within the stated dates'),
    h('li', {}, h('span', { class: 'swatch vague', 'aria-hidden': 'true' }), ' vague bound: somewhere between the earliest and latest date'),
    h('li', {}, h('span', { class: 'swatch open', 'aria-hidden': 'true' }), ` still open at the last report (${fmtDate(lastReport)}): unknown after`),
    h('li', {}, h('span', { class: 'swatch asof', 'aria-hidden': 'true' }), ' last report'),
    h('li', {}, h('span', { class: 'swatch at', 'aria-hidden': 'true' }), ' the date asked'),
    disputed ? h('li', {}, h('span', { class: 'swatch dispute', 'aria-hidden': 'true' }, '⚠'),
      ' begin, end, holder…: the sources disagree on that point of the account (leads to the disagreement below)') : null);
}

function bound(b) {
  if (!b) return '';
  return b.earliest === b.latest ? fmtDate(b.earliest) : `between ${fmtDate(b.earliest)} and ${fmtDate(b.latest)}`;
}

/** The text version of the chart: one row per account, with its sources and what they disagree on. */
function accountsTable(state, choose) {
  const rows = state.periods.map((p, i) => h('tr', { 'data-key': state.keys[i] },
    h('th', { scope: 'row' }, p.actor.label, p.inferred ? ' (inferred from its forces)' : ''),
    h('td', {}, p.kind),
    h('td', {}, bound(p.from), h('br'), h('q', {}, p.from.text)),
    h('td', {}, p.until ? [bound(p.until), p.until.inferred ? ' (end inferred from the next account)' : '']
      : `open: unknown after ${fmtDate(p.asOf)} (last reported then)`),
    h('td', {}, (p.evidence?.sources || []).map((s) => s.outlet).join(', ') || '—', h('br'), h('span', { class: 'status' }, p.evidence?.status || '')),
    h('td', { class: 'disputes' }, state.disputes[i].length
      ? h('ul', {}, state.disputes[i].map((d) => h('li', {}, h('a', { href: d.href, class: 'dispute-link', onclick: jumpTo }, disputeName(d)))))
      : 'none'),
    h('td', {}, h('button', { type: 'button', class: 'show-claims', onclick: () => choose(i),
      'aria-label': `Claims behind ${p.actor.label}, ${p.kind}, ${p.from.text}` }, `${p.basis.length} claims`))));
  return h('details', { class: 'accounts', id: 'accounts' },
    h('summary', {}, 'The timeline as a table'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'claims-table accounts-table' },
      h('caption', {}, `Every account of control of ${state.placeLabel}`),
      h('thead', {}, h('tr', {}, ['Holder', 'Kind', 'From', 'Until', 'Sources', 'Disagreements', 'Claims'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows))));
}

/**
 * For each row, the disagreements in which its account takes a position: where each is listed under the chart
 * (#disagreement-N), on what, and how many positions it has. From the positions' accounts: no query per row.
 */
function disputesOf(periods, disagreements) {
  return periods.map((p) => (disagreements || []).flatMap((d, j) => (d.positions.some((pos) => (pos.accounts || []).includes(p.period))
    ? [{ href: `#disagreement-${j}`, component: d.component, positions: d.positions.length, about: d.about }] : [])));
}

/** The disagreements as a list; with {@code idPrefix}, each item is a target (#disagreement-N) the rows link to. */
function disagreementList(disagreements, title = 'Where the sources disagree', idPrefix = null) {
  if (!disagreements?.length) return '';
  return h('section', { class: 'disagreements' }, h('h2', {}, title),
    h('ul', {}, disagreements.map((d, j) => h('li', idPrefix ? { id: `${idPrefix}-${j}`, tabindex: '-1' } : {},
      h('strong', {}, `${d.about}`), ` (on the ${d.component}): `,
      d.positions.map((p) => `“${p.value}” says ${p.sources.map((s) => s.outlet).join(', ')}`).join('; ')))));
}

function showNoAccount(state) {
  state.ui.claimsPanel.replaceChildren(
    h('h2', { id: 'claims-title' }, 'Claims behind an account'),
    h('p', { class: 'hint' }, 'Choose an account in the chart or the table to see who says so, and how.'));
}

function showClaims(state, index, focus) {
  const period = state.periods[index];
  const panel = state.ui.claimsPanel;
  const rows = period.basis.map((b) => h('tr', { 'data-stance': b.stance },
    h('th', { scope: 'row' }, b.claimant.label),
    h('td', {}, stanceBadge(b.stance)),
    h('td', {}, b.date ? fmtDate(b.date) : '—'),
    h('td', {}, b.medium || '—'),
    h('td', { class: 'quote' }, h('q', {}, b.quote), ' ', articleLink(b.claim, b.source?.iri), b.verified ? ' (verified)' : ' (unverified)')));
  panel.replaceChildren(
    h('h2', { id: 'claims-title', tabindex: '-1' }, `Claims behind: ${period.actor.label}, ${period.kind}, ${period.from.text}`
      + (period.until ? ` to ${fmtDate(period.until.earliest)}` : ` (open at ${fmtDate(period.asOf)})`)),
    h('div', { class: 'table-wrap' }, h('table', { class: 'claims-table' },
      h('caption', {}, `${period.basis.length} claims about this account of ${period.kind}`),
      h('thead', {}, h('tr', {}, ['Claimant', 'Stance', 'Date', 'Medium', 'Quote'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows))));
  if (focus) {
    panel.querySelector('h2').focus({ preventScroll: true });
    panel.scrollIntoView({ block: 'nearest' });
  }
}

/** An unknown place: the error, and the known places, the closest names first. */
async function unknownPlace(main, place, error) {
  let places = [];
  try {
    places = (await getJson(`/api/places?near=${encodeURIComponent(place)}`)).places;
  } catch {
    // The list is a help, not the answer: without it the error alone is shown.
  }
  notFound(main, `No place called “${place}”`, error.message,
    places.length ? h('section', { class: 'known-places' }, h('h2', {}, 'Places the graph knows, closest names first'),
      h('ul', {}, places.map((p) => h('li', {}, h('a', { href: `/place/${encodeURIComponent(p.name)}` }, p.label))))) : null);
}

/** An actor given as a place: say so, and link the actor's description. */
function actorNotPlace(main, place, ref) {
  notFound(main, `“${place}” is an actor, not a place`, `${ref.label} is an actor in the graph: it controls places, it is not one.`,
    h('p', {}, h('a', { href: ref.iri.replace(/^https:\/\/w3id\.org\/kidal-kg/, ''), class: 'actor-link' }, `About ${ref.label}`), ' · ',
      h('a', { href: '/place/Kidal' }, 'Who controlled Kidal')));
}

