import { loadBlueprint, type Blueprint } from '../../model';
import type { Locale } from '../../i18n/locale';

/** The example files, bundled but loaded only when the gallery opens. */
const files = import.meta.glob<{ default: unknown }>('../../../examples/*.blueprint.json');

export const EXAMPLE_NAMES = [
  'hotel-overnight-stay',
  'coffee-shop-order',
  'bank-branch-visit',
  'appliance-repair-visit',
  'hospital-outpatient-visit',
  'online-order-delivery',
] as const;

export interface Example {
  name: string;
  doc: Blueprint;
}

function pathFor(name: string, locale: Locale): string {
  const suffix = locale === 'zh-CN' ? '.zh-CN' : '';
  return `../../../examples/${name}${suffix}.blueprint.json`;
}

/** The examples in a language (falling back to English where a translation is missing). */
export async function loadExamples(locale: Locale): Promise<Example[]> {
  const examples: Example[] = [];
  for (const name of EXAMPLE_NAMES) {
    const load = files[pathFor(name, locale)] ?? files[pathFor(name, 'en')];
    if (!load) continue;
    const result = loadBlueprint((await load()).default);
    if (result.ok) examples.push({ name, doc: result.value });
  }
  return examples;
}
