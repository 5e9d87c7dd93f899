/**
 * The value kept under `key` in `cache`, made by `make` on first use. The cache keeps the `max` most recently added
 * entries (a Map iterates in insertion order, so the oldest is the first key): enough for the few simulations of a
 * deck, and bounded when a reader drags a slider through hundreds of parameter values.
 */
export function remember<V>(cache: Map<string, V>, key: string, make: () => V, max = 16): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
    if (cache.size > max) cache.delete(cache.keys().next().value as string);
  }
  return value;
}
