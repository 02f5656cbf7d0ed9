/** What a key does in the indicator grid, apart from React: the spreadsheet rules in one place, unit-tested. */

export type GridAction =
  | { kind: 'move'; dRow: number; dCol: number; wrap?: boolean }
  | { kind: 'edit'; seed?: string }
  | { kind: 'discard' }
  | { kind: 'add' }
  | { kind: 'none' };

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
}

/** A key pressed on the active cell while it is not being edited. */
export function navigationKey(e: KeyLike): GridAction {
  if (e.isComposing) return { kind: 'none' };
  const mod = e.ctrlKey || e.metaKey;
  switch (e.key) {
    case 'ArrowUp':
      return { kind: 'move', dRow: -1, dCol: 0 };
    case 'ArrowDown':
      return { kind: 'move', dRow: 1, dCol: 0 };
    case 'ArrowLeft':
      return { kind: 'move', dRow: 0, dCol: -1 };
    case 'ArrowRight':
      return { kind: 'move', dRow: 0, dCol: 1 };
    case 'Tab':
      return { kind: 'move', dRow: 0, dCol: e.shiftKey ? -1 : 1, wrap: true };
    case 'Enter':
      return mod ? { kind: 'add' } : { kind: 'edit' };
    case 'F2':
      return { kind: 'edit' };
    case 'Insert':
      return { kind: 'add' };
    case 'Escape':
      return { kind: 'discard' };
  }
  // One printable character (not a shortcut) starts editing and replaces the cell's content, as in a spreadsheet.
  if (e.key.length === 1 && !mod && !e.altKey) return { kind: 'edit', seed: e.key };
  return { kind: 'none' };
}

/** A key pressed while a cell is being edited: how the edit ends and where the cursor goes next. */
export type EditEnd = { commit: boolean; dRow: number; dCol: number } | null;

export function editingKey(e: KeyLike): EditEnd {
  if (e.isComposing) return null;
  if (e.key === 'Escape') return { commit: false, dRow: 0, dCol: 0 };
  if (e.key === 'Enter') return { commit: true, dRow: e.shiftKey ? -1 : 1, dCol: 0 };
  if (e.key === 'Tab') return { commit: true, dRow: 0, dCol: e.shiftKey ? -1 : 1 };
  return null;
}

/** The next cell from (row, col) in a grid of `rows` × `cols`; Tab wraps to the next or previous row. */
export function step(
  at: { row: number; col: number },
  move: { dRow: number; dCol: number; wrap?: boolean },
  rows: number,
  cols: number,
): { row: number; col: number } {
  let row = at.row + move.dRow;
  let col = at.col + move.dCol;
  if (move.wrap && col >= cols && row < rows - 1) [row, col] = [row + 1, 0];
  if (move.wrap && col < 0 && row > 0) [row, col] = [row - 1, cols - 1];
  return { row: clamp(row, 0, rows - 1), col: clamp(col, 0, cols - 1) };
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));
