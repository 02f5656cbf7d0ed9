import type { WorkshopDoc } from '../../../../../shared/core/doc.ts';
import type { Activity } from '../../../../../shared/deliverables/activities/schemas.ts';
import { activitiesInOrder, ratingGaps, responsesOf, type DimensionGap } from '../../../../../shared/deliverables/activities/view.ts';
import { DIMENSIONS, type Dimension } from '../../../../../shared/domain/dimensions.ts';
import { domainResources } from '../../../../../shared/i18n/resources.ts';

/** What the room felt about the five SERVQUAL dimensions in a rating poll, for 成果1 to set beside its weights. */
export interface RoomGaps {
  poll: Activity;
  /** People who answered the poll. */
  respondents: number;
  /** The poll's dimensions in the course's order (有形度 … 同理度), with the room's means. */
  rows: (DimensionGap & { key: Dimension })[];
}

const normal = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, '');

/** Each dimension's name in every language the app speaks: a poll started in either names them so. */
const BY_NAME = new Map<string, Dimension>(
  Object.values(domainResources).flatMap((words) => DIMENSIONS.map((d) => [normal(words.dimension[d].name), d] as const)),
);

/** The SERVQUAL dimension behind each of a poll's dimensions, or null when any of them is something else (or repeats). */
function servqualKeys(poll: Activity): Dimension[] | null {
  const keys = poll.dimensions.map((name) => BY_NAME.get(normal(name)));
  if (keys.some((k) => !k) || new Set(keys).size !== keys.length) return null;
  return keys as Dimension[];
}

/**
 * The room's expectation–perception gaps from the last answered rating poll over SERVQUAL dimensions (all five or
 * some of them, named as the course names them), or null when the class ran none.
 */
export function roomServqualGaps(doc: WorkshopDoc): RoomGaps | null {
  const polls = activitiesInOrder(doc).filter((a) => a.kind === 'ratingPoll' && responsesOf(doc, a.id).length > 0);
  for (const poll of polls.reverse()) {
    const keys = servqualKeys(poll);
    if (!keys) continue;
    const rows = ratingGaps(doc, poll)
      .map((gap, i) => ({ ...gap, key: keys[i]! }))
      .sort((a, b) => DIMENSIONS.indexOf(a.key) - DIMENSIONS.indexOf(b.key));
    return { poll, respondents: responsesOf(doc, poll.id).length, rows };
  }
  return null;
}
