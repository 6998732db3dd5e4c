import { describe, expect, it } from 'vitest';
import { parseMapIntent } from '../../../src/extension/evidence-map/map-intent-validator';

describe('the Evidence Map accepts only intents of its protocol', () => {
  it.each([
    [{ type: 'ready' }],
    [{ type: 'generatePacket' }],
    [{ type: 'recordAssessment' }],
    [{ type: 'openItem', id: 'git:payments:3f2a9c1' }],
    [{ type: 'excludeItem', id: 'ledger:growth/ledger/2026-11.md#L12' }],
    [{ type: 'mapItem', id: 'note:growth/notes/x.md' }],
    [{ type: 'mapItem', id: 'note:growth/notes/x.md', criterion: 'architecture' }],
    [{ type: 'setFilter', months: 6, repository: 'payments' }],
    [{ type: 'setFilter', repository: null }],
    [{ type: 'setFilter' }],
  ])('accepts %j as it is', (message) => {
    expect(parseMapIntent(message)).toEqual(message);
  });

  it('drops keys whose value is undefined, as structured clone may deliver them', () => {
    expect(parseMapIntent({ type: 'mapItem', id: 'a', criterion: undefined })).toEqual({ type: 'mapItem', id: 'a' });
    expect(parseMapIntent({ type: 'setFilter', months: undefined, repository: null })).toEqual({ type: 'setFilter', repository: null });
  });

  it.each([
    ['not an object', 'openItem'],
    ['null', null],
    ['an array', [{ type: 'ready' }]],
    ['an unknown type', { type: 'runCommand', command: 'workbench.action.terminal.new' }],
    ['a type that is host-to-webview', { type: 'model', model: {} }],
    ['an extra field', { type: 'openItem', id: 'a', command: 'rm -rf /' }],
    ['an extra field on ready', { type: 'ready', x: 1 }],
    ['a missing id', { type: 'openItem' }],
    ['an empty id', { type: 'excludeItem', id: '' }],
    ['a numeric id', { type: 'openItem', id: 42 }],
    ['an id with a control character', { type: 'openItem', id: 'a\nb' }],
    ['a huge id', { type: 'openItem', id: 'x'.repeat(513) }],
    ['a criterion that is not text', { type: 'mapItem', id: 'a', criterion: ['architecture'] }],
    ['months that are not a whole number', { type: 'setFilter', months: 2.5 }],
    ['months out of range', { type: 'setFilter', months: 0 }],
    ['months beyond ten years', { type: 'setFilter', months: 121 }],
    ['months as text', { type: 'setFilter', months: '6' }],
    ['a repository that is not text', { type: 'setFilter', repository: { name: 'x' } }],
    ['an object with a prototype other than Object', Object.assign(Object.create({ type: 'ready' }) as object, {})],
  ])('rejects %s', (_why, message) => {
    expect(parseMapIntent(message)).toBeUndefined();
  });

  it('returns a fresh object, never the page\'s own', () => {
    const message = { type: 'openItem', id: 'a' };
    const parsed = parseMapIntent(message);
    expect(parsed).not.toBe(message);
  });
});
