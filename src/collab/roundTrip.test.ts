import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../model';
import { isRoomEmpty, readBlueprint, roomStepIds, writeBlueprint } from './index';
import { largeBlueprint, tinyBlueprint } from './testing/blueprints';
import { EXAMPLE_NAMES, loadExample } from './testing/examples';
import { readOk } from './testing/rooms';

const elsewhere = { view: { x: -40, y: 12, zoom: 2 }, guideStep: 4 as const };

/** What a person elsewhere in the room sees: the same document, their own viewport and guide step. */
function asSeenElsewhere(doc: Blueprint): Blueprint {
  return { ...doc, view: elsewhere.view, guide: { ...doc.guide, step: elsewhere.guideStep } };
}

describe('writing a blueprint into an empty room and reading it back', () => {
  it.each(EXAMPLE_NAMES)(
    '%s comes back equal, with the reader’s own view and guide step',
    (name) => {
      const doc = loadExample(name);
      const ydoc = new Y.Doc();
      expect(isRoomEmpty(ydoc)).toBe(true);
      writeBlueprint(ydoc, doc, null);
      expect(isRoomEmpty(ydoc)).toBe(false);
      const read = readOk(ydoc, elsewhere);
      expect(read.value).toEqual(asSeenElsewhere(doc));
      expect(read.repairs).toEqual([]);
      expect(roomStepIds(ydoc)).toEqual(doc.steps.map((step) => step.id));
    },
  );

  it('reads the same document from another Y.Doc that got the room as one update', () => {
    const doc = loadExample(EXAMPLE_NAMES[0]!);
    const ydoc = new Y.Doc();
    writeBlueprint(ydoc, doc, null);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
    expect(readOk(other, elsewhere).value).toEqual(asSeenElsewhere(doc));
  });

  it('keeps fields this version does not know, at the top level and in records', () => {
    const doc = tinyBlueprint();
    const withExtras = {
      ...doc,
      theme: { accent: 'teal' },
      steps: doc.steps.map((step, i) =>
        i === 0 ? { ...step, emotion: 'calm', tags: ['a'] } : step,
      ),
    } as Blueprint;
    const ydoc = new Y.Doc();
    writeBlueprint(ydoc, withExtras, null);
    expect(readOk(ydoc, elsewhere).value).toEqual(asSeenElsewhere(withExtras));
  });

  it('seeds the room in one update', () => {
    const ydoc = new Y.Doc();
    let updates = 0;
    ydoc.on('update', () => updates++);
    writeBlueprint(ydoc, largeBlueprint(300), null);
    expect(updates).toBe(1);
  });

  it('with no previous document, makes a room that held another blueprint hold exactly this one', () => {
    const ydoc = new Y.Doc();
    writeBlueprint(ydoc, loadExample(EXAMPLE_NAMES[0]!), null);
    const doc = loadExample(EXAMPLE_NAMES[1]!);
    writeBlueprint(ydoc, doc, null);
    const read = readOk(ydoc, elsewhere);
    expect(read.value).toEqual(asSeenElsewhere(doc));
    expect(read.repairs).toEqual([]);
  });

  it('reports an empty room as not a blueprint rather than throwing', () => {
    const read = readBlueprint(new Y.Doc(), elsewhere);
    expect(read.ok).toBe(false);
  });
});
