import { describe, expect, it } from 'vitest';
import { editingKey, navigationKey, step } from './grid-keys.ts';

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean; isComposing: boolean }> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('grid keys while moving', () => {
  it('moves with the arrows and Tab, edits with Enter and F2, adds with Ctrl+Enter or Insert', () => {
    expect(navigationKey(key('ArrowDown'))).toEqual({ kind: 'move', dRow: 1, dCol: 0 });
    expect(navigationKey(key('Tab', { shiftKey: true }))).toEqual({ kind: 'move', dRow: 0, dCol: -1, wrap: true });
    expect(navigationKey(key('Enter'))).toEqual({ kind: 'edit' });
    expect(navigationKey(key('F2'))).toEqual({ kind: 'edit' });
    expect(navigationKey(key('Enter', { ctrlKey: true }))).toEqual({ kind: 'add' });
    expect(navigationKey(key('Insert'))).toEqual({ kind: 'add' });
  });

  it('starts an edit that replaces the content when a character is typed, but not for shortcuts or IME composition', () => {
    expect(navigationKey(key('7'))).toEqual({ kind: 'edit', seed: '7' });
    expect(navigationKey(key('c', { ctrlKey: true }))).toEqual({ kind: 'none' });
    expect(navigationKey(key('a', { isComposing: true }))).toEqual({ kind: 'none' });
    expect(navigationKey(key('Shift'))).toEqual({ kind: 'none' });
  });
});

describe('grid keys while editing', () => {
  it('commits down on Enter, sideways on Tab, and cancels on Esc', () => {
    expect(editingKey(key('Enter'))).toEqual({ commit: true, dRow: 1, dCol: 0 });
    expect(editingKey(key('Enter', { shiftKey: true }))).toEqual({ commit: true, dRow: -1, dCol: 0 });
    expect(editingKey(key('Tab'))).toEqual({ commit: true, dRow: 0, dCol: 1 });
    expect(editingKey(key('Escape'))).toEqual({ commit: false, dRow: 0, dCol: 0 });
    expect(editingKey(key('x'))).toBeNull();
    // Enter that ends an IME composition picks the characters; it must not commit the cell.
    expect(editingKey(key('Enter', { isComposing: true }))).toBeNull();
  });
});

describe('the next cell', () => {
  it('stays inside the grid and wraps Tab to the next or previous row', () => {
    expect(step({ row: 0, col: 0 }, { dRow: -1, dCol: 0 }, 5, 6)).toEqual({ row: 0, col: 0 });
    expect(step({ row: 4, col: 5 }, { dRow: 1, dCol: 1 }, 5, 6)).toEqual({ row: 4, col: 5 });
    expect(step({ row: 1, col: 5 }, { dRow: 0, dCol: 1, wrap: true }, 5, 6)).toEqual({ row: 2, col: 0 });
    expect(step({ row: 2, col: 0 }, { dRow: 0, dCol: -1, wrap: true }, 5, 6)).toEqual({ row: 1, col: 5 });
    expect(step({ row: 1, col: 5 }, { dRow: 0, dCol: 1 }, 5, 6)).toEqual({ row: 1, col: 5 });
  });
});
