import { createContext, useContext } from 'react';
import type { WorkshopState } from '../../shared/domain/state.ts';
import type { Peer } from '../../shared/protocol/messages.ts';

export interface WorkshopView {
  state: WorkshopState;
  workshopId: string;
  /** Others in this workshop, with what they are editing. */
  peers: Peer[];
}

export const WorkshopContext = createContext<WorkshopView | null>(null);

/** The open workshop; only valid below WorkshopScreen. */
export function useWorkshopView(): WorkshopView {
  const view = useContext(WorkshopContext);
  if (!view) throw new Error('useWorkshopView outside a workshop');
  return view;
}
