/**
 * A JSON Schema with unevaluatedProperties: false on every object that lists its properties (unevaluated, not
 * additional: a step's own fields are listed in the branch for its kind). The published schemas stay open (a
 * reader must ignore fields added within version 1); the closed copy checks that Trailnote writes no field they
 * do not describe.
 */
export function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (node === null || typeof node !== 'object') return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, closed(value)]));
  return 'properties' in copy && copy.type === 'object' ? { ...copy, unevaluatedProperties: false } : copy;
}
