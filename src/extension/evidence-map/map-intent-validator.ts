import type { MapIntent } from '../../shared/evidence-map-protocol';

/** Longest evidence id, criterion id or repository name a message may carry. */
const MAX_TEXT = 512;
/** The longest window the settings allow (growthLedger.evidenceWindowMonths). */
const MAX_MONTHS = 120;

/**
 * Checks a message from the webview against the protocol and returns it as a {@link MapIntent},
 * or undefined for anything else. The page renders untrusted text, so its messages are treated
 * as untrusted too: a known type, exactly its fields, each of the right type and size.
 */
export function parseMapIntent(raw: unknown): MapIntent | undefined {
  if (!isRecord(raw)) return undefined;
  switch (raw.type) {
    case 'ready':
    case 'generatePacket':
    case 'recordAssessment':
      return onlyKeys(raw, []) ? { type: raw.type } : undefined;
    case 'openItem':
    case 'excludeItem':
      return onlyKeys(raw, ['id']) && isText(raw.id) ? { type: raw.type, id: raw.id } : undefined;
    case 'mapItem':
      if (!onlyKeys(raw, ['id', 'criterion']) || !isText(raw.id)) return undefined;
      if (raw.criterion === undefined) return { type: 'mapItem', id: raw.id };
      return isText(raw.criterion) ? { type: 'mapItem', id: raw.id, criterion: raw.criterion } : undefined;
    case 'setFilter':
      return parseFilter(raw);
    default:
      return undefined;
  }
}

function parseFilter(raw: Record<string, unknown>): MapIntent | undefined {
  if (!onlyKeys(raw, ['months', 'repository'])) return undefined;
  const { months, repository } = raw;
  if (months !== undefined && !(Number.isInteger(months) && (months as number) >= 1 && (months as number) <= MAX_MONTHS)) return undefined;
  if (repository !== undefined && repository !== null && !isText(repository)) return undefined;
  return {
    type: 'setFilter',
    ...(months !== undefined ? { months: months as number } : {}),
    ...(repository !== undefined ? { repository: repository as string | null } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function onlyKeys(raw: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(raw).every((k) => k === 'type' || allowed.includes(k));
}

function isText(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_TEXT) return false;
  // No control characters: ids and names never hold them, and they would garble the log.
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) < 0x20) return false;
  return true;
}
