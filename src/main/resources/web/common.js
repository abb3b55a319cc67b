// Shared helpers for the views: fetching JSON, building elements, stances with colour AND icon/text.

/** GET a JSON answer; a non-2xx answer throws with the server's error detail. */
export async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.detail || body.error || `${response.status} ${response.statusText}`);
  }
  return body;
}

/** h('p', {class: 'x', onclick: fn}, 'text', child…): an element with attributes, handlers and children. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** The stances the graph uses, each with a colour class, an icon and words, so colour is never alone. */
const STANCES = {
  'asserts': { cls: 'asserts', icon: '✔', text: 'asserts' },
  'acknowledges': { cls: 'acknowledges', icon: '⚑', text: 'acknowledges' },
  'denies': { cls: 'denies', icon: '✘', text: 'denies' },
  'reports without confirming': { cls: 'reports', icon: '?', text: 'reports without confirming' },
};

/** A stance badge: icon (hidden from screen readers) and the stance in words. */
export function stanceBadge(stance) {
  const s = STANCES[stance] || { cls: 'other', icon: '•', text: stance || 'unknown stance' };
  return h('span', { class: `stance stance-${s.cls}` }, h('span', { class: 'icon', 'aria-hidden': 'true' }, s.icon), ' ', s.text);
}

/** Makes a non-button element act as one: focusable, Enter and Space activate it. */
export function activatable(el, action, label) {
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  if (label) el.setAttribute('aria-label', label);
  el.addEventListener('click', action);
  el.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action(event);
    }
  });
  return el;
}

/** Follows an in-page link (href="#id") by moving focus there, without a history entry: addresses hold a view's state. */
export function jumpTo(event) {
  const target = document.getElementById((event.currentTarget.getAttribute('href') || '').slice(1));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

/** Shows an error in place of a view. */
export function showError(main, error) {
  main.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Could not load: ${error.message}`));
}

/** The link to a claim's words in the article view. */
export function articleLink(claimIri, docIri) {
  return h('a', { href: docIri ? articleHref(docIri, claimIri) : `/article?claim=${encodeURIComponent(claimIri)}`, class: 'in-article' }, 'show in article');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2023-11-14' as '14 Nov 2023', the same in every browser locale (a date always carries its year). */
export function fmtDate(date) {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})/.exec(date || '');
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : (date || 'no date');
}

/** The last segment of an IRI: the name a view's address uses for a source or an actor. */
export function localName(iri) {
  return String(iri || '').replace(/.*[/#]/, '');
}

/** The article view's address for a source document, optionally focused on one claim. */
export function articleHref(docIri, claimIri) {
  return `/article/${encodeURIComponent(localName(docIri))}${claimIri ? `?claim=${encodeURIComponent(claimIri)}` : ''}`;
}

/** A link to the original publication, opened outside the tool; or says there is none. */
export function originalLink(url, text = 'original article') {
  return url ? h('a', { href: url, class: 'original', rel: 'noopener noreferrer external' }, text)
    : h('span', { class: 'no-url' }, 'no original URL recorded');
}

/** Starts a download of {@code text} as file {@code name} (a Blob URL: nothing leaves the browser). */
export function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Rows (arrays) as RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends. */
export function csv(rows) {
  return rows.map((row) => row.map((v) => `"${String(v ?? '').replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
}

/** Copies text to the clipboard; where the browser refuses, selects it in {@code fallback} for Ctrl+C. */
export async function copyText(text, fallback) {
  fallback.value = text;
  fallback.hidden = false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    fallback.focus();
    fallback.select();
    return false;
  }
}

/** A "Copy citation" button with its status line and the text box it falls back to: {button, status, area}. */
export function citeButton(label, textOf) {
  const area = h('textarea', { class: 'citation-text', readonly: true, rows: 6, hidden: true, 'aria-label': `Citation for ${label}` });
  const status = h('span', { class: 'copied', role: 'status' });
  const button = h('button', { type: 'button', class: 'copy-citation', onclick: async () => {
    const ok = await copyText(textOf(), area);
    status.textContent = ok ? 'Citation copied.' : 'Select the text below and copy it (Ctrl+C).';
  } }, 'Copy citation');
  return { button, status, area };
}

/** The "Download CSV" and "Download JSON" buttons of a view: {@code rows()} and {@code json()} are read when clicked. */
export function downloadButtons(name, rows, json) {
  return h('div', { class: 'exports' },
    h('button', { type: 'button', id: 'download-csv', onclick: () => download(`${name}.csv`, 'text/csv', csv(rows())) }, 'Download CSV'),
    h('button', { type: 'button', id: 'download-json', onclick: () => download(`${name}.json`, 'application/json',
      JSON.stringify({ permalink: location.href, ...json() }, null, 2)) }, 'Download JSON'));
}

/** The line every citation ends with: the tool, the permalink and the day it was read. */
export function retrieved(permalink) {
  return `kidal-kg, ${permalink} (retrieved ${fmtDate(new Date().toISOString().slice(0, 10))}).`;
}

/** A page-level message for a place the graph does not know (with the known places, closest name first). */
export function notFound(main, title, message, ...more) {
  document.title = `${title} · kidal-kg`;
  main.replaceChildren(h('h1', {}, title), h('p', { class: 'error', role: 'alert' }, message), ...more.filter(Boolean));
}
