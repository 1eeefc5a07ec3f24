import { DEFAULT_LANE_HEIGHT, STANDARD_LANE_LABELS, type Lane } from '../model';
import { isPlainObject, type PlainObject } from './plainValues';
import { quoteId } from './quoteId';
import { repairVersions } from './repairVersions';

/**
 * Links that concurrent edits legitimately break, mended the same way on every client: one
 * person deletes a lane while another adds a step to it, deletes a step while another draws a
 * flow to it, names it in an improvement or comments on it, or two people delete the last two
 * lanes. Only links
 * of the right type are judged here; wrong types are left for the validator to report.
 */

/** Stands in when every lane was deleted at once; the next writer makes it real (writeBlueprint). */
export const STAND_IN_LANE: Lane = {
  id: 'restored-lane',
  kind: 'customer',
  label: STANDARD_LANE_LABELS.customer,
  height: DEFAULT_LANE_HEIGHT,
};

export function repairReferences(doc: PlainObject, repairs: string[]): void {
  const { lanes, steps, flows, improvements, comments, personas, meta } = doc;
  if (isPlainObject(meta) && typeof meta.personaId === 'string' && Array.isArray(personas)) {
    if (!idsOf(personas as unknown[]).has(meta.personaId)) {
      repairs.push(
        `the blueprint was drawn for persona ${quoteId(meta.personaId)}, which was deleted: it names none now`,
      );
      const { personaId: _gone, ...rest } = meta;
      void _gone;
      doc.meta = rest;
    }
  }
  if (!Array.isArray(lanes) || !Array.isArray(steps)) return;
  if (lanes.length === 0) {
    doc.lanes = [{ ...STAND_IN_LANE }];
    repairs.push(`every lane was deleted at once: added a stand-in lane "${STAND_IN_LANE.label}"`);
  }
  const laneIds = idsOf(doc.lanes as unknown[]);
  doc.steps = steps.filter((step) => {
    const lane = field(step, 'lane');
    if (typeof lane !== 'string' || laneIds.has(lane)) return true;
    repairs.push(`dropped step ${quoteId(idOf(step))}: its lane ${quoteId(lane)} was deleted`);
    return false;
  });
  const stepIds = idsOf(doc.steps as unknown[]);
  if (Array.isArray(flows)) {
    doc.flows = flows.filter((flow) => {
      const gone = [field(flow, 'from'), field(flow, 'to')].find(
        (end) => typeof end === 'string' && !stepIds.has(end),
      );
      if (typeof gone !== 'string') return true;
      repairs.push(`dropped flow ${quoteId(idOf(flow))}: its step ${quoteId(gone)} was deleted`);
      return false;
    });
  }
  const flowIds = idsOf(Array.isArray(doc.flows) ? (doc.flows as unknown[]) : []);
  if (Array.isArray(comments)) {
    doc.comments = comments.filter((comment) => {
      const on = field(comment, 'on');
      const target = field(comment, 'target');
      const ids = on === 'step' ? stepIds : on === 'flow' ? flowIds : null;
      if (!ids || typeof target !== 'string' || ids.has(target)) return true;
      repairs.push(
        `dropped comment ${quoteId(idOf(comment))}: its ${on} ${quoteId(target)} was deleted`,
      );
      return false;
    });
  }
  if (Array.isArray(improvements)) {
    doc.improvements = improvements.map((improvement) => {
      const addresses = field(improvement, 'addresses');
      if (!isPlainObject(improvement) || !Array.isArray(addresses)) return improvement;
      const kept = addresses.filter((stepId) => {
        if (typeof stepId !== 'string' || stepIds.has(stepId)) return true;
        repairs.push(
          `improvement ${quoteId(idOf(improvement))} no longer addresses step ${quoteId(stepId)}: the step was deleted`,
        );
        return false;
      });
      return kept.length === addresses.length ? improvement : { ...improvement, addresses: kept };
    });
  }
  repairVersions(doc, repairs);
}

function field(record: unknown, key: string): unknown {
  return isPlainObject(record) ? record[key] : undefined;
}

function idOf(record: unknown): string {
  const id = field(record, 'id');
  return typeof id === 'string' ? id : '';
}

function idsOf(records: readonly unknown[]): Set<string> {
  return new Set(records.map(idOf));
}
