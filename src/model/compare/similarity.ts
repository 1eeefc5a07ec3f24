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

function diceOfTokens(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of b) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(token, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** A label made ready for comparing many times. */
export interface PreparedLabel {
  text: string;
  tokens: string[];
}

export function prepareLabel(label: string): PreparedLabel {
  const text = normaliseLabel(label);
  return { text, tokens: labelTokens(text) };
}

/**
 * How alike two labels are, 0–1: the better of the edit-distance ratio over characters (so
 * "Take payment" ≈ "Takes payment", 付款 ≈ 付钱) and the overlap of words or, in Chinese, of
 * characters (so "Pay at the till" ≈ "At the till, pay"). Empty labels are like nothing.
 */
export function labelSimilarity(a: PreparedLabel, b: PreparedLabel): number {
  if (!a.text || !b.text) return 0;
  if (a.text === b.text) return 1;
  const longest = Math.max(a.text.length, b.text.length);
  const byEdits = 1 - distance(a.text, b.text) / longest;
  return Math.max(byEdits, diceOfTokens(a.tokens, b.tokens));
}
