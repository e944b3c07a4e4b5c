/**
 * A site serving two jurisdictions of different kinds (issue 15): Luyang District's 2017 民生工程
 * notice (levels, standings) next to Cangnan County's 2017 民生实事 公告 (neither), assembled from
 * the two examples by tests/support/example-content.ts. It validates and builds,
 * and each programme keeps its own pages and its own wording, and every page of a programme
 * navigates within it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/io/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { searchExamplesByProgramme } from '../../src/lib/search/examples.ts';
import { BUILD_TIMEOUT, buildOrThrow } from '../support/build-site.ts';
import { CANGNAN_PROGRAMME, projectIdsOf, twoJurisdictionContent } from '../support/example-content.ts';
import { programmeNavigationProblems } from '../support/programme-navigation.ts';

const LUYANG = 'luyang-2017';

describe('a content tree with two jurisdictions', { timeout: BUILD_TIMEOUT }, () => {
  const contentDir = twoJurisdictionContent();
  const luyangIds = projectIdsOf(contentDir, LUYANG);
  const cangnanIds = projectIdsOf(contentDir, CANGNAN_PROGRAMME);
  let dist = '';
  beforeAll(() => {
    dist = buildOrThrow({ CONTENT_DIR: contentDir });
  });
  const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

  it('validates, with both programmes and their jurisdictions', () => {
    const { content, problems } = validateContent(readContent(contentDir));
    expect(problems).toEqual([]);
    expect(content.site?.jurisdiction).toBeNull();
    expect(content.programmes.map((p) => [p.id, p.jurisdictionShort, p.jurisdictionKind]).sort()).toEqual([
      [CANGNAN_PROGRAMME, '苍南县', 'county'],
      [LUYANG, '庐阳区', 'district'],
    ]);
    expect(cangnanIds).toHaveLength(10);
    expect(luyangIds.length).toBeGreaterThan(10);
  });

  it("builds every page of both programmes: overview, notice, list and each project's", () => {
    for (const programme of [LUYANG, CANGNAN_PROGRAMME]) {
      for (const path of ['', 'notice', 'projects']) expect(existsSync(join(dist, programme, path, 'index.html')), `${programme}/${path}`).toBe(true);
    }
    for (const id of luyangIds) expect(existsSync(join(dist, LUYANG, 'projects', id, 'index.html')), id).toBe(true);
    for (const id of cangnanIds) expect(existsSync(join(dist, CANGNAN_PROGRAMME, 'projects', id, 'index.html')), id).toBe(true);
  });

  it("links every page of a programme to that programme's own pages, never to the other's", () => {
    expect(programmeNavigationProblems(dist, validateContent(readContent(contentDir)).content).problems).toEqual([]);
  });

  it("offers in each programme's search box an example word from that programme's own projects", () => {
    const examples = searchExamplesByProgramme(validateContent(readContent(contentDir)).content);
    const placeholder = (path: string) => /id="site-search"[^>]*placeholder="([^"]+)"/.exec(page(path))?.[1];
    const [luyang, cangnan] = [examples.get(LUYANG)?.[0], examples.get(CANGNAN_PROGRAMME)?.[0]];
    expect(luyang && cangnan && luyang !== cangnan).toBeTruthy();
    expect(placeholder(`${LUYANG}/projects/${luyangIds[0]}`)).toBe(`搜索，如：${luyang}`);
    expect(placeholder(`${CANGNAN_PROGRAMME}/projects/${cangnanIds[0]}`)).toBe(`搜索，如：${cangnan}`);
    // The word is one of Cangnan's: one of its project pages holds it, visibly or among its search keywords.
    expect(cangnanIds.some((id) => page(`${CANGNAN_PROGRAMME}/projects/${id}`).includes(cangnan!))).toBe(true);
  });

  it('names each programme in its own words', () => {
    expect(page(`${LUYANG}/projects`)).toContain('庐阳区2017年民生工程');
    expect(page(LUYANG)).toContain('庐阳区2017年实施“29+8”项民生工程的通知');
    expect(page(`${CANGNAN_PROGRAMME}/projects`)).toContain('苍南县2017年民生实事');
    expect(page(CANGNAN_PROGRAMME)).toContain('苍南县第十届人民代表大会第一次会议公告(第8号)');
    // A Cangnan item page says nothing of Luyang's kind of programme or self-reference.
    for (const id of cangnanIds) expect(page(`${CANGNAN_PROGRAMME}/projects/${id}`), id).not.toMatch(/民生工程|本区|区级/);
  });

  it('lists both programmes on the home page', () => {
    const home = page('');
    expect(home).toContain(`href="/${LUYANG}/"`);
    expect(home).toContain(`href="/${CANGNAN_PROGRAMME}/"`);
  });

  it('keeps a slug both jurisdictions use apart: each programme has its own farmers-market-upgrade page', () => {
    // Both lists have a 农贸市场改造提升 item under the same slug, in different jurisdictions.
    expect(luyangIds).toContain('farmers-market-upgrade');
    expect(cangnanIds).toContain('farmers-market-upgrade');
    expect(page(`${LUYANG}/projects/farmers-market-upgrade`)).toContain('农贸市场改造提升工程');
    expect(page(`${CANGNAN_PROGRAMME}/projects/farmers-market-upgrade`)).toContain('全年改造提升农贸市场24家');
    // Its targets as the 公告 writes them (改造面积3万平方米, not 30000平方米改造面积).
    expect(page(`${CANGNAN_PROGRAMME}/projects/farmers-market-upgrade`)).toContain('<li>改造面积3万平方米</li>');
    expect(page(`${CANGNAN_PROGRAMME}/projects/elderly-care-services`)).toContain('<li>不少于2.5%的老年人享有养老服务补贴</li>');
  });
});
