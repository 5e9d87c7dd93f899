const HALF_PI = Math.PI / 2;

/**
 * [sin x, cos x] from IEEE-754 basic arithmetic only (a quarter turn taken off, then Taylor series to the 19th power
 * on |r| ≤ π/4, far below a double's precision), so every JavaScript engine gets the same bits. Math.sin and Math.cos
 * are not specified to the last bit: Node's V8 (where the build makes the deck's layouts) and Chromium's disagree,
 * and a layout started from their ring differed in the last digits (issue 19; see src/sim/detMath.ts for exp).
 */
export function detSinCos(x: number): [number, number] {
  const q = Math.round(x / HALF_PI);
  const r = x - q * HALF_PI;
  const r2 = r * r;
  let s = r;
  let c = 1;
  let ts = r;
  let tc = 1;
  for (let k = 1; k <= 9; k++) {
    ts *= -r2 / (2 * k * (2 * k + 1));
    tc *= -r2 / ((2 * k - 1) * (2 * k));
    s += ts;
    c += tc;
  }
  switch (((q % 4) + 4) % 4) {
    case 0:
      return [s, c];
    case 1:
      return [c, -s];
    case 2:
      return [-s, -c];
    default:
      return [-c, s];
  }
}
