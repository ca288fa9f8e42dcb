import { FILES_PER_WORKER, poolSize } from "./pool";

describe("poolSize", () => {
  it("starts no workers for a small batch: their start costs more than they save", () => {
    expect(poolSize(1, 2, 0)).toBe(0);
    expect(poolSize(FILES_PER_WORKER * 2 - 1, 2, 0)).toBe(1);
  });

  it("one worker per idle core for a batch, the cores others keep busy left alone", () => {
    expect(poolSize(229, 2, 0)).toBe(2);
    expect(poolSize(229, 8, 0.4)).toBe(8);
    expect(poolSize(229, 8, 5.2)).toBe(3);
    expect(poolSize(229, 2, 3)).toBe(1);
  });

  it("PLAN_CHECK_WORKERS decides when set to a number", () => {
    expect(poolSize(5, 2, 9, "2")).toBe(2);
    expect(poolSize(229, 2, 0, "0")).toBe(0);
    expect(poolSize(1, 2, 0, "4")).toBe(1);
    expect(poolSize(229, 2, 0, "many")).toBe(2);
  });
});
