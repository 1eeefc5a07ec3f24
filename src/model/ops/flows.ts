import { newId } from '../ids';
import type { Blueprint, Flow } from '../types';

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
}
