/**
 * `npm run check`: validates a content tree (default `content/`, or $CONTENT_DIR) and prints every
 * problem with file, line and column. Exit codes (scripts/lib/exit-codes.ts): 3 when the content is
 * invalid; 2 without a content folder or with a malformed environment variable; 1 when the content
 * could not be read, said in one line naming the file (scripts/lib/cli.ts; `--debug` adds the stack trace).
 */
import { onFailure } from './lib/cli.ts';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEPLOYMENT } from '../src/config/deployment.ts';
import { t } from '../src/i18n/index.ts';
import { checkContentDir } from './lib/check-content.ts';
import { CONTENT_INVALID_EXIT_CODE, USAGE_EXIT_CODE } from './lib/exit-codes.ts';
import { CommandFailure } from './lib/failure.ts';

const contentDir = resolve(DEPLOYMENT.contentDir);
onFailure({ headline: (line) => t('cli.check.stopped', { message: line }), known: [{ variable: 'CONTENT_DIR', path: contentDir }] });
if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) throw new CommandFailure(t('cli.failure.noContentDir', { path: contentDir }), USAGE_EXIT_CODE);
const ok = checkContentDir(DEPLOYMENT.contentDir);
process.exit(ok ? 0 : CONTENT_INVALID_EXIT_CODE);
