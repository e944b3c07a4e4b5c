import { t } from '../../i18n/index.ts';

/** A term of the notices explained in plain language for residents. */
export interface GlossaryEntry {
  id: string;
  term: string;
  explanation: string;
}

/** The glossary's entries in the order it lists them; each id's term and explanation are `glossary.<id>.*` in src/i18n. */
const GLOSSARY_IDS = ['minsheng', 'raised', 'merged', 'continued', 'withdrawn', 'adjusted-out', 'yishiyiyi', 'xun', 'wall-chart', 'four-lists', 'four-in-one', 'matching'] as const;

/**
 * Plain-language explanations of the notice's vocabulary. These explain words, they state no facts
 * about any programme, so they live with the wording rather than in content/.
 */
export const GLOSSARY: readonly GlossaryEntry[] = GLOSSARY_IDS.map((id) => ({ id, term: t(`glossary.${id}.term`), explanation: t(`glossary.${id}.explanation`) }));
