import { newId } from '../ids';
import { plainCopy } from '../plainCopy';
import {
  VERSION_CONTENT_KEYS,
  type Blueprint,
  type BlueprintVersion,
  type VersionContent,
  type VersionKind,
} from '../types';
import { applyImprovements } from '../versions/applyImprovements';

/**
 * Versions (as-is, to-be…) of one blueprint. The version being edited is the document's own
 * lanes, steps, flows, improvements and comments, so every other edit works on it unchanged;
 * switching moves that drawing into its version's `content` and takes the other one out.
 */

/** The drawing the document holds now. */
export function currentContent(doc: Blueprint): VersionContent {
  const { lanes, steps, flows, improvements, comments } = doc;
  return { lanes, steps, flows, improvements, comments };
}

/** The version being edited; undefined when the blueprint has no versions. */
export function currentVersion(doc: Blueprint): BlueprintVersion | undefined {
  const id = doc.meta.versionId;
  return id === undefined ? undefined : doc.versions.find((v) => v.id === id);
}

/** A version's drawing: the document's own for the current one. */
export function versionContent(doc: Blueprint, id: string): VersionContent | undefined {
  if (id === doc.meta.versionId) return currentContent(doc);
  return doc.versions.find((v) => v.id === id)?.content;
}

/** `base`, or `base 2`, `base 3`… : the first name no version has. */
export function freeVersionName(doc: Blueprint, base: string): string {
  const taken = new Set(doc.versions.map((v) => v.name));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} ${n}`)) return `${base} ${n}`;
}

export interface NewVersion {
  /** What the drawing so far is called when the blueprint had no versions yet. */
  firstName: string;
  firstKind: VersionKind;
  name: string;
  kind: VersionKind;
  /** ISO 8601. */
  createdAt: string;
}

function takenVersionId(doc: Blueprint) {
  return (candidate: string) => doc.versions.some((v) => v.id === candidate);
}

/** Names the drawing so far as the first version, when there are none yet. */
function ensureFirstVersion(doc: Blueprint, spec: NewVersion): void {
  if (currentVersion(doc)) return;
  const id = newId('version', takenVersionId(doc));
  doc.versions = [
    { id, name: spec.firstName, kind: spec.firstKind, createdAt: spec.createdAt },
    // A version named by no meta.versionId cannot be the current one; keep what had content.
    ...doc.versions.filter((v) => v.content),
  ];
  doc.meta.versionId = id;
}

/** Adds a version holding `content` and makes it the one edited; returns its id. */
function addVersion(doc: Blueprint, spec: NewVersion, content: VersionContent): string {
  ensureFirstVersion(doc, spec);
  const id = newId('version', takenVersionId(doc));
  doc.versions.push({
    id,
    name: freeVersionName(doc, spec.name),
    kind: spec.kind,
    createdAt: spec.createdAt,
    content,
  });
  switchVersion(doc, id);
  return id;
}

/**
 * Makes a to-be from the version being edited with its planned and done improvements carried
 * out (see applyImprovements), and switches to it. Returns its id and the improvements applied.
 */
export function makeToBe(doc: Blueprint, spec: NewVersion): { id: string; applied: string[] } {
  const { content, applied } = applyImprovements(currentContent(doc));
  return { id: addVersion(doc, spec, content), applied };
}

/** Copies the version being edited (without its comments) as a new one, and switches to it. */
export function copyVersion(doc: Blueprint, spec: NewVersion): string {
  const content = plainCopy(currentContent(doc));
  content.comments = [];
  return addVersion(doc, spec, content);
}

/** Makes version `id` the one edited; the drawing edited so far goes into its own version. */
export function switchVersion(doc: Blueprint, id: string): void {
  const target = doc.versions.find((v) => v.id === id);
  const current = currentVersion(doc);
  if (!target?.content || !current || target === current) return;
  current.content = currentContent(doc);
  const next = target.content;
  delete target.content;
  for (const key of VERSION_CONTENT_KEYS) (doc[key] as unknown) = next[key];
  doc.meta.versionId = id;
}

export function renameVersion(doc: Blueprint, id: string, name: string): void {
  const version = doc.versions.find((v) => v.id === id);
  if (version && version.name !== name) version.name = name;
}

export function setVersionKind(doc: Blueprint, id: string, kind: VersionKind): void {
  const version = doc.versions.find((v) => v.id === id);
  if (version && version.kind !== kind) version.kind = kind;
}

/**
 * Deletes a version other than the one edited. The one edited keeps its name even when it is
 * the last (and in a live room, someone may be switching to another version at that moment).
 */
export function deleteVersion(doc: Blueprint, id: string): void {
  if (id === doc.meta.versionId || !doc.versions.some((v) => v.id === id)) return;
  doc.versions = doc.versions.filter((v) => v.id !== id);
}
