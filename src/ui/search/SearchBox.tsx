import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditor, useEditorApi } from '../../store/useEditor';
import { t } from '../../i18n/t';
import { focusCard } from '../keyboard/stepFocus';
import { cardSelectors, useCanvasStyle } from '../present/useCanvasStyle';
import { centreStep } from './centreStep';
import { findSteps } from './findSteps';
import { closeSearch, useSearchState } from './searchState';
import './search.css';

/** The search box over the canvas (Ctrl+F): finds steps by text and goes from one to the next. */
export function SearchBox() {
  const open = useSearchState((s) => s.open);
  return open ? <SearchField /> : null;
}

function SearchField() {
  const api = useEditorApi();
  const flow = useReactFlow();
  const lanes = useEditor((s) => s.doc.lanes);
  const steps = useEditor((s) => s.doc.steps);
  const focusRequest = useSearchState((s) => s.focusRequest);
  const [query, setQuery] = useState('');
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [focusBefore] = useState(() => document.activeElement);
  const input = useRef<HTMLInputElement>(null);

  const matches = useMemo(() => findSteps({ lanes, steps }, query), [lanes, steps, query]);
  const index = matches.findIndex((s) => s.id === currentId);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  const matchCss = useMemo(() => {
    if (!matches.length) return '';
    const all = `${cardSelectors(
      matches.map((s) => s.id),
      ' .step-card',
    )} { outline: 3px solid var(--search-match, #eab308); outline-offset: 3px; }`;
    const current = currentId
      ? `\n${cardSelectors([currentId], ' .step-card')} { outline-width: 6px; }`
      : '';
    return all + current;
  }, [matches, currentId]);
  useCanvasStyle(matchCss);

  /** Selects the step and centres its card. */
  const show = (id: string) => {
    setCurrentId(id);
    api.getState().select({ steps: [id], flows: [] });
    centreStep(flow, api.getState().doc, id);
  };

  const go = (delta: 1 | -1) => {
    if (!matches.length) return;
    const next =
      index < 0
        ? delta > 0
          ? 0
          : matches.length - 1
        : (index + delta + matches.length) % matches.length;
    show(matches[next]!.id);
  };

  /** As in a browser's find: typing goes to the first match straight away. */
  const search = (text: string, composing: boolean) => {
    setQuery(text);
    if (composing) return; // an input method is still composing (pinyin…): wait for the text
    const first = findSteps(api.getState().doc, text)[0];
    if (first) show(first.id);
    else setCurrentId(null);
  };

  const close = () => {
    closeSearch();
    const current = currentId && api.getState().doc.steps.some((s) => s.id === currentId);
    if (current) focusCard(currentId);
    else if (focusBefore instanceof HTMLElement && focusBefore.isConnected)
      focusBefore.focus({ preventScroll: true });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      go(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  let status = '';
  if (query.trim()) {
    if (!matches.length) status = t('search.noMatches');
    else if (index < 0) status = t('search.count', { count: matches.length });
    else status = t('search.position', { n: index + 1, m: matches.length });
  }

  return (
    <div className="canvas-search" role="search">
      <input
        ref={input}
        type="search"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        title={t('search.hint')}
        value={query}
        onChange={(e) => search(e.target.value, (e.nativeEvent as InputEvent).isComposing)}
        onCompositionEnd={(e) => search(e.currentTarget.value, false)}
        onKeyDown={onKeyDown}
      />
      <span className="canvas-search-status" role="status" aria-live="polite">
        {status}
      </span>
      <button
        type="button"
        aria-label={t('search.previous')}
        title={t('search.previous')}
        disabled={!matches.length}
        onClick={() => go(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={t('search.next')}
        title={t('search.next')}
        disabled={!matches.length}
        onClick={() => go(1)}
      >
        ↓
      </button>
      <button
        type="button"
        aria-label={t('search.close')}
        title={t('search.close')}
        onClick={close}
      >
        ×
      </button>
    </div>
  );
}
