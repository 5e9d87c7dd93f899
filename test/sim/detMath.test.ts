import { describe, expect, test } from 'vitest';
import { detExp, detPowInt } from '../../src/sim/detMath.ts';

const ulp = (x: number) => Math.abs(x) * Number.EPSILON;

describe('engine-independent math', () => {
  test.each([
    [0, 1],
    [1, Math.E],
    [-1, 1 / Math.E],
    [Math.LN2, 2],
    [710, Number.POSITIVE_INFINITY],
    [-746, 0],
    [Number.NaN, Number.NaN],
  ])('detExp(%f) = %f', (x, expected) => {
    if (Number.isNaN(expected)) expect(detExp(x)).toBeNaN();
    else if (!Number.isFinite(expected) || expected === 0) expect(detExp(x)).toBe(expected);
    else expect(Math.abs(detExp(x) - expected)).toBeLessThanOrEqual(ulp(expected));
  });

  test('detExp is within one ulp of the platform exp across the range the model uses and beyond', () => {
    for (let i = 0; i <= 20_000; i++) {
      const x = -700 + (1400 * i) / 20_000 + i * 1e-7;
      const want = Math.exp(x);
      expect(Math.abs(detExp(x) - want)).toBeLessThanOrEqual(ulp(want));
    }
  });

  test.each([
    [0.98, 0],
    [0.98, 1],
    [0.98, 37],
    [0.5, 1074],
    [0.995, 400],
    [1.5, 60],
  ])('detPowInt(%f, %i) is base^k to a few ulps', (base, k) => {
    const want = base ** k;
    expect(Math.abs(detPowInt(base, k) - want)).toBeLessThanOrEqual(64 * ulp(want) + Number.MIN_VALUE);
  });
});
