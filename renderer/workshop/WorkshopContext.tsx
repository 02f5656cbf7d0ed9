import { createContext, useContext } from 'react';

/** The open workshop's id; what it holds is read through the selector hooks in workshop-hooks.ts. */
export const WorkshopContext = createContext<string | null>(null);

/** Only valid below WorkshopScreen. */
export function useWorkshopId(): string {
  const workshopId = useContext(WorkshopContext);
  if (!workshopId) throw new Error('useWorkshopId outside a workshop');
  return workshopId;
}

/** The open workshop's id, or null outside one (fields shared by the library and the workshop screens). */
export const useOptionalWorkshopId = (): string | null => useContext(WorkshopContext);
