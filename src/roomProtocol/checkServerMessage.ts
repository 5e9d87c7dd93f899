import type { ServerMessage } from './roomMessages.ts';

const TYPES = new Set(['state', 'tally', 'presence', 'recorded', 'refused']);

/** The pages' side of the schema: a server frame that is not a known message is ignored rather than drawn. */
export function checkServerMessage(text: string): ServerMessage | null {
  let m: unknown;
  try {
    m = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return null;
  const type = (m as { type?: unknown }).type;
  if (typeof type !== 'string' || !TYPES.has(type)) return null;
  if (type === 'state' && !Array.isArray((m as { history?: unknown }).history)) return null;
  if (type === 'tally' && !Array.isArray((m as { tally?: unknown }).tally)) return null;
  return m as ServerMessage;
}
