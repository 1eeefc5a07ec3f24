import * as Y from 'yjs';
import { openRoomStore } from '../sqliteStore';

/**
 * One process's part in the shared-file test: opens the store in the folder given, saves one
 * Yjs update that sets `<name>` in the room's map, and exits. Run as `tsx storeWriter.ts dir name`.
 */
const [dataDir, name] = process.argv.slice(2);
if (!dataDir || !name) throw new Error('usage: storeWriter.ts <dataDir> <name>');
const store = openRoomStore(dataDir);
const doc = new Y.Doc();
doc.getMap('writers').set(name, true);
store.save('shared-room', Y.encodeStateAsUpdate(doc));
store.close();
