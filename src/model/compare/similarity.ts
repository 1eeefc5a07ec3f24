import { distance } from 'fastest-levenshtein';

/** Han, kana and hangul: scripts written without spaces, compared character by character. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Lower case, full-width forms folded, punctuation and spacing dropped to single spaces. */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words for spaced scripts; for Chinese (and other unspaced scripts) each character is a word. */
export function labelTokens(normalised: string): string[] {
  const tokens: string[] = [];
  for (const word of normalised.split(' ')) {
    if (!word) continue;
    if (!UNSPACED_SCRIPT.test(word)) {
      tokens.push(word);
      continue;
    }
    let run = '';
    for (const char of word) {
      if (UNSPACED_SCRIPT.test(char)) {
        if (run) tokens.push(run);
        run = '';
        tokens.push(char);
      } else run += char;
    }
    if (run) tokens.push(run);
  }
  return tokens;
}

/** Dice coefficient of two sorted token lists (a multiset overlap, no allocation). */
function diceOfSorted(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/** A label made ready for comparing many times. */
export interface PreparedLabel {
  text: string;
  /** Sorted, for a merge count. */
  tokens: string[];
}

export function prepareLabel(label: string): PreparedLabel {
  const text = normaliseLabel(label);
  return { text, tokens: labelTokens(text).sort() };
}

/**
 * How alike two labels are, 0–1: the better of the edit-distance ratio over characters (so
 * "Take payment" ≈ "Takes payment", 付款 ≈ 付钱) and the overlap of words or, in Chinese, of
 * characters (so "Pay at the till" ≈ "At the till, pay"). Empty labels are like nothing.
 * With `atLeast`, a result below it may be an underestimate (the costly part is skipped).
 */
export function labelSimilarity(a: PreparedLabel, b: PreparedLabel, atLeast = 0): number {
  if (!a.text || !b.text) return 0;
  if (a.text === b.text) return 1;
  const byTokens = diceOfSorted(a.tokens, b.tokens);
  const longest = Math.max(a.text.length, b.text.length);
  // The edit ratio can be no higher than the length ratio: skip the distance when that is too low.
  const editBound = Math.min(a.text.length, b.text.length) / longest;
  if (editBound < atLeast || editBound <= byTokens) return byTokens;
  return Math.max(1 - distance(a.text, b.text) / longest, byTokens);
}
