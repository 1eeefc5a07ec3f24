import { describeErrors, loadBlueprint } from '../load';
import type { ValidationError } from '../schema';

/** Documents and helpers for the load tests: a version-1 file, a valid current one, edits. */

export interface JsonDoc {
  [key: string]: unknown;
  lanes: Record<string, unknown>[];
  steps: Record<string, unknown>[];
  flows: Record<string, unknown>[];
}

/**
 * A small valid version-1 file: three lanes, four steps, two flows. It is what the editor saved
 * before version 2, and is kept to check that such files still open.
 */
export function v1Doc(): JsonDoc {
  return {
    format: 'service-blueprint',
    version: 1,
    title: 'Bank counter visit',
    meta: { service: 'Bank', customerSegment: 'Retail', scenario: 'Deposit', locale: 'en' },
    lanes: [
      { id: 'customer', kind: 'customer', label: 'Customer actions', height: 150 },
      { id: 'onstage', kind: 'onstage', label: 'Teller', height: 150 },
      { id: 'support', kind: 'support', label: 'Core banking', height: 120 },
    ],
    steps: [
      { id: 'a', lane: 'customer', x: 0, label: 'Take a number', description: '' },
      {
        id: 'b',
        lane: 'customer',
        x: 240,
        label: 'Wait',
        description: '',
        wait: { expectedMin: 8, toleranceMin: 10 },
      },
      { id: 'c', lane: 'onstage', x: 240, label: 'Call number', description: '' },
      { id: 'd', lane: 'support', x: 480, label: 'Post deposit', description: '', durationMin: 1 },
    ],
    flows: [
      { id: 'f1', from: 'a', to: 'b', label: '', twoWay: false },
      { id: 'f2', from: 'c', to: 'd', label: 'request', twoWay: true },
    ],
    view: { x: 0, y: 0, zoom: 1 },
  };
}

/** The same file saved as version 2: scenario start and end, economics, an improvement, guide progress. */
export function validDoc(): JsonDoc {
  const doc = v1Doc();
  return {
    ...doc,
    version: 4,
    meta: {
      ...(doc.meta as object),
      scenarioStart: 'Walks in',
      scenarioEnd: 'Leaves with a receipt',
      toleranceMin: 20,
      versionId: 'v-to-be',
    },
    steps: doc.steps.map((step) =>
      step.id === 'c'
        ? {
            ...step,
            failPoint: {
              risk: 'Wrong account',
              probability: 0.01,
              costPerFailure: 30,
              recovery: 'Reverse at once',
              owner: 'Teller',
              lostShare: 0.2,
            },
          }
        : step,
    ),
    economics: {
      customersPerMonth: 4000,
      spendPerVisit: 3,
      visitsPerYear: 12,
      yearsRetained: 8,
      currency: 'CNY',
    },
    improvements: [
      {
        id: 'i1',
        title: 'Queue display with expected wait',
        addresses: ['b'],
        oneOffCost: 800,
        runningCostPerMonth: 10,
        newWaitMin: 5,
        status: 'idea',
      },
    ],
    guide: { step: 3, done: [1, 2] },
    comments: [
      {
        id: 'k1',
        on: 'step',
        target: 'c',
        author: 'Ms Li',
        text: 'Who checks the account?',
        createdAt: '2026-12-06T09:30:00.000Z',
        resolved: false,
      },
      {
        id: 'k2',
        on: 'canvas',
        x: 40,
        y: -20,
        author: '',
        text: '好',
        createdAt: '2026-12-06T10:00:00.000Z',
        resolved: true,
      },
    ],
    personas: [
      {
        id: 'p1',
        name: 'Commuter',
        description: 'Pays on the way to work',
        goals: 'Be quick',
        pains: 'Queues',
        picture: 'data:image/png;base64,iVBORw0KGgo=',
      },
    ],
    versions: [
      {
        id: 'v-as-is',
        name: 'As-is',
        kind: 'as-is',
        createdAt: '2026-12-07T09:00:00.000Z',
        // A copy, so that a test breaking the drawing breaks only one.
        content: structuredClone({
          lanes: doc.lanes,
          steps: doc.steps,
          flows: doc.flows,
          improvements: [],
          comments: [],
        }),
      },
      { id: 'v-to-be', name: 'To-be', kind: 'to-be', createdAt: '2026-12-07T09:05:00.000Z' },
    ],
  };
}

export function errorsOf(raw: unknown): ValidationError[] {
  const result = loadBlueprint(raw);
  return result.ok ? [] : result.errors;
}

export function described(raw: unknown): string {
  return describeErrors(errorsOf(raw));
}

export function edited(edit: (d: JsonDoc) => void): JsonDoc {
  const doc = validDoc();
  edit(doc);
  return doc;
}
