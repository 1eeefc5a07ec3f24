import { t } from '../../i18n/t';
import { toggleTableView, useTableViewOpen } from './tableViewState';

/** "Table view": shows the blueprint as a grid of lanes × time columns in place of the canvas. */
export function TableViewButton() {
  const open = useTableViewOpen();
  return (
    <button type="button" aria-pressed={open} onClick={toggleTableView}>
      {t('a11y.table.button')}
    </button>
  );
}
