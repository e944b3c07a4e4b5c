/**
 * Whose site, published where, of which year. A build without any published address (no SITE_URL,
 * no `url` in site.yaml) is a preview: it says so, and publishes no localhost or other absolute URL
 * of its own. A build with site.yaml's `url` uses it and shows no preview banner. A past year's
 * programme says it is not the newest of its jurisdiction.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticProgramme } from '../../scripts/lib/synthetic-content.ts';
import { runBuild, type BuildResult } from '../support/build-site.ts';
import { copyLuyangExample } from '../support/content-copy.ts';
import { atomProblems } from '../support/atom.ts';
import { listPages } from '../support/pages.ts';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const read = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');
const PREVIEW = '本站为预览版';

describe('a build with no published address (a preview)', () => {
  let build: BuildResult;
  beforeAll(() => {
    // A content copy is not under git: SOURCE_DATE_EPOCH dates it, so that the feed has the programme's entry.
    build = runBuild({ SITE_URL: '', SOURCE_DATE_EPOCH: '1500000000', CONTENT_DIR: copyLuyangExample() });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  });

  it('says so on the console', () => {
    expect(`${build.stdout}${build.stderr}`).toContain('preview build');
  });

  it('contains no localhost in any file', () => {
    const offending = files(build.outDir).filter((f) => readFileSync(f).includes('localhost'));
    expect(offending.map((f) => relative(build.outDir, f))).toEqual([]);
  });

  it('shows the preview banner on every page, and declares no canonical URL', () => {
    const pages = listPages(build.outDir);
    expect(pages.length).toBeGreaterThan(10);
    const html = pages.map((p) => [p, read(build.outDir, p.endsWith('.html') ? p : `${p}index.html`)] as const);
    expect(html.filter(([, h]) => !h.includes(PREVIEW)).map(([p]) => p)).toEqual([]);
    expect(html.filter(([, h]) => h.includes('rel="canonical"')).map(([p]) => p)).toEqual([]);
  });

  it('publishes site-relative URLs in citations, data files, feed and sitemap, and no Sitemap line', () => {
    const project = read(build.outDir, 'luyang-2017/projects/employment-support/index.html');
    expect(project).toContain('. /luyang-2017/projects/employment-support/');
    expect(read(build.outDir, 'data/projects.csv')).toContain(',/luyang-2017/projects/employment-support/');
    expect(read(build.outDir, 'sitemap.xml')).toContain('<loc>/luyang-2017/projects/</loc>');
    expect(read(build.outDir, 'feed.xml')).toContain('href="/luyang-2017/"');
    expect(read(build.outDir, 'robots.txt')).not.toContain('Sitemap');
    // Atom ids must be absolute IRIs: the preview's are tag URIs, its links stay site-relative.
    expect(atomProblems(read(build.outDir, 'feed.xml'))).toEqual([]);
    expect(read(build.outDir, 'feed.xml')).toContain('<id>tag:preview.invalid,2017:programme/luyang-2017</id>');
    // JSON-LD: no absolute URL of the site's own (schema.org's vocabulary address is not one).
    const jsonLd = project.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)?.[1] ?? '';
    expect(jsonLd).toContain('"/luyang-2017/projects/employment-support/"');
    expect(jsonLd.replaceAll('https://schema.org', '')).not.toMatch(/https?:\/\//);
  });

  it('says above the data page’s examples that their addresses are site paths, and its schemas do not call them full URLs only', () => {
    const dataPage = read(build.outDir, 'data/index.html');
    expect(dataPage.replaceAll('&quot;', '"')).toContain('pd.read_csv("/data/projects.nobom.csv")');
    expect(dataPage).toMatch(/<p data-preview-note[^>]*>本站为预览版[^<]*站内路径/);
    const projectSchema = JSON.parse(read(build.outDir, 'data/schema/projects.schema.json')) as unknown;
    const urlDescriptions = JSON.stringify(projectSchema).match(/"description":"[^"]*完整网址[^"]*"/g) ?? [];
    expect(urlDescriptions.length).toBeGreaterThan(0);
    expect(urlDescriptions.filter((d) => !d.includes('站内路径'))).toEqual([]);
  });
});

describe('a build with site.yaml’s url and two years of one jurisdiction', () => {
  let dist: string;
  beforeAll(() => {
    const contentDir = copyLuyangExample();
    const siteYaml = join(contentDir, 'site.yaml');
    writeFileSync(siteYaml, read(contentDir, 'site.yaml').replace(/^url: null$/m, 'url: https://www.fixture.gov.cn/'));
    writeSyntheticProgramme(contentDir, { id: 'synthetic-2030', year: 2030, perLevel: [2, 1, 1] });
    writeSyntheticProgramme(contentDir, { id: 'synthetic-2031', year: 2031, perLevel: [2, 1, 1] });
    const build = runBuild({ SITE_URL: '', CONTENT_DIR: contentDir });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
    expect(`${build.stdout}${build.stderr}`).not.toContain('preview build');
    dist = build.outDir;
  });

  it('shows no preview banner and uses the url everywhere', () => {
    expect(read(dist, 'data/index.html')).not.toContain('data-preview-note');
    const pages = listPages(dist);
    expect(pages.filter((p) => read(dist, p.endsWith('.html') ? p : `${p}index.html`).includes(PREVIEW))).toEqual([]);
    expect(read(dist, 'luyang-2017/index.html')).toContain('<link rel="canonical" href="https://www.fixture.gov.cn/luyang-2017/">');
    expect(read(dist, 'data/projects.csv')).toContain(',https://www.fixture.gov.cn/luyang-2017/projects/employment-support/');
    expect(read(dist, 'robots.txt')).toContain('Sitemap: https://www.fixture.gov.cn/sitemap.xml');
    expect(read(dist, 'index.html')).toContain('<meta name="SiteDomain" content="www.fixture.gov.cn">');
  });

  it('names the jurisdiction and year of the programme being read in the header', () => {
    expect(read(dist, 'luyang-2017/standards/index.html')).toMatch(/<span class="site-place">合肥市庐阳区 · 2017年<\/span>/);
    expect(read(dist, 'synthetic-2030/index.html')).toMatch(/<span class="site-place">合成测试市[^<]* · 2030年<\/span>/);
    // Pages of the whole site: several jurisdictions, so only the newest year.
    expect(read(dist, 'about/index.html')).toMatch(/<span class="site-place">最新为2031年<\/span>/);
  });

  it('says on a past year’s pages that a newer programme exists, and not on the newest’s', () => {
    const past = read(dist, 'synthetic-2030/projects/index.html');
    expect(past).toContain('这是2030年的计划，不是最新的。最新的是2031年的计划：');
    expect(past).toContain('href="/synthetic-2031/"');
    expect(read(dist, 'synthetic-2031/projects/index.html')).not.toContain('banner-past');
    // The only Luyang programme is its jurisdiction's newest, whatever the other jurisdictions' years.
    expect(read(dist, 'luyang-2017/index.html')).not.toContain('banner-past');
  });
});
