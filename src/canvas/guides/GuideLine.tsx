import { memo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import type { Bounds } from '../../model';
import './guides.css';

/** The vertical alignment guide over every lane, at canvas x (a card's left edge). */
function GuideLineComponent({ x, bounds }: { x: number | null; bounds: Bounds }) {
  if (x === null) return null;
  return (
    <ViewportPortal>
      <div
        className="alignment-guide"
        data-testid="alignment-guide"
        data-x={x}
        aria-hidden="true"
        style={{ left: x, top: bounds.y, height: bounds.height }}
      />
    </ViewportPortal>
  );
}

export const GuideLine = memo(GuideLineComponent);
