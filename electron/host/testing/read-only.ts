import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';

// Root ignores permission bits, so there the file is also made immutable (which root cannot write either).
const asRoot = process.getuid?.() === 0;

/** Makes `path` unwritable for this process, as a read-only file or mount would; `undo` before removing it. */
export function makeReadOnly(path: string): { undo(): void } {
  chmodSync(path, 0o444);
  if (asRoot) execFileSync('chattr', ['+i', path]);
  return {
    undo() {
      if (asRoot) execFileSync('chattr', ['-i', path]);
      chmodSync(path, 0o644);
    },
  };
}
