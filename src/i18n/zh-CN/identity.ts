/**
 * Wording about the site's identity as site.yaml configures it (organiser, contact): what the
 * pages say when the publisher has not configured a field, and the build's warnings about it.
 */
/** What every sentence about an unset field of site.yaml starts from. */
const NOT_CONFIGURED = '本站发布者尚未配置';

export const identity = {
  'identity.notConfigured': NOT_CONFIGURED,
  'identity.about.noContact': (p: { organiser: string | null }) =>
    p.organiser === null
      ? '本站发布者尚未公布主办单位和联系方式，目前无法通过本站报告错误。'
      : `本站发布者尚未公布联系方式。如发现数据与原文不符，请联系本站主办单位${p.organiser}，并注明页面网址和原文段落编号。`,
  /** The catalogue's own note (catalog.jsonld, rdfs:comment) where site.yaml leaves its publisher or contact unset: what is missing and why. */
  'identity.catalog.notConfigured': (p: { organiser: boolean; contact: boolean }) =>
    `${NOT_CONFIGURED}${[p.organiser ? '主办单位' : null, p.contact ? '联系方式' : null].filter(Boolean).join('和')}，本数据目录因此没有${[p.organiser ? '发布者（dct:publisher）' : null, p.contact ? '联系方式（dcat:contactPoint）' : null].filter(Boolean).join('和')}。`,
  'identity.dataPage.publisher': (p: { organiser: string }) => `数据发布者：${p.organiser}`,
  'identity.dataPage.contact': (p: { contact: string }) => `联系方式：${p.contact}`,
  'identity.dataPage.separator': '；',
  'identity.dataPage.end': '。',
  'identity.warning.organiser':
    '警告：site.yaml 未设置 organiser（主办单位）。页面将注明发布者尚未配置；数据目录 catalog.jsonld 缺少 DCAT-AP 必备的发布者（dct:publisher），datapackage.json 与 Atom 订阅也没有发布者。 / warning: site.yaml sets no organiser: the pages say so, and catalog.jsonld lacks the publisher DCAT-AP requires (dct:publisher), as do datapackage.json and the feed.',
  'identity.warning.contact':
    '警告：site.yaml 未设置 contact（联系方式）。“关于”页面与页脚将注明发布者尚未配置，读者无法通过本站报告错误；数据目录 catalog.jsonld 缺少联系方式（dcat:contactPoint）。 / warning: site.yaml sets no contact: the about page and footer say so, readers cannot report errors, and catalog.jsonld lacks a contact point (dcat:contactPoint).',
  'identity.warning.undated':
    '警告：无法确定数据的日期：内容不在 git 版本库中，未设定 SOURCE_DATE_EPOCH，也没有更正记录。数据页将注明更新日期不详。 / warning: the data has no date (content not under git, no SOURCE_DATE_EPOCH, no correction): the data page says the date is unknown.',
  'identity.warning.undatedProgramme': (p: { programme: string }) =>
    `警告：计划 ${p.programme} 没有已知日期（不在 git 版本库中，未设定 SOURCE_DATE_EPOCH，通知也未载明发布日期），feed.xml 不收录该计划。 / warning: programme ${p.programme} has no known date (not under git, no SOURCE_DATE_EPOCH, no stated date of issue): feed.xml leaves it out.`,
} as const;
