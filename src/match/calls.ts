/**
 * The settings an I/O call runs with, and its routes paired across a change of the client or the
 * library it goes through.
 *
 * A call's effective settings are its own options, over the options of the construction that
 * made its receiver (`api.get(u)` where `const api = axios.create({ timeout: 1000 })`), over the
 * library's defaults (the catalog's). A call that moved from a client built with a 1 s timeout to
 * a plain one, or from got (two retries by default) to axios (none), changed its settings with no
 * option edited; the settings rules compare these pairs.
 */
import { settingDefaults, type SettingDefaults } from '../catalog/index.js';
import type { ChangeView, EntryChange } from '../rule.js';
import { clientNamed, receiverOf, type SettingSite } from '../model/settings.js';
import type { EffectPath } from '../model/summaries.js';
import { groupByKey, pairRoutes } from './routes.js';

export interface CallSettings {
  /** The call's own setting site (the options it passes), when it passes any. */
  own?: SettingSite;
  /** The construction that made its receiver, found by the name that holds it in the call's file. */
  client?: SettingSite;
  /** What the library does with an option left out. */
  defaults?: SettingDefaults;
  /** The library, as messages name it (`axios`, `got`). */
  library?: string;
  /** The call's own setting site pairs with one on the other side: the sites themselves are compared. */
  ownPaired?: boolean;
}

export interface MovedCall {
  entry: EntryChange;
  base: EffectPath;
  head: EffectPath;
  /** `client`: the same operation through another receiver; `library`: another library's call in its place. */
  how: 'client' | 'library';
  /** Each side's effective settings (found once for every rule). */
  settings: { base: CallSettings; head: CallSettings };
}

/** The effective settings of a route's call on one side, among that side's setting sites. */
export function callSettings(sites: SettingSite[], route: EffectPath): CallSettings {
  const own = sites.find((s) => !s.role && s.file === route.file && s.fnId === route.fnId && s.span.line === route.span.line && s.span.column === route.span.column);
  const receiver = receiverOf(route.callText);
  const client = own?.client ?? clientNamed(sites, route.file, receiver);
  const lib = route.effect.lib;
  const name = route.callText.split('.').pop() ?? route.callText;
  // The library's defaults apply to a call on the library itself (`axios.get`, `got(u)`, what
  // `bent(...)` returned) or through a construction seen here (`axios.create` with none set); a
  // receiver made elsewhere (`this.http` injected, a parameter) may carry any settings.
  const onLibrary = !receiver || (!!lib && receiver.split('.')[0] === lib.label);
  const defaults = client?.defaults ?? (lib && onLibrary ? settingDefaults(lib, name, false) : undefined);
  return { ...(own ? { own } : {}), ...(client ? { client } : {}), ...(defaults ? { defaults } : {}), ...(lib ? { library: lib.label } : {}) };
}

/** Whether a setting site has a counterpart on the other side (then the sites themselves are compared). */
function pairedSite(view: ChangeView, site: SettingSite | undefined): boolean {
  return !!site && view.settings.some((p) => (p.base === site && !!p.head) || (p.head === site && !!p.base));
}

function moved(view: ChangeView, entry: EntryChange, base: EffectPath, head: EffectPath, how: MovedCall['how']): MovedCall {
  const side = (sites: SettingSite[], route: EffectPath): CallSettings => {
    const s = callSettings(sites, route);
    return pairedSite(view, s.own) ? { ...s, ownPaired: true } : s;
  };
  return { entry, base, head, how, settings: { base: side(view.sites.base, base), head: side(view.sites.head, head) } };
}

/**
 * Calls of an edited function that now go through another client (`slow.get` -> `plain.get`, the
 * same operation) or another library (`ky.get` -> `axios.get`: the only call of its kind that went
 * and the only one that came). Only calls the function makes itself: one made in a helper is seen
 * from the helper's own entry.
 */
export function movedCalls(view: ChangeView): MovedCall[] {
  const out: MovedCall[] = [];
  const byKey = (paths: EffectPath[]) => {
    const m = new Map<string, EffectPath[]>();
    for (const p of paths) if (p.steps.length === 0 && p.effect.kind !== 'other') m.set(p.effect.key, [...(m.get(p.effect.key) ?? []), p]);
    return m;
  };
  for (const entry of view.entries) {
    if (!entry.base || !entry.head || !view.touches(entry.head.file, entry.head.span)) continue;
    const [baseByKey, headByKey] = [byKey(entry.basePaths), byKey(entry.headPaths)];
    for (const [key, heads] of headByKey) {
      const bases = baseByKey.get(key);
      // Only where the calls of this operation read differently: the same receivers make no move.
      const texts = new Set(bases?.map((x) => x.callText));
      if (!bases || heads.every((h) => texts.has(h.callText))) continue;
      for (const pair of pairRoutes(groupByKey(bases).get(key)!, groupByKey(heads).get(key)!)) {
        const b = pair.base?.path;
        const h = pair.head.path;
        if (b && receiverOf(b.callText) !== receiverOf(h.callText)) out.push(moved(view, entry, b, h, 'client'));
      }
    }
    // A library swapped: one kind of I/O whose only base operation went and whose only head operation came.
    const gone = [...baseByKey].filter(([k]) => !headByKey.has(k)).flatMap(([, l]) => l);
    const came = [...headByKey].filter(([k]) => !baseByKey.has(k)).flatMap(([, l]) => l);
    for (const kind of new Set(gone.map((p) => p.effect.kind))) {
      const b = gone.filter((p) => p.effect.kind === kind);
      const h = came.filter((p) => p.effect.kind === kind);
      if (b.length === 1 && h.length === 1 && b[0]!.effect.lib && h[0]!.effect.lib && b[0]!.effect.lib !== h[0]!.effect.lib) out.push(moved(view, entry, b[0]!, h[0]!, 'library'));
    }
  }
  return out;
}
