import { useSyncExternalStore } from 'react';

/**
 * Edits the host has not taken: a draft that failed its check when the trainer left the cell. They stay on screen
 * marked "not saved", count as problems in every summary, and survive a reload (localStorage, per workshop), so an
 * edit never vanishes without a word. A draft leaves when it is saved or the trainer discards it (Esc).
 */
export interface UnsavedDraft {
  postId: string;
  /** Which indicator or post field, e.g. `indicator:<id>:weight`. */
  key: string;
  text: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();
const cache = new Map<string, readonly UnsavedDraft[]>();
const storageKey = (workshopId: string) => `satisfy.unsaved.${workshopId}`;

function read(workshopId: string): readonly UnsavedDraft[] {
  const known = cache.get(workshopId);
  if (known) return known;
  let drafts: UnsavedDraft[] = [];
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey(workshopId)) ?? '[]');
    if (Array.isArray(parsed)) drafts = parsed.filter(isDraft);
  } catch {
    // An unreadable entry (edited by hand, another version) is dropped rather than breaking the screen.
  }
  cache.set(workshopId, drafts);
  return drafts;
}

const isDraft = (d: unknown): d is UnsavedDraft =>
  typeof d === 'object' && d !== null && ['postId', 'key', 'text'].every((k) => typeof (d as Record<string, unknown>)[k] === 'string');

function write(workshopId: string, drafts: readonly UnsavedDraft[]): void {
  cache.set(workshopId, drafts);
  try {
    if (drafts.length) localStorage.setItem(storageKey(workshopId), JSON.stringify(drafts));
    else localStorage.removeItem(storageKey(workshopId));
  } catch {
    // Storage full or blocked: the draft is still kept for this page.
  }
  for (const listener of listeners) listener();
}

export function keepDraft(workshopId: string, draft: UnsavedDraft): void {
  write(workshopId, [...read(workshopId).filter((d) => d.key !== draft.key), draft]);
}

export function dropDraft(workshopId: string, key: string): void {
  const drafts = read(workshopId);
  if (drafts.some((d) => d.key === key)) write(workshopId, drafts.filter((d) => d.key !== key));
}

export const draftKey = (entityId: string, field: string): string => `${entityId}:${field}`;

const subscribe = (listener: Listener) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** All unsaved drafts of a workshop (the same array until one changes). */
export function useUnsavedDrafts(workshopId: string): readonly UnsavedDraft[] {
  return useSyncExternalStore(subscribe, () => read(workshopId));
}

/** One field's unsaved text, or null (a string: a row re-renders only for its own drafts). */
export function useUnsavedText(workshopId: string, key: string): string | null {
  return useSyncExternalStore(subscribe, () => read(workshopId).find((d) => d.key === key)?.text ?? null);
}

/** How many unsaved drafts a post has. */
export function useUnsavedCount(workshopId: string, postId: string): number {
  return useSyncExternalStore(subscribe, () => read(workshopId).filter((d) => d.postId === postId).length);
}
