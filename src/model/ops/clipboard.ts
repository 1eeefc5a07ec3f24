import { plainCopy } from '../plainCopy';
import { laneBands } from '../layout';
import type { Blueprint, Lane } from '../types';
import { addFlow, updateFlow } from './flows';
import { coordinate } from './numbers';
import { addStep, setFailPoint, setWait, updateStep } from './steps';

/**
 * Copying steps out of a blueprint and pasting them into one (the same or another): the steps,
 * the flows among them, and the lanes they sat in so that they can find their lanes again.
 */

export interface Clip {
  /** The lanes the steps came from, as they were there. */
  lanes: Lane[];
  steps: Blueprint['steps'];
  /** Only flows whose both ends are among the steps. */
  flows: Blueprint['flows'];
}

/** How far a paste or a duplicate lands from the originals when no pointer says where. */
export const PASTE_OFFSET = 40;

/** Where pasted steps go: moved by `dx`, or with their leftmost step at `left`. */
export type PastePlacement = { dx: number } | { left: number };

export interface Pasted {
  steps: string[];
  flows: string[];
}

/** The steps with these ids (in document order), the flows among them and their lanes. */
export function copySteps(doc: Blueprint, ids: readonly string[]): Clip | undefined {
  const wanted = new Set(ids);
  const steps = doc.steps.filter((s) => wanted.has(s.id));
  if (!steps.length) return undefined;
  const copied = new Set(steps.map((s) => s.id));
  const laneIds = new Set(steps.map((s) => s.lane));
  return plainCopy({
    lanes: doc.lanes.filter((l) => laneIds.has(l.id)),
    steps,
    flows: doc.flows.filter((f) => copied.has(f.from) && copied.has(f.to)),
  });
}

const sameLabel = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The lane in `doc` for a step that sat in `lane`: the same lane when it is there and shown,
 * else (custom lanes) a custom lane of the same name, else the first lane of the same kind,
 * else the customer lane, else the first visible lane. A blueprint whose lanes are all
 * hidden keeps the same lane if it has it, else its first.
 */
export function targetLane(
  doc: Pick<Blueprint, 'lanes'>,
  lane: Pick<Lane, 'id' | 'kind' | 'label'>,
): string {
  const visible = laneBands(doc.lanes)
    .map((b) => b.lane)
    .filter((l) => l.kind !== 'emotion');
  const found =
    visible.find((l) => l.id === lane.id) ??
    (lane.kind === 'custom'
      ? visible.find((l) => l.kind === 'custom' && sameLabel(l.label, lane.label))
      : visible.find((l) => l.kind === lane.kind)) ??
    visible.find((l) => l.kind === 'customer') ??
    visible[0] ??
    doc.lanes.find((l) => l.id === lane.id && l.kind !== 'emotion') ??
    doc.lanes.find((l) => l.kind !== 'emotion') ??
    doc.lanes[0];
  return found!.id;
}

/**
 * Adds the clip's steps and flows to the document with new ids, each step in its lane (see
 * `targetLane`), fields made valid as any edit makes them. Returns the new ids.
 */
export function pasteClip(doc: Blueprint, clip: Clip, placement: PastePlacement): Pasted {
  const pasted: Pasted = { steps: [], flows: [] };
  if (!clip.steps.length || !doc.lanes.length) return pasted;
  const laneOf = new Map(clip.lanes.map((l) => [l.id, targetLane(doc, l)]));
  const fallbackLane = targetLane(doc, { id: '', kind: 'customer', label: '' });
  const left = Math.min(...clip.steps.map((s) => s.x));
  const dx = 'left' in placement ? placement.left - left : placement.dx;
  const shift = Number.isFinite(dx) ? dx : 0;
  const newIds = new Map<string, string>();
  for (const step of clip.steps) {
    const id = addStep(doc, {
      lane: laneOf.get(step.lane) ?? fallbackLane,
      x: coordinate(step.x + shift) ?? coordinate(step.x) ?? 0,
      label: step.label,
    });
    const { description, durationMin, selfService } = step;
    updateStep(doc, id, {
      description,
      ...(durationMin !== undefined && { durationMin }),
      selfService,
    });
    if (step.failPoint) setFailPoint(doc, id, step.failPoint);
    if (step.wait) setWait(doc, id, step.wait);
    // Two clip steps with one id (a hand-made clip): flows go to the first.
    if (!newIds.has(step.id)) newIds.set(step.id, id);
    pasted.steps.push(id);
  }
  for (const flow of clip.flows) {
    const from = newIds.get(flow.from);
    const to = newIds.get(flow.to);
    if (!from || !to) continue;
    const id = addFlow(doc, from, to);
    if (!id) continue;
    updateFlow(doc, id, { label: flow.label, twoWay: flow.twoWay });
    pasted.flows.push(id);
  }
  return pasted;
}

/** Ctrl+D: copies of the steps and the flows among them, `PASTE_OFFSET` later in time. */
export function duplicateSteps(doc: Blueprint, ids: readonly string[]): Pasted {
  const clip = copySteps(doc, ids);
  return clip ? pasteClip(doc, clip, { dx: PASTE_OFFSET }) : { steps: [], flows: [] };
}
