import { z } from 'zod';
import { Id } from '../../domain/ids.ts';
import { LIMITS } from '../../domain/limits.ts';
import { OrderKey } from '../../core/order.ts';
import { JOURNEY_LIMITS } from './limits.ts';

const Short = z.string().trim().max(LIMITS.shortText, 'tooLong');
const Long = z.string().max(LIMITS.longText, 'tooLong');

/** How the customer feels at a moment, from −3 (furious) to +3 (delighted); 0 is indifferent. */
export const Emotion = z.number().int('notAnInteger').min(-3, 'outOfRange').max(3, 'outOfRange');
export type Emotion = z.infer<typeof Emotion>;

/** A column of the journey (成交, 交付/开通 …): the class renames, adds and reorders them. */
export const StageFields = z.object({ name: Short.min(1, 'required') });
export const Stage = StageFields.extend({ id: Id, artifactId: Id, order: OrderKey });
export type Stage = z.infer<typeof Stage>;

/** What one moment of truth (关键时刻) holds on the journey script. */
export const CardFields = z.object({
  /** 触点: where customer and company meet (the front desk, the phone call, the handover of keys). */
  touchpoint: Short,
  /** What the customer expects at that moment. */
  expectation: Long,
  /** The service standard staff keep to. */
  standard: Long,
  /** 成果1 indicators the standard is measured by (ids; ones removed since are ignored by readers). */
  indicatorIds: z.array(Id).max(JOURNEY_LIMITS.indicatorsPerCard, 'tooMany'),
  /** 话术: what staff say. */
  script: Long,
  /** 感动点: the designed detail that surprises the customer. */
  wow: Long,
  /** The post that owns the moment. */
  owner: Short,
  emotion: Emotion,
});
export type CardFields = z.infer<typeof CardFields>;
export const Card = CardFields.extend({ id: Id, artifactId: Id, stageId: Id, order: OrderKey });
export type Card = z.infer<typeof Card>;

/** An arrow from one moment to the next, drawn to show the flow. */
export const Link = z.object({ id: Id, artifactId: Id, from: Id, to: Id });
export type Link = z.infer<typeof Link>;

export const journeyCollections = { journeyStages: Stage, journeyCards: Card, journeyLinks: Link };

/** A card as a blank moment: every text empty, the customer neutral. */
export const blankCard = (touchpoint = ''): CardFields => ({
  touchpoint,
  expectation: '',
  standard: '',
  indicatorIds: [],
  script: '',
  wow: '',
  owner: '',
  emotion: 0,
});
