import { checkShape, type ValidationError } from '../schema';
import type { Blueprint } from '../types';

/**
 * A small valid version-2 document as plain JSON: five standard lanes, four steps (one fail
 * point), two flows, economics, one improvement and guide progress.
 */
export function validDoc(): Record<string, unknown> & {
  lanes: Record<string, unknown>[];
  steps: Record<string, unknown>[];
  flows: Record<string, unknown>[];
  improvements: Record<string, unknown>[];
} {
  return {
    format: 'service-blueprint',
    version: 4,
    title: 'Coffee order',
    meta: {
      service: 'Coffee',
      customerSegment: 'Commuters',
      scenario: 'Morning rush',
      scenarioStart: 'Joins the queue',
      scenarioEnd: 'Leaves with a drink',
      toleranceMin: 10,
      locale: 'en',
    },
    lanes: [
      { id: 'evidence', kind: 'evidence', label: 'Physical evidence', height: 150 },
      { id: 'customer', kind: 'customer', label: 'Customer actions', height: 150 },
      { id: 'onstage', kind: 'onstage', label: 'Onstage', height: 150 },
      { id: 'backstage', kind: 'backstage', label: 'Backstage', height: 150 },
      { id: 'support', kind: 'support', label: 'Support', height: 150 },
    ],
    steps: [
      { id: 's0', lane: 'evidence', x: 0, label: 'Menu board', description: '' },
      { id: 's1', lane: 'customer', x: 0, label: 'Order', description: '' },
      { id: 's2', lane: 'onstage', x: 0, label: 'Take order', description: '' },
      {
        id: 's3',
        lane: 'backstage',
        x: 240,
        label: 'Make coffee',
        description: '',
        failPoint: {
          risk: 'Wrong drink',
          probability: 0.03,
          costPerFailure: 4,
          recovery: 'Remake',
          owner: 'Shift lead',
          lostShare: 0.1,
        },
      },
    ],
    flows: [
      { id: 'f1', from: 's1', to: 's2', label: '', twoWay: true },
      { id: 'f2', from: 's2', to: 's3', label: '', twoWay: false },
    ],
    view: { x: 0, y: 0, zoom: 1 },
    economics: {
      customersPerMonth: 3000,
      spendPerVisit: 4.5,
      visitsPerYear: 150,
      yearsRetained: 2,
      currency: 'EUR',
    },
    improvements: [
      {
        id: 'i1',
        title: 'Order screen at the bar',
        addresses: ['s3'],
        oneOffCost: 1200,
        runningCostPerMonth: 20,
        newProbability: 0.01,
        status: 'planned',
      },
    ],
    guide: { step: 5, done: [1, 2, 3, 4] },
  };
}

export type Doc = ReturnType<typeof validDoc>;

export function shapeErrors(doc: unknown): ValidationError[] {
  const result = checkShape(doc);
  return result.ok ? [] : result.errors;
}

export function parsed(doc: unknown): Blueprint {
  const result = checkShape(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
