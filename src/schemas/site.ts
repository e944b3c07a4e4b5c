import { z } from 'astro/zod';

const optionalText = z.string().trim().min(1).nullable().default(null);

/**
 * Site identity, one file per content tree (`site.yaml`). Government-site fields are empty by
 * default: an element whose value is not configured is left out, never faked.
 */
export const siteSchema = z
  .object({
    /** Site name shown in the header and `<title>`. */
    name: z.string().trim().min(1).describe('网站名称 / Site name'),
    /** One-line description for search engines and the home page. */
    description: z.string().trim().min(1).describe('一句话简介 / One-line description'),
    /** Jurisdiction the site serves, e.g. 合肥市庐阳区; null for a site covering several. */
    jurisdiction: optionalText.describe('本站服务的行政区，可为 null / Jurisdiction the site serves, or null'),
    /** Language of the pages (BCP 47); the site's own text is simplified Chinese. */
    language: z.literal('zh-CN').default('zh-CN').describe('页面语言（BCP 47） / Language of the pages (BCP 47)'),
    /** Organiser (主办单位). */
    organiser: optionalText.describe('主办单位 / Organiser'),
    /** Government website identification code (政府网站标识码). */
    siteIdCode: optionalText.describe('政府网站标识码 / Government website identification code'),
    /** ICP filing number (ICP备案号). */
    icp: optionalText.describe('ICP备案号 / ICP filing number'),
    icpUrl: z.url().nullable().default(null).describe('ICP备案号的链接 / Link for the ICP filing number'),
    /** Public security filing number (公安备案号). */
    publicSecurityFiling: optionalText.describe('公安备案号 / Public security filing number'),
    publicSecurityFilingUrl: z.url().nullable().default(null).describe('公安备案号的链接 / Link for the public security filing'),
    /** Contact for corrections and questions (e-mail or phone). */
    contact: optionalText.describe('纠错与咨询的联系方式 / Contact for corrections and questions'),
    /** Licence of the published data. */
    dataLicence: z
      .object({ name: z.string().min(1), url: z.url() })
      .strict()
      .describe('公开数据的许可协议 / Licence of the published data'),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteSchema>;
