import { createShareLink } from '../../io/shareLink';
import { documentForSaving, type EditorStoreApi } from '../../store/createEditorStore';
import { t } from '../../i18n/t';
import { showAlert } from '../../session/notices';
import { flashCopied, shareStore } from './shareState';

const kilobytes = (chars: number) => Math.ceil(chars / 1024);

/**
 * Puts a link to the whole blueprint on the clipboard. A blueprint too large for a link is
 * refused (a file is the way); a refused clipboard shows the link for copying by hand.
 */
export async function copyShareLink(store: EditorStoreApi): Promise<void> {
  // The recipient's own language choice should win, so the link carries no `?lang=`.
  const base = `${window.location.origin}${window.location.pathname}`;
  const result = await createShareLink(documentForSaving(store.getState()), base);
  if (!result.ok) {
    showAlert(
      t('share.tooLong', { size: kilobytes(result.length), limit: kilobytes(result.limit) }),
    );
    return;
  }
  try {
    if (!navigator.clipboard) throw new Error('no clipboard in this context');
    await navigator.clipboard.writeText(result.url);
    flashCopied();
  } catch {
    shareStore.setState({ manualLink: result.url });
  }
}
