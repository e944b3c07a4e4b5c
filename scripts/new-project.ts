/**
 * `npm run new:project -- --programme luyang-2018 --id legal-aid [--name 城乡困难群体法律援助]`
 *
 * Scaffolds one project file with every required field present and empty (or null where the
 * notice may be silent), so `npm run check` lists exactly what remains to fill in. The id is checked
 * as the content check would (its form, and the ids the site's own addresses take) before anything
 * is written; level and standing start as null, as the editors' guide says to leave them where the
 * notice is silent, with the programme's own levels and the standings listed in a comment.
 */
import { onFailure } from './lib/cli.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { DEPLOYMENT } from '../src/config/deployment.ts';
import { t } from '../src/i18n/index.ts';
import { reservedIds } from '../src/lib/site/routes.ts';
import { slug } from '../src/schemas/common.ts';
import { STANDINGS } from '../src/schemas/vocabulary.ts';
import { USAGE_EXIT_CODE } from './lib/exit-codes.ts';

onFailure({
  headline: (line) => t('cli.scaffold.stopped', { message: line }),
  known: [{ variable: 'CONTENT_DIR', path: resolve(DEPLOYMENT.contentDir) }],
  usage: t('cli.newProject.usage'),
});

const { values } = parseArgs({ options: { programme: { type: 'string' }, id: { type: 'string' }, name: { type: 'string' } } });
if (!values.programme || !values.id) {
  console.error(t('cli.newProject.usage'));
  process.exit(USAGE_EXIT_CODE);
}
const problems: string[] = [];
if (!slug.safeParse(values.id).success) problems.push(t('import.arg.projectId', { id: values.id }));
const reserved = reservedIds().id.find((r) => r.id === values.id);
if (reserved) problems.push(t('check.ids.reserved', { path: reserved.path }));
if (problems.length) {
  console.error(t('cli.failure.arguments', { problems: problems.join('; '), usage: t('cli.newProject.usage') }));
  process.exit(USAGE_EXIT_CODE);
}
const contentDir = resolve(DEPLOYMENT.contentDir);
const programmeFile = join(contentDir, 'programmes', values.programme, 'programme.yaml');
if (!existsSync(programmeFile)) {
  console.error(t('cli.newProject.noProgramme', { file: programmeFile }));
  process.exit(1);
}
const file = join(contentDir, 'programmes', values.programme, 'projects', `${values.id}.yaml`);
if (existsSync(file)) {
  // Nothing went wrong on disk: the id is taken, which the editor changes (exit code 2, as for arguments).
  console.error(t('cli.newProject.exists', { path: file }));
  process.exit(USAGE_EXIT_CODE);
}
const programme = parse(readFileSync(programmeFile, 'utf8')) as { source?: string; levels?: { code?: string; label?: string }[] };
const source = String(programme.source ?? '');
const levels = (programme.levels ?? []).map((l) => t('cli.newProject.choice', { code: String(l.code), label: String(l.label) }));
const standings = STANDINGS.map((s) => t('cli.newProject.choice', { code: s, label: t(`vocab.standing.${s}`) }));
writeFileSync(
  file,
  `# ${levels.length ? t('cli.newProject.levelComment', { levels: levels.join(' | ') }) : t('cli.newProject.noLevelsComment')}\n# ${t('cli.newProject.standingComment', { standings: standings.join(' | ') })}\n# ${t('cli.newProject.orderComment')}\n` +
    stringify({
      id: values.id,
      programme: values.programme,
      name: values.name ?? '',
      level: null,
      standing: null,
      order: null,
      description: null,
      aliases: [],
      changes: [],
      mergedFrom: [],
      mergedInto: null,
      movedTo: null,
      exitNote: null,
      targets: [],
      units: [],
      citations: [{ source, paragraph: '', quote: '' }],
    }),
);
console.log(`${t('cli.scaffold.created', { path: file })}\n${t('cli.scaffold.thenCheck')}`);
