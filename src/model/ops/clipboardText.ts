import { tooDeep } from '../depth';
import { checkShape, validateReferences, type ValidationError } from '../schema';
import { CURRENT_VERSION, FORMAT_NAME } from '../types';
import type { Clip } from './clipboard';

/**
 * Copied steps as clipboard text: JSON with a marker, so that this app (in any tab) knows its
 * own and leaves other text alone.
 */

export const CLIP_FORMAT = 'service-blueprint-clipboard';
export const CLIP_VERSION = 1;

export type ClipText =
  | { kind: 'clip'; clip: Clip }
  /** Text from elsewhere: pasting it does nothing. */
  | { kind: 'foreign' }
  /** Ours, but it cannot be pasted (cut short, edited by hand, from a newer version). */
  | { kind: 'damaged'; errors: ValidationError[] };

export function clipToText(clip: Clip): string {
  return JSON.stringify({ format: CLIP_FORMAT, version: CLIP_VERSION, ...clip });
}

const MAX_ERRORS = 5;

function damaged(errors: ValidationError[]): ClipText {
  return { kind: 'damaged', errors: errors.slice(0, MAX_ERRORS) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Clipboard text → steps to paste, or "not ours", or what is wrong with it. Never throws. */
export function parseClipText(text: string): ClipText {
  if (!text.includes(CLIP_FORMAT)) return { kind: 'foreign' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // The marker is there, so this was ours once: say so rather than ignore it.
    return damaged([{ path: '', message: `not JSON (${detail})` }]);
  }
  if (!isRecord(raw) || raw.format !== CLIP_FORMAT) return { kind: 'foreign' };
  if (raw.version !== CLIP_VERSION) {
    return damaged([
      {
        path: 'version',
        message: `expected ${CLIP_VERSION}, found ${JSON.stringify(raw.version)}`,
      },
    ]);
  }
  const deep = tooDeep(raw);
  if (deep !== undefined) return damaged([{ path: deep, message: 'nested too deeply' }]);
  // The steps, flows and lanes are checked as a blueprint holding just them would be.
  const shaped = checkShape({
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    lanes: raw.lanes,
    steps: raw.steps,
    flows: raw.flows,
  });
  if (!shaped.ok) return damaged(shaped.errors);
  const refErrors = validateReferences(shaped.value);
  if (refErrors.length) return damaged(refErrors);
  const { lanes, steps, flows } = shaped.value;
  if (!steps.length) return damaged([{ path: 'steps', message: 'no steps' }]);
  return { kind: 'clip', clip: { lanes, steps, flows } };
}
