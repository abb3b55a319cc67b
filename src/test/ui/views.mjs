// Drives headless Chromium (Debian's, via playwright-core) through the web interface of a running
// kidal-kg server and checks what a person would see. Run by org.kidalkg.http.web.WebUiBrowserTest:
//   node views.mjs BASE_URL SCREENSHOT_DIR
// with PLAYWRIGHT_DIR (folder holding node_modules/playwright-core) and CHROMIUM (the browser) set.
// Prints one line per check, then "N passed, N failed"; exits 1 if any failed.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [base, shots] = process.argv.slice(2);
const require = createRequire(resolve(process.env.PLAYWRIGHT_DIR, 'package.json'));
const { chromium } = require('playwright-core');
const userDataDir = mkdtempSync(join(tmpdir(), 'kidal-ui-'));
const TIMEOUT = 15000;

let passed = 0;
let failed = 0;
async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${String(error.message || error).split('\n').slice(0, 6).join(' | ')}`);
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  timeout: 60000,
  viewport: { width: 1200, height: 900 },
  acceptDownloads: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--disable-component-update', '--disable-sync', '--disable-quic'],
});
context.setDefaultTimeout(TIMEOUT);
const page = context.pages()[0] || await context.newPage();
// A second browser for the contexts a persistent one cannot open: without JavaScript, and a phone's screen.
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic'] });
const errors = [];
page.on('pageerror', (error) => errors.push(String(error)));
// The server's Content-Security-Policy must hold for our own pages: a refusal is reported on the console.
page.on('console', (message) => {
  if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
});

try {
  await check('/ opens the place view of Kidal', async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector('svg.chart g.period');
    expect(new URL(page.url()).pathname === '/place/Kidal', `landed on ${page.url()}`);
  });

  await check('the place view shows both periods: the rebels, then the army from 14 November 2023', async () => {
    const periods = await page.$$eval('svg.chart g.period', (gs) => gs.map((g) => ({
      actor: g.dataset.actor, label: g.getAttribute('aria-label'),
      x: Math.min(...[...g.querySelectorAll('rect.solid')].map((r) => Number(r.getAttribute('x')))) })));
    const rebels = periods.find((p) => /Tuareg separatist rebels/.test(p.actor));
    // The army's control from 14 November 2023 (Reuters' account of its base in May 2014 is drawn too, as presence).
    const army = periods.find((p) => /Malian Armed Forces/.test(p.actor) && /effective control/.test(p.label) && /14 Nov 2023/.test(p.label));
    expect(rebels && army, `periods: ${JSON.stringify(periods)}`);
    expect(rebels.x < army.x, 'the rebels\' period is not drawn before the army\'s');
    expect(await page.isVisible('svg.chart .asof'), 'no "as of" marker');
    await page.screenshot({ path: join(shots, 'place.png'), fullPage: true });
  });

  await check('picking 2019-03-01 puts the date in the address and gives the rebels, within the stated dates', async () => {
    await page.fill('#at', '2019-03-01');
    await page.click('#ask');
    await page.waitForSelector('#answer article.card');
    expect(new URL(page.url()).searchParams.get('at') === '2019-03-01', `address: ${page.url()}`);
    const answer = await page.textContent('#answer');
    expect(/Tuareg separatist rebels/.test(answer) && /within the stated dates/.test(answer), `answer: ${answer}`);
    expect(!/Malian Armed Forces ·/.test(answer), `the army answered for 2019: ${answer}`);
    expect(!/\bcertain\b/i.test(answer), `"certain" reads as "true": ${answer}`);
    const hits = await page.$$eval('svg.chart g.period.hit', (gs) => gs.map((g) => g.dataset.actor));
    const rebels = hits.filter((h) => /Tuareg/.test(h));
    expect(rebels.length === 3 && hits.every((h) => /Tuareg|MINUSMA|Coordination of Azawad Movements/.test(h)),
      `highlighted (AP's account and France 24's two, SeneNews' CMA; MINUSMA's stay, possible): ${hits}`);
    await page.screenshot({ path: join(shots, 'place-2019-03-01.png'), fullPage: true });
  });

  await check('the answer card gives both axes, the quotes with claimant, stance and date, and every source with its original URL', async () => {
    const card = await page.$('#answer article.card[data-actor="Tuareg separatist rebels"]');
    const text = await card.innerText();
    expect(/When/.test(text) && /On whose word/.test(text) && /single source: claimed by (France 24|Associated Press)/.test(text), `card: ${text}`);
    expect(/In 2012, they dislodged the Malian military from the town\.|They had been in charge/.test(text), `quote: ${text}`);
    expect(/asserts, 14 Nov 2023/.test(text) && /not independently verified/.test(text), `claimant, stance, date, verification: ${text}`);
    const originals = await page.$$eval('#answer a.original', (as) => as.map((a) => a.href));
    expect(originals.some((href) => /keyt\.com/.test(href)), `original URLs: ${originals}`);
    const sources = await page.$$eval('#answer ul.sources li', (lis) => lis.map((li) => li.innerText));
    expect(sources.some((li) => /Associated Press, 14 Nov 2023/.test(li)), `sources: ${sources}`);
  });

  await check('"Copy citation" gives plain text with the quote, the source and the permalink', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.click('#answer article.card[data-actor="Tuareg separatist rebels"] >> nth=0 >> button.copy-citation');
    await page.waitForFunction(() => [...document.querySelectorAll('#answer .copied')].some((e) => /copied|Select/.test(e.textContent)));
    const copied = await page.evaluate(() => navigator.clipboard.readText().catch(() => document.querySelector('textarea.citation-text').value));
    expect(/^Who controlled Kidal on 1 Mar 2019: Tuareg separatist rebels/.test(copied), `citation: ${copied}`);
    expect(/“.+” \((France 24|Associated Press), asserts, 14 Nov 2023\)/.test(copied), `quote line: ${copied}`);
    expect(new RegExp(`${base}/place/Kidal\\?at=2019-03-01&account=control-kidal-`).test(copied), `permalink, keyed by the period: ${copied}`);
  });

  await check('CSV and JSON downloads hold what is on screen', async () => {
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    const csvText = readFileSync(await csvDownload.path(), 'utf8');
    const lines = csvText.trim().split('\r\n');
    expect(/^"place","date","holder"/.test(lines[0]), `CSV header: ${lines[0]}`);
    expect(lines.length >= 3 && lines.slice(1).every((l) => /^"Kidal","2019-03-01","/.test(l))
      && lines.some((l) => /^"Kidal","2019-03-01","Tuareg separatist rebels"/.test(l)), `CSV rows: ${lines.slice(1, 3)}`);
    const cards = await page.$$eval('#answer article.card', (cs) => cs.length);
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
    expect(json.at === '2019-03-01' && json.controllers.length === cards && /at=2019-03-01/.test(json.permalink), `JSON: ${JSON.stringify(json).slice(0, 200)}`);
  });

  await check('after the last report the answer says unknown, never "possibly"; out of the chart it says so', async () => {
    // Wikipedia's last report of the army's hold is 20 December 2023.
    for (const at of ['2024-01-10', '2100-01-01']) {
      await page.fill('#at', at);
      await page.click('#ask');
      await page.waitForFunction((d) => document.querySelector('#answer h2')?.textContent.includes(d), at === '2100-01-01' ? '2100' : '10 Jan 2024');
      const army = await page.textContent('#answer article.card[data-actor="Malian Armed Forces"]');
      expect(/unknown after 20 Dec 2023 \(last reported then\)/.test(army) && !/possibl/i.test(army), `army on ${at}: ${army}`);
    }
    const note = await page.textContent('#answer .chart-note');
    expect(/after anything it shows/.test(note), `chart note: ${note}`);
  });

  await check('a date typed the European way gets a clear message, not a silent other date', async () => {
    await page.fill('#at', '01032019');
    await page.click('#ask');
    await page.waitForSelector('#answer .error');
    const error = await page.textContent('#answer .error');
    expect(/not a date \(expected YYYY-MM-DD\)/.test(error), `error: ${error}`);
  });

  await check('Back and Forward walk the dates asked; a shared link reopens the chosen account', async () => {
    await page.goto(`${base}/place/Kidal?at=2019-03-01`);
    // the server renders the answer before the script runs: wait for the script, or the click submits the plain form
    await page.waitForSelector('body[data-ready="true"] #answer article.card');
    await page.fill('#at', '2023-11-20');
    await page.click('#ask');
    await page.waitForFunction(() => /20 Nov 2023/.test(document.querySelector('#answer h2')?.textContent || ''));
    await page.goBack();
    await page.waitForFunction(() => /1 Mar 2019/.test(document.querySelector('#answer h2')?.textContent || ''));
    expect(await page.inputValue('#at') === '2019-03-01', 'the date box did not follow Back');
    await page.goForward();
    await page.waitForFunction(() => /20 Nov 2023/.test(document.querySelector('#answer h2')?.textContent || ''));
    await page.dispatchEvent('svg.chart g.period[data-actor="Malian Armed Forces"][data-kind="effective control"] rect.outline', 'click');
    await page.waitForFunction(() => new URLSearchParams(location.search).has('account'));
    const shared = page.url();
    expect(/account=control-kidal-[\w-]+$/.test(shared), `address, keyed by the period: ${shared}`);
    const other = await context.newPage();
    await other.goto(shared);
    await other.waitForSelector('#claims table.claims-table');
    const title = await other.textContent('#claims h2');
    const at = await other.textContent('#answer h2');
    await other.close();
    expect(/Malian Armed Forces, effective control/.test(title) && /20 Nov 2023/.test(at), `shared link opened: ${title} / ${at}`);
  });

  await check('each row whose account takes a position in a disagreement is marked, in the chart and the table', async () => {
    await page.goto(`${base}/place/Kidal?at=2019-03-01`);
    await page.waitForSelector('body[data-ready="true"] svg.chart g.period');
    const timeline = await page.evaluate(() => fetch('/api/timeline?place=Kidal', { headers: { Accept: 'application/json' } }).then((r) => r.json()));
    const disputed = new Set(timeline.disagreements.flatMap((d) => d.positions.flatMap((p) => p.accounts)));
    const rows = await page.$$eval('svg.chart g.period', (gs) => gs.map((g) => ({ index: g.dataset.index, key: g.dataset.key })));
    const marked = await page.$$eval('svg.chart g.disputes', (gs) => gs.map((g) => g.dataset.index));
    const expected = rows.filter((r, i) => disputed.has(timeline.periods[i].period)).map((r) => r.index);
    expect(expected.length > 0 && JSON.stringify(marked) === JSON.stringify(expected), `marked rows ${marked}, disputed rows ${expected}`);
    // On 2019-03-01 the begin of the rebels' rule is disputed by four accounts (AP, France 24 twice, SeneNews).
    for (const key of ['control-kidal-separatists-ap-2012', 'control-kidal-separatists-decade', 'control-kidal-separatists-2014', 'control-kidal-cma-senenews-2013']) {
      const row = rows.find((r) => r.key === key);
      expect(row, `no row keyed ${key}: ${rows.map((r) => r.key)}`);
      const mark = await page.$(`svg.chart g.disputes[data-index="${row.index}"] a.dispute-mark[data-component="begin"]`);
      expect(mark, `${key} carries no begin marker`);
      const name = await mark.getAttribute('aria-label');
      expect(/^disputed begin: [2-9] positions$/.test(name), `${key}'s marker is named ${name}`);
      const target = (await mark.getAttribute('href')).slice(1);
      const item = await page.textContent(`section.disagreements li#${target}`);
      expect(/\(on the begin\)/.test(item), `${key}'s marker leads to ${item}`);
      const cell = await page.$$eval(`#accounts tr[data-key="${key}"] td.disputes a`, (as) => as.map((a) => `${a.textContent} ${a.getAttribute('href')}`));
      expect(cell.includes(`${name} #${target}`), `${key}'s table row says ${cell}`);
    }
    const mark = 'svg.chart g.disputes a.dispute-mark[data-component="begin"] >> nth=0';
    const target = (await page.getAttribute(mark, 'href')).slice(1);
    const before = page.url();
    await page.focus(mark);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.id === id, target);
    expect(page.url() === before, `following the marker changed the address to ${page.url()}`);
  });

  await check('a link shared with the old account key opens the same account, now keyed by its period', async () => {
    await page.goto(`${base}/place/Kidal?at=2019-03-01&account=FAMa.effective-control.2023-11-14`);
    await page.waitForSelector('body[data-ready="true"] #claims table.claims-table');
    const title = await page.textContent('#claims h2');
    const key = await page.$eval('svg.chart g.period.selected', (g) => g.dataset.key);
    expect(/Malian Armed Forces, effective control/.test(title) && /^control-kidal-/.test(key), `old key opened ${title} (row ${key})`);
  });

  await check('clicking the army\'s period lists the rebels\' acknowledgement with its quote', async () => {
    // The army's effective control (France 24, AP, Reuters); AP's account of its presence is drawn over it on the same row.
    await page.dispatchEvent('svg.chart g.period[data-actor="Malian Armed Forces"][data-kind="effective control"] rect.outline', 'click');
    await page.waitForSelector('#claims table.claims-table');
    await page.waitForSelector('#answer article.card');
    const rows = await page.$$eval('#claims tbody tr', (trs) => trs.map((tr) => tr.innerText));
    const ack = rows.find((r) => /acknowledges/.test(r) && /The rebellion acknowledged the loss of Kidal|withdrawn from the city/.test(r));
    expect(ack, `no acknowledgement among: ${rows.join(' || ')}`);
    expect(/Tuareg separatist rebels|Permanent Strategic Framework/.test(ack), `acknowledged by: ${ack}`);
    expect(/The rebellion acknowledged the loss of Kidal|withdrawn from the city/.test(ack), `quote: ${ack}`);
    await page.screenshot({ path: join(shots, 'place-army-claims.png'), fullPage: true });
  });

  await check('a period is reachable by keyboard: Tab to it, Enter lists its claims', async () => {
    await page.focus('svg.chart g.period[data-actor="Tuareg separatist rebels"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Tuareg separatist rebels/.test(document.querySelector('#claims h2').textContent));
  });

  await check('the article view highlights Goïta\'s quote at its code-point offsets', async () => {
    await page.goto(`${base}/article`);
    await page.waitForSelector('mark[data-span]');
    const span = await page.evaluate(async () => {
      const article = await (await fetch('/api/article')).json();
      return article.spans.find((s) => s.claims.some((c) => /goita/i.test(c.claim)));
    });
    expect(span, 'no span for Goïta\'s claim in /api/article');
    await page.click(`button.claim[data-claim="${span.claims.find((c) => /goita/i.test(c.claim)).claim}"]`);
    const focused = await page.$$eval('mark.focus', (ms) => ms.map((m) => ({ text: m.textContent, start: m.dataset.start, end: m.dataset.end })));
    expect(focused.length === 1, `highlighted elements: ${JSON.stringify(focused)}`);
    expect(focused[0].text === 'Today our armed and security forces have taken over Kidal', `highlighted text: ${focused[0].text}`);
    expect(focused[0].start === String(span.start) && focused[0].end === String(span.end), `offsets ${focused[0].start}-${focused[0].end}`);
    const fromText = await page.evaluate(([s, e]) => Array.from(document.querySelector('#article-text').textContent).length >= e
      && Array.from(document.querySelector('#article-text').textContent.replace(/\n/g, '')).length > 0, [span.start, span.end]);
    expect(fromText, 'article text shorter than the offsets');
    const panel = await page.textContent('#span-claims');
    expect(/Assimi Go/.test(panel) && /asserts/.test(panel), `claims on the span: ${panel}`);
    await page.screenshot({ path: join(shots, 'article.png'), fullPage: false });
  });

  await check('clicking a highlighted span shows its claims', async () => {
    await page.click('mark[data-span]:not(.focus) >> nth=0');
    await page.waitForFunction(() => document.querySelectorAll('#span-claims li[data-claim]').length > 0);
  });

  await check('choosing a claim in the article puts it in the address; the shared link reopens it; the original URL is shown', async () => {
    await page.goto(`${base}/article/doc-ap-2023-11-14-kidal`);
    await page.waitForSelector('button.claim');
    const original = await page.getAttribute('.source-line a.original', 'href');
    expect(/keyt\.com/.test(original), `original: ${original}`);
    await page.click('button.claim >> nth=2');
    const claim = await page.getAttribute('button.claim >> nth=2', 'data-claim');
    await page.waitForFunction((c) => new URLSearchParams(location.search).get('claim') === c, claim);
    const shared = page.url();
    await page.goto(`${base}/sources`);
    await page.goto(shared);
    await page.waitForSelector('#span-claims li.chosen');
    expect(await page.getAttribute('#span-claims li.chosen', 'data-claim') === claim, 'the shared link did not reopen the claim');
    await page.click('#span-claims button.copy-citation');
    await page.waitForFunction(() => /copied|Select/.test(document.querySelector('#span-claims .copied')?.textContent || ''));
    const cited = await page.evaluate(() => navigator.clipboard.readText().catch(() => document.querySelector('#span-claims textarea').value));
    expect(/^“.+”\n/.test(cited) && /Source: Associated Press, “Mali's leader says/.test(cited) && /keyt\.com/.test(cited)
      && cited.includes(shared), `passage citation: ${cited}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    const rows = readFileSync(await download.path(), 'utf8').trim().split('\r\n');
    expect(rows.length > 5 && rows.slice(1).every((r) => r.startsWith('"Mali\'s leader says')), `article CSV: ${rows.slice(0, 2)}`);
    await page.goBack();
    await page.waitForSelector('table.sources-table');
  });

  await check('/sources lists every source with outlet, date and original; each opens its article with its evidence', async () => {
    await page.goto(`${base}/sources`);
    await page.waitForSelector('table.sources-table tbody tr');
    const expected = await page.evaluate(async () => (await (await fetch('/api/sources')).json()).sources.length);
    const links = await page.$$eval('table.sources-table tbody th a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links.length === expected && expected >= 5, `sources listed: ${links.length} of ${expected}`);
    for (const href of links) {
      await page.goto(`${base}${href}`);
      await page.waitForSelector('mark[data-span], main .error');
      const marks = await page.$$eval('mark[data-span]', (ms) => ms.length);
      expect(marks > 0, `${href}: no evidence span highlighted (${await page.textContent('main')})`);
    }
  });

  await check('an unknown place lists the known places, closest first; an actor given as a place says so and links it', async () => {
    await page.goto(`${base}/place/Kidl`);
    await page.waitForSelector('.known-places li');
    const first = await page.textContent('.known-places li >> nth=0');
    expect(first === 'Kidal', `closest first: ${first}`);
    await page.goto(`${base}/place/FAMa`);
    await page.waitForSelector('a.actor-link');
    expect(/is an actor, not a place/.test(await page.textContent('main h1')), 'no actor message');
    expect(await page.getAttribute('a.actor-link', 'href') === '/id/FAMa', 'actor not linked');
  });

  await check('an address the interface does not serve gets a styled 404 page', async () => {
    const response = await page.goto(`${base}/place/Kidal/extra`);
    expect(response.status() === 404, `status ${response.status()}`);
    expect(await page.isVisible('header.site nav') && /Page not found/.test(await page.textContent('h1')), 'not the styled page');
  });

  await check('a place with no period of control says so', async () => {
    await page.goto(`${base}/place/Bamako`);
    await page.waitForSelector('body[data-ready="true"] main h1');
    const text = await page.textContent('main');
    expect(/no period of control/.test(text) && !(await page.$('svg.chart')), `page: ${text}`);
  });

  await check('the disputed view shows who asserts and who denies each proposition', async () => {
    await page.goto(`${base}/disputed`);
    await page.waitForSelector('section.dispute');
    const sections = await page.$$eval('section.dispute', (ss) => ss.map((s) => s.innerText));
    const strikes = sections.find((s) => /airstrikes/i.test(s));
    expect(strikes && /asserts/.test(strikes) && /denies/.test(strikes) && /Malian Armed Forces/.test(strikes), `airstrikes: ${strikes}`);
    await page.click('section.dispute:has-text("airstrikes") button.copy-citation');
    await page.waitForFunction(() => [...document.querySelectorAll('section.dispute .copied')].some((s) => s.textContent));
    const cited = await page.evaluate(() => navigator.clipboard.readText());
    expect(/^Disputed: /.test(cited) && /Malian Armed Forces denies: “/.test(cited) && /\/disputed#dispute-/.test(cited), `citation: ${cited}`);
    await page.screenshot({ path: join(shots, 'disputed.png'), fullPage: true });
  });

  await check('the SPARQL editor runs who-controlled and shows rows', async () => {
    await page.goto(`${base}/sparql-editor`);
    await page.waitForSelector('body[data-ready="true"] button[data-query="who-controlled"]');
    const kind = await page.getAttribute('#editor', 'data-editor');
    await page.click('button[data-query="who-controlled"]');
    if (kind === 'yasgui') {
      await page.waitForFunction(() => /who-controlled|Who controlled/.test(document.querySelector('.CodeMirror')?.CodeMirror?.getValue() || ''));
      await page.click('.yasqe_queryButton');
      await page.waitForSelector('.yasr table tbody tr td', { timeout: 30000 });
      const rows = await page.$$eval('.yasr table tbody tr', (trs) => trs.map((tr) => tr.innerText));
      expect(rows.length >= 1 && rows.some((r) => /Tuareg separatist rebels/.test(r)), `rows: ${rows.slice(0, 3)}`);
    } else {
      await page.click('#run');
      await page.waitForSelector('.results tbody tr');
    }
    await page.screenshot({ path: join(shots, 'sparql-editor.png'), fullPage: false });
    console.log(`     (editor: ${kind})`);
  });

  // Every page of the interface, as a person reaches it.
  const PAGES = ['/place/Kidal?at=2019-03-01', '/place/Kidal?at=2019-03-01&account=FAMa.effective-control.2023-11-14',
    '/article/doc-france24-kidal-2023-11-14', '/article/doc-ap-2023-11-14-kidal', '/disputed', '/sources', '/sparql-editor',
    '/place/Nowhere', '/place/FAMa', '/no-such-page'];
  const ready = (p) => (p === '/sparql-editor' ? 'body[data-ready="true"] .CodeMirror, body[data-ready="true"] #query' : p === '/no-such-page' ? 'main h1' : 'body[data-ready="true"]');

  await check('no page requests anything outside the server', async () => {
    const origin = new URL(base).origin;
    const outside = [];
    const listener = (request) => {
      const url = new URL(request.url());
      if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin) outside.push(`${request.url()} (from ${page.url()})`);
    };
    page.on('request', listener);
    try {
      for (const p of PAGES) {
        await page.goto(`${base}${p}`);
        await page.waitForSelector(ready(p));
        await page.waitForLoadState('networkidle');
        if (p === '/sparql-editor') {
          // Typing in the editor is when YASQE would look prefixes and terms up.
          await page.click('.CodeMirror');
          await page.keyboard.type('PREFIX geo: <http://www.opengis.net/ont/geosparql#> SELECT * WHERE { ?s a geo:Fe');
          await page.waitForTimeout(1500);
        }
      }
    } finally {
      page.off('request', listener);
    }
    expect(outside.length === 0, `requests to another origin: ${outside.join(', ')}`);
  });

  await check('Tab leaves the SPARQL editor', async () => {
    await page.goto(`${base}/sparql-editor`);
    await page.waitForSelector('body[data-ready="true"] .CodeMirror');
    await page.click('.CodeMirror');
    await page.keyboard.press('Tab');
    const inEditor = await page.evaluate(() => !!document.activeElement.closest('.CodeMirror'));
    expect(!inEditor, 'Tab stayed in the editor');
  });

  await check('the SPARQL editor\'s results fit the page', async () => {
    await page.goto(`${base}/sparql-editor`);
    await page.waitForSelector('body[data-ready="true"] button[data-query="who-controlled"]');
    await page.click('button[data-query="who-controlled"]');
    await page.waitForFunction(() => /Who controlled/.test(document.querySelector('.CodeMirror')?.CodeMirror?.getValue() || ''));
    await page.click('.yasqe_queryButton');
    await page.waitForSelector('.yasr table tbody tr td', { timeout: 30000 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width <= 1200, `the page is ${width} px wide in a 1200 px window`);
  });

  await check('axe-core: no critical or serious violation on any page', async () => {
    const axeSource = readFileSync(resolve(process.env.PLAYWRIGHT_DIR, 'node_modules/axe-core/axe.min.js'), 'utf8');
    const found = [];
    for (const p of PAGES) {
      await page.goto(`${base}${p}`);
      await page.waitForSelector(ready(p));
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
        .filter((v) => v.impact === 'critical' || v.impact === 'serious')
        .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join('; ')})`));
      if (violations.length) found.push(`${p}: ${violations.join(', ')}`);
    }
    expect(found.length === 0, found.join(' || '));
  });

  await check('a chosen account keeps a visible focus ring', async () => {
    await page.goto(`${base}/place/Kidal?at=2019-03-01&account=TuaregSeparatists.effective-control.2014-05-01`);
    await page.waitForSelector('svg.chart g.period.selected.hit');
    await page.focus('svg.chart g.period.selected');
    const stroke = await page.$eval('svg.chart g.period.selected rect.outline', (r) => getComputedStyle(r).stroke);
    expect(stroke === 'rgb(9, 105, 218)', `outline of the focused, chosen account: ${stroke}`);
  });

  await check('without JavaScript the place page still gives the answer for the date in the address', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await plain.newPage();
      await p.goto(`${base}/place/Kidal?at=2019-03-01`);
      const main = await p.innerText('main');
      expect(/Tuareg separatist rebels/.test(main) && /within the stated dates/.test(main) && /They had been in charge|In 2012/.test(main)
        && !/Loading/.test(main), `page without script: ${main.slice(0, 300)}`);
      await p.fill('#at', '2100-01-01');
      await p.click('#ask');
      await p.waitForURL(/at=2100-01-01/);
      expect(/unknown after 14 Nov 2023 \(last reported then\)/.test(await p.innerText('main')), 'the form does not work without script');
      await p.goto(`${base}/sources`);
      const sources = await p.$$eval('table.sources-table tbody th a', (as) => as.map((a) => a.getAttribute('href')));
      expect(sources.length >= 5 && sources.includes('/article/doc-ap-2023-11-14-kidal'), `sources without script: ${sources}`);
      const missing = await p.goto(`${base}/place/Nowhere?at=2019-03-01`);
      expect(missing.status() === 404 && /Kidal/.test(await p.innerText('.known-places')), 'unknown place without script');
    } finally {
      await plain.close();
    }
  });

  await check('on a 390 px phone: no horizontal scroll, text at least 12 px, targets at least 24 px', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true });
    const problems = [];
    try {
      const p = await phone.newPage();
      for (const path of PAGES) {
        await p.goto(`${base}${path}`);
        await p.waitForSelector(ready(path));
        if (path === '/place/Kidal?at=2019-03-01') await p.screenshot({ path: join(shots, 'place-phone.png'), fullPage: true });
        const found = await p.evaluate(() => {
          const out = [];
          const width = document.documentElement.scrollWidth;
          if (width > window.innerWidth) out.push(`${width} px wide`);
          const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
          for (const el of document.querySelectorAll('body *')) {
            const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
            if (text && visible(el) && !el.closest('.CodeMirror, .yasr, .yasqe, [aria-hidden="true"]') && parseFloat(getComputedStyle(el).fontSize) < 12) {
              out.push(`text ${parseFloat(getComputedStyle(el).fontSize)} px: ${el.tagName} "${el.textContent.trim().slice(0, 30)}"`);
            }
          }
          for (const el of document.querySelectorAll('button, [role="button"], input, select, summary, nav a, .card-actions a')) {
            const r = el.getBoundingClientRect();
            if (visible(el) && !el.closest('.CodeMirror, .yasr, .yasqe') && (r.height < 24 || r.width < 24)) {
              out.push(`target ${Math.round(r.width)}x${Math.round(r.height)}: ${el.tagName} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`);
            }
          }
          return [...new Set(out)].slice(0, 6);
        });
        if (found.length) problems.push(`${path}: ${found.join('; ')}`);
      }
    } finally {
      await phone.close();
    }
    expect(problems.length === 0, problems.join(' || '));
  });

  await check('every page works under a Content-Security-Policy of script-src and style-src \'self\' (no inline script or style)', async () => {
    const strict = await browser.newContext();
    const found = [];
    try {
      await strict.route('**/*', async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers() };
        if ((headers['content-type'] || '').startsWith('text/html')) {
          headers['content-security-policy'] = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";
        }
        await route.fulfill({ response, headers });
      });
      await strict.addInitScript(() => {
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI || e.sample || ''}`.slice(0, 100)));
      });
      const p = await strict.newPage();
      for (const path of PAGES) {
        await p.goto(`${base}${path}`);
        await p.waitForSelector(ready(path));
        if (path.startsWith('/place/Kidal')) await p.click('#answer article.card >> nth=0 >> button.copy-citation');
        const violations = await p.evaluate(() => window.cspViolations);
        if (violations.length) found.push(`${path}: ${violations.join(', ')}`);
      }
    } finally {
      await strict.close();
    }
    expect(found.length === 0, found.join(' || '));
  });

  await check('the keyboard reaches the article\'s first claim in a few Tab presses', async () => {
    await page.goto(`${base}/article/doc-france24-kidal-2023-11-14`);
    await page.waitForSelector('body[data-ready="true"] button.claim');
    let presses = 0;
    while (presses < 20 && !(await page.evaluate(() => document.activeElement?.matches('button.claim')))) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(presses < 20, 'no claim within 20 Tab presses');
    console.log(`     (${presses} Tab presses to the first claim)`);
  });

  await check('no script errors on any page', async () => {
    expect(errors.length === 0, errors.join(' | '));
  });
} finally {
  await context.close();
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
