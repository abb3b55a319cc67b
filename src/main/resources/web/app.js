// Picks the view from the address: /place/{name}, /article or /disputed.
import { showError } from './common.js';
import { placeView } from './place.js';
import { articleView } from './article.js';
import { disputedView } from './disputed.js';

const main = document.getElementById('main');
const path = location.pathname;
let view = 'place';
let run;
if (path.startsWith('/place/')) {
  const place = decodeURIComponent(path.slice('/place/'.length));
  run = () => placeView(main, place);
} else if (path === '/article') {
  view = 'article';
  run = () => articleView(main, new URLSearchParams(location.search).get('claim'));
} else if (path === '/disputed') {
  view = 'disputed';
  run = () => disputedView(main);
}
for (const link of document.querySelectorAll('nav a[data-view]')) {
  if (link.dataset.view === view) link.setAttribute('aria-current', 'page');
}
run().catch((error) => showError(main, error));
