/** Government-site identifiers appear exactly when configured, and are never faked. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildOrThrow } from '../support/build-site.ts';
import { copyLuyangExample } from '../support/content-copy.ts';

const GOVERNMENT_META = ['SiteName', 'SiteDomain', 'SiteIDCode', 'ColumnName', 'ColumnType', 'ArticleTitle', 'PubDate', 'ContentSource'];
const metaNames = (html: string) => [...html.matchAll(/<meta name="([A-Za-z]+)" content="([^"]*)"/g)].map((m) => [m[1], m[2]]).filter(([name]) => GOVERNMENT_META.includes(name!));
const projectPage = 'luyang-2017/projects/meat-vegetable-traceability/index.html';

describe('with the example’s unconfigured site.yaml', () => {
  const html = readFileSync(join(inject('distRoot'), projectPage), 'utf8');

  it('carries only the meta tags whose values are known', () => {
    expect(metaNames(html)).toEqual([
      ['SiteName', '民生工程公开数据'],
      ['SiteDomain', 'example.gov.cn'],
      ['ColumnName', '项目清单'],
      ['ColumnType', '民生工程'],
      ['ArticleTitle', '肉类蔬菜流通追溯体系建设'],
      ['ContentSource', '庐阳区2017年实施“29+8”项民生工程的通知'],
    ]);
  });

  it('shows no site code or filing numbers in the footer, and says plainly that organiser and contact are not configured', () => {
    expect(html).not.toMatch(/政府网站标识码|ICP|公安备案/);
    expect(html).toContain('<li>主办单位：本站发布者尚未配置</li>');
    expect(html).toContain('<li>联系方式：本站发布者尚未配置</li>');
  });

  it('says on the about page that errors cannot be reported here yet, rather than name an organiser it does not have', () => {
    const about = readFileSync(join(inject('distRoot'), 'about/index.html'), 'utf8');
    expect(about).toContain('本站发布者尚未公布主办单位和联系方式，目前无法通过本站报告错误。');
    expect(about).not.toContain('请联系本站主办单位');
    // Nor does any page's footer offer a way to report one.
    expect(html).not.toContain('#report-error');
  });
});

describe('with every identifier configured', () => {
  const contentDir = copyLuyangExample();
  const sitePath = join(contentDir, 'site.yaml');
  writeFileSync(
    sitePath,
    readFileSync(sitePath, 'utf8')
      .replace('organiser: null', 'organiser: 合成测试区人民政府办公室')
      .replace('siteIdCode: null', 'siteIdCode: "3401030000"')
      .replace('icp: null', 'icp: 皖ICP备00000000号')
      .replace('icpUrl: null', 'icpUrl: https://beian.miit.gov.cn/')
      .replace('publicSecurityFiling: null', 'publicSecurityFiling: 皖公网安备 00000000000000号')
      .replace('contact: null', 'contact: test@example.gov.cn'),
  );
  const dist = buildOrThrow({ CONTENT_DIR: contentDir, SITE_URL: 'https://www.example.gov.cn' });
  const html = readFileSync(join(dist, projectPage), 'utf8');

  it('puts them in the footer and the head', () => {
    expect(html).toContain('主办单位：合成测试区人民政府办公室');
    expect(html).toContain('政府网站标识码：3401030000');
    expect(html).toContain('<a href="https://beian.miit.gov.cn/">皖ICP备00000000号</a>');
    expect(html).toContain('皖公网安备 00000000000000号');
    expect(html).toContain('联系方式：test@example.gov.cn');
    expect(html).toMatch(/<a href="[^"]*about\/#report-error">报告错误<\/a>/);
    expect(metaNames(html)).toEqual(
      expect.arrayContaining([
        ['SiteIDCode', '3401030000'],
        ['SiteDomain', 'www.example.gov.cn'],
      ]),
    );
  });
});
