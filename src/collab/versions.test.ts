import { describe, expect, it } from 'vitest';
import { checkShape, ops, validateReferences, type Blueprint } from '../model';
import { tinyBlueprint } from './testing/blueprints';
import { editConcurrently } from './testing/concurrent';
import { edited } from './testing/edited';

const spec: ops.NewVersion = {
  firstName: 'As-is',
  firstKind: 'as-is',
  name: 'To-be',
  kind: 'to-be',
  createdAt: '2026-12-07T09:00:00.000Z',
};

function expectValidEverywhere(reads: readonly { value: Blueprint; repairs: string[] }[]) {
  const [first, ...others] = reads;
  for (const read of others) expect(read.value).toEqual(first!.value);
  const shaped = checkShape(first!.value);
  expect(shaped.ok && validateReferences(shaped.value)).toEqual([]);
}

const withVersions = edited(tinyBlueprint(), (d) => void ops.makeToBe(d, spec));
const asIsId = withVersions.versions[0]!.id;

describe('versions in a live room', () => {
  it('carries a switch and the stored drawing to everyone, with an edit made meanwhile', () => {
    const { reads, result } = editConcurrently(withVersions, [
      (d) => ops.switchVersion(d, asIsId),
      (d) => ops.renameVersion(d, asIsId, 'Today'),
    ]);
    expectValidEverywhere(reads);
    expect(result.value.meta.versionId).toBe(asIsId);
    expect(result.value.versions.map((v) => v.name)).toEqual(['Today', 'To-be']);
    expect(result.value.versions[1]!.content!.steps.map((s) => s.id)).toEqual(
      withVersions.steps.map((s) => s.id),
    );
  });

  it('brings back the edited version when someone deleted it while another switched to it', () => {
    const toBeId = withVersions.meta.versionId!;
    const onAsIs = edited(withVersions, (d) => ops.switchVersion(d, asIsId));
    const { reads, result } = editConcurrently(onAsIs, [
      (d) => ops.deleteVersion(d, toBeId),
      (d) => ops.switchVersion(d, toBeId),
    ]);
    expectValidEverywhere(reads);
    expect(result.value.versions.some((v) => v.id === result.value.meta.versionId)).toBe(true);
    expect(reads[0]!.repairs.join(' ')).toMatch(/version/);
  });

  it('leaves every version with a drawing when two people switch to different versions', () => {
    const three = edited(withVersions, (d) => void ops.copyVersion(d, { ...spec, name: 'Idea' }));
    const [a, b] = three.versions;
    const { reads, result } = editConcurrently(three, [
      (d) => ops.switchVersion(d, a!.id),
      (d) => ops.switchVersion(d, b!.id),
    ]);
    expectValidEverywhere(reads);
    expect(result.value.versions).toHaveLength(3);
  });
});
