/** "Did you mean …?" for parameter and preset names: the closest candidate by edit distance. */

/**
 * Edit distance, case-insensitive (slide authors type by hand), counting a swap of two neighbouring letters as one
 * edit: `sede` is one slip from `seed`, as `leed` is from `lead`.
 */
function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= t.length; j++) d[0]![j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[s.length]![t.length]!;
}

/**
 * The closest candidate (on a tie, the one listed first: callers list the likelier words first), or undefined when
 * nothing is close: a suggestion must need fewer edits than half the longer name (so `nGivefirst` → `nGiveFirst`,
 * but `banana` suggests nothing).
 */
export function suggestName(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(name.length, best.length) / 2));
  return bestD <= limit && bestD < Math.max(name.length, 1) ? best : undefined;
}
