import * as Y from 'yjs';
import { readBlueprint } from '../../src/collab';
import { until } from '../../server/testing/roomClient';
import { ROOM_STEPS, type Classroom } from './classroom';

/** After the class stops typing: did everyone end with the same blueprint, and every edit in it? */

const LOCAL = { view: { x: 0, y: 0, zoom: 1 }, guideStep: 1 } as const;

export interface RoomOutcome {
  edits: number;
  keystrokes: number;
  /** Milliseconds from a label written to the last other client seeing it. */
  latencies: number[];
  /** Keystrokes overwritten before some client saw them (their successor arrived instead). */
  overtaken: number;
  identical: boolean;
  lostEdits: number;
  settleMs: number;
  problems: string[];
}

function sameVectors(room: Classroom): boolean {
  const first = Y.encodeStateVector(room.clients[0]!.doc);
  return room.clients.every((c) => Buffer.from(Y.encodeStateVector(c.doc)).equals(first));
}

export async function account(room: Classroom): Promise<RoomOutcome> {
  const problems: string[] = [];
  const settleStart = performance.now();
  try {
    await until(() => sameVectors(room), 30_000, 'every client to hold every update');
  } catch (error) {
    problems.push(String(error));
  }
  const settleMs = performance.now() - settleStart;
  const others = room.clients.length - 1;

  const reads = room.clients.map((c) => readBlueprint(c.doc, LOCAL, null));
  const texts = reads.map((r) =>
    r.ok ? JSON.stringify(r.value) : `invalid: ${JSON.stringify(r.errors)}`,
  );
  const identical = texts.every((t) => t === texts[0]);
  if (!identical) problems.push('clients ended with different documents');
  const final = reads[0];
  let lostEdits = 0;
  if (!final?.ok) {
    problems.push('the final document is not valid');
    lostEdits = room.writes.size;
  } else {
    if (final.value.steps.length !== ROOM_STEPS)
      problems.push(`${final.value.steps.length} steps at the end`);
    const labelOf = new Map(final.value.steps.map((s) => [s.id, s.label]));
    for (const [stepId, markers] of room.writes) {
      // Each writer's last label on this step; the field ends as one of them (last writer wins).
      const lastByWriter = new Map<number, string>();
      for (const marker of markers) lastByWriter.set(room.sent.get(marker)!.client, marker);
      const label = labelOf.get(stepId);
      if (!label || ![...lastByWriter.values()].includes(label)) {
        lostEdits += 1;
        problems.push(`step ${stepId} ends as "${label}", not the last edit of any of its writers`);
      }
    }
  }

  const latencies: number[] = [];
  let overtaken = 0;
  let edits = 0;
  for (const record of room.sent.values()) {
    if (record.final) edits += 1;
    if (record.seenBy.size >= others) latencies.push(record.lastSeenAt - record.at);
    else overtaken += 1;
  }
  // A keystroke may be overtaken by the next one in flight; a final keystroke never may,
  // unless another writer's label replaced it (then the step's check above holds it to account).
  return {
    edits,
    keystrokes: room.sent.size,
    latencies,
    overtaken,
    identical,
    lostEdits,
    settleMs,
    problems: problems.slice(0, 10),
  };
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
