import {
  getNamedType,
  getNullableType,
  GraphQLList,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** How many items a list field is assumed to return when no `first`/`limit` argument bounds it. */
export interface ListSizes {
  /** `Type.field` → expected length (e.g. `Article.segments`: a long article's sentence count). */
  byField: Record<string, number>;
  /** Any other list of objects. */
  defaultSize: number;
  /** The largest `first` a client may ask for, used when the argument is a variable that is not set. */
  maxFirst: number;
}

/**
 * The cost of an operation before it runs: every field costs 1, and the selection under a list field is
 * multiplied by the list's size — its `first`/`limit` argument, or the expected length of that list — so
 * `comparison { articles { segments { article { segments … } } } }` costs articles × segments × segments
 * and is refused before anything is fetched or allocated. Fragments are expanded; a fragment cycle (already
 * refused by validation) is cut.
 */
export function operationCost(
  schema: GraphQLSchema,
  root: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  sizes: ListSizes,
): number {
  const visit = (type: GraphQLObjectType, set: SelectionSetNode, seen: ReadonlySet<string>): number => {
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const field = type.getFields()[sel.name.value];
        if (!field) continue;
        const named = getNamedType(field.type);
        const children = sel.selectionSet && isObjectType(named) ? visit(named, sel.selectionSet, seen) : 0;
        cost += 1 + listSize(type, field, sel.arguments ?? [], variables, sizes) * children;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        cost += visit(isObjectType(t) ? t : type, sel.selectionSet, seen);
      } else {
        const name = sel.name.value;
        const fragment = fragments[name];
        if (!fragment || seen.has(name)) continue;
        const t = schema.getType(fragment.typeCondition.name.value);
        cost += visit(isObjectType(t) ? t : type, fragment.selectionSet, new Set([...seen, name]));
      }
    }
    return cost;
  };
  return visit(root, selectionSet, new Set());
}

function listSize(
  parent: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  args: readonly { name: { value: string }; value: ValueNode }[],
  variables: Record<string, unknown>,
  sizes: ListSizes,
): number {
  const bound = args.find((a) => a.name.value === 'first' || a.name.value === 'limit');
  // Above maxFirst the resolver refuses the argument itself (BAD_USER_INPUT); cost it at the cap.
  if (bound) return Math.max(1, Math.min(numberOf(bound.value, variables) ?? sizes.maxFirst, sizes.maxFirst));
  if (!(getNullableType(field.type) instanceof GraphQLList)) return 1;
  return sizes.byField[`${parent.name}.${field.name}`] ?? sizes.defaultSize;
}

function numberOf(value: ValueNode, variables: Record<string, unknown>): number | null {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : null;
  }
  return null;
}
