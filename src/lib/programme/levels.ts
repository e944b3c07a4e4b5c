/**
 * A programme's levels as its source words them: a list without levels has none, and a level's
 * label is the programme's own (县级, 市本级 …), falling back to the vocabulary's where the
 * programme declares none for a code.
 */
import type { Programme } from '../../schemas/programme.ts';
import { LEVEL_LABELS, type Level } from '../../schemas/vocabulary.ts';

/** True when the programme's source sorts its projects under levels. */
export const hasLevels = (programme: Pick<Programme, 'levels'>): boolean => programme.levels.length > 0;

/** The label of `level` in `programme`, or null for a project without a level. */
export function levelLabel(programme: Pick<Programme, 'levels'>, level: Level | null): string | null {
  if (level === null) return null;
  return programme.levels.find((l) => l.code === level)?.label ?? LEVEL_LABELS[level];
}

/** The programme's level codes in its source's order. */
export const levelCodes = (programme: Pick<Programme, 'levels'>): Level[] => programme.levels.map((l) => l.code);
