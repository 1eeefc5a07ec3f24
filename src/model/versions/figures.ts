import { customerTime } from '../analysis/customerTime';
import { rankFailPoints, totalFailureCost } from '../analysis/economics';
import type { Economics, VersionContent } from '../types';

/** The figures the report sets side by side for two versions. */
export interface VersionFigures {
  /** Minutes along the customer's longest path; undefined when it is not connected. */
  customerMin: number | undefined;
  /** The expected waits on that path. */
  waitMin: number | undefined;
  /** Expected failure cost per month; undefined when any fail point's cost is unknown. */
  failureCostPerMonth: number | undefined;
  failPoints: number;
  waits: number;
  steps: number;
}

export function versionFigures(content: VersionContent, economics: Economics): VersionFigures {
  const time = customerTime(content);
  return {
    customerMin: time.totalMin,
    waitMin: time.waitMin,
    failureCostPerMonth: totalFailureCost(rankFailPoints(content, economics)),
    failPoints: content.steps.filter((s) => s.failPoint).length,
    waits: content.steps.filter((s) => s.wait).length,
    steps: content.steps.length,
  };
}
