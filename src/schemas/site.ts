import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { plainText, webUrl } from './common.ts';

const optionalText = plainText.nullable().default(null);

/**
 * Site identity, one file per content tree (`site.yaml`). Government-site fields are empty by
 * default: an element whose value is not configured is left out, never faked.
 */
export const siteSchema = z
  .object({
    /** Site name shown in the header and `<title>`. */
    name: plainText.describe(t('content.site.name')),
    /** One-line description for search engines and the home page. */
    description: plainText.describe(t('content.site.description')),
    /** Jurisdiction the site serves, e.g. 合肥市庐阳区; null for a site covering several. */
    jurisdiction: optionalText.describe(t('content.site.jurisdiction')),
    /** Language of the pages (BCP 47); the site's own text is simplified Chinese. */
    language: z.literal('zh-CN').default('zh-CN').describe(t('content.site.language')),
    /** Organiser (主办单位). */
    organiser: optionalText.describe(t('content.site.organiser')),
    /** Government website identification code (政府网站标识码). */
    siteIdCode: optionalText.describe(t('content.site.siteIdCode')),
    /** ICP filing number (ICP备案号). */
    icp: optionalText.describe(t('content.site.icp')),
    icpUrl: webUrl.nullable().default(null).describe(t('content.site.icpUrl')),
    /** Public security filing number (公安备案号). */
    publicSecurityFiling: optionalText.describe(t('content.site.publicSecurityFiling')),
    publicSecurityFilingUrl: webUrl.nullable().default(null).describe(t('content.site.publicSecurityFilingUrl')),
    /** Contact for corrections and questions (e-mail or phone). */
    contact: optionalText.describe(t('content.site.contact')),
    /** Licence of the published data. */
    dataLicence: z
      .object({ name: plainText, url: webUrl })
      .strict()
      .describe(t('content.site.dataLicence')),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteSchema>;
