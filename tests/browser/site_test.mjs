// Browser test of `stet serve`: Debian's chromium, driven by playwright-core,
// against a database the CLI imported from the bundled examples.
//
// usage: node tests/browser/site_test.mjs STET_BINARY [SCREENSHOT_DIR]
// Exits 0 when every check passes; prints one line per check.
import { chromium } from 'playwright-core';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const stet = process.argv[2];
const shots = process.argv[3] || '';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const examples = join(root, 'examples');
const dir = mkdtempSync(join(tmpdir(), 'stet-browser-'));
const db = join(dir, 'stet.db');
const guardian = 'https://www.theguardian.com/politics/2017/dec/22/boris-johnson-meets-russian-counterpart-sergei-lavrov-moscow';

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
}

const run = (args) => execFileSync(stet, args, { stdio: 'pipe' });
run(['import', '--db', db, join(examples, 'seeds.jsonl')]);
for (const [file, time] of [['v0.txt', '2017-12-22T09:30:00Z'], ['v1.txt', '2017-12-22T11:30:00Z']])
  run(['import', '--db', db, '--source', 'guardian', '--byline', 'Andrew Roth', '--url', guardian,
       '--time', time, join(examples, 'guardian', file)]);

const server = spawn(stet, ['serve', '--db', db, '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
    if (m) resolve(`http://127.0.0.1:${m[1]}`);
  });
  server.on('exit', (code) => reject(new Error(`stet serve exited with ${code}`)));
  setTimeout(() => reject(new Error('stet serve did not start')), 10000);
});

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

  // Home: the Guardian's change, linked to its diff.
  await page.goto(base + '/');
  const link = page.locator('ul.changes a.headline').first();
  check(await link.count() === 1, 'home page lists a change');
  check((await link.getAttribute('href')).endsWith('/diff/1..2'), 'the change links to its diff');
  await link.click();
  await page.waitForURL(/\/diff\/1\.\.2$/);

  // Diff: words highlighted inside edited sentences, on both sides.
  const del = await page.locator('table.diff del').allTextContents();
  const ins = await page.locator('table.diff ins').allTextContents();
  check(del.some((t) => t.includes('Such discussions are likely to be met with a frosty response')),
        'deleted words are highlighted');
  check(ins.some((t) => t.includes('brush-off over the interference claims')), 'inserted words are highlighted');
  const changes = await page.locator('.chg').count();
  check(changes > 5, `the diff marks its changes (${changes})`);
  if (shots) {
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'diff-side-by-side.png'), fullPage: false });
  }

  // Keyboard: j goes to the first change, then the next; k goes back.
  await page.keyboard.press('j');
  check(await page.evaluate(() => location.hash) === '#c1', 'j selects the first change');
  check(await page.locator('#c1.current').count() === 1, 'the selected change is highlighted');
  await page.keyboard.press('j');
  check(await page.evaluate(() => location.hash) === '#c2', 'j again selects the next change');
  await page.keyboard.press('k');
  check(await page.evaluate(() => location.hash) === '#c1', 'k goes back');
  // A permalink opens on its change.
  const shared = await browser.newPage();
  await shared.goto(page.url().replace(/#.*$/, '') + '#c3');
  check(await shared.locator('#c3.current').count() === 1, 'a permalink opens on its change');
  await shared.close();

  // Inline view.
  await page.locator('a', { hasText: 'inline' }).click();
  await page.waitForURL(/view=inline/);
  check(await page.locator('.inline ins').count() > 0 && await page.locator('.inline del').count() > 0,
        'the inline view shows insertions and deletions');
  if (shots) await page.screenshot({ path: join(shots, 'diff-inline.png'), fullPage: false });

  // The feed the page advertises is well-formed Atom with the change in it.
  const feedHref = await page.locator('link[rel=alternate][type="application/atom+xml"]').getAttribute('href');
  const feed = await page.request.get(base + feedHref);
  const xml = await feed.text();
  const parsed = await page.evaluate((x) => {
    const d = new DOMParser().parseFromString(x, 'application/xml');
    return { error: d.getElementsByTagName('parsererror').length > 0, root: d.documentElement.localName,
             entries: d.getElementsByTagName('entry').length };
  }, xml);
  check(feed.ok() && !parsed.error && parsed.root === 'feed', 'the article feed is well-formed Atom');
  check(parsed.entries === 2, `the article feed has both versions (${parsed.entries})`);

  // Search from the header: text the first version had and the second
  // removed is found, marked, and linked to the diff that removed it.
  await page.goto(base + '/search');
  await page.locator('form.search input[name=q]').fill('"kettle crisps"');
  await page.locator('form.search input[name=removed]').check();
  await page.locator('form.search button').click();
  await page.waitForURL(/\/search\?q=/);
  const marks = await page.locator('ol.hits mark').allTextContents();
  check(marks.length === 1 && marks[0] === 'Kettle crisps', `search marks the words found (${marks.join('|')})`);
  const removed = page.locator('ol.hits a.removed').first();
  check((await removed.textContent()).startsWith('removed in version 2'), 'the hit says which version removed it');
  if (shots) await page.screenshot({ path: join(shots, 'search.png'), fullPage: false });
  await removed.click();
  await page.waitForURL(/\/diff\/1\.\.2$/);
  check(await page.locator('table.diff tr.chg', { hasText: 'Kettle crisps' }).count() > 0,
        'its link opens the diff where the text went');
  // Stories: the four outlets on one page, and what only one of them told.
  await page.goto(base + '/stories');
  await page.locator('ul.stories a', { hasText: 'Things aren' }).first().click();
  await page.waitForURL(/\/story\/\d+$/);
  const outlets = await page.locator('table.list tr td:nth-child(2)').allTextContents();
  check(outlets.length === 4 && new Set(outlets).size === 4, `the story has four outlets (${outlets.join('|')})`);
  const onlyOne = await page.evaluate(() => {
    const out = [];
    let h = [...document.querySelectorAll('h2')].find((e) => e.textContent === 'Only one outlet');
    for (let e = h && h.nextElementSibling; e && e.tagName !== 'H2'; e = e.nextElementSibling)
      out.push(e.querySelector('a.outlet').textContent + ': ' + e.textContent);
    return out;
  });
  const crisps = onlyOne.filter((t) => t.includes('Kettle crisps'));
  check(crisps.length >= 1 && crisps.every((t) => t.startsWith('guardian')),
        `Kettle crisps only in the Guardian (${crisps.join('|')})`);
  check(onlyOne.some((t) => t.startsWith('itv') && t.includes('Nemtsov')), 'Nemtsov only in ITV');
  if (shots) await page.screenshot({ path: join(shots, 'story.png'), fullPage: false });
  await page.locator('.fact', { hasText: 'Kettle crisps' }).locator('a.removed').first().click();
  await page.waitForURL(/\/diff\/1\.\.2$/);
  check(await page.locator('table.diff tr.chg', { hasText: 'Kettle crisps' }).count() > 0,
        'the story links a dropped sentence to the diff that dropped it');
  // Quotations: a person's words across outlets, and the diff's call-out.
  await page.goto(base + '/quotes');
  await page.locator('ul.quotes a.speaker', { hasText: 'Boris Johnson' }).first().click();
  await page.waitForURL(/\/person\/boris%20johnson$/);
  check((await page.locator('h1').textContent()) === 'Quotations of Boris Johnson',
        'the speaker link opens the person\'s page');
  const said = await page.locator('ul.quotes blockquote').allTextContents();
  check(said.some((t) => t.includes('Not successfully')), `Johnson said "Not successfully" (${said.length} quotations)`);
  const sources = await page.locator('ul.quotes a.outlet').allTextContents();
  check(new Set(sources).size >= 3, `his words from several outlets (${[...new Set(sources)].join('|')})`);
  if (shots) await page.screenshot({ path: join(shots, 'person.png'), fullPage: false });
  await page.locator('ul.quotes li', { hasText: 'Sergei, it' }).locator('a', { hasText: 'v2' }).first().click();
  await page.waitForURL(/\/diff\/1\.\.2$/);
  check(await page.locator('.quotes-changed li.added', { hasText: 'Sergei, it' }).count() === 1,
        'the quotation links to the change that added it, which calls it out');
  check(errors.length === 0, `no script errors or CSP violations (${errors.join('; ')})`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
process.exit(failures ? 1 : 0);
