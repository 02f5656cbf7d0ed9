import type { PostType } from '../../shared/domain/library.ts';
import type { Industry } from '../../shared/domain/workshop.ts';

const GENERAL: PostType[] = ['frontDesk', 'serviceAgent', 'fieldEngineer'];

/**
 * The example posts each industry offers first; an industry without posts of its own offers the general ones.
 */
export const INDUSTRY_POSTS: Record<Industry, PostType[]> = {
  hotel: ['hotelFrontDesk', 'housekeeping', 'guestService'],
  // An estate's repairs are the general field engineer's work.
  property: ['propertyConcierge', 'propertySecurity', 'propertyCleaning', 'fieldEngineer'],
  telecom: ['telecomStore', 'telecomAgent', 'telecomInstaller'],
  carDealer: ['carSales', 'serviceAdvisor', 'carTechnician'],
  realEstate: ['handoverHost', 'handoverInspector', 'handoverRelations'],
  airline: ['checkInAgent', 'cabinCrew', 'airlineAgent'],
  general: GENERAL,
};
