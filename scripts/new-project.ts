/**
 * `npm run new:project -- --programme luyang-2018 --id legal-aid [--name 城乡困难群体法律援助]`
 *
 * Scaffolds one project file with every required field present and empty (or null where the
 * notice may be silent), so `npm run check` lists exactly what remains to fill in.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { DEPLOYMENT } from '../src/config/deployment.ts';

const { values } = parseArgs({ options: { programme: { type: 'string' }, id: { type: 'string' }, name: { type: 'string' } } });
if (!values.programme || !values.id) {
  console.error('用法 / usage: npm run new:project -- --programme <计划 id> --id <项目 id> [--name <项目名称>]');
  process.exit(2);
}
const contentDir = resolve(DEPLOYMENT.contentDir);
const programmeFile = join(contentDir, 'programmes', values.programme, 'programme.yaml');
if (!existsSync(programmeFile)) {
  console.error(`找不到计划 / no such programme: ${programmeFile}（先运行 npm run new:programme）`);
  process.exit(1);
}
const file = join(contentDir, 'programmes', values.programme, 'projects', `${values.id}.yaml`);
if (existsSync(file)) {
  console.error(`已存在 / already exists: ${file}`);
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
      responsibleBody: null,
      citations: [{ source, paragraph: '', quote: '' }],
    }),
);
console.log(`已创建 / created ${file}\n然后运行 npm run check 查看待填写的字段 / then run npm run check to list what remains to fill in`);
