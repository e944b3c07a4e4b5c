import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { plainText, webUrl } from './common.ts';
import { PUBLISHER_TYPE_CODES } from '../lib/open-data/vocabularies.ts';

const optionalText = plainText.nullable().default(null);

/**
 * Where residents can ask about a project or apply, as the publisher configures it for the whole
 * site: never per project, never invented. Each channel is left out when not configured.
 */
export const helpSchema = z
  .object({
    /** Government service hotline, as text, e.g. 12345. */
    hotline: optionalText.describe(t('content.site.help.hotline')),
    /** Name and address of the online government service hall (政务服务网). */
    serviceName: optionalText.describe(t('content.site.help.serviceName')),
    serviceUrl: webUrl.nullable().default(null).describe(t('content.site.help.serviceUrl')),
    /** Contact of the body responsible for the programme (phone, address or e-mail, as text). */
    contact: optionalText.describe(t('content.site.help.contact')),
  })
  .strict();
export type HelpConfig = z.infer<typeof helpSchema>;

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
    /**
     * Origin the site is published at, e.g. https://www.luyang.gov.cn (no path: BASE_PATH gives
     * that); SITE_URL overrides it. Null: a preview build, which publishes no absolute URL.
     */
    url: z
      .url({ protocol: /^https?$/, error: t('content.common.url.invalid') })
      .transform((v) => v.replace(/\/+$/, ''))
      .nullable()
      .default(null)
      .describe(t('content.site.url')),
    /** Jurisdiction the site serves, e.g. 合肥市庐阳区; null for a site covering several. */
    jurisdiction: optionalText.describe(t('content.site.jurisdiction')),
    /** Language of the pages (BCP 47); the site's own text is simplified Chinese. */
    language: z.literal('zh-CN').default('zh-CN').describe(t('content.site.language')),
    /**
     * Organiser (主办单位): the footer, and the publisher of the data in datapackage.json,
     * catalog.jsonld (dct:publisher, mandatory in DCAT-AP) and the feed. The build warns when unset.
     */
    organiser: optionalText.describe(t('content.site.organiser')),
    /** What kind of body the organiser is (ADMS publisher type in catalog.jsonld), e.g. local-authority. */
    organiserType: z.enum(PUBLISHER_TYPE_CODES).nullable().default(null).describe(t('content.site.organiserType')),
    /** Government website identification code (政府网站标识码). */
    siteIdCode: optionalText.describe(t('content.site.siteIdCode')),
    /** ICP filing number (ICP备案号). */
    icp: optionalText.describe(t('content.site.icp')),
    icpUrl: webUrl.nullable().default(null).describe(t('content.site.icpUrl')),
    /** Public security filing number (公安备案号). */
    publicSecurityFiling: optionalText.describe(t('content.site.publicSecurityFiling')),
    publicSecurityFilingUrl: webUrl.nullable().default(null).describe(t('content.site.publicSecurityFilingUrl')),
    /**
     * Contact for corrections and questions (e-mail, phone or web address): the footer, the about
     * page and the data sets' dcat:contactPoint. The build warns when unset.
     */
    contact: optionalText.describe(t('content.site.contact')),
    /** Consultation channels shown on every project page; null when the publisher has configured none. */
    help: helpSchema.nullable().default(null).describe(t('content.site.help')),
    /**
     * Licence of the published data: `name` and `url` as readers see them (the URL may be a deed in
     * their language), `id` its SPDX identifier (e.g. CC-BY-4.0), by which the metadata files name
     * it in the form tools recognise.
     */
    dataLicence: z
      .object({
        id: z
          .string()
          .regex(/^[A-Za-z0-9.+-]+$/)
          .nullable()
          .default(null)
          .describe(t('content.site.dataLicence.id')),
        name: plainText,
        url: webUrl,
      })
      .strict()
      .describe(t('content.site.dataLicence')),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteSchema>;
