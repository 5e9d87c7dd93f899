import { defaultParams, paramNames, specOf } from './schema.ts';
import { suggestName } from './suggest.ts';
import type { ParamSpec, Params, RawParams, ResolvedParams } from './types.ts';

/** One problem with one parameter, phrased for a slide author. */
export interface ParamIssue {
  param: string;
  value: unknown;
  message: string;
  suggestion?: string;
}

const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));
const rangeText = (s: ParamSpec): string =>
  s.type === 'enum'
    ? `one of ${s.values!.map((v) => `'${v}'`).join(', ')}`
    : `${s.type === 'integer' ? 'an integer' : 'a number'} from ${s.min} to ${s.max}`;

/** Numbers, or numeric strings (slide blocks are text); anything else is NaN. */
function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(v.trim())) {
    return Number(v.trim());
  }
  return Number.NaN;
}

type Check = { ok: true; value: number | string } | { ok: false; issue: ParamIssue; kind: 'type' | 'range' };

function check(spec: ParamSpec, value: unknown): Check {
  const param = spec.name;
  const allowed = rangeText(spec);
  if (spec.type === 'enum') {
    if (typeof value === 'string' && spec.values!.includes(value)) return { ok: true, value };
    const suggestion = typeof value === 'string' ? suggestName(value, spec.values!) : undefined;
    const message = `${param} = ${show(value)} is not allowed: use ${allowed}.`;
    return { ok: false, kind: 'type', issue: { param, value, message, ...(suggestion ? { suggestion } : {}) } };
  }
  const n = toNumber(value);
  if (!Number.isFinite(n)) {
    return {
      ok: false,
      kind: 'type',
      issue: { param, value, message: `${param} = ${show(value)} is not a finite number: use ${allowed}.` },
    };
  }
  if (spec.type === 'integer' && !Number.isInteger(n)) {
    return {
      ok: false,
      kind: 'type',
      issue: { param, value, message: `${param} = ${show(value)} is not an integer: use ${allowed}.` },
    };
  }
  if (n < spec.min! || n > spec.max!) {
    return {
      ok: false,
      kind: 'range',
      issue: { param, value, message: `${param} = ${show(value)} is out of range: use ${allowed}.` },
    };
  }
  return { ok: true, value: n };
}

function unknownIssue(name: string, value: unknown): ParamIssue {
  const suggestion = suggestName(name, paramNames);
  const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
  return { param: name, value, message: `Unknown parameter '${name}'.${hint}`, ...(suggestion ? { suggestion } : {}) };
}

/** Strict check for slide blocks and presets: every problem is reported; valid values are returned as numbers. */
export function validateParams(input: Record<string, unknown>): { params: Partial<Params>; errors: ParamIssue[] } {
  const params: Record<string, number | string> = {};
  const errors: ParamIssue[] = [];
  if (input === null || typeof input !== 'object') {
    return { params: {}, errors: [{ param: '', value: input, message: 'Parameters must be an object.' }] };
  }
  for (const [name, value] of Object.entries(input)) {
    const spec = specOf(name);
    if (!spec) {
      errors.push(unknownIssue(name, value));
      continue;
    }
    const r = check(spec, value);
    if (r.ok) params[name] = r.value;
    else errors.push(r.issue);
  }
  return { params: params as Partial<Params>, errors };
}

/** Forgiving read for URLs and saved state: unknown names and non-numbers dropped, out-of-range values clamped. */
export function clampParams(input: Record<string, unknown>): { params: Partial<Params>; warnings: string[] } {
  const params: Record<string, number | string> = {};
  const warnings: string[] = [];
  if (input === null || typeof input !== 'object') return { params: {}, warnings: ['Parameters must be an object.'] };
  for (const [name, value] of Object.entries(input)) {
    const spec = specOf(name);
    if (!spec) {
      warnings.push(`${unknownIssue(name, value).message} Ignored.`);
      continue;
    }
    const r = check(spec, value);
    if (r.ok) {
      params[name] = r.value;
    } else if (r.kind === 'range') {
      const n = toNumber(value);
      const clamped = Math.min(spec.max!, Math.max(spec.min!, n));
      params[name] = clamped;
      warnings.push(`${r.issue.message} Clamped to ${clamped}.`);
    } else {
      warnings.push(`${r.issue.message} Ignored.`);
    }
  }
  return { params: params as Partial<Params>, warnings };
}

/**
 * Defaults merged with a partial set, checked: the only maker of `ResolvedParams` (see types.ts), so the one place a
 * parameter set is resolved on its way to a run. Throws one Error listing every validation message.
 */
export function resolveParams(partial: RawParams = {}): ResolvedParams {
  const { params, errors } = validateParams(partial as Record<string, unknown>);
  if (errors.length > 0) throw new Error(`Invalid simulation parameters:\n${errors.map((e) => e.message).join('\n')}`);
  return { ...defaultParams, ...params } as ResolvedParams;
}
