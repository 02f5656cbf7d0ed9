import type { Workshop } from '../domain/workshop.ts';
import type { CollectionName, Effect, EntityOf, WorkshopDoc } from './doc.ts';

/**
 * A reducer's view of one workshop while it applies an op (or a batch of them): reads see the writes made so far, and
 * every write is recorded, so the result is an Effect (rows put, ids deleted) rather than a new state to diff.
 */
export class Tx {
  private readonly puts = new Map<CollectionName, Map<string, unknown>>();
  private readonly dels = new Map<CollectionName, Set<string>>();
  private workshopRow: Workshop | undefined;

  constructor(
    readonly base: WorkshopDoc,
    /** Host time of the commit (ISO); a client's prediction uses its own clock. */
    readonly at: string,
  ) {}

  get workshop(): Workshop {
    return this.workshopRow ?? this.base.workshop;
  }

  setWorkshop(workshop: Workshop): void {
    this.workshopRow = workshop;
  }

  get<C extends CollectionName>(c: C, id: string): EntityOf<C> | undefined {
    if (this.dels.get(c)?.has(id)) return undefined;
    const put = this.puts.get(c)?.get(id);
    if (put) return put as EntityOf<C>;
    return (this.base[c] as Record<string, EntityOf<C>>)[id];
  }

  all<C extends CollectionName>(c: C): EntityOf<C>[] {
    const dels = this.dels.get(c);
    const puts = this.puts.get(c);
    const out: EntityOf<C>[] = [];
    for (const [id, entity] of Object.entries(this.base[c] as Record<string, EntityOf<C>>)) {
      if (dels?.has(id) || puts?.has(id)) continue;
      out.push(entity);
    }
    for (const entity of puts?.values() ?? []) out.push(entity as EntityOf<C>);
    return out;
  }

  where<C extends CollectionName>(c: C, test: (entity: EntityOf<C>) => boolean): EntityOf<C>[] {
    return this.all(c).filter(test);
  }

  put<C extends CollectionName>(c: C, entity: EntityOf<C>): void {
    const id = (entity as { id: string }).id;
    this.dels.get(c)?.delete(id);
    let map = this.puts.get(c);
    if (!map) this.puts.set(c, (map = new Map()));
    map.set(id, entity);
  }

  del<C extends CollectionName>(c: C, id: string): void {
    this.puts.get(c)?.delete(id);
    if (!(id in (this.base[c] as object))) return;
    let set = this.dels.get(c);
    if (!set) this.dels.set(c, (set = new Set()));
    set.add(id);
  }

  effect(): Effect {
    const effect: Effect = { put: {}, del: {} };
    if (this.workshopRow) effect.workshop = this.workshopRow;
    for (const [c, map] of this.puts) if (map.size) (effect.put as Record<string, unknown[]>)[c] = [...map.values()];
    for (const [c, set] of this.dels) if (set.size) effect.del[c] = [...set];
    return effect;
  }
}
