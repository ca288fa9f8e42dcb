/**
 * Answers several rules ask of the same plan (every indicator, every budget, an indicator's completion
 * year …), worked out once per validation run instead of once per rule. Kept only while validatePlan runs —
 * the plan cannot change under it — and dropped with the run; a rule called on its own computes afresh.
 */
let run: WeakMap<(key: never) => unknown, WeakMap<object, unknown>> | null = null;

/** Runs `body` with a fresh memo (nested runs keep their own). */
export function withRunMemo<T>(body: () => T): T {
  const outer = run;
  run = new WeakMap();
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
    let memo = run.get(compute) as WeakMap<K, V> | undefined;
    if (memo === undefined) {
      memo = new WeakMap();
      run.set(compute, memo);
    }
    if (memo.has(key)) return memo.get(key) as V;
    const value = compute(key);
    memo.set(key, value);
    return value;
  };
}
