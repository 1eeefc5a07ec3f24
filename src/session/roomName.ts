import { roomStore } from './roomState';
import { cleanName, rememberName, rememberedName } from './roomPresence';

/** The name shown to others in a room: asked once, then remembered in this browser. */

let answer: ((name: string | null) => void) | null = null;

export function askName(): Promise<string | null> {
  const known = cleanName(rememberedName());
  if (known) return Promise.resolve(known);
  answer?.(null);
  roomStore.setState({ askingName: true });
  return new Promise((resolve) => {
    answer = resolve;
  });
}

/** The name dialog's answer: a name to join with, or null for Cancel. */
export function answerName(raw: string | null): void {
  const name = raw === null ? null : cleanName(raw);
  if (name) rememberName(name);
  roomStore.setState({ askingName: false });
  const resolve = answer;
  answer = null;
  resolve?.(raw === null ? null : name || null);
}
