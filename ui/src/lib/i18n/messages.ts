// How the messages are kept: each feature has its own, in its folder — `messages.en.ts`, the
// reference (`as const`, so that `t` knows each message's {placeholders}), and
// `messages.fr.ts`, typed `Translation<typeof en>`: a key missing from the French, or one the
// English does not have, is a type error. en.ts and fr.ts gather them into the catalogues;
// catalogue.test.ts checks that both languages use the same {placeholders}.
//
// French typography: a no-break space (U+00A0) before « : », a narrow no-break space (U+202F)
// before ; ? !, and the typographic apostrophe (’).

/** A feature's messages in another language: exactly the keys of its English ones. */
export type Translation<English> = { readonly [K in keyof English]: string };

/** The keys found in more than one of the parts (never if each key is in one part only). */
type SharedKeys<Parts extends readonly object[], Seen = never> = Parts extends readonly [
  infer First,
  ...infer Rest extends readonly object[],
]
  ? (keyof First & Seen) | SharedKeys<Rest, Seen | keyof First>
  : never;

type Merged<Parts extends readonly object[]> = Parts extends readonly [
  infer First,
  ...infer Rest extends readonly object[],
]
  ? First & Merged<Rest>
  : unknown;

type Flat<T> = { readonly [K in keyof T]: T[K] };

/**
 * The features' messages in one object. A key in two features would be overwritten by the
 * other's: it is a type error that names it, and an error at run time.
 */
export function gather<const Parts extends readonly object[]>(
  parts: Parts &
    ([SharedKeys<Parts>] extends [never] ? unknown : { 'keys in two features': SharedKeys<Parts> }),
): Flat<Merged<Parts>> {
  const all: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [key, text] of Object.entries(part)) {
      if (key in all) throw new Error(`message key in two features: ${key}`);
      all[key] = text;
    }
  }
  return all as Flat<Merged<Parts>>;
}
