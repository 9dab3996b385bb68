// The rendered API docs in a real browser: Debian's Chromium, driven by playwright-core, over
// generated/docs served on 127.0.0.1, with every request to another host blocked. For each
// vendor page: nothing fails to load, nothing logs an error, every operation of the spec is
// rendered, the search finds an operation by its summary, and that operation shows its
// TypeScript sample for @specsmith/<vendor>. Screenshots go to .screenshots/ (git-ignored).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocsServer } from '../../scripts/serve-docs.mjs';
import { ROOT, vendorFacts, type VendorFacts } from '../docs/spec-facts.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SCREENSHOTS = join(ROOT, '.screenshots');
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);
/** Longest wait for one thing to appear on a page. */
const STEP_TIMEOUT = 20_000;
// Redoc builds its search index in a worker after the page loads (for Xurrent's 335 operations,
// up to tens of seconds on two busy cores), and a query typed before the index is ready finds
// nothing and is not run again, and the page may render its dialog anew meanwhile: the query is
// typed anew every few seconds until the hit shows.
const SEARCH_TIMEOUT = 60_000;
const SEARCH_RETYPE_MS = 5_000;

const vendors = vendorFacts();

let browser: Browser;
let server: Awaited<ReturnType<typeof startDocsServer>>;

interface Watched {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Blocked (non-local) requests, failed requests, console errors and page errors. */
  readonly problems: string[];
}

/** A fresh page (own storage) that records every problem and blocks requests to other hosts. */
async function watchedPage(): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
  context.setDefaultTimeout(STEP_TIMEOUT);
  const page = await context.newPage();
  const problems: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !LOCAL_HOSTS.has(url.hostname)) {
      problems.push(`blocked request to another host: ${url.href}`);
      await route.abort('blockedbyclient');
      return;
    }
    await route.continue();
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, context, problems };
}

/** Waits until Redoc has hydrated the prerendered page (its logo is added after mount). */
async function hydrated(page: Page): Promise<void> {
  await page.locator('img[alt="redocly logo"]').first().waitFor({ state: 'attached' });
  await page.waitForFunction(() => {
    const logo = document.querySelector<HTMLImageElement>('img[alt="redocly logo"]');
    return logo?.complete && logo.naturalWidth > 0;
  });
}

/** Waits until the section is scrolled near the top of the window and has stopped moving. */
async function settledAt(page: Page, sectionId: string): Promise<void> {
  await page.waitForFunction(
    (id) => {
      const section = document.querySelector(`[data-section-id="${id}"]`);
      if (!section) return false;
      const top = Math.round(section.getBoundingClientRect().top);
      const state = window as unknown as { __lastTop?: number };
      const settled = top >= -2 && top < window.innerHeight / 2 && state.__lastTop === top;
      state.__lastTop = top;
      return settled;
    },
    sectionId,
    { polling: 150 },
  );
}

/** Section ids (`/<tag>/<operation>`) of the operations rendered on the current route. */
function operationSections(page: Page, slug: string): Promise<string[]> {
  return page.evaluate(
    (tag) =>
      [...document.querySelectorAll('[data-section-id]')].map((element) => element.getAttribute('data-section-id') ?? '').filter((id) => id.startsWith(`/${tag}/`) && id.split('/').length === 3),
    slug,
  );
}

