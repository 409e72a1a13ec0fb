import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the operation asks, under the field being resolved, for the field at `path` (schema field
 * names, not aliases), through fragments and inline fragments. A resolver uses it to fetch a nested list
 * in the same statement as its parent only when the client reads it.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const within = (set: SelectionSetNode | undefined, depth: number, seen: ReadonlySet<string>): boolean =>
    (set?.selections ?? []).some((sel) => {
      if (sel.kind === 'Field') {
        if (sel.name.value !== path[depth]) return false;
        return depth + 1 === path.length || within(sel.selectionSet, depth + 1, seen);
      }
      if (sel.kind === 'InlineFragment') return within(sel.selectionSet, depth, seen);
      // A fragment spread; `seen` stops a cycle, which validation rejects anyway.
      if (seen.has(sel.name.value)) return false;
      return within(info.fragments[sel.name.value]?.selectionSet, depth, new Set([...seen, sel.name.value]));
    });
  return info.fieldNodes.some((node) => within(node.selectionSet, 0, new Set()));
}
