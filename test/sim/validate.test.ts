import { describe, expect, test } from 'vitest';
import { clampParams, paramSchema, resolveParams, suggestName, validateParams } from '../../src/sim/index.ts';

describe('validateParams', () => {
  test.each([
    ['nGivefirst', 3, 'nGiveFirst'],
    ['tshock', 100, 'tShock'],
    ['decy', 0.1, 'decay'],
    ['thFolow', 2, 'thFollow'],
  ])('unknown %s is named and the closest name suggested', (name, value, suggestion) => {
    const { params, errors } = validateParams({ [name]: value });
    expect(params).toEqual({});
    expect(errors).toHaveLength(1);
    expect(errors[0]!.param).toBe(name);
    expect(errors[0]!.message).toContain(name);
    expect(errors[0]!.suggestion).toBe(suggestion);
  });

  test('a name like nothing gets no suggestion', () => {
    expect(validateParams({ banana: 1 }).errors[0]!.suggestion).toBeUndefined();
  });

  test.each([
    ['decay', 'fast', 'not a finite number', '0 to 0.5'],
    ['decay', Number.NaN, 'not a finite number', '0 to 0.5'],
    ['pSee', Number.POSITIVE_INFINITY, 'not a finite number', '0 to 1'],
    ['ticks', 10.5, 'not an integer', '1 to 2000'],
    ['nCommunity', '12.5', 'not an integer', '10 to 200000'],
    ['decay', 0.9, 'out of range', '0 to 0.5'],
    ['lead', -1, 'out of range', '0 to 2000'],
    ['model', 'sciense', 'not allowed', "'pln', 'science'"],
    ['h0', null, 'not a finite number', '0 to 1'],
  ])('%s = %s: message names parameter, value and range', (param, value, what, range) => {
    const { params, errors } = validateParams({ [param]: value });
    expect(params).toEqual({});
    expect(errors).toHaveLength(1);
    const m = errors[0]!.message;
    expect(m).toContain(param);
    expect(m).toContain(String(value));
    expect(m).toContain(what);
    expect(m).toContain(range);
  });

  test('enum typo suggests the value', () => {
    expect(validateParams({ model: 'sciense' }).errors[0]!.suggestion).toBe('science');
  });

  test.each([
    [{ lead: '25' }, { lead: 25 }],
    [{ decay: ' 0.05 ' }, { decay: 0.05 }],
    [{ decay: '5e-2' }, { decay: 0.05 }],
    [
      { model: 'science', q: 1 },
      { model: 'science', q: 1 },
    ],
  ])('accepts %o as %o', (input, expected) => {
    expect(validateParams(input)).toEqual({ params: expected, errors: [] });
  });

  test.each([null, undefined, 42, 'x'])('never throws on %s', (input) => {
    expect(() => validateParams(input as never)).not.toThrow();
  });

  test('every default is valid', () => {
    const defaults = Object.fromEntries(paramSchema.map((s) => [s.name, s.default]));
    expect(validateParams(defaults).errors).toEqual([]);
  });
});

describe('clampParams', () => {
  test.each([
    [{ decay: 9 }, { decay: 0.5 }, 'Clamped to 0.5'],
    [{ lead: -4 }, { lead: 0 }, 'Clamped to 0'],
    [{ lead: '3000' }, { lead: 2000 }, 'Clamped to 2000'],
    [{ bogus: 1 }, {}, "Unknown parameter 'bogus'"],
    [{ decay: 'x' }, {}, 'Ignored'],
    [{ ticks: 2.5 }, {}, 'Ignored'],
  ])('%o → %o with a warning', (input, expected, warning) => {
    const { params, warnings } = clampParams(input);
    expect(params).toEqual(expected);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(warning);
  });
});

describe('suggestName and resolveParams', () => {
  test.each([
    ['movingday', ['moving-day', 'lurker'], 'moving-day'],
    ['lurkr', ['moving-day', 'lurker'], 'lurker'],
    ['zzz', ['moving-day', 'lurker'], undefined],
    ['x', [], undefined],
  ])('suggestName(%s)', (name, cands, expected) => {
    expect(suggestName(name, cands)).toBe(expected);
  });
  test('resolveParams merges defaults and throws with every message', () => {
    expect(resolveParams({ lead: 10 }).lead).toBe(10);
    expect(resolveParams({}).nCommunity).toBe(100);
    expect(() => resolveParams({ decay: 2, lead: -1 } as never)).toThrow(/decay[\s\S]*lead/);
  });
});
