import { ops } from '../../model';
import { t } from '../../i18n/t';
import type { KeyboardContext, KeyHandlers } from './keyHandler';

/** Alt+Shift+A / D / T: the Arrange menu's align, distribute and tidy up, from the keyboard. */
export function arrangeKeys(
  ctx: KeyboardContext,
): Pick<KeyHandlers, 'alignSteps' | 'distributeSteps' | 'tidyUp'> {
  const state = () => ctx.store.getState();
  return {
    alignSteps() {
      const ids = state().selection.steps;
      if (state().readOnly || ids.length < ops.MIN_TO_ALIGN) return 'pass';
      state().alignSteps(ids);
      ctx.announce(t('arrange.aligned', { count: ids.length }));
      return 'handled';
    },
    distributeSteps() {
      const ids = state().selection.steps;
      if (state().readOnly || ids.length < ops.MIN_TO_DISTRIBUTE) return 'pass';
      state().distributeSteps(ids);
      ctx.announce(t('arrange.distributed', { count: ids.length }));
      return 'handled';
    },
    tidyUp() {
      if (state().readOnly || state().doc.steps.length === 0) return 'pass';
      state().tidyUp();
      ctx.announce(t('arrange.tidied'));
      return 'handled';
    },
  };
}
