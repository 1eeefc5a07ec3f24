import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/base.css';
import './ui/styles.css';
import { createEditorStore } from './store/createEditorStore';
import { onBlueprintsPurged, startSession } from './session/librarySession';
import { deleteSnapshots } from './io/snapshotArchive';
import { activateLocale, initialLocale, rememberedLocale } from './i18n/locale';
import { localeStore } from './i18n/localeStore';
import { localizedNewBlueprint } from './session/newDocument';
import { LocaleRoot } from './ui/LocaleRoot';
import { openSharedBlueprint } from './session/sharedView';
import { openRoomFromHash, prepareRooms } from './session/roomCommands';

const locale = initialLocale(
  window.location.search,
  rememberedLocale(),
  navigator.languages ?? [navigator.language],
);
await activateLocale(locale);
localeStore.setState({ locale });

const store = createEditorStore(localizedNewBlueprint());
// A blueprint deleted for good takes its history with it.
onBlueprintsPurged((ids) => ids.forEach((id) => void deleteSnapshots(id)));
startSession(store, localizedNewBlueprint());
// A share link shows its blueprint read-only; the user's own stays in the library, untouched.
await openSharedBlueprint(store, window.location.hash);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleRoot store={store} />
  </StrictMode>,
);
// A live room link joins once the editor is on screen (it may ask for a name first).
void openRoomFromHash(store, window.location.hash);
prepareRooms();
