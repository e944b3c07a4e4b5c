/** schema.org `GovernmentService` of a project page: what the service is, where, and under which notice. */
import { t } from '../../i18n/index.ts';
import { LEVEL_LABELS, STANDING_LABELS } from '../../schemas/vocabulary.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { Project } from '../../schemas/project.ts';
import { projectPath, sourcePath } from '../site/urls.ts';
import { absoluteUrl } from './links.ts';

/**
 * The service description of one project entry. The provider is named only where the notice
 * names a responsible body, never guessed.
 */
export function governmentServiceJsonLd(siteBase: string, programme: Programme, project: Project): Record<string, unknown> {
  const url = absoluteUrl(siteBase, projectPath(programme.id, project.id));
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': `${url}#service`,
    name: project.name,
    ...(project.aliases.length ? { alternateName: project.aliases.map((a) => a.name) } : {}),
    description:
      project.description ?? t('data.jsonld.service.description', { programme: programme.title, level: LEVEL_LABELS[project.level], standing: STANDING_LABELS[project.standing] }),
    url,
    serviceType: t('data.jsonld.service.type', { level: LEVEL_LABELS[project.level] }),
    areaServed: { '@type': 'AdministrativeArea', name: programme.jurisdiction },
    ...(project.responsibleBody ? { provider: { '@type': 'GovernmentOrganization', name: project.responsibleBody.name } } : {}),
    subjectOf: { '@type': 'CreativeWork', name: programme.title, url: absoluteUrl(siteBase, sourcePath(programme.id)) },
  };
}
