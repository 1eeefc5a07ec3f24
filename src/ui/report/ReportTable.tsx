import type { ReactNode } from 'react';

export interface ReportColumn {
  label: string;
  /** Right-aligned, for figures. */
  numeric?: boolean;
}

export interface ReportRow {
  key: string;
  /** The first cell names the row (a row header); the rest follow the columns. */
  cells: ReactNode[];
  className?: string;
}

interface ReportTableProps {
  /** Prefix for the element ids: the heading labels the section, the caption the table. */
  id: string;
  heading: string;
  caption: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** Cells of a summary row (the first is its header), or none. */
  footer?: ReactNode[];
  empty: string;
  downloadLabel: string;
  onDownload: () => void;
}

/** A report section: heading, its CSV download, and a table that prints cleanly across pages. */
export function ReportTable(props: ReportTableProps) {
  const { id, heading, caption, columns, rows, footer, empty, downloadLabel, onDownload } = props;
  const cellClass = (index: number) => (columns[index]?.numeric ? 'is-number' : undefined);
  return (
    <section className="report-section" aria-labelledby={`${id}-heading`} data-testid={id}>
      <div className="report-section-head">
        <h2 id={`${id}-heading`}>{heading}</h2>
        <button type="button" className="report-download" onClick={onDownload}>
          {downloadLabel}
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="report-muted">{empty}</p>
      ) : (
        <table className="report-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column, i) => (
                <th key={column.label} scope="col" className={cellClass(i)}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={row.className}>
                {row.cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className={cellClass(i)}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
          {footer && (
            <tfoot>
              <tr>
                {footer.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className={cellClass(i)}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            </tfoot>
          )}
        </table>
      )}
    </section>
  );
}
