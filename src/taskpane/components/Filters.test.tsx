/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { ALL_FILTERS } from "../filters";
import { textsFor } from "../text";
import { Filters } from "./Filters";

describe("Filters", () => {
  it.each([
    ["ko", "규칙", ["모든 규칙", "관리체계 부서 목록", "목표 단위", "예산 없음"]],
    ["en", "Rule", ["All rules", "Department list", "No budget", "Target unit"]],
  ] as const)("lists the rules by their names in alphabetical order of the pane's language (%s), not by their ids", (lang, label, names) => {
    render(
      <Filters
        t={textsFor(lang)}
        lang={lang}
        filters={ALL_FILTERS}
        onChange={() => undefined}
        counts={{ error: 1, warning: 2, info: 0 }}
        ruleIds={["budgets/none", "schedule/department-list", "targets/unit"]}
        departments={[]}
        shown={3}
        total={3}
      />,
    );
    const options = [...(screen.getByRole("combobox", { name: label }) as HTMLSelectElement).options];
    expect(options.map((o) => o.textContent)).toEqual(names);
    expect(options.find((o) => o.textContent === names[1])?.value).toBe("schedule/department-list");
  });
});
