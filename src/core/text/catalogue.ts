/**
 * The one way to hold texts in two languages. A catalogue is a table of entries, each with a
 * Swedish and an English side; `t(key, lang, …)` reads one. An entry is either a template
 * whose `{name}` placeholders are filled from params, or a function (plural forms, lists,
 * texts built from a problem) called with its own arguments. Choosing a text by language
 * happens here and nowhere else (a lint rule refuses `lang === 'sv'` outside catalogues).
 */
import type { Lang } from '../input/types';

/** Values for a template's `{name}` placeholders: a table, or a function from name to value. */
export type Params = Readonly<Record<string, string | number>> | ((name: string) => string | undefined);

/** A text built by a function, e.g. `(n: number) => \`${n} fel\``. */
type TextFunction = (...args: never[]) => string;

/** One entry: a template in both languages, or a function in both languages. */
export type Entry = { readonly sv: string; readonly en: string } | { readonly sv: TextFunction; readonly en: TextFunction };

/** What `t` takes after the language: the function's own arguments, or a template's params. */
export type EntryArgs<E> = E extends { readonly sv: (...args: infer A) => string } ? A : [params?: Params];

/** A catalogue made by `defineCatalogue`. */
export interface Catalogue<C extends Record<string, Entry>> {
  /** The entries as written, for tests that go through every key. */
  readonly entries: C;
  /** The text `key` in `lang`: a template with its placeholders filled, or the function's result. */
  readonly t: <K extends keyof C>(key: K, lang: Lang, ...args: EntryArgs<C[K]>) => string;
  /** True when the catalogue has an entry `key` (for keys that come from data, e.g. error codes). */
  readonly has: (key: string) => key is Extract<keyof C, string>;
}

/** The keys of a catalogue, as a type. */
export type CatalogueKey<K extends Catalogue<Record<string, Entry>>> = Extract<keyof K['entries'], string>;

/** Makes a catalogue of `entries`, each `{ sv, en }`. */
export function defineCatalogue<C extends Record<string, Entry>>(entries: C): Catalogue<C> {
  const has = (key: string): key is Extract<keyof C, string> => Object.prototype.hasOwnProperty.call(entries, key);
  const t = <K extends keyof C>(key: K, lang: Lang, ...args: EntryArgs<C[K]>): string => {
    const text: string | TextFunction = entries[key][lang];
    return typeof text === 'function' ? (text as (...a: unknown[]) => string)(...args) : fill(text, args[0]);
  };
  return { entries, t, has };
}

/**
 * `template` with each `{name}` replaced by `params[name]`, or by what `lookup(name)` gives.
 * A placeholder without a value stays as it is.
 */
export function fill(template: string, params: Params = {}): string {
  const lookup =
    typeof params === 'function' ? params : (name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : undefined);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => lookup(name) ?? whole);
}

/** The supported languages, Swedish first. */
const LANGS: Readonly<Record<Lang, true>> = { sv: true, en: true };

/** True for a supported language code (`sv`, `en`): for languages that come from settings or arguments. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LANGS, value);
}
