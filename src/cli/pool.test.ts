import { FILES_PER_WORKER, LARGE_FILE_BYTES, largeFileBytes, poolSize } from "./pool";

describe("poolSize", () => {
  it("starts no workers for a small batch: their start costs more than they save", () => {
    expect(poolSize(1, 8, 0)).toBe(0);
    expect(poolSize(FILES_PER_WORKER * 2 - 1, 8, 0)).toBe(0);
    expect(poolSize(FILES_PER_WORKER * 2, 8, 0)).toBe(2);
    expect(poolSize(FILES_PER_WORKER * 3, 8, 0)).toBe(3);
  });

  it("one worker per idle core but one, the cores others keep busy left alone", () => {
    expect(poolSize(229, 8, 0.4)).toBe(7);
    expect(poolSize(229, 8, 5.2)).toBe(2);
    expect(poolSize(229, 4, 0)).toBe(3);
  });

  it("none on two cores, idle or not: one process is faster there than any pool", () => {
    expect(poolSize(229, 2, 0)).toBe(0);
    expect(poolSize(229, 2, 3)).toBe(0);
    expect(poolSize(229, 8, 6)).toBe(0);
  });

  it("PLAN_CHECK_WORKERS decides when set to a number", () => {
    expect(poolSize(5, 2, 9, "2")).toBe(2);
    expect(poolSize(229, 2, 0, "0")).toBe(0);
    expect(poolSize(1, 2, 0, "4")).toBe(1);
    expect(poolSize(229, 2, 0, "many")).toBe(0);
    expect(poolSize(229, 4, 0, "many")).toBe(3);
  });
});

describe("largeFileBytes", () => {
  it("files of 2 MB and more get a worker of their own, unless PLAN_CHECK_LARGE_FILE_BYTES says otherwise", () => {
    expect(LARGE_FILE_BYTES).toBe(2 * 1024 * 1024);
    expect(largeFileBytes(undefined)).toBe(LARGE_FILE_BYTES);
    expect(largeFileBytes("0")).toBe(0);
    expect(largeFileBytes("1000")).toBe(1000);
    expect(largeFileBytes("big")).toBe(LARGE_FILE_BYTES);
    expect(largeFileBytes("-1")).toBe(LARGE_FILE_BYTES);
  });
});
