import { describe, expect, it } from 'vitest';
import { isPresentKey, keyAllowed, keyTargetKind, presentAction, stepAction } from './keys.ts';

describe('stepAction(press)', () => {
  it.each([
    ['ArrowRight', false, 'next'],
    ['ArrowDown', false, 'next'],
    ['PageDown', false, 'next'],
    [' ', false, 'next'],
    ['ArrowLeft', false, 'prev'],
    ['ArrowUp', false, 'prev'],
    ['PageUp', false, 'prev'],
    [' ', true, 'prev'],
    ['Home', false, 'first'],
    ['End', false, 'last'],
  ] as const)('%j (shift %s) → %s', (key, shiftKey, action) => {
    expect(stepAction({ key, shiftKey })).toBe(action);
  });

  it('leaves modifier combinations to the browser and the system', () => {
    for (const mod of ['altKey', 'ctrlKey', 'metaKey'] as const) {
      expect(stepAction({ key: 'ArrowDown', [mod]: true })).toBeNull();
      expect(stepAction({ key: ' ', [mod]: true })).toBeNull();
    }
    // Shift+arrow selects text.
    expect(stepAction({ key: 'ArrowDown', shiftKey: true })).toBeNull();
  });

  it('ignores other keys', () => {
    for (const key of ['a', 'Enter', 'Tab', 'Escape', 'F5']) expect(stepAction({ key })).toBeNull();
  });
});

describe('presentAction(press)', () => {
  it('adds Esc and the letters f, c, s and q, in either case', () => {
    expect(presentAction({ key: 'Escape' })).toBe('exit');
    expect(presentAction({ key: 'f' })).toBe('fullscreen');
    expect(presentAction({ key: 'F' })).toBe('fullscreen');
    expect(presentAction({ key: 'c' })).toBe('contrast');
    expect(presentAction({ key: 's' })).toBe('speaker');
    expect(presentAction({ key: 'q' })).toBe('phone');
    expect(presentAction({ key: 'Q' })).toBe('phone');
    expect(presentAction({ key: 'PageDown' })).toBe('next');
  });
  it('takes no letter with a modifier (Ctrl+F finds, Ctrl+S saves)', () => {
    expect(presentAction({ key: 'f', ctrlKey: true })).toBeNull();
    expect(presentAction({ key: 's', metaKey: true })).toBeNull();
    // Ctrl+Q / Cmd+Q quit the browser: never the slide show's.
    expect(presentAction({ key: 'q', ctrlKey: true })).toBeNull();
    expect(presentAction({ key: 'q', metaKey: true })).toBeNull();
    expect(presentAction({ key: 'Escape', shiftKey: true })).toBeNull();
    expect(presentAction({ key: 'x' })).toBeNull();
  });
  it('opens presentation mode with p only', () => {
    expect(isPresentKey({ key: 'p' })).toBe(true);
    expect(isPresentKey({ key: 'P' })).toBe(true);
    expect(isPresentKey({ key: 'p', ctrlKey: true })).toBe(false);
    expect(isPresentKey({ key: 'o' })).toBe(false);
  });
});

describe('keyTargetKind and keyAllowed', () => {
  it('fields take every key', () => {
    for (const [tag, type] of [
      ['input', null],
      ['input', 'search'],
      ['INPUT', 'number'],
      ['textarea', null],
      ['select', null],
    ] as const) {
      const kind = keyTargetKind(tag, { type });
      expect(kind).toBe('typing');
      expect(keyAllowed(kind, { key: 'ArrowDown' })).toBe(false);
    }
    expect(keyTargetKind('div', { editable: true })).toBe('typing');
    expect(keyTargetKind('div', { role: 'slider' })).toBe('typing');
  });
  it('controls keep Space and Enter, and let the arrows through', () => {
    for (const [tag, type, role] of [
      ['a', null, null],
      ['button', null, null],
      ['summary', null, null],
      ['input', 'checkbox', null],
      ['div', null, 'button'],
    ] as const) {
      const kind = keyTargetKind(tag, { type, role });
      expect(kind).toBe('activates');
      expect(keyAllowed(kind, { key: ' ' })).toBe(false);
      expect(keyAllowed(kind, { key: 'Enter' })).toBe(false);
      expect(keyAllowed(kind, { key: 'ArrowRight' })).toBe(true);
    }
  });
  it('anything else leaves the keys to the story', () => {
    expect(keyTargetKind('body')).toBe('plain');
    expect(keyTargetKind('section')).toBe('plain');
    expect(keyAllowed('plain', { key: ' ' })).toBe(true);
  });
});
