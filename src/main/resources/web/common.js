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

/** Shows an error in place of a view. */
export function showError(main, error) {
  main.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Could not load: ${error.message}`));
}

/** The link to a claim's words in the article view. */
export function articleLink(claimIri) {
  return h('a', { href: `/article?claim=${encodeURIComponent(claimIri)}`, class: 'in-article' }, 'show in article');
}
