import { example, type SavedDoc } from '../fixtures';

/**
 * Arrive → Check in (customer actions) and Greet (onstage), at zoom 0.75: a blueprint small
 * enough to point at every part of. `lanes` adds lanes after the standard five.
 */
export function smallBlueprint(lanes: SavedDoc['lanes'] = []): SavedDoc {
  const doc = example();
  const step = (id: string, lane: string, x: number, label: string) => ({
    id,
    lane,
    x,
    label,
    description: '',
  });
  return {
    ...doc,
    lanes: [...doc.lanes, ...lanes],
    steps: [
      step('a', 'customer', 0, 'Arrive'),
      step('b', 'customer', 240, 'Check in'),
      step('c', 'onstage', 240, 'Greet'),
    ],
    flows: [{ id: 'ab', from: 'a', to: 'b', label: '', twoWay: false }],
    improvements: [],
    view: { x: 200, y: 10, zoom: 0.75 },
  };
}
