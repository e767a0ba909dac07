/**
 * i18next's `t` copies all of its settings and walks the texts on every call:
 * on a slow phone, over a quarter of the time spent drawing the results went
 * there (issue 7). A text does not change until a language or a namespace
 * arrives, or the language changes, so each one is kept the first time it is
 * made, per language, namespaces, key and options, and forgotten at those events.
 *
 * Only texts are kept: a call with options that are not plain values (objects,
 * `returnObjects`), or whose result is not a string, goes to i18next each time.
 */
import type { i18n } from 'i18next';

/** Beyond this many kept texts, start again: a bound, not a size that is ever reached. */
const limit = 5000;

type FixedT = ReturnType<i18n['getFixedT']>;
type AnyT = (key: unknown, options?: unknown, ...rest: unknown[]) => unknown;
/** What i18next writes on the functions it makes (its types do not say). */
interface FixedOn {
  lng?: string;
  lngs?: readonly string[];
  ns?: string | readonly string[];
  keyPrefix?: unknown;
}

/** What makes a text, as one string; null when the call should not be kept. */
function textId(instance: i18n, fixed: FixedOn, key: unknown, options: unknown): string | null {
  if (typeof key !== 'string') return null;
  // A key prefix may be a function (a selector): not worth keeping.
  const prefix = fixed.keyPrefix ?? '';
  if (typeof prefix !== 'string') return null;
  const language =
    fixed.lng ?? (Array.isArray(fixed.lngs) ? fixed.lngs.join(',') : instance.language);
  const namespaces = Array.isArray(fixed.ns) ? fixed.ns.join(',') : String(fixed.ns ?? '');
  let id = `${language}\u0001${namespaces}\u0001${prefix}\u0001${key}`;
  if (options === undefined) return id;
  if (typeof options !== 'object' || options === null) return null;
  for (const [name, value] of Object.entries(options)) {
    if (name === 'returnObjects' || name === 'returnDetails') return null;
    if (value === undefined) continue;
    const kind = typeof value;
    if (value !== null && kind !== 'string' && kind !== 'number' && kind !== 'boolean') return null;
    id += `\u0001${name}=${kind}:${String(value)}`;
  }
  return id;
}

/** Has every `t` made by `instance.getFixedT` (as useTranslation's) keep its texts. */
export function keepMadeTexts(instance: i18n): void {
  const made = new Map<string, string>();
  const forget = () => {
    made.clear();
  };
  instance.on('languageChanged', forget);
  instance.on('loaded', forget);
  instance.store.on('added', forget);
  instance.store.on('removed', forget);

  const getFixedT = instance.getFixedT.bind(instance);
  instance.getFixedT = ((...args: Parameters<i18n['getFixedT']>) => {
    const fixedT = getFixedT(...args);
    const translate = fixedT as unknown as AnyT;
    const fixed = fixedT as unknown as FixedOn;
    const keeping: AnyT = (key, options, ...rest) => {
      const id = rest.length === 0 ? textId(instance, fixed, key, options) : null;
      if (id === null) return translate(key, options, ...rest);
      const known = made.get(id);
      if (known !== undefined) return known;
      const text = translate(key, options);
      if (typeof text === 'string') {
        if (made.size >= limit) made.clear();
        made.set(id, text);
      }
      return text;
    };
    // useTranslation and <Trans> read these from the function.
    return Object.assign(keeping, {
      lng: fixed.lng,
      lngs: fixed.lngs,
      ns: fixed.ns,
      keyPrefix: fixed.keyPrefix,
    }) as unknown as FixedT;
  }) as i18n['getFixedT'];
}
