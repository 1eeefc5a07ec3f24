import { useEditor, useEditorApi } from '../store/useEditor';
import { t } from '../i18n/t';
import { NumberField, TextField } from '../ui/primitives/Fields';

/** Step 1: what is blueprinted, for whom, from where to where. */
export function StepFacts() {
  const api = useEditorApi();
  const title = useEditor((s) => s.doc.title);
  const meta = useEditor((s) => s.doc.meta);
  const edit = api.getState;
  return (
    <div className="guide-body">
      <TextField
        label={t('guide.facts.title')}
        value={title}
        onChange={(v) => edit().setTitle(v, 'title')}
      />
      <TextField
        label={t('guide.facts.service')}
        value={meta.service}
        onChange={(v) => edit().setMeta({ service: v }, 'meta:service')}
      />
      <TextField
        label={t('guide.facts.segment')}
        value={meta.customerSegment}
        onChange={(v) => edit().setMeta({ customerSegment: v }, 'meta:segment')}
      />
      <TextField
        label={t('guide.facts.start')}
        value={meta.scenarioStart}
        onChange={(v) => edit().setMeta({ scenarioStart: v }, 'meta:start')}
      />
      <TextField
        label={t('guide.facts.end')}
        value={meta.scenarioEnd}
        onChange={(v) => edit().setMeta({ scenarioEnd: v }, 'meta:end')}
      />
      <NumberField
        label={t('guide.facts.tolerance')}
        value={meta.toleranceMin}
        min={0}
        max={1_000_000}
        optional
        onChange={(v) => edit().setMeta({ toleranceMin: v }, 'meta:tolerance')}
      />
    </div>
  );
}
