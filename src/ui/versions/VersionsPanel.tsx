import { useId, useState } from 'react';
import { useStore } from 'zustand';
import { ops, VERSION_KINDS, type VersionKind } from '../../model';
import { useEditor, useEditorApi } from '../../store/useEditor';
import type { VersionNames } from '../../store/versionActions';
import { versionChangesStore, showVersionChanges } from '../../session/versionChanges';
import { t } from '../../i18n/t';
import { kindName, versionName } from './versionText';
import { VersionChangesView } from './VersionChangesView';
import './versions.css';

const names = (): VersionNames => ({
  asIs: t('versions.defaultAsIs'),
  toBe: t('versions.defaultToBe'),
  copy: t('versions.defaultCopy'),
});

/**
 * The Versions tab: the blueprint's versions (choosing one edits it), the name and kind of the
 * one edited, "Make to-be from improvements", a copy, and what changed from another version.
 * Every change is one undo step.
 */
export function VersionsPanel() {
  const api = useEditorApi();
  const doc = useEditor((s) => s.doc);
  const readOnly = useEditor((s) => s.readOnly);
  const showing = useStore(versionChangesStore, (s) => s.showing);
  const [status, setStatus] = useState('');
  const hintId = useId();
  const current = ops.currentVersion(doc);

  const makeToBe = () => {
    const titles = new Map(doc.improvements.map((imp) => [imp.id, imp.title]));
    const made = api.getState().makeToBe(names());
    const version = made && api.getState().doc.versions.find((v) => v.id === made.id);
    if (!made || !version) return;
    const list = made.applied
      .map((id) => titles.get(id) || t('guide.improvements.untitled'))
      .join(', ');
    const count = made.applied.length;
    const key =
      count === 0 ? 'versions.madeNone' : count === 1 ? 'versions.madeOne' : 'versions.made';
    setStatus(t(key, { name: version.name, count, titles: list }));
    showVersionChanges(true);
  };

  const copy = () => {
    const from = current ? versionName(current.name) : t('versions.defaultAsIs');
    const id = api.getState().copyVersion(names());
    const version = api.getState().doc.versions.find((v) => v.id === id);
    if (version) setStatus(t('versions.copied', { name: version.name, from }));
  };

  const choose = (id: string) => {
    api.getState().switchVersion(id);
    const version = ops.currentVersion(api.getState().doc);
    if (version?.id === id) setStatus(t('versions.switched', { name: versionName(version.name) }));
  };

  const remove = (id: string, name: string) => {
    api.getState().deleteVersion(id);
    setStatus(t('versions.deleted', { name: versionName(name) }));
  };

  return (
    <section className="versions-panel" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('versions.title')}</h2>
      <p className="panel-hint">{t('versions.hint')}</p>
      {doc.versions.length === 0 ? (
        <p>{t('versions.oneVersion')}</p>
      ) : (
        <fieldset className="versions-list">
          <legend>{t('versions.list')}</legend>
          {doc.versions.map((version) => {
            const editing = version.id === current?.id;
            return (
              <div key={version.id} className={`version-row${editing ? ' is-current' : ''}`}>
                <label>
                  <input
                    type="radio"
                    name="blueprint-version"
                    checked={editing}
                    disabled={readOnly}
                    onChange={() => choose(version.id)}
                  />
                  {versionName(version.name)}
                </label>
                <span className={`version-kind is-${version.kind}`}>{kindName(version.kind)}</span>
                {editing ? (
                  <span className="version-editing">{t('versions.editing')}</span>
                ) : (
                  <button
                    type="button"
                    className="version-delete"
                    disabled={readOnly}
                    aria-label={t('versions.delete', { name: versionName(version.name) })}
                    title={t('versions.delete', { name: versionName(version.name) })}
                    onClick={() => remove(version.id, version.name)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                )}
              </div>
            );
          })}
        </fieldset>
      )}
      {current && (
        <div className="versions-current">
          <label>
            {t('versions.name')}
            <input
              value={current.name}
              readOnly={readOnly}
              onChange={(e) =>
                api
                  .getState()
                  .renameVersion(current.id, e.target.value, `version-name:${current.id}`)
              }
            />
          </label>
          <label>
            {t('versions.kind')}
            <select
              value={current.kind}
              disabled={readOnly}
              onChange={(e) =>
                api.getState().setVersionKind(current.id, e.target.value as VersionKind)
              }
            >
              {VERSION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kindName(kind)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <div className="versions-actions">
        <button
          type="button"
          className="primary"
          disabled={readOnly}
          aria-describedby={hintId}
          onClick={makeToBe}
        >
          {t('versions.makeToBe')}
        </button>
        <button type="button" disabled={readOnly} onClick={copy}>
          {t('versions.copy')}
        </button>
      </div>
      <p id={hintId} className="panel-hint">
        {t('versions.makeToBeHint')}
      </p>
      <p className="versions-status" role="status">
        {status}
      </p>
      {doc.versions.length > 1 && (
        <label className="versions-show">
          <input
            type="checkbox"
            checked={showing}
            onChange={(e) => showVersionChanges(e.target.checked)}
          />
          {t('versions.showChanges')}
        </label>
      )}
      {showing && doc.versions.length > 1 && <VersionChangesView />}
    </section>
  );
}
