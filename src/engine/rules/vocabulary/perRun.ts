/**
 * Answers several rules ask of the same plan (every indicator, every budget's owner, a project's name,
 * whether a project is building works …), worked out once per validation run instead of once per rule. Kept
 * only while validatePlan runs — the plan cannot change under it — and dropped with the run; a rule called on
 * its own computes afresh.
 */
// Maps, not WeakMaps: the run holds them only while it lasts, and a WeakMap of 100,000 indicators costs the
// garbage collector more than the lookups save.
let run: Map<(key: never) => unknown, Map<object, unknown>> | null = null;

/** Runs `body` with a fresh memo (nested runs keep their own). */
export function withRunMemo<T>(body: () => T): T {
  const outer = run;
  run = new Map();
  try {
    return body();
  } finally {
    run = outer;
  }
}

/** `compute`, remembered per key for the current run. */
export function perRun<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  return (key) => {
    if (run === null) return compute(key);
    let memo = run.get(compute) as Map<K, V> | undefined;
    if (memo === undefined) {
      memo = new Map();
      run.set(compute, memo);
    }
    let value = memo.get(key);
    if (value === undefined && !memo.has(key)) {
      value = compute(key);
      memo.set(key, value);
    }
    return value as V;
  };
}
