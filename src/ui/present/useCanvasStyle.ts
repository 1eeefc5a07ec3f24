import { useEffect, useState } from 'react';

/**
 * Rules computed at run time (which cards to dim or mark, by their ids) in a constructed style
 * sheet adopted by the document: the app's Content Security Policy allows no inline <style>,
 * and React Flow owns the card elements, so their classes are not ours to change.
 */
export function useCanvasStyle(css: string): void {
  const [sheet] = useState(() => new CSSStyleSheet());
  useEffect(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [sheet]);
  useEffect(() => {
    sheet.replaceSync(css);
  }, [sheet, css]);
}

/** A selector for the canvas card of each step id, e.g. `.react-flow__node[data-id="a"]`. */
export function cardSelectors(ids: Iterable<string>, suffix = '', prefix = ''): string {
  return [...ids]
    .map((id) => `${prefix}.react-flow__node[data-id="${CSS.escape(id)}"]${suffix}`)
    .join(',\n');
}
