import { t, type MessageKey } from '../../i18n/t';

const LEVEL_KEYS: Record<number, MessageKey> = {
  [-2]: 'emotion.levels.m2',
  [-1]: 'emotion.levels.m1',
  0: 'emotion.levels.z0',
  1: 'emotion.levels.p1',
  2: 'emotion.levels.p2',
};

/** A feeling in words: "−1: unhappy", or "not set". */
export function feelingText(score: number | undefined): string {
  return score === undefined ? t('emotion.unset') : t(LEVEL_KEYS[score] ?? 'emotion.unset');
}
