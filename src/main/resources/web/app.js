// Picks the view from the address: /place/{name}, /article[/{source}], /disputed or /sources.
import { showError } from './common.js';
import { placeView } from './place.js';
import { articleView } from './article.js';
import { disputedView } from './disputed.js';
import { sourcesView } from './sources.js';

const main = document.getElementById('main');
const path = location.pathname;
const segment = (prefix) => decodeURIComponent(path.slice(prefix.length));
let view = 'place';
let run;
if (/^\/place\/[^/]+$/.test(path)) {
  run = () => placeView(main, segment('/place/'));
} else if (/^\/article(\/[^/]+)?$/.test(path)) {
  view = 'article';
  run = () => articleView(main, path === '/article' ? null : segment('/article/'));
} else if (path === '/disputed') {
  view = 'disputed';
  run = () => disputedView(main);
} else if (path === '/sources') {
  view = 'sources';
  run = () => sourcesView(main);
}
for (const link of document.querySelectorAll('nav a[data-view]')) {
  if (link.dataset.view === view) link.setAttribute('aria-current', 'page');
}
// Any other address is the server's own page (the styled 404): nothing to run.
if (run) run().then(() => { document.body.dataset.ready = 'true'; }).catch((error) => showError(main, error));
