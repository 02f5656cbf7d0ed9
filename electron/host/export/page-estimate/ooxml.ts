/**
 * Reading the body as docx formats it for writing (`prepForXml`): each element is `{ 'w:name': children | {_attr} }`,
 * children an array of such elements, attributes under `_attr`, text as plain strings.
 */
export type Node = Record<string, unknown>;

export const nameOf = (node: Node): string => Object.keys(node)[0] ?? '';

export const childrenOf = (node: Node | undefined): Node[] => {
  const value = node && node[nameOf(node)];
  return Array.isArray(value) ? (value.filter((c) => c && typeof c === 'object') as Node[]) : [];
};

export const child = (node: Node | undefined, name: string): Node | undefined => childrenOf(node).find((c) => name in c);

export function attr(node: Node | undefined, name: string): unknown {
  if (!node) return undefined;
  const value = node[nameOf(node)];
  const own = Array.isArray(value) ? (value.find((c) => c && typeof c === 'object' && '_attr' in c) as Node | undefined)?._attr : (value as Node | undefined)?._attr;
  return (own as Node | undefined)?.[name];
}

export const num = (value: unknown, fallback: number): number => (value === undefined || value === null || value === '' ? fallback : Number(value));

/** An on/off property such as `w:keepNext`: present and not turned off. */
export const isOn = (props: Node | undefined, name: string): boolean => {
  const p = child(props, name);
  if (!p) return false;
  const v = attr(p, 'w:val');
  return v !== false && v !== 'false' && v !== '0' && v !== 'off';
};

/** Depth-first search for the first descendant with the name (pictures sit deep inside a run's drawing). */
export function find(node: Node, name: string): Node | undefined {
  for (const c of childrenOf(node)) {
    if (name in c) return c;
    const deeper = find(c, name);
    if (deeper) return deeper;
  }
  return undefined;
}
