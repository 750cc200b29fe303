// The dashboard in Debian's chromium (scripts/install-chromium.sh): the examples ingested into a temp store,
// the server on an ephemeral port, the map, the reaction table, the evidence link; screenshots in test-artifacts/.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/adapters/sqlite/open-store.js';
import type { RunningServer } from '../../src/apps/api/index.js';
import { serveStore } from '../../src/apps/cli/commands/serve.js';
import { main } from '../../src/apps/cli/main.js';
import { defaultContext } from '../../src/apps/context.js';

// Debian's chromium by default; CHORUS_CHROMIUM points elsewhere (another distribution's binary).
const CHROMIUM = process.env.CHORUS_CHROMIUM ?? '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const SKIP = process.env.CHORUS_SKIP_BROWSER === '1';

const silent = new Writable({ write: (_chunk, _encoding, done) => done() });

describe.skipIf(SKIP)('the dashboard in chromium', () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const offsite: string[] = [];
  const pageErrors: string[] = [];
  let missing: Error | undefined;

  /** Fails the test when chromium is missing, with the message that says how to install it. */
  function needBrowser(): void {
    if (missing) throw missing;
  }

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      // Every test then fails with this message (a failing hook alone would count as skipped tests).
      missing = new Error(
        `No chromium at ${CHROMIUM}: the browser tests need it. Install it with \`sudo bash scripts/install-chromium.sh\`, or set CHORUS_SKIP_BROWSER=1 to skip them.`,
      );
      return;
    }
    dir = mkdtempSync(join(tmpdir(), 'chorus-browser-'));
    const db = join(dir, 'chorus.db');
    const io = {
      stdout: silent,
      stderr: silent,
      stderrIsTTY: false,
      config: () => defaultContext().config,
      context: defaultContext,
    };
    expect(await main(['ingest', join(ROOT, 'examples'), '--db', db, '--quiet'], io)).toBe(0);
    server = await serveStore({ db, port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Console errors include refused loads and content-security-policy violations.
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    // The dashboard must work offline: anything not from our server is refused and recorded.
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(server.url)) return route.continue();
      offsite.push(route.request().url());
      return route.abort();
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The example event with the most reacting actors, as the API lists it. */
  async function busiestEvent(): Promise<{ id: string; summary: string; articles: number }> {
    const response = await fetch(`${server.url}/api/events?limit=200`);
    const { items } = (await response.json()) as {
      items: { id: string; summary: string; reactingActors: number; articles: number }[];
    };
    const sorted = [...items].sort((a, b) => b.reactingActors - a.reactingActors);
    if (!sorted[0]) throw new Error('the examples produced no events');
    return sorted[0];
  }

  it('lists the events and colours the reacting countries on the map', async () => {
    needBrowser();
    const event = await busiestEvent();
    await page.goto(`${server.url}/#/event/${event.id}`);
    await page.waitForSelector('#map path.country');
    expect(await page.locator('#event-list li').count()).toBeGreaterThan(3);
    expect(await page.locator('#event-list a[aria-current="true"]').getAttribute('data-event')).toBe(
      event.id,
    );
    const countries = await page.locator('#map path.country').count();
    expect(countries).toBeGreaterThan(150);
    const coloured = await page
      .locator('#map path.country[data-stance]:not([data-stance=""])')
      .evaluateAll((paths) =>
        paths.map((p) => ({ actor: p.getAttribute('data-actor'), fill: p.getAttribute('fill') })),
      );
    expect(coloured.length).toBeGreaterThan(0);
    for (const path of coloured) expect(path.fill).not.toBe('#dfe3e8');
    const stances = await page
      .locator('#map path.country[data-stance]:not([data-stance=""])')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('data-stance')));
    for (const stance of stances) {
      await expect(page.locator(`#legend li[data-key="${stance}"]`).getAttribute('class')).resolves.toBe('');
    }
    expect(await page.locator('#timeline .mark').count()).toBeGreaterThan(0);
    // the examples' two reports of the dam attack: actors who only called for calm join a camp by shared stances
    expect(event.articles).toBeGreaterThan(1);
    expect(await page.locator('#camps').textContent()).toMatch(/opposed: \w.*aligned by shared stances: \w/);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
  });

  it('colours by position on request and zooms to the reacting countries', async () => {
    needBrowser();
    const event = await busiestEvent();
    await page.goto(`${server.url}/#/event/${event.id}`);
    await page.waitForSelector('#map path.country');
    const reacting = page.locator('#map path.country[data-position]:not([data-position=""])');
    const before = await reacting.first().boundingBox();
    await page.selectOption('#colour-by', 'position');
    await page.waitForSelector('#legend strong:text("Position toward the event")');
    const fills = await reacting.evaluateAll((paths) =>
      paths.map((p) => [p.getAttribute('data-position'), p.getAttribute('fill')]),
    );
    const colours: Record<string, string> = {
      opposed: '#b2182b',
      mixed: '#e08214',
      neutral: '#969696',
      supportive: '#1b7837',
    };
    for (const [position, fill] of fills) expect(fill).toBe(colours[position ?? '']);
    await page.click('#zoom');
    await page.waitForSelector('#zoom:text("Whole world")');
    const after = await reacting.first().boundingBox();
    // zoomed in: the reacting countries span less than the world, so each is drawn larger
    expect(after?.width ?? 0).toBeGreaterThan((before?.width ?? 0) * 1.1);
    await page.screenshot({ path: join(ARTIFACTS, 'map-zoomed-by-position.png') });
    await page.selectOption('#colour-by', 'stance');
    await page.click('#zoom');
  });

  it('shows the reaction table with quotes, and each quote opens its article with the words highlighted', async () => {
    needBrowser();
    const event = await busiestEvent();
    await page.goto(`${server.url}/#/event/${event.id}`);
    await page.waitForSelector('#reaction-table tbody tr');
    const rows = await page.locator('#reaction-table tbody tr').count();
    expect(rows).toBeGreaterThan(1);
    const link = page.locator('#reaction-table a.evidence').first();
    const words = ((await link.textContent()) ?? '').replace(/^“|”$/g, '');
    expect(words.length).toBeGreaterThan(0);
    await link.click();
    const mark = page.locator('#article mark#evidence');
    await mark.waitFor();
    expect(await mark.textContent()).toBe(words);
    await page.screenshot({ path: join(ARTIFACTS, 'article-evidence.png') });
    await page.locator('#article a', { hasText: 'Back to the event' }).click();
    await page.waitForSelector('#reaction-table');
  });

  it('shows an actor with its reactions over events and its alignment', async () => {
    needBrowser();
    const event = await busiestEvent();
    await page.goto(`${server.url}/#/event/${event.id}`);
    await page.waitForSelector('#reaction-table a.actor-link');
    const link = page.locator('#reaction-table a.actor-link').first();
    const name = await link.textContent();
    await link.click();
    await page.waitForSelector('#actor h1');
    expect(await page.locator('#actor h1').textContent()).toBe(name);
    const rows = page.locator('#actor-reactions tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const events = await rows.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(events).toContain(`#/event/${event.id}`);
    await page.screenshot({ path: join(ARTIFACTS, 'actor.png'), fullPage: true });
  });

  it('filters the event list by search', async () => {
    needBrowser();
    await page.goto(`${server.url}/`);
    await page.waitForSelector('#event-list li');
    const all = await page.locator('#event-list li').count();
    await page.fill('#search', 'cyclone');
    await page.press('#search', 'Enter');
    await page.waitForFunction((n) => document.querySelectorAll('#event-list li').length < n, all);
    expect(await page.locator('#event-total').textContent()).toContain('match “cyclone”');
    await page.screenshot({ path: join(ARTIFACTS, 'search.png') });
  });

  it('says how to add articles when the store is empty', async () => {
    needBrowser();
    const emptyDb = join(dir, 'empty.db');
    openStore(emptyDb).close();
    const empty = await serveStore({ db: emptyDb, port: 0, host: '127.0.0.1' });
    try {
      const other = await browser.newPage();
      await other.goto(`${empty.url}/`);
      await other.waitForSelector('#main h1:text("No events yet")');
      expect(await other.locator('#main').textContent()).toContain('chorus ingest');
      expect(await other.locator('#event-total').textContent()).toBe('0 events');
      await other.close();
    } finally {
      await empty.close();
    }
  });

  it('loaded nothing from the network and threw no script error', () => {
    needBrowser();
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

// Skipping is allowed only on request, and says so in the test report.
if (SKIP) {
  describe('the dashboard in chromium', () => {
    it.skip('is skipped because CHORUS_SKIP_BROWSER=1 is set (unset it to run the browser tests)', () => {});
  });
}
