import { useMemo, type PointerEvent } from 'react';
import { useStore } from 'zustand';
import { ViewportPortal, useReactFlow } from '@xyflow/react';
import { STEP_MIN_HEIGHT, STEP_WIDTH, stepY, type LaneBand } from '../../model';
import { useEditor } from '../../store/useEditor';
import { roomStore } from '../../session/roomState';
import { setRoomCursor } from '../../session/roomPresence';
import { t } from '../../i18n/t';
import './presence.css';

/**
 * Other people in a live room, drawn in canvas coordinates: their pointer with their name, and
 * an outline in their colour around the steps they have selected. Nothing here is a control.
 */
export function PresenceLayer({ bands }: { bands: LaneBand[] }) {
  const people = useStore(roomStore, (s) => s.people);
  const steps = useEditor((s) => s.doc.steps);

  const others = people.filter((p) => !p.isSelf);
  if (!others.length) return null;
  const stepById = new Map(steps.map((s) => [s.id, s]));
  return (
    <ViewportPortal>
      <div className="presence-layer" aria-hidden="true">
        {others.flatMap((person) =>
          person.selectedSteps.flatMap((id) => {
            const step = stepById.get(id);
            const y = step ? stepY(bands, step.lane) : undefined;
            if (!step || y === undefined) return [];
            return [
              <div
                key={`${person.clientId}:${id}`}
                className="presence-selection"
                data-testid="presence-selection"
                data-step={id}
                title={t('room.selectedBy', { name: person.name })}
                style={{
                  transform: `translate(${step.x - 4}px, ${y - 4}px)`,
                  width: STEP_WIDTH + 8,
                  height: STEP_MIN_HEIGHT + 8,
                  borderColor: person.color,
                }}
              />,
            ];
          }),
        )}
        {others.map((person) =>
          person.cursor ? (
            <div
              key={person.clientId}
              className="presence-cursor"
              data-testid="presence-cursor"
              style={{
                transform: `translate(${person.cursor.x}px, ${person.cursor.y}px)`,
                color: person.color,
              }}
            >
              <svg width="16" height="20" viewBox="0 0 16 20">
                <path
                  d="M1 1 L1 16 L5 12 L8 19 L11 18 L8 11 L14 11 Z"
                  fill="currentColor"
                  stroke="#fff"
                />
              </svg>
              <span className="presence-name" style={{ background: person.color }}>
                {person.name}
              </span>
            </div>
          ) : null,
        )}
      </div>
    </ViewportPortal>
  );
}

/** Pointer handlers for the canvas: in a room, this person's pointer is shared (throttled). */
export function usePresencePointer() {
  const inRoom = useStore(roomStore, (s) => s.status !== 'off');
  const { screenToFlowPosition } = useReactFlow();
  return useMemo(
    () =>
      inRoom
        ? {
            onPointerMove: (e: PointerEvent) =>
              setRoomCursor(screenToFlowPosition({ x: e.clientX, y: e.clientY })),
            onPointerLeave: () => setRoomCursor(null),
          }
        : {},
    [inRoom, screenToFlowPosition],
  );
}
