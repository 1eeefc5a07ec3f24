import { useEffect } from 'react';
import { noticeStore } from './notices';

/**
 * While the autosave is failing, work lives only in this tab: ask before the tab is closed or
 * reloaded (browsers show their own wording).
 */
export function useLeaveWarning(): void {
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (noticeStore.getState().saveStatus.state === 'failed') e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
