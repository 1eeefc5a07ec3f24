import type { StepChange, StepChangeKind } from '../../model/versions';
import { formatDecimal, formatPercent } from '../../i18n/format';
import { t, type MessageKey } from '../../i18n/t';

const label = (text: string) => text || t('step.untitled');

/** One change as the list says it. */
export function changeText(change: StepChange): string {
  switch (change.kind) {
    case 'removed':
      return label(change.label);
    case 'relabelled':
      return t('versions.item.renamed', { label: label(change.label), was: label(change.was) });
    case 'failPointLess':
    case 'failPointMore':
      return t('versions.item.probability', {
        label: label(change.label),
        was: formatPercent(change.was),
        now: formatPercent(change.now),
      });
    case 'waitShorter':
    case 'waitLonger':
      return t('versions.item.minutes', {
        label: label(change.label),
        was: formatDecimal(change.was),
        now: formatDecimal(change.now),
      });
    case 'failPointGone':
    case 'waitGone':
      return change.stepRemoved
        ? t('versions.item.stepRemoved', { label: label(change.label) })
        : label(change.label);
    default:
      return label(change.label);
  }
}

export const groupTitle = (kind: StepChangeKind) => t(`versions.group.${kind}` as MessageKey);
