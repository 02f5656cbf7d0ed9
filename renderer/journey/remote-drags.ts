import { useEffect, useRef, useState } from 'react';
import type { Volatile } from '../../shared/protocol/messages.ts';
import { usePeers } from '../workshop/workshop-hooks.ts';
import { useVolatiles } from './journey-hooks.ts';

/** A drag not heard of for this long has ended (the drop arrives as an op; volatile messages carry no "end"). */
const STALE_MS = 1200;

export interface RemoteDrag {
  cardId: string;
  x: number;
  y: number;
  name: string;
}

/** Cards others are dragging right now, where their pointer holds them, by card id. */
export function useRemoteDrags(): Map<string, RemoteDrag> {
  const volatiles = useVolatiles();
  const peers = usePeers();
  const seen = useRef(new Map<string, { data: Volatile; at: number }>());
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const at = Date.now();
    for (const [clientId, data] of volatiles) if (seen.current.get(clientId)?.data !== data) seen.current.set(clientId, { data, at });
    setNow(at);
  }, [volatiles]);

  // Ticks only while a drag is live, so stale ghosts snap back without a steady timer.
  const live = [...seen.current.values()].some((v) => now - v.at < STALE_MS);
  useEffect(() => {
    if (!live) return;
    const timer = window.setTimeout(() => setNow(Date.now()), STALE_MS / 2);
    return () => window.clearTimeout(timer);
  }, [live, now]);

  const drags = new Map<string, RemoteDrag>();
  for (const [clientId, { data, at }] of seen.current) {
    if (now - at >= STALE_MS || data.kind !== 'drag' || !data.entityId) continue;
    drags.set(data.entityId, { cardId: data.entityId, x: data.x, y: data.y, name: peers.find((p) => p.clientId === clientId)?.name ?? '' });
  }
  return drags;
}
