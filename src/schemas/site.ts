import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';

const optionalText = z.string().trim().min(1).nullable().default(null);

/**
 * Site identity, one file per content tree (`site.yaml`). Government-site fields are empty by
 * default: an element whose value is not configured is left out, never faked.
 */
export const siteSchema = z
  .object({
    /** Site name shown in the header and `<title>`. */
    name: z.string().trim().min(1).describe(t('content.site.name')),
    /** One-line description for search engines and the home page. */
    description: z.string().trim().min(1).describe(t('content.site.description')),
    /**
     * Origin the site is published at, e.g. https://www.luyang.gov.cn (no path: BASE_PATH gives
     * that); SITE_URL overrides it. Null: a preview build, which publishes no absolute URL.
     */
    url: z
      .url({ protocol: /^https?$/ })
      .transform((v) => v.replace(/\/+$/, ''))
      .nullable()
      .default(null)
      .describe(t('content.site.url')),
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
    icpUrl: z.url().nullable().default(null).describe(t('content.site.icpUrl')),
    /** Public security filing number (公安备案号). */
    publicSecurityFiling: optionalText.describe(t('content.site.publicSecurityFiling')),
    publicSecurityFilingUrl: z.url().nullable().default(null).describe(t('content.site.publicSecurityFilingUrl')),
    /** Contact for corrections and questions (e-mail or phone). */
    contact: optionalText.describe(t('content.site.contact')),
    /** Licence of the published data. */
    dataLicence: z
      .object({ name: z.string().min(1), url: z.url() })
      .strict()
      .describe(t('content.site.dataLicence')),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteSchema>;
