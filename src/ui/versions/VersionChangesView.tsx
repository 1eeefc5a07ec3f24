import { useStore } from 'zustand';
import { useReactFlow } from '@xyflow/react';
import { laneBands, ops, STEP_MIN_HEIGHT, STEP_WIDTH, stepY } from '../../model';
import { STEP_CHANGE_KINDS, versionFigures, type StepChange } from '../../model/versions';
import { useEditor, useEditorApi } from '../../store/useEditor';
import {
  baseVersion,
  changesOf,
  compareWithVersion,
  versionChangesStore,
} from '../../session/versionChanges';
import { centreBox, centreStep } from '../search/centreStep';
import { t } from '../../i18n/t';
import { changeText, groupTitle } from './changeText';
import { figureRows } from './figureRows';
import { versionName } from './versionText';

/**
 * What changed from another version to the one edited: the figures side by side and every
 * changed step as a button that shows it (a removed step: where it was).
 */
export function VersionChangesView() {
  const api = useEditorApi();
  const flow = useReactFlow();
  const doc = useEditor((s) => s.doc);
  const baseId = useStore(versionChangesStore, (s) => s.baseId);
  const current = ops.currentVersion(doc);
  const base = baseVersion(doc, baseId);
  const changes = base && changesOf(doc, base);
  if (!current || !base?.content || !changes) return null;
  const before = versionFigures(base.content, doc.economics);
  const after = versionFigures(ops.currentContent(doc), doc.economics);
  const rows = figureRows(before, after, doc.economics.currency);

  const show = (change: StepChange): void => {
    const current = api.getState().doc;
    if ('stepRemoved' in change && change.stepRemoved) {
      const removed = changes.changes.find(
        (c) => c.kind === 'removed' && c.stepId === change.stepId,
      );
      if (removed) show(removed);
      return;
    }
    if (change.kind === 'removed') {
      api.getState().select({ steps: [], flows: [] });
      const y = change.lane ? stepY(laneBands(current.lanes), change.lane) : undefined;
      if (y !== undefined)
        centreBox(flow, { x: change.x, y, width: STEP_WIDTH, height: STEP_MIN_HEIGHT });
      return;
    }
    api.getState().select({ steps: [change.stepId], flows: [] });
    centreStep(flow, current, change.stepId);
  };

  return (
    <div className="version-changes" data-testid="version-changes">
      <label>
        {t('versions.comparedWith')}
        <select value={base.id} onChange={(e) => compareWithVersion(e.target.value)}>
          {doc.versions
            .filter((v) => v.id !== current.id)
            .map((v) => (
              <option key={v.id} value={v.id}>
                {versionName(v.name)}
              </option>
            ))}
        </select>
      </label>
      <h3>
        {t('versions.changesTitle', {
          from: versionName(base.name),
          to: versionName(current.name),
        })}
      </h3>
      <table className="version-figures" data-testid="version-figures">
        <thead>
          <tr>
            <th scope="col">{t('versions.figure')}</th>
            <th scope="col">{versionName(base.name)}</th>
            <th scope="col">{versionName(current.name)}</th>
            <th scope="col">{t('versions.change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-figure={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.before}</td>
              <td>{row.after}</td>
              <td>{row.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {changes.changes.length === 0 ? (
        <p>{t('versions.noChanges')}</p>
      ) : (
        STEP_CHANGE_KINDS.map((kind) => {
          const group = changes.changes.filter((c) => c.kind === kind);
          if (!group.length) return null;
          return (
            <section key={kind} className="version-group" data-kind={kind}>
              <h4>
                {groupTitle(kind)} ({group.length})
              </h4>
              <ul>
                {group.map((change) => (
                  <li key={`${kind}:${change.stepId}`}>
                    <button
                      type="button"
                      className={`version-change is-${kind}`}
                      onClick={() => show(change)}
                    >
                      {changeText(change)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
      {(changes.flowsAdded > 0 || changes.flowsRemoved > 0) && (
        <p className="panel-hint">
          {t('versions.flowsChanged', {
            added: changes.flowsAdded,
            removed: changes.flowsRemoved,
          })}
        </p>
      )}
    </div>
  );
}
