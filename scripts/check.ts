/**
 * `npm run check`: validates a content tree (default `content/`, or $CONTENT_DIR) and prints every
 * problem with file, line and column. Exit code 1 when anything is wrong.
 */
import { DEPLOYMENT } from '../src/config/deployment.ts';
import { checkContentDir } from './lib/check-content.ts';

const ok = checkContentDir(DEPLOYMENT.contentDir);
process.exit(ok ? 0 : 1);
