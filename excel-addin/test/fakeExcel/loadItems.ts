import type { ClientObject } from "./clientObject";
import { jsonBytes, normalizeLoad } from "./clientObject";

/** Loads `items/…` of a collection: item proxies bound to the document objects, with those properties. */
export function loadItems<M, P extends ClientObject<M>>(
  owner: ClientObject<unknown>,
  properties: Parameters<ClientObject<unknown>["load"]>[0],
  models: () => readonly M[] | null,
  makeItem: (model: M) => P,
  store: (items: P[]) => void,
): void {
  const list = normalizeLoad(properties);
  const itemProps = list.flatMap((p) => (p === "items" ? [] : p.startsWith("items/") ? [p.slice(6)] : []));
  owner.context._enqueue(list, () => {
    const all = models();
    if (all === null) return 0;
    let bytes = 0;
    const items = all.map((model) => {
      const item = makeItem(model)._bind(model);
      bytes += item._snapshot(model, itemProps);
      return item;
    });
    store(items);
    return bytes + jsonBytes([]);
  });
}
