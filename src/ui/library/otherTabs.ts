import { useEffect } from 'react';
import { watchOtherTabs } from '../../session/otherTabs';

/** Watches for another tab writing this tab's blueprint while the editor is mounted. */
export function useOtherTabs(): void {
  useEffect(() => watchOtherTabs(), []);
}
