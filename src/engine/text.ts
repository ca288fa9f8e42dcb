/**
 * Text as the plan writes it: cells wrap mid-word ("자체사 업") and across lines. The reader and every
 * rule ask the same questions of the same few hundred strings, so the answers are remembered (bounded).
 */
/** A function of a string, its answers remembered (the cache is dropped when it grows past 20,000). */
export function remembered<T>(transform: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let result = cache.get(text);
    if (result === undefined) {
      result = transform(text);
      if (cache.size > 20_000) cache.clear();
      cache.set(text, result);
    }
    return result;
  };
}

/** Spacing removed: "성과지표명 (단위)" and "성과지표명(단위)" read alike. */
export const compact = remembered((text) => text.replace(/[\s\u00a0\u3000]+/g, ""));

/** One line, single spaces: how a name is shown in a message. */
export const oneLine = remembered((text) => text.replace(/[\s\u00a0\u3000]+/g, " ").trim());
