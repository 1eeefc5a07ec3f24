import type { Blueprint } from '../types';

/** What the blueprint is about (guide step 1), and the overall time tolerance. */
export interface BlueprintFacts {
  title: string;
  service: string;
  customerSegment: string;
  scenarioStart: string;
  scenarioEnd: string;
  /** The customer's tolerance for the whole scenario, minutes. */
  toleranceMin?: number;
}

/** Any document, version 1 or 2: the v2 meta fields are optional here. */
export interface FactsSource {
  title: Blueprint['title'];
  meta: Pick<Blueprint['meta'], 'service' | 'customerSegment'> & {
    scenarioStart?: string;
    scenarioEnd?: string;
    toleranceMin?: number;
  };
}

/** Reads the facts from a document; fields a version-1 document lacks come back empty. */
export function blueprintFacts(doc: FactsSource): BlueprintFacts {
  const facts: BlueprintFacts = {
    title: doc.title,
    service: doc.meta.service,
    customerSegment: doc.meta.customerSegment,
    scenarioStart: doc.meta.scenarioStart ?? '',
    scenarioEnd: doc.meta.scenarioEnd ?? '',
  };
  if (doc.meta.toleranceMin !== undefined) facts.toleranceMin = doc.meta.toleranceMin;
  return facts;
}
