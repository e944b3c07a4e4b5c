/**
 * Simplified Chinese, the site's reference locale: the union of every area's messages. Each area
 * file holds the wording of one concern; keys are prefixed with the area so that they never clash.
 * (The search vocabulary, search-vocab.ts, is data rather than messages: see SEARCH_VOCABULARIES.)
 */
import { chart } from './chart.ts';
import { check } from './check.ts';
import { cli } from './cli.ts';
import { client } from './client.ts';
import { content } from './content.ts';
import { glossary } from './glossary.ts';
import { page } from './page.ts';
import { identity } from './identity.ts';
import { importer } from './import.ts';
import { search } from './search.ts';
import { searchStatus } from './search-status.ts';
import { data } from './data.ts';
import { programme } from './programme.ts';
import { sheets } from './sheets.ts';
import { site } from './site.ts';
import { term } from './term.ts';
import { vocab } from './vocab.ts';

export const zhCN = {
  ...chart,
  ...site,
  ...term,
  ...content,
  ...vocab,
  ...check,
  ...glossary,
  ...cli,
  ...search,
  ...searchStatus,
  ...page,
  ...data,
  ...programme,
  ...client,
  ...identity,
  ...sheets,
  ...importer,
} as const;
