/**
 * The notes this device wrote in an anonymous brainstorm: the host stores no author there, so only the phone itself
 * can show its writer "your notes". Kept per activity in localStorage (a reload keeps the list).
 */
const key = (activityId: string) => `satisfy.myNotes.${activityId}`;

export function loadMyNotes(activityId: string): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key(activityId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberMyNote(activityId: string, noteId: string): void {
  try {
    localStorage.setItem(key(activityId), JSON.stringify([...loadMyNotes(activityId), noteId].slice(-500)));
  } catch {
    // Without storage the list lasts for this page only.
  }
}
