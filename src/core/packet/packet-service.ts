import type { GrowthFileStore } from '../ports';
import type { GrowthLayout } from '../layout';
import { slugify } from '../notes/note-slug';
import { renderTemplate, renderWithFallback } from '../templates/template-engine';
import { resolveTemplate } from '../templates/template-source';
import { createWithFreshName, type GeneratedDocument } from '../templates/generated-file';
import { BUILTIN_PACKET_TEMPLATE } from './packet-template';
import { packetData, type PacketInput } from './packet-data';

/** The packet as text, from the built-in template (or the one given). Pure: same input, same bytes. */
export function renderPacket(input: PacketInput, template: string = BUILTIN_PACKET_TEMPLATE): string {
  return renderTemplate(template, packetData(input).data);
}

/** `growth/packets/2026-12-01-staff` (without `.md`): the packet's file name stem for a day and level. */
export function packetStem(layout: GrowthLayout, date: string, level: string): string {
  return layout.packetFile(date, slugify(level)).replace(/\.md$/, '');
}

/**
 * Writes a packet draft to `growth/packets/DATE-LEVEL.md`, or `DATE-LEVEL-2.md` … when a packet
 * was already written that day: a draft someone has started editing is never overwritten. The
 * team's template is used when it parses; otherwise the built-in one, with the problem returned.
 */
export async function writePacket(store: GrowthFileStore, layout: GrowthLayout, input: PacketInput, level: string): Promise<GeneratedDocument> {
  const template = await resolveTemplate(store, layout, 'packet', BUILTIN_PACKET_TEMPLATE);
  const { text, problems } = renderWithFallback(template, BUILTIN_PACKET_TEMPLATE, packetData(input).data);
  const path = await createWithFreshName(store, packetStem(layout, input.date, level), text);
  return { path, created: true, problems: [...template.problems, ...problems] };
}
