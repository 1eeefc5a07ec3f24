import { useEditor, useEditorApi } from '../store/useEditor';
import { t } from '../i18n/t';
import { MAX_LANE_HEIGHT, MIN_LANE_HEIGHT } from '../model';
import { NumberField } from './primitives/Fields';

/** Every lane, hidden ones too: rename, resize, show/hide; add, move and remove custom lanes. */
export function LanesPanel() {
  const api = useEditorApi();
  const lanes = useEditor((s) => s.doc.lanes);
  const edit = api.getState;
  const hasEmotion = lanes.some((l) => l.kind === 'emotion');
  return (
    <section aria-label={t('lanePanel.heading')}>
      <h2>{t('lanePanel.heading')}</h2>
      <ol className="lane-list">
        {lanes.map((lane, index) => {
          const name = lane.label || `#${index + 1}`;
          const custom = lane.kind === 'custom' || lane.kind === 'emotion';
          return (
            <li
              key={lane.id}
              className={`lane-row lane-kind-${lane.kind}${lane.hidden ? ' is-hidden' : ''}`}
            >
              <input
                className="lane-row-name"
                aria-label={t('lanePanel.name', { index: index + 1 })}
                value={lane.label}
                onChange={(e) => edit().renameLane(lane.id, e.target.value, `lane-name:${lane.id}`)}
              />
              <div className="lane-row-controls">
                <label className="inline-check">
                  <input
                    type="checkbox"
                    aria-label={t('lanePanel.show', { name })}
                    checked={!lane.hidden}
                    onChange={(e) => edit().setLaneHidden(lane.id, !e.target.checked)}
                  />
                  <span aria-hidden="true">{lane.hidden ? '◌' : '●'}</span>
                </label>
                <div className="lane-row-height">
                  <NumberField
                    label={t('lanePanel.height', { name })}
                    value={lane.height}
                    min={MIN_LANE_HEIGHT}
                    max={MAX_LANE_HEIGHT}
                    onChange={(v) =>
                      v !== undefined && edit().resizeLane(lane.id, v, `lane-height:${lane.id}`)
                    }
                  />
                </div>
                {custom && (
                  <>
                    <button
                      type="button"
                      aria-label={t('lanePanel.moveUp', { name })}
                      disabled={index === 0}
                      onClick={() => edit().moveLane(lane.id, index - 1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={t('lanePanel.moveDown', { name })}
                      disabled={index === lanes.length - 1}
                      onClick={() => edit().moveLane(lane.id, index + 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={t('lanePanel.remove', { name })}
                      onClick={() => edit().removeLane(lane.id)}
                    >
                      ✕
                    </button>
                  </>
                )}
              </div>
              <span className="lane-row-kind">
                {lane.kind === 'emotion'
                  ? t('lanes.emotion')
                  : custom
                    ? t('lanePanel.custom')
                    : t('lanePanel.standard')}
              </span>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => edit().addLane(t('lanes.newCustom'))}>
        {t('lanePanel.add')}
      </button>
      {hasEmotion ? (
        <p className="panel-hint">{t('emotion.laneHint')}</p>
      ) : (
        <button type="button" onClick={() => edit().addEmotionLane(t('lanes.emotion'))}>
          {t('emotion.addLane')}
        </button>
      )}
    </section>
  );
}
