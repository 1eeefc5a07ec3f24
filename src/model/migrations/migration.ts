/**
 * Each migration upgrades a document of version `from` to `from + 1`. Documents arrive as plain
 * JSON objects and leave as plain JSON objects; the schema checks the result.
 */
export interface Migration {
  from: number;
  up: (doc: Record<string, unknown>) => Record<string, unknown>;
}
