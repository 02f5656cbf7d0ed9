import type { Tx } from '../../core/tx.ts';

/** Removes a post and everything under it, so the effect lists each deleted row. */
export function removePost(tx: Tx, postId: string): void {
  for (const i of tx.where('indicators', (i) => i.postId === postId)) tx.del('indicators', i.id);
  tx.del('posts', postId);
}

export function removeStandardContent(tx: Tx, artifactId: string): void {
  for (const p of tx.where('posts', (p) => p.artifactId === artifactId)) removePost(tx, p.id);
}
