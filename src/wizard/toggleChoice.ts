/**
 * A multi-choice answer after one box is ticked or unticked: `value` is added
 * or removed, and the answer keeps the catalogue's order (`order`), whatever
 * the order of ticking, so the same choices always make the same answer.
 */
export function toggleChoice<V>(order: readonly V[], selected: Iterable<V>, value: V): V[] {
  const next = new Set(selected);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return order.filter((v) => next.has(v));
}
