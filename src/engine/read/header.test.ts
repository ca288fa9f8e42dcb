import { headerWordCount } from "./header";
import { SheetView } from "./sheetView";

/** A one-row sheet holding the texts, as the view reads it. */
function rowOf(texts: string[]): SheetView {
  return new SheetView({ name: "총괄표", values: [texts], merges: [] });
}

describe("headerWordCount — its first test rules out data cells, never a header word", () => {
  // Every kind of word the count takes, as the form writes it.
  const words = ["사업번호", "연번", "사업명", "세부사업명", "성과지표", "성과지표명 (단위)", "예산(백만원)", "담당부서", "비고", "중점사업 여부 (○,×)", "민관사업부 (○,×)", "5기 신사업부 (○,×)", "6기 (○,×)", "연계성", "'22", "2022", "2022년", "'22년 목표", "'23년 예산"];
  const spellings = (word: string) => [word, [...word].join(" "), `\u200b${[...word].join("\u200b")}\u3000`, word.normalize("NFD"), ` ${[...word].join("\u00a0")} `];

  it.each(words)("counts %s written with spacing, zero-width spaces or in jamo (NFD)", (word) => {
    for (const text of spellings(word)) expect(headerWordCount(rowOf([text]), 0)).toBe(1);
  });

  it("counts none of a plan row's data: strategy labels, names, targets, budgets", () => {
    const data = ["사회보장전략 12 취약계층사회안전망 보강", "기본생활보장 지원 체계구축", "저소득층 가구 1인당 취약계층 대상 자체사 업 예산", "94.5%", "2,000명", "73천원", "-", "○", "2,478"];
    expect(headerWordCount(rowOf(data), 0)).toBe(0);
  });

  it("stops at `enough` when asked", () => {
    const row = rowOf(["사업번호", "사업명", "성과지표", "예산(백만원)"]);
    expect(headerWordCount(row, 0)).toBe(4);
    expect(headerWordCount(row, 0, 2)).toBe(2);
  });
});
