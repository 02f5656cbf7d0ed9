import type { PostType } from '../../shared/domain/library.ts';
import type { Industry } from '../../shared/domain/workshop.ts';

const GENERAL: PostType[] = ['frontDesk', 'serviceAgent', 'fieldEngineer'];

/**
 * The example posts each industry offers first. Only the hotel has posts of its own so far; the other industries
 * offer the general posts until theirs are written.
 */
export const INDUSTRY_POSTS: Record<Industry, PostType[]> = {
  hotel: ['hotelFrontDesk', 'housekeeping', 'guestService'],
  property: GENERAL,
  telecom: GENERAL,
  carDealer: GENERAL,
  realEstate: GENERAL,
  airline: GENERAL,
  general: GENERAL,
};
