/** Small helpers so every bench section prints its figures the same way. */

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** "goal ≤ 110 KB: met" — words, not only a sign, so the output reads in any terminal. */
export const goal = (met: boolean, target: string): string =>
  `goal ${target}: ${met ? 'met' : 'NOT MET'}`;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}
