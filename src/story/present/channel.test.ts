import { describe, expect, it } from 'vitest';
import { channelName, parseMessage } from './channel.ts';

const ids = ['intro', 'gdp', 'target'];

describe('parseMessage(data, ids)', () => {
  it('accepts the three messages', () => {
    expect(parseMessage({ type: 'goto', from: 'speaker', index: 1, id: 'gdp' }, ids)).toEqual({
      type: 'goto',
      from: 'speaker',
      index: 1,
      id: 'gdp',
    });
    expect(parseMessage({ type: 'hello', from: 'present' }, ids)).toEqual({ type: 'hello', from: 'present' });
    expect(parseMessage({ type: 'bye', from: 'speaker', extra: 1 }, ids)).toEqual({ type: 'bye', from: 'speaker' });
  });
  it.each([
    ['nothing', undefined],
    ['a string', 'goto'],
    ['an array', ['goto']],
    ['no sender', { type: 'hello' }],
    ['an unknown sender', { type: 'hello', from: 'audience' }],
    ['an unknown type', { type: 'jump', from: 'present' }],
    ['a fractional index', { type: 'goto', from: 'present', index: 1.5, id: 'gdp' }],
    ['an index out of range', { type: 'goto', from: 'present', index: 3, id: 'target' }],
    ['a negative index', { type: 'goto', from: 'present', index: -1, id: 'intro' }],
    ['an id not at its index', { type: 'goto', from: 'present', index: 0, id: 'gdp' }],
    ['a string index', { type: 'goto', from: 'present', index: '1', id: 'gdp' }],
    ['a prototype key', JSON.parse('{"__proto__": {"type": "goto"}, "from": "present"}')],
  ])('ignores %s', (_, data) => {
    expect(parseMessage(data, ids)).toBeNull();
  });
  it('names one channel per page', () => {
    expect(channelName('/en/')).not.toBe(channelName('/'));
  });
});
