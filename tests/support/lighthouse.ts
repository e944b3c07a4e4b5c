/** Lighthouse (mobile profile, its default) driving Debian's Chromium through chrome-launcher. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
}

export interface LighthouseRun {
  scores: LighthouseScores;
  /** Titles of failed audits in categories below 100, for readable failures. */
  failedAudits: string[];
}

/** Audits each URL in turn with one Chromium, returning category scores out of 100. */
export async function runLighthouse(urls: string[]): Promise<Map<string, LighthouseRun>> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const results = new Map<string, LighthouseRun>();
  try {
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const lhr = result!.lhr;
      const scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)])) as unknown as LighthouseScores;
      const failedAudits = Object.values(lhr.categories).flatMap((c) =>
        c.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => `${c.id}: ${lhr.audits[r.id]!.title} (${lhr.audits[r.id]!.score})`),
      );
      results.set(url, { scores, failedAudits });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
