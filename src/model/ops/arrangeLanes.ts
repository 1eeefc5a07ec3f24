import { MAX_LANE_HEIGHT, STEP_MIN_HEIGHT, STEP_TOP_PADDING, STEP_WIDTH } from '../layout';
import type { Blueprint, Step } from '../types';

/**
 * Lanes grow to fit their tallest card: a card never hangs out of the bottom of its lane, after
 * a resize or after a longer label. Card heights are estimated here without a DOM, from the
 * card's CSS (ui/styles.css: 176 px wide, 10 + 12 px padding, 15 px type on 19.5 px lines, at
 * most four lines, a duration line below): the estimate errs on the tall side.
 */

const TEXT_WIDTH = STEP_WIDTH - 2 * 12 - 2;
const LINE_HEIGHT = 19.5;
const MAX_LINES = 4;
/** Padding and border above and below the label. */
const CARD_CHROME = 22;
const DURATION_LINE = 20;

/** Upper bounds of glyph widths at 15 px in the system fonts. */
function glyphWidth(char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 0x1100) return 15; // CJK, fullwidth forms, emoji
  if (char === ' ') return 4;
  if (/[A-Z]/.test(char)) return 11;
  if (/[mw@%]/.test(char)) return 13;
  return 8;
}

/** Lines a label takes, wrapped greedily at spaces (and anywhere in a long word), at most four. */
export function estimatedLines(label: string): number {
  let lines = 0;
  for (const paragraph of label.slice(0, 400).split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(' ')) {
      const width = [...word].reduce((sum, c) => sum + glyphWidth(c), 0);
      const needed = used === 0 ? width : used + glyphWidth(' ') + width;
      if (needed <= TEXT_WIDTH) {
        used = needed;
        continue;
      }
      if (used > 0) lines += 1;
      lines += Math.floor(width / TEXT_WIDTH);
      used = width % TEXT_WIDTH;
      if (lines >= MAX_LINES) return MAX_LINES;
    }
    if (lines >= MAX_LINES) return MAX_LINES;
  }
  return Math.max(1, Math.min(MAX_LINES, lines));
}

/** The estimated height of a step's card, canvas units. */
export function estimatedCardHeight(step: Pick<Step, 'label' | 'durationMin'>): number {
  const text = CARD_CHROME + estimatedLines(step.label) * LINE_HEIGHT;
  const duration = step.durationMin === undefined ? 0 : DURATION_LINE;
  return Math.ceil(Math.max(STEP_MIN_HEIGHT, text + duration));
}

/** The least height of a lane that holds these cards (its top padding and the tallest card). */
export function laneContentHeight(steps: readonly Pick<Step, 'label' | 'durationMin'>[]): number {
  if (!steps.length) return 0;
  return STEP_TOP_PADDING + Math.max(...steps.map(estimatedCardHeight));
}

/**
 * After an edit from `before` to `after`: the lanes the edit touched (the lane itself, or a step
 * in it added or changed) that are now lower than their content, with the height they need.
 */
export function lanesToGrow(
  before: Pick<Blueprint, 'lanes' | 'steps'>,
  after: Pick<Blueprint, 'lanes' | 'steps'>,
): { id: string; height: number }[] {
  const oldSteps = new Set(before.steps);
  const oldLanes = new Set(before.lanes);
  const touched = new Set(after.lanes.filter((l) => !oldLanes.has(l)).map((l) => l.id));
  for (const step of after.steps) if (!oldSteps.has(step)) touched.add(step.lane);
  if (!touched.size) return [];
  const grow: { id: string; height: number }[] = [];
  for (const lane of after.lanes) {
    if (!touched.has(lane.id)) continue;
    const needed = Math.min(
      MAX_LANE_HEIGHT,
      laneContentHeight(after.steps.filter((s) => s.lane === lane.id)),
    );
    if (needed > lane.height) grow.push({ id: lane.id, height: needed });
  }
  return grow;
}
