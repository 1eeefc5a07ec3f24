import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import { laneBands, STEP_MIN_HEIGHT, STEP_TOP_PADDING, STEP_WIDTH } from '../model';
import { useEditorApi } from '../store/useEditor';

/** Selects a step and centres the canvas on it (for checklist items and quick adds). */
export function useRevealStep(): (stepId: string, options?: { edit?: boolean }) => void {
  const api = useEditorApi();
  const { setCenter, getViewport } = useReactFlow();
  return useCallback(
    (stepId, options) => {
      const { doc } = api.getState();
      const step = doc.steps.find((s) => s.id === stepId);
      if (!step) return;
      api.getState().select({ steps: [stepId] });
      if (options?.edit) api.getState().setEditingStep(stepId);
      const band = laneBands(doc.lanes).find((b) => b.lane.id === step.lane);
      if (!band) return;
      void setCenter(step.x + STEP_WIDTH / 2, band.top + STEP_TOP_PADDING + STEP_MIN_HEIGHT / 2, {
        zoom: getViewport().zoom,
        duration: 250,
      });
    },
    [api, setCenter, getViewport],
  );
}
