// Drives headless Chromium (Debian's, via playwright-core) through the web interface of a running
// kidal-kg server and checks what a person would see. Run by org.kidalkg.http.web.WebUiBrowserTest:
//   node views.mjs BASE_URL SCREENSHOT_DIR
// with PLAYWRIGHT_DIR (folder holding node_modules/playwright-core) and CHROMIUM (the browser) set.
// Prints one line per check, then "N passed, N failed"; exits 1 if any failed.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
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
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--disable-component-update', '--disable-sync', '--disable-quic'],
});
context.setDefaultTimeout(TIMEOUT);
const page = context.pages()[0] || await context.newPage();
const errors = [];
page.on('pageerror', (error) => errors.push(String(error)));

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
    // The army's period from 14 November 2023 (Reuters' account of its base in May 2014 is drawn too).
    const army = periods.find((p) => /Malian Armed Forces/.test(p.actor) && /from 2023-11-14/.test(p.label));
    expect(rebels && army, `periods: ${JSON.stringify(periods)}`);
    expect(rebels.x < army.x, 'the rebels\' period is not drawn before the army\'s');
    expect(await page.isVisible('svg.chart .asof'), 'no "as of" marker');
    await page.screenshot({ path: join(shots, 'place.png'), fullPage: true });
  });

  await check('picking 2019-03-01 highlights the rebels, certainly', async () => {
    await page.fill('#at', '2019-03-01');
    await page.click('#ask');
    await page.waitForSelector('#answer li.controller');
    const answer = await page.textContent('#answer');
    expect(/Tuareg separatist rebels/.test(answer) && /certain/.test(answer), `answer: ${answer}`);
    expect(!/Malian Armed Forces/.test(answer), `the army answered for 2019: ${answer}`);
    const hits = await page.$$eval('svg.chart g.period.hit', (gs) => gs.map((g) => g.dataset.actor));
    expect(hits.length === 3 && hits.every((h) => /Tuareg|Coordination of Azawad Movements/.test(h)),
      `highlighted (AP's account, SeneNews' CMA and France 24's): ${hits}`);
    await page.screenshot({ path: join(shots, 'place-2019-03-01.png'), fullPage: true });
  });

  await check('picking 2024-01-10, after the last publication date, gives the army as possible only', async () => {
    await page.fill('#at', '2024-01-10');
    await page.click('#ask');
    await page.waitForFunction(() => /2024-01-10/.test(document.querySelector('#answer h2')?.textContent || ''));
    const army = await page.textContent('#answer li.controller[data-actor="Malian Armed Forces"]');
    expect(/possible/.test(army) && /as of 2023-12-20/.test(army), `army (Wikipedia's horizon): ${army}`);
    const hits = await page.$$eval('svg.chart g.period.hit', (gs) => gs.map((g) => g.dataset.actor));
    expect(hits.includes('Malian Armed Forces') && !hits.includes('Tuareg separatist rebels'), `highlighted: ${hits}`);
    await page.fill('#at', '2019-03-01');
    await page.click('#ask');
    await page.waitForFunction(() => /2019-03-01/.test(document.querySelector('#answer h2')?.textContent || ''));
  });

  await check('clicking the army\'s period lists the rebels\' acknowledgement with its quote', async () => {
    // The army's effective control (France 24, AP, Reuters); AP's account of its presence is drawn over it on the same row.
    await page.dispatchEvent('svg.chart g.period[data-actor="Malian Armed Forces"][data-kind="effective control"] rect.outline', 'click');
    await page.waitForSelector('#claims table.claims-table');
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

  await check('a place with no period of control says so', async () => {
    await page.goto(`${base}/place/Anefis`);
    await page.waitForSelector('main h1');
    const text = await page.textContent('main');
    expect(/no period of control/.test(text) && !(await page.$('svg.chart')), `page: ${text}`);
  });

  await check('the disputed view shows who asserts and who denies each proposition', async () => {
    await page.goto(`${base}/disputed`);
    await page.waitForSelector('section.dispute');
    const sections = await page.$$eval('section.dispute', (ss) => ss.map((s) => s.innerText));
    const wagner = sections.find((s) => /Wagner/.test(s));
    expect(wagner && /asserts/.test(wagner) && /denies/.test(wagner) && /Malian military junta/.test(wagner), `Wagner: ${wagner}`);
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

  await check('no script errors on any page', async () => {
    expect(errors.length === 0, errors.join(' | '));
  });
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
