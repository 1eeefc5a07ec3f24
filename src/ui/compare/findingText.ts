import type { LaneKind } from '../../model';
import type { BlueprintLine, Finding, FindingKind } from '../../model/compare';
import { t, type MessageKey } from '../../i18n/t';

const GROUP_TITLES: Record<FindingKind, MessageKey> = {
  missingStep: 'compare.groupMissingStep',
  wrongLane: 'compare.groupWrongLane',
  missingFailPoint: 'compare.groupMissingFailPoint',
  uncostedFailPoint: 'compare.groupUncostedFailPoint',
  missingWait: 'compare.groupMissingWait',
  missingFlow: 'compare.groupMissingFlow',
  extraStep: 'compare.groupExtraStep',
};

const LINE_NAMES: Record<BlueprintLine, MessageKey> = {
  interaction: 'lines.interaction',
  visibility: 'lines.visibility',
  internalInteraction: 'lines.internal',
};

export function groupTitle(kind: FindingKind): string {
  return t(GROUP_TITLES[kind]);
}

/** A lane as the reader knows it: a standard lane by its kind's name, a custom one by its own. */
function laneName(kind: LaneKind, label: string): string {
  return kind === 'custom' ? label : t(`lanes.${kind}`);
}

const named = (label: string) => label.trim() || t('compare.untitled');

/** One finding as a sentence for the Compare list. */
export function findingText(finding: Finding): string {
  switch (finding.kind) {
    case 'missingStep':
      return t('compare.missingStep', {
        label: named(finding.label),
        lane: laneName(finding.laneKind, finding.laneLabel),
      });
    case 'wrongLane': {
      const values = {
        label: named(finding.label),
        lane: laneName(finding.laneKind, finding.laneLabel),
        expected: laneName(finding.expectedLaneKind, finding.expectedLaneLabel),
      };
      if (!finding.linesCrossed.length) return t('compare.wrongLane', values);
      const lines = finding.linesCrossed.map((line) => t(LINE_NAMES[line]).toLowerCase());
      return t('compare.wrongSide', { ...values, lines: lines.join(t('compare.lineJoin')) });
    }
    case 'missingFailPoint':
      return finding.risk.trim()
        ? t('compare.missingFailPoint', { label: named(finding.label), risk: finding.risk })
        : t('compare.missingFailPointNoRisk', { label: named(finding.label) });
    case 'uncostedFailPoint':
      return t('compare.uncostedFailPoint', { label: named(finding.label) });
    case 'missingWait':
      return t('compare.missingWait', { label: named(finding.label) });
    case 'missingFlow':
      return t(finding.acrossInteraction ? 'compare.missingFlowAcross' : 'compare.missingFlow', {
        from: named(finding.fromLabel),
        to: named(finding.toLabel),
      });
    case 'extraStep':
      return t('compare.extraStep', { label: named(finding.label) });
  }
}
