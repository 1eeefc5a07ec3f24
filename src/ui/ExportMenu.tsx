import { useEffect, useId, useRef, useState } from 'react';
import { useEditorApi } from '../store/useEditor';
import { t } from '../i18n/t';
import { downloadSvg } from './downloadSvg';
import { PNG_SCALES, setPngOptions, usePngOptions } from './pngOptions';
import { useExportPng } from './useExportPng';
import { PrintMenu } from './print/PrintMenu';
import './exportMenu.css';

/** How long "Copied" stays in the status line. */
const COPIED_MS = 4000;

/**
 * Export PNG (with the last options), the PNG options popover (scale, transparent background),
 * Export SVG, Copy as PNG, and Print… (the whole blueprint on one A4 or A3 landscape page).
 */
export function ExportMenu() {
  const api = useEditorApi();
  const options = usePngOptions();
  const { exportPng, copyPng, working } = useExportPng();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const popoverId = useId();
  const scaleName = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);

  // Escape or a press outside closes the popover; Escape gives focus back to its button.
  useEffect(() => {
    if (!open) return;
    popover.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, [open]);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    setCopied(false);
    setCopied(await copyPng(options));
  };

  return (
    <div className="export-menu" ref={wrapper} role="group" aria-label={t('exporting.menu')}>
      <div className="split-button">
        <button
          type="button"
          onClick={() => void exportPng(options)}
          disabled={working !== null}
          aria-busy={working === 'export'}
        >
          {working === 'export' ? t('toolbar.exporting') : t('toolbar.exportPng')}
        </button>
        <button
          ref={toggle}
          type="button"
          className="split-toggle"
          aria-label={t('exporting.pngOptions')}
          title={t('exporting.pngOptions')}
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-controls={open ? popoverId : undefined}
          onClick={() => setOpen((o) => !o)}
        >
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      {open && (
        <div
          ref={popover}
          id={popoverId}
          className="export-options"
          role="dialog"
          aria-label={t('exporting.pngOptions')}
        >
          <fieldset>
            <legend>{t('exporting.scale')}</legend>
            {PNG_SCALES.map((scale) => (
              <label key={scale}>
                <input
                  type="radio"
                  name={scaleName}
                  checked={options.scale === scale}
                  onChange={() => setPngOptions({ scale })}
                />
                {t('exporting.scaleOption', { scale })}
              </label>
            ))}
          </fieldset>
          <label>
            <input
              type="checkbox"
              checked={options.transparent}
              onChange={(e) => setPngOptions({ transparent: e.target.checked })}
            />
            {t('exporting.transparent')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={options.comments}
              onChange={(e) => setPngOptions({ comments: e.target.checked })}
            />
            {t('comments.exportOption')}
          </label>
        </div>
      )}
      <button type="button" onClick={() => downloadSvg(api.getState().doc, options.comments)}>
        {t('exporting.exportSvg')}
      </button>
      <button
        type="button"
        onClick={() => void copy()}
        disabled={working !== null}
        aria-busy={working === 'copy'}
      >
        {working === 'copy' ? t('exporting.copying') : t('exporting.copyPng')}
      </button>
      <PrintMenu />
      <span className="export-status" role="status">
        {copied ? t('exporting.copied') : ''}
      </span>
    </div>
  );
}
