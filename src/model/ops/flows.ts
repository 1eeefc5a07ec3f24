import { newId } from '../ids';
import type { Blueprint, Flow } from '../types';
import { dropCommentsOn } from './comments';

export function canConnect(doc: Blueprint, from: string, to: string): boolean {
  if (from === to) return false;
  const ids = new Set(doc.steps.map((s) => s.id));
  if (!ids.has(from) || !ids.has(to)) return false;
  return !doc.flows.some(
    (f) => (f.from === from && f.to === to) || (f.twoWay && f.from === to && f.to === from),
  );
}

/** Adds a flow from → to; returns its id, or undefined when it would be a loop, a duplicate or dangle. */
export function addFlow(doc: Blueprint, from: string, to: string, id?: string): string | undefined {
  if (!canConnect(doc, from, to)) return undefined;
  const flowId = id ?? newId('flow', (candidate) => doc.flows.some((f) => f.id === candidate));
  doc.flows.push({ id: flowId, from, to, label: '', twoWay: false });
  return flowId;
}

export function updateFlow(
  doc: Blueprint,
  id: string,
  fields: Partial<Pick<Flow, 'label' | 'twoWay'>>,
): void {
  const flow = doc.flows.find((f) => f.id === id);
  if (!flow) return;
  if (fields.label !== undefined) flow.label = fields.label;
  if (fields.twoWay !== undefined) flow.twoWay = fields.twoWay;
}

export function deleteFlows(doc: Blueprint, ids: readonly string[]): void {
  const gone = new Set(ids);
  if (!doc.flows.some((f) => gone.has(f.id))) return;
  doc.flows = doc.flows.filter((f) => !gone.has(f.id));
  dropCommentsOn(doc, new Set(), gone);
}

/**
 * Turns the flows round (from ↔ to). A flow whose reverse is already drawn stays as it is: the
 * blueprint would otherwise hold the same arrow twice.
 */
export function reverseFlows(doc: Blueprint, ids: readonly string[]): void {
  const chosen = new Set(ids);
  const drawn = new Set(doc.flows.map((f) => `${f.from}\u0000${f.to}`));
  for (const flow of doc.flows) {
    if (!chosen.has(flow.id) || drawn.has(`${flow.to}\u0000${flow.from}`)) continue;
    drawn.delete(`${flow.from}\u0000${flow.to}`);
    [flow.from, flow.to] = [flow.to, flow.from];
    drawn.add(`${flow.from}\u0000${flow.to}`);
  }
}
