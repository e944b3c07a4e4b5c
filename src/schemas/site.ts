import { z } from 'astro/zod';

const optionalText = z.string().trim().min(1).nullable().default(null);

/**
 * Site identity, one file per content tree (`site.yaml`). Government-site fields are empty by
 * default: an element whose value is not configured is left out, never faked.
 */
export const siteSchema = z
  .object({
    /** Site name shown in the header and `<title>`. */
    name: z.string().trim().min(1).describe('Site name'),
    /** One-line description for search engines and the home page. */
    description: z.string().trim().min(1).describe('One-line description'),
    /** Jurisdiction the site serves, e.g. 合肥市庐阳区; null for a site covering several. */
    jurisdiction: optionalText.describe('Jurisdiction the site serves, or null'),
    /** Language of the pages (BCP 47); the site's own text is simplified Chinese. */
    language: z.literal('zh-CN').default('zh-CN').describe('Language of the pages (BCP 47)'),
    /** Organiser (主办单位). */
    organiser: optionalText.describe('主办单位 (organiser)'),
    /** Government website identification code (政府网站标识码). */
    siteIdCode: optionalText.describe('政府网站标识码'),
    /** ICP filing number (ICP备案号). */
    icp: optionalText.describe('ICP备案号'),
    icpUrl: z.url().nullable().default(null).describe('Link for the ICP filing number'),
    /** Public security filing number (公安备案号). */
    publicSecurityFiling: optionalText.describe('公安备案号'),
    publicSecurityFilingUrl: z.url().nullable().default(null).describe('Link for the public security filing'),
    /** Contact for corrections and questions (e-mail or phone). */
    contact: optionalText.describe('Contact for corrections and questions'),
    /** Licence of the published data. */
    dataLicence: z
      .object({ name: z.string().min(1), url: z.url() })
      .strict()
      .describe('Licence of the published data'),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteSchema>;
