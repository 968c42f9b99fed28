// Types of the message catalogue, and the interpolation of {placeholders}.

import type { Language } from '../bindings/Language';
import { en } from './en';
import { fr } from './fr';

export type MessageKey = keyof typeof en;

/** A full catalogue: every key of the English one, nothing more. */
export type Catalogue = { readonly [K in MessageKey]: string };

/** The names between braces in a message, as a union. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

export type Params<K extends MessageKey> = Placeholders<(typeof en)[K]>;

/** No argument for a message without placeholders; an object naming each one otherwise. */
export type ParamArgs<K extends MessageKey> = [Params<K>] extends [never]
  ? []
  : [params: Record<Params<K>, string | number>];

export type Translate = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

export const catalogues: Record<Language, Catalogue> = { en, fr };

export function interpolate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A translate function bound to one language (the reactive one lives in locale.svelte.ts). */
export function translator(language: Language): Translate {
  const messages = catalogues[language];
  return (key, ...params) => interpolate(messages[key], params[0]);
}
