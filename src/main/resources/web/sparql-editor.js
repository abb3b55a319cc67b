// The SPARQL editor: YASGUI (from the WebJar, served by this server) pointed at /kidal/sparql, with the
// named queries listed beside it; one query tab (the tab bar is hidden), nothing asked of any other server.
// Without YASGUI (the script failed to load) a plain textarea and a results table do the same job.
import { getJson, h } from './common.js';

const endpoint = `${location.origin}/kidal/sparql`;
document.getElementById('endpoint').textContent = endpoint;
const editorRoot = document.getElementById('editor');
const list = document.getElementById('named-queries');

const editor = window.Yasgui ? yasguiEditor() : plainEditor();

getJson('/queries').then(({ queries }) => {
  for (const q of queries) {
    const button = h('button', { type: 'button', 'data-query': q.name, 'aria-pressed': 'false', title: q.summary },
      q.name, h('small', {}, q.summary));
    button.addEventListener('click', async () => {
      const response = await fetch(`/queries/${encodeURIComponent(q.name)}.rq`);
      const text = await response.text();
      for (const b of list.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
      editor.load(q.name, text);
    });
    list.append(h('li', {}, button));
  }
  document.body.dataset.ready = 'true';
}).catch((error) => list.append(h('li', { class: 'error', role: 'alert' }, error.message)));

function yasguiEditor() {
  const { Yasqe } = window.Yasgui;
  // No request leaves this server: YASQE's prefix lookup (prefix.cc) and its class and property completions (Linked
  // Open Vocabularies) are off; variable names still complete. Set on the defaults, as YASGUI merges arrays by index.
  Yasqe.defaults.autocompleters = ['variables'];
  // Tab and Shift+Tab move the focus out of the editor as everywhere else, so the keyboard is never trapped;
  // Ctrl+] and Ctrl+[ indent, Ctrl+Enter runs (YASQE's own keys, kept).
  Yasqe.defaults.extraKeys = { ...Yasqe.defaults.extraKeys, Tab: (cm) => leave(cm, 1), 'Shift-Tab': (cm) => leave(cm, -1) };
  const yasgui = new window.Yasgui(editorRoot, {
    requestConfig: { endpoint, method: 'POST' },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    endpointCatalogueOptions: { getData: () => [{ endpoint }] },
  });
  editorRoot.dataset.editor = 'yasgui';
  label(yasgui.getTab());
  return {
    load(name, text) {
      const tab = yasgui.getTab();
      tab.setName?.(name);
      tab.setQuery(text);
    },
    run() { yasgui.getTab().query(); },
  };
}

/** Moves the focus from the editor to the next (or previous) control of the page. */
function leave(cm, step) {
  const all = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
    .filter((el) => !el.disabled && el.getClientRects().length && !cm.getWrapperElement().contains(el));
  const after = all.filter((el) => cm.getWrapperElement().compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  const before = all.filter((el) => !after.includes(el));
  (step > 0 ? after[0] : before.at(-1))?.focus();
}

/** Names YASGUI's unnamed fields for assistive technology (the query, the endpoint). */
function label(tab) {
  tab.getYasqe?.()?.getInputField().setAttribute('aria-label', 'SPARQL query');
  for (const input of editorRoot.querySelectorAll('input.autocomplete')) input.setAttribute('aria-label', 'SPARQL endpoint');
}

function plainEditor() {
  editorRoot.dataset.editor = 'plain';
  const area = h('textarea', { id: 'query', rows: 18, cols: 100, spellcheck: 'false', 'aria-label': 'SPARQL query' },
    'SELECT * WHERE { ?s ?p ?o } LIMIT 10');
  const status = h('p', { role: 'status' });
  const results = h('div', { class: 'results' });
  const run = async () => {
    status.textContent = 'Running…';
    const response = await fetch(endpoint, { method: 'POST', headers: { Accept: 'application/sparql-results+json',
      'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ query: area.value }) });
    if (!response.ok) {
      status.textContent = `Error ${response.status}: ${await response.text()}`;
      return;
    }
    const json = await response.json();
    const vars = json.head.vars;
    const rows = json.results?.bindings ?? [];
    status.textContent = `${rows.length} rows`;
    results.replaceChildren(h('table', { class: 'claims-table' },
      h('thead', {}, h('tr', {}, vars.map((v) => h('th', { scope: 'col' }, v)))),
      h('tbody', {}, rows.map((r) => h('tr', {}, vars.map((v) => h('td', {}, r[v]?.value ?? '')))))));
  };
  editorRoot.append(h('p', { class: 'hint' }, 'YASGUI could not be loaded: a plain editor instead.'), area,
    h('p', {}, h('button', { type: 'button', id: 'run', onclick: run }, 'Run query')), status, results);
  return { load(name, text) { area.value = text; }, run };
}
