/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { fakeActions, sampleView } from "../../../test/kits/taskpane/fakeActions";
import { textsFor } from "../text";
import { FindingsTree } from "./FindingsTree";

describe("FindingsTree keyboard", () => {
  it("reaches a finding's 고치기 with the right arrow or F2 (it is no Tab stop), and 고치기 asks for that fix", () => {
    const view = sampleView();
    const onFix = jest.fn();
    render(
      <FindingsTree
        t={textsFor("ko")}
        lang="ko"
        view={view}
        visible={new Set(view.result.findings.map((_, i) => i))}
        selectedKey={null}
        busy={false}
        onSelect={fakeActions().selectFinding}
        onFix={onFix}
      />,
    );
    const item = screen.getByRole("treeitem", { name: /총괄표!C70/ });
    const fix = screen.getAllByRole("button", { name: "고치기" }).find((b) => item.contains(b))!;
    expect(fix.tabIndex).toBe(-1);
    for (const key of ["ArrowRight", "F2"]) {
      item.focus();
      fireEvent.keyDown(item, { key });
      expect(document.activeElement).toBe(fix);
    }
    fireEvent.click(fix);
    expect(onFix).toHaveBeenCalledWith(view.result.findings[0]);
  });
});
