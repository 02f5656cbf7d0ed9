import { COMPARE_TOPICS, type CompareTopic } from './team-work.ts';

/**
 * The topic a key switches the comparison to: →/← step through the topics (wrapping), 1–4 pick one; null for any
 * other key.
 */
export function topicForKey(key: string, current: CompareTopic): CompareTopic | null {
  const i = COMPARE_TOPICS.indexOf(current);
  const n = COMPARE_TOPICS.length;
  if (key === 'ArrowRight') return COMPARE_TOPICS[(i + 1) % n]!;
  if (key === 'ArrowLeft') return COMPARE_TOPICS[(i + n - 1) % n]!;
  const digit = Number(key);
  return /^[1-9]$/.test(key) && digit <= n ? COMPARE_TOPICS[digit - 1]! : null;
}