/** Visits every resource (tag) page from the sidebar and collects the operations rendered there. */
async function renderedOperations(page: Page): Promise<Set<string>> {
  const tagLinks = await page.$$eval('[data-component-name="Menu/MenuItem"].menu-item-type-group > a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(tagLinks.length, 'resource groups in the sidebar').toBeGreaterThan(0);
  const operations = new Set<string>();
  for (const link of tagLinks) {
    expect(link, 'sidebar links are hash routes inside the page').toMatch(/^#\/[^/]+$/);
    const slug = link.slice(2);
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, link);
    await page.locator(`[data-section-id^="/${slug}/"]`).first().waitFor({ state: 'attached' });
    // A route renders in one pass; read until two reads agree.
    let previous = -1;
    let ids: string[] = [];
    for (let attempt = 0; attempt < 20; attempt += 1) {
      ids = await operationSections(page, slug);
      if (ids.length === previous) break;
      previous = ids.length;
      await page.waitForTimeout(100);
    }
    for (const id of ids) operations.add(id);
  }
  return operations;
}

/** An operation from the middle of the spec whose summary no other summary contains. */
function searchTarget(vendor: VendorFacts) {
  const middle = Math.floor(vendor.operations.length / 2);
  const ordered = [...vendor.operations.slice(middle), ...vendor.operations.slice(0, middle)];
  const distinct = ordered.find((operation) => vendor.operations.every((other) => other === operation || !other.summary.includes(operation.summary)));
  const target = distinct ?? ordered[0];
  if (!target) throw new Error(`the ${vendor.name} docs list no operations to search for`);
  return target;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}. Install Debian's: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  // Renders generated/docs when it is missing or stale (a no-op when the cache says it is current).
  execFileSync(process.execPath, [join(ROOT, 'codegen', 'bin', 'specsmith.js'), 'docs', '--quiet'], { cwd: ROOT, stdio: 'inherit', timeout: 110_000 });
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startDocsServer({ port: 0 });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: 60_000,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('docs index', () => {
  it('lists every vendor with its operation count and links to its page, loading nothing from elsewhere', async () => {
    const { page, context, problems } = await watchedPage();
    try {
      const response = await page.goto(`${server.url}index.html`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      for (const vendor of vendors) {
        const row = page.locator(`tr[data-vendor="${vendor.name}"]`);
        await expect(row.locator('a').getAttribute('href')).resolves.toBe(`${vendor.name}.html`);
        // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(), the text as the page renders it, not the DOM property
        await expect(row.locator('[data-operation-count]').innerText()).resolves.toBe(String(vendor.operations.length));
        // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(), the text as the page renders it, not the DOM property
        await expect(page.locator(`section[data-vendor="${vendor.name}"] .badge`).innerText()).resolves.toBe(`version ${vendor.version}`);
      }
      await page.screenshot({ path: join(SCREENSHOTS, 'index.png'), fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe.each(vendors.map((vendor) => [vendor.name, vendor] as [string, VendorFacts]))('%s docs page', (name, vendor) => {
  it('renders every operation, finds one by search and shows its @specsmith sample, offline and without errors', async () => {
    const { page, context, problems } = await watchedPage();
    try {
      const response = await page.goto(`${server.url}${name}.html`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      await hydrated(page);

      const rendered = await renderedOperations(page);
      expect(rendered.size, `operations rendered on ${name}.html`).toBe(vendor.operations.length);
      const expectedIds = new Set(vendor.operations.map((operation) => operation.operationId.toLowerCase()));
      expect([...rendered].map((id) => id.split('/')[2]).filter((id) => !expectedIds.has(id ?? ''))).toEqual([]);

      // Search for an operation by its summary (one deep in the spec, not on the start page).
      const target = searchTarget(vendor);
      await page.evaluate(() => {
        window.location.hash = '#/';
      });
      const input = page.getByTestId('search-dialog').locator('input');
      const hit = page.locator('[data-component-name="Search/SearchItem"]', { hasText: target.summary }).first();
      const searchUntil = Date.now() + SEARCH_TIMEOUT;
      for (;;) {
        const left = Math.max(1, searchUntil - Date.now());
        try {
          // The dialog may have closed, or been rendered anew, meanwhile (Redoc re-renders a large page for a while).
          if (!(await input.isVisible())) await page.getByTestId('search-trigger').click({ timeout: left });
          await input.fill('', { timeout: left });
          await input.fill(target.summary, { timeout: left });
          await hit.waitFor({ state: 'visible', timeout: Math.min(SEARCH_RETYPE_MS, left) });
          break;
        } catch (error) {
          if (Date.now() >= searchUntil) throw error;
        }
      }
      await hit.click();
      const sectionId = await page.waitForFunction((id) => {
        const match = /^#(\/[^/#]+\/[^/#]+)/.exec(window.location.hash);
        return match?.[1]?.toLowerCase().endsWith(`/${id}`) ? match[1] : null;
      }, target.operationId.toLowerCase());
      await settledAt(page, String(await sectionId.jsonValue()));

      // The operation's TypeScript sample, for the vendor's Specsmith client, is on screen.
      const code = await page.waitForFunction((pkg) => {
        const blocks = [...document.querySelectorAll('[data-testid="source-code"]')];
        const shown = blocks.find((block) => {
          const box = block.getBoundingClientRect();
          return (block.textContent ?? '').includes(`from '${pkg}'`) && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
        });
        // biome-ignore lint/performance/useDomNodeTextContent: the sample as a reader sees and copies it (rendered line breaks, no hidden nodes)
        return shown ? (shown as HTMLElement).innerText : null;
      }, `@specsmith/${name}`);
      const source = String(await code.jsonValue());
      expect(source).toMatch(/const client = create\w+Client\(/);
      expect(source).toContain('await client.');
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
