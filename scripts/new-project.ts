/**
 * `npm run new:project -- --programme luyang-2018 --id legal-aid [--name 城乡困难群体法律援助]`
 *
 * Scaffolds one project file with every required field present and empty (or null where the
 * notice may be silent), so `npm run check` lists exactly what remains to fill in.
 */
import { onFailure } from './lib/cli.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { DEPLOYMENT } from '../src/config/deployment.ts';
import { t } from '../src/i18n/index.ts';
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
const contentDir = resolve(DEPLOYMENT.contentDir);
const programmeFile = join(contentDir, 'programmes', values.programme, 'programme.yaml');
if (!existsSync(programmeFile)) {
  console.error(t('cli.newProject.noProgramme', { file: programmeFile }));
  process.exit(1);
}
const file = join(contentDir, 'programmes', values.programme, 'projects', `${values.id}.yaml`);
if (existsSync(file)) {
  console.error(t('cli.scaffold.exists', { path: file }));
  process.exit(1);
}
const source = String((parse(readFileSync(programmeFile, 'utf8')) as { source?: string }).source ?? '');
writeFileSync(
  file,
  `# level: provincial | municipal | district\n# standing: new | continued | formed-by-merger | implemented | withdrawn | adjusted-out | merged-away\n` +
    stringify({
      id: values.id,
      programme: values.programme,
      name: values.name ?? '',
      level: '',
      standing: '',
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
