import { useEffect } from 'react';
import { finishPrint, prepareBrowserPrint } from './printCanvas';

/** Printing from the browser's menu gets the canvas print too; afterwards the page is as before. */
export function usePrintEvents(): void {
  useEffect(() => {
    window.addEventListener('beforeprint', prepareBrowserPrint);
    window.addEventListener('afterprint', finishPrint);
    return () => {
      window.removeEventListener('beforeprint', prepareBrowserPrint);
      window.removeEventListener('afterprint', finishPrint);
    };
  }, []);
}
