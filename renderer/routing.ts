import { useEffect, useState } from 'react';

export type Route =
  | { screen: 'library' }
  | { screen: 'workshop'; workshopId: string; deliverable: string | null };

const ID = /^[A-Za-z0-9_-]{8,40}$/;

/**
 * `#/` is the library, `#/w/<id>` a workshop, `#/w/<id>/<deliverable>` one of its deliverables.
 * Anything else — including the `#token=…` fragment the trainer's link arrives with — is the library.
 */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (!path.startsWith('/')) return { screen: 'library' };
  const [first, id, deliverable] = path.split('/').filter(Boolean).map(safeDecode);
  if (first === 'w' && id && ID.test(id)) return { screen: 'workshop', workshopId: id, deliverable: deliverable ?? null };
  return { screen: 'library' };
}

export const libraryHref = (): string => '#/';
export const workshopHref = (workshopId: string, deliverable?: string): string =>
  `#/w/${encodeURIComponent(workshopId)}${deliverable ? `/${encodeURIComponent(deliverable)}` : ''}`;

export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The current route, following back/forward and link clicks. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    onChange();
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
