import { t } from '../../i18n/t';
import { useEditorApi } from '../../store/useEditor';
import type { MenuEntry } from '../contextMenu/menuEntries';
import { saveFileAs } from '../../session/fileSession';
import { copyShareLink } from '../share/copyShareLink';
import { createRoom, leaveRoom } from '../../session/roomCommands';
import { roomStore } from '../../session/roomState';
import { MenuButton } from './MenuButton';
import { openImport } from '../import/importState';

/** The toolbar's "File" menu: the file commands used less often than New, Open and Save. */
export function FileMenu({
  onExamples,
  onCompare,
  onClassOverview,
}: {
  onExamples: () => void;
  onCompare: () => void;
  onClassOverview: () => void;
}) {
  const api = useEditorApi();
  const entries = (): MenuEntry[] => [
    { id: 'examples', label: t('gallery.button'), group: 'new', run: onExamples },
    {
      id: 'saveAs',
      label: t('printing.saveAs'),
      group: 'save',
      shortcut: 'saveAs',
      run: () => void saveFileAs(api),
    },
    { id: 'importSteps', label: t('spreadsheet.menu'), group: 'import', run: openImport },
    { id: 'compare', label: t('compare.menu'), group: 'classroom', run: onCompare },
    {
      id: 'classOverview',
      label: t('classroom.menu'),
      group: 'classroom',
      run: onClassOverview,
    },
    {
      id: 'shareLink',
      label: t('share.copyLink'),
      group: 'share',
      run: () => void copyShareLink(api),
    },
    {
      id: 'shareLive',
      label: t('room.shareLive'),
      group: 'share',
      // A watcher shares the room's view-only link only: the dialog shows what they may share.
      run: () => void createRoom(api),
    },
    ...(roomStore.getState().status !== 'off'
      ? [
          {
            id: 'leaveRoom',
            label: t('room.leave'),
            group: 'share',
            run: () => void leaveRoom(api),
          },
        ]
      : []),
  ];
  return <MenuButton label={t('toolbar.fileMenu')} entries={entries} />;
}
