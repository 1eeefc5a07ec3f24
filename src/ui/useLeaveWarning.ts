import { useEffect } from 'react';
import { noticeStore } from '../session/notices';

/**
 * While the autosave is failing (or holds off for another tab), work lives only in this tab:
 * ask before the tab is closed or reloaded (browsers show their own wording).
 */
export function useLeaveWarning(): void {
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      const { state } = noticeStore.getState().saveStatus;
      if (state === 'failed' || state === 'conflict') e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
