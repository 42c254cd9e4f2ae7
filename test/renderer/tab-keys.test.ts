import { describe, expect, it } from 'vitest';
import { tabAfterKey } from '../../renderer/src/app/TabBar';

const IDS = ['profiles', 'defaults', 'reports', 'history'] as const;

describe('tab bar: where a key moves the selection', () => {
  it('moves to the neighbour with the arrows, wrapping at both ends', () => {
    expect(tabAfterKey(IDS, 'profiles', 'ArrowRight', false)).toBe('defaults');
    expect(tabAfterKey(IDS, 'history', 'ArrowRight', false)).toBe('profiles');
    expect(tabAfterKey(IDS, 'defaults', 'ArrowLeft', false)).toBe('profiles');
    expect(tabAfterKey(IDS, 'profiles', 'ArrowLeft', false)).toBe('history');
  });

  it('mirrors the arrows right to left (Arabic): the left arrow goes to the next tab', () => {
    expect(tabAfterKey(IDS, 'profiles', 'ArrowLeft', true)).toBe('defaults');
    expect(tabAfterKey(IDS, 'defaults', 'ArrowRight', true)).toBe('profiles');
    expect(tabAfterKey(IDS, 'profiles', 'ArrowRight', true)).toBe('history');
  });

  it('goes to the ends with Home and End, and ignores other keys', () => {
    expect(tabAfterKey(IDS, 'reports', 'Home', false)).toBe('profiles');
    expect(tabAfterKey(IDS, 'defaults', 'End', true)).toBe('history');
    expect(tabAfterKey(IDS, 'reports', 'Enter', false)).toBeNull();
    expect(tabAfterKey(IDS, 'reports', 'ArrowDown', false)).toBeNull();
  });
});
