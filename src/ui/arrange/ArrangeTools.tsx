import { ops } from '../../model';
import { useEditorApi } from '../../store/useEditor';
import { setSnapToGrid, snapToGridOn } from '../../canvas/guides/snapPreference';
import { t } from '../../i18n/t';
import type { MenuEntry } from '../contextMenu/menuEntries';
import { MenuButton } from '../menus/MenuButton';
import './arrange.css';

/** The toolbar's "Arrange" menu: align, distribute, tidy up, and the snap-to-grid toggle. */
export function ArrangeTools() {
  const api = useEditorApi();
  const entries = (): MenuEntry[] => {
    const { selection, doc, readOnly } = api.getState();
    const selected = selection.steps;
    const snap = snapToGridOn();
    return [
      {
        id: 'align',
        label: t('arrange.align'),
        group: 'selection',
        shortcut: 'alignSteps',
        disabled: readOnly || selected.length < ops.MIN_TO_ALIGN,
        run: () => api.getState().alignSteps(selected),
      },
      {
        id: 'distribute',
        label: t('arrange.distribute'),
        group: 'selection',
        shortcut: 'distributeSteps',
        disabled: readOnly || selected.length < ops.MIN_TO_DISTRIBUTE,
        run: () => api.getState().distributeSteps(selected),
      },
      {
        id: 'tidy',
        label: t('arrange.tidy'),
        group: 'all',
        shortcut: 'tidyUp',
        disabled: readOnly || doc.steps.length === 0,
        run: () => api.getState().tidyUp(),
      },
      {
        id: 'snap',
        label: t('arrange.snap'),
        group: 'setting',
        checked: snap,
        run: () => setSnapToGrid(!snap),
      },
    ];
  };
  return <MenuButton label={t('arrange.group')} entries={entries} />;
}
