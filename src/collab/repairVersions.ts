import { isPlainObject, type PlainObject } from './plainValues';
import { quoteId } from './quoteId';

const DRAWING_KEYS = ['lanes', 'steps', 'flows', 'improvements', 'comments'] as const;

/**
 * Mends what crossing version edits leave: one person deleting a version while another switches
 * to it, or two people switching to different versions at once. The version named as edited
 * must exist and hold no copy; every other must hold one (a copy of what is edited, when its own
 * went with the crossing switch: nothing is thrown away); with no versions, none is named.
 */
export function repairVersions(doc: PlainObject, repairs: string[]): void {
  const { versions, meta } = doc;
  if (!Array.isArray(versions) || !isPlainObject(meta)) return;
  const named = meta.versionId;
  if (versions.length === 0) {
    if (named === undefined) return;
    const { versionId: _gone, ...rest } = meta;
    void _gone;
    doc.meta = rest;
    repairs.push(
      `version ${quoteId(String(named))} was deleted: the blueprint has no versions now`,
    );
    return;
  }
  const records = versions.filter(isPlainObject);
  let current = records.find((v) => v.id === named);
  if (!current) {
    const id = typeof named === 'string' && named ? named : 'version-restored';
    current = { id, name: 'Restored version', kind: 'as-is', createdAt: new Date(0).toISOString() };
    versions.push(current);
    doc.meta = { ...meta, versionId: id };
    repairs.push(`the version being edited, ${quoteId(id)}, was deleted: it is back`);
  }
  const drawing = Object.fromEntries(DRAWING_KEYS.map((key) => [key, doc[key] ?? []]));
  doc.versions = versions.map((version) => {
    if (!isPlainObject(version)) return version;
    if (version === current) {
      if (version.content === undefined) return version;
      const { content: _edited, ...rest } = version;
      void _edited;
      return rest;
    }
    if (version.content !== undefined) return version;
    repairs.push(
      `version ${quoteId(String(version.id))} lost its drawing to a crossing switch: it holds a copy of the one edited`,
    );
    return { ...version, content: JSON.parse(JSON.stringify(drawing)) as PlainObject };
  });
}
