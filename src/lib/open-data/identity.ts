/**
 * What the site's identity lacks for the open data: an unset organiser leaves the catalogue
 * without the publisher DCAT-AP requires, an unset contact leaves readers no way to report an error
 * and the data sets no contact point. The build prints these warnings; the pages say plainly that
 * the publisher has not configured the field.
 */
import { t } from '../../i18n/index.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { OpenDataContext } from './context.ts';
import { undatedProgrammes } from './feed.ts';

/** One warning per identity field the open data needs and site.yaml leaves unset, naming its use. */
export function identityWarnings(site: Pick<SiteConfig, 'organiser' | 'contact'>): string[] {
  return [...(site.organiser === null ? [t('identity.warning.organiser')] : []), ...(site.contact === null ? [t('identity.warning.contact')] : [])];
}

/**
 * Warnings about dates the build does not know: the data's (the data page then says so) and each
 * programme's (the feed then leaves it out). Never replaced by a guess.
 */
export function dateWarnings(ctx: OpenDataContext): string[] {
  return [
    ...(ctx.updated.basis === 'unknown' ? [t('identity.warning.undated')] : []),
    ...undatedProgrammes(ctx).map((p) => t('identity.warning.undatedProgramme', { programme: p.id })),
  ];
}
