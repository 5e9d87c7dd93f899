import { append, clonePool, compactPool, createPool, type Pool } from './pool.ts';

/**
 * Who sees whose posts: for each agent j, the agents that follow j, in the order the follows were made (an unfollow
 * moves the last entry into the gap). A pool (pool.ts) of two Int32 columns: followers of j are
 * cols[0] from the offset of j's list on (pool.ts), and cols[1] holds, next to each follower i, where i's trust in j sits in j's
 * trust list (trust.ts), so the hot loops reach that trust without searching for it.
 */
export type Followers = Pool<[Int32Array, Int32Array]>;

export function createFollowers(n: number, perAgent: number): Followers {
  return createPool(n, [new Int32Array(0), new Int32Array(0)], perAgent);
}

/** i starts following j; k is the index of i's trust in j within j's trust list. */
export function addFollower(f: Followers, j: number, i: number, k: number): void {
  const at = append(f, j);
  f.cols[0][at] = i;
  f.cols[1][at] = k;
}

/** i stops following j (i must be in j's list). */
export function removeFollower(f: Followers, j: number, i: number): void {
  const ids = f.cols[0];
  const last = f.at[2 * j]! + f.at[2 * j + 1]! - 1;
  let at = f.at[2 * j]!;
  while (ids[at] !== i) at++;
  ids[at] = ids[last]!;
  f.cols[1][at] = f.cols[1][last]!;
  f.at[2 * j + 1]!--;
}

export const compactFollowers = (f: Followers): void => compactPool(f);
export const cloneFollowers = (f: Followers): Followers => clonePool(f);
