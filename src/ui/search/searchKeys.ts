import type { KeyHandlers } from '../keyboard/keyHandler';
import { openSearch } from './searchState';

/**
 * Ctrl+F (⌘F) opens the search box instead of the browser's find bar. The binding's scope leaves
 * text fields alone, so a second Ctrl+F inside the box reaches the browser's own find-in-page;
 * so does Ctrl+F while the canvas is not shown (the table view).
 */
export function searchKeys(): Pick<KeyHandlers, 'openSearch'> {
  return {
    openSearch() {
      if (!document.querySelector('.react-flow')) return 'pass';
      openSearch();
      return 'handled';
    },
  };
}
