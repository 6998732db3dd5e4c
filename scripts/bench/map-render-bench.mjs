/* global performance, document, requestAnimationFrame -- the evaluated functions run in the page */
// Evidence Map render benchmark: the CLI's self-contained HTML export with N evidence items
// (default 20,000, built from the year-long fixture model), opened in Debian's Chromium; prints
// the milliseconds from navigation to the first complete render, and to the evidence list of the
// busiest criterion. Targets: 500 ms and 200 ms. Usage: node scripts/bench/map-render-bench.mjs
// [--items N] [--runs N] [--keep FILE.html]. Needs `npm run build` first (dist/webview).
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../host/host-paths.mjs';
import { option } from './bench-args.mjs';

const ITEMS = Number(option('--items', 20_000));
const RUNS = Number(option('--runs', 5));
const RENDER_TARGET_MS = 500;
const LIST_TARGET_MS = 200;

if (!existsSync('dist/webview/evidence-map.js')) {
  console.error('dist/webview is missing: run `npm run build` first');
  process.exit(2);
}

/** The fixture year repeated until it holds `count` items; cells and rows point at the copies. */
export function scaleModel(model, count) {
  const base = model.evidence;
  const evidence = [];
  const copyOf = [];
  for (let i = 0; evidence.length < count; i++) {
    const src = base[i % base.length];
    evidence.push({ ...src, id: `${src.id}#${Math.floor(i / base.length)}` });
    copyOf.push(i % base.length);
  }
  const byOriginal = new Map();
  copyOf.forEach((orig, at) => {
    const list = byOriginal.get(orig) ?? [];
    list.push(at);
    byOriginal.set(orig, list);
  });
  const expand = (items) => items.flatMap((i) => byOriginal.get(i) ?? []);
  const criteria = model.criteria.map((c) => {
    const items = expand(c.items);
    return { ...c, items, evidenceCount: items.length };
  });
  const rows = model.heatmap.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, items: expand(c.items), count: expand(c.items).length })) }));
  const max = Math.max(...rows.flatMap((r) => r.cells.map((c) => c.count)));
  return { ...model, evidence, criteria, heatmap: { ...model.heatmap, rows, max }, headline: { ...model.headline, evidence: evidence.length } };
}

async function renderer(work) {
  const out = join(work, 'map-html.mjs');
  await esbuild.build({ entryPoints: ['src/core/export/map-html.ts'], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'warning' });
  return import(pathToFileURL(out).href);
}

const work = mkdtempSync(join(tmpdir(), 'growth-ledger-map-bench-'));
try {
  const { renderMapHtml } = await renderer(work);
  const fixture = JSON.parse(readFileSync('test/fixtures/map/view-model.json', 'utf8'));
  const model = scaleModel(fixture, ITEMS);
  const html = renderMapHtml(
    model,
    {
      script: readFileSync('dist/webview/evidence-map.js', 'utf8'),
      css: readFileSync('dist/webview/evidence-map.css', 'utf8'),
      fontBase64: readFileSync('dist/webview/codicon.ttf').toString('base64'),
    },
    (text) => createHash('sha256').update(text, 'utf8').digest('base64'),
  );
  const file = option('--keep', join(work, 'evidence-map.html'));
  writeFileSync(file, html);
  const busiest = [...model.criteria].sort((a, b) => b.items.length - a.items.length)[0];

  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const renders = [];
  const lists = [];
  const problems = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(pathToFileURL(file).href);
      // An export hands the page its head and rows together, so its first render already holds the
      // rows (`data-evidence`); waiting for both keeps the list timing below from starting early.
      await page.waitForSelector('body[data-rendered][data-evidence]');
      renders.push(await page.evaluate(() => performance.getEntriesByName('evidence-map-rendered')[0]?.startTime ?? NaN));
      const listMs = await page.evaluate(async (id) => {
        const started = performance.now();
        document.querySelector(`button[data-criterion="${id}"]`).click();
        while (!document.querySelector('.evidence-row')) await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - started;
      }, busiest.id);
      lists.push(listMs);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const r = median(renders);
  const l = median(lists);
  console.log(`Evidence Map (HTML export, ${ITEMS} items, ${(html.length / 1e6).toFixed(1)} MB): first complete render ${r.toFixed(0)} ms (target < ${RENDER_TARGET_MS} ms, ${(r / RENDER_TARGET_MS).toFixed(2)}×), median of ${RUNS}`);
  console.log(`Evidence list of "${busiest.name}" (${busiest.items.length} items): ${l.toFixed(0)} ms (target < ${LIST_TARGET_MS} ms, ${(l / LIST_TARGET_MS).toFixed(2)}×)`);
  if (problems.length) {
    console.error(`page errors:\n${[...new Set(problems)].join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
