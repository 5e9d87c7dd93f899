import { append, clonePool, compactPool, createPool, type Pool } from './pool.ts';

/**
 * Who sees whose posts: for each agent j, the agents that follow j, in the order the follows were made (an unfollow
 * moves the last entry into the gap). A pool (pool.ts) of one Int32 column, two numbers per entry: entry y of the
 * columns is follower i at cols[0][2y] and, beside it, where i's trust in j sits in j's trust list (trust.ts) at
 * cols[0][2y + 1], so the hot loops reach that trust without searching for it — and in the same cache line as i
 * (two separate columns cost two cache misses per list in a big community).
 */
export type Followers = Pool<[Int32Array]>;

export function createFollowers(n: number, perAgent: number): Followers {
  return createPool(n, [new Int32Array(0)], perAgent, [2]);
}

/** i starts following j; k is the index of i's trust in j within j's trust list. */
export function addFollower(f: Followers, j: number, i: number, k: number): void {
  const at = append(f, j);
  f.cols[0][2 * at] = i;
  f.cols[0][2 * at + 1] = k;
}

/** i stops following j (i must be in j's list). */
export function removeFollower(f: Followers, j: number, i: number): void {
  const ids = f.cols[0];
  const last = f.at[2 * j]! + f.at[2 * j + 1]! - 1;
  let at = f.at[2 * j]!;
  while (ids[2 * at] !== i) at++;
  ids[2 * at] = ids[2 * last]!;
  ids[2 * at + 1] = ids[2 * last + 1]!;
  f.at[2 * j + 1]!--;
}

export const compactFollowers = (f: Followers): void => compactPool(f);
export const cloneFollowers = (f: Followers): Followers => clonePool(f);
