/**
 * Mobile Lighthouse (its default: a mid-range phone on a slow 4G, simulated) on Debian's Chromium,
 * several runs per page, medians reported. The browser cannot resolve any host but localhost, so
 * nothing is fetched from anywhere else; the report's own request list is checked too.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath } from './browser.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const flags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Runs Lighthouse `runs` times on each URL.
 * @param {string[]} urls
 * @param {number} runs
 * @param {(message: string) => void} log
 * @returns {Promise<Map<string, { scores: Record<string, number>, metrics: Record<string, number>, failing: string[], offsite: string[] }>>}
 */
export async function lighthouseMedians(urls, runs, log) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? chromiumPath,
    chromeFlags: flags,
  });
  const results = new Map();
  try {
    for (const url of urls) {
      const runsOfUrl = [];
      for (let i = 0; i < runs; i++) {
        log(`lighthouse ${i + 1}/${runs} ${url}`);
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: categories,
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        runsOfUrl.push(result.lhr);
      }
      const origin = new URL(url).origin;
      results.set(url, {
        scores: Object.fromEntries(
          categories.map((c) => [
            c,
            median(runsOfUrl.map((lhr) => Math.round((lhr.categories[c]?.score ?? 0) * 100))),
          ]),
        ),
        metrics: Object.fromEntries(
          [
            'first-contentful-paint',
            'largest-contentful-paint',
            'total-blocking-time',
            'cumulative-layout-shift',
            'speed-index',
          ].map((id) => [id, median(runsOfUrl.map((lhr) => lhr.audits[id]?.numericValue ?? 0))]),
        ),
        // What kept a category under 100, in any run: audits that count and did not pass.
        failing: [
          ...new Set(
            runsOfUrl.flatMap((lhr) =>
              categories.flatMap((c) =>
                (lhr.categories[c]?.auditRefs ?? [])
                  .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
                  .map((ref) => `${c}: ${ref.id}`),
              ),
            ),
          ),
        ],
        offsite: [
          ...new Set(
            runsOfUrl.flatMap((lhr) =>
              (lhr.audits['network-requests']?.details?.items ?? [])
                .map((item) => item.url)
                .filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin),
            ),
          ),
        ],
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
