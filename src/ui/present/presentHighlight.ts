import type { Blueprint } from '../../model';
import { cardSelectors } from './useCanvasStyle';

/** The class on the app while presenting; present.css dims every card and flow under it. */
export const PRESENTING_CLASS = 'is-presenting';

const SCOPE = `.app.${PRESENTING_CLASS} `;

/**
 * The rules that bring the current customer action and its linked steps back to full strength
 * (and the flows among them), and ring the customer action itself.
 */
export function highlightCss(
  doc: Pick<Blueprint, 'flows'>,
  customerId: string | undefined,
  linkedIds: readonly string[],
): string {
  if (!customerId) return '';
  const lit = new Set([customerId, ...linkedIds]);
  const flows = doc.flows.filter((f) => lit.has(f.from) && lit.has(f.to)).map((f) => f.id);
  const rules = [
    `${cardSelectors(lit, '', SCOPE)} { opacity: 1; }`,
    `${cardSelectors([customerId], ' .step-card', SCOPE)} { box-shadow: 0 0 0 4px var(--accent, #2563eb); }`,
  ];
  if (flows.length)
    rules.push(
      `${flows.map((id) => `${SCOPE}.react-flow__edge[data-id="${CSS.escape(id)}"]`).join(',\n')} { opacity: 1; }`,
    );
  return rules.join('\n');
}
