/**
 * The Fullscreen API, asked politely: a browser may refuse (no user gesture, an iframe, a
 * headless test browser), and the presentation then goes on in the window.
 */

export async function enterFullscreen(): Promise<boolean> {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return false;
  try {
    await root.requestFullscreen({ navigationUI: 'hide' });
    return document.fullscreenElement !== null;
  } catch {
    return false;
  }
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function')
    void document.exitFullscreen().catch(() => undefined);
}
