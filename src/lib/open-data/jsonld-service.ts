/** schema.org `GovernmentService` of a project page: what the service is, where, and under which notice. */
import { STANDING_LABELS } from '../../schemas/vocabulary.ts';
import { isImplemented } from '../programme/counts.ts';
import { levelLabel } from '../programme/levels.ts';
import { programmeT } from '../programme/wording.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { Project } from '../../schemas/project.ts';
import { projectPath, sourcePath } from '../site/urls.ts';
import { absoluteUrl } from './links.ts';

/** One value as itself, several as a list (schema.org takes either). */
const oneOrMany = <T>(values: T[]): T | T[] => (values.length === 1 ? values[0]! : values);

/**
 * The service description of one project entry. The provider is named only where the notice
 * names a unit (牵头单位, 责任单位 …), never guessed; the area served only where the project is
 * carried out this year.
 */
export function governmentServiceJsonLd(siteBase: string, programme: Programme, project: Project): Record<string, unknown> {
  const url = absoluteUrl(siteBase, projectPath(programme.id, project.id));
  const t = programmeT(programme);
  const level = levelLabel(programme, project.level);
  const standing = project.standing === null ? null : STANDING_LABELS[project.standing];
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': `${url}#service`,
    name: project.name,
    ...(project.aliases.length ? { alternateName: project.aliases.map((a) => a.name) } : {}),
    description: project.description ?? t('data.jsonld.service.description', { programme: programme.title, level, standing }),
    url,
    serviceType: t('data.jsonld.service.type', { level }),
    // Served there only if carried out this year: 城市老旧小区整治 (2017年我区不再承担该项目任务) is not.
    ...(isImplemented(project) ? { areaServed: { '@type': 'AdministrativeArea', name: programme.jurisdiction } } : {}),
    ...(project.units.length ? { provider: oneOrMany(project.units.map((u) => ({ '@type': 'GovernmentOrganization', name: u.name }))) } : {}),
    subjectOf: { '@type': 'CreativeWork', name: programme.title, url: absoluteUrl(siteBase, sourcePath(programme.id)) },
  };
}
