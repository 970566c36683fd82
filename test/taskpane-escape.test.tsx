import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { Results } from "../src/taskpane/components/Results";
import type { EvaluationReport } from "../src/services/workbook-service";

const evil = '<img src=x onerror="alert(1)">';
const report: EvaluationReport = {
  asOf: "2020-09-30",
  warnings: [],
  changes: { cells: 0, flags: 0 },
  sheets: [
    {
      name: `部${evil}`,
      department: null,
      report: "中間報告",
      fiscalYear: 2020,
      asOf: "2020-09-30",
      layout: "list",
      goals: [
        {
          no: 1,
          title: evil,
          items: [
            {
              label: "①",
              mark: "○",
              basis: "numeric",
              needsReview: false,
              flagged: false,
              markCell: "F6",
              suggestedMark: "○",
              targets: [
                {
                  label: "",
                  text: evil,
                  kind: "cumulative",
                  target: { value: 1, unit: "回", comparator: ">=" },
                  actual: { value: 1, unit: "回", evidence: evil },
                  progressPercent: 100,
                  expectedPercent: 50,
                  status: "met",
                  reason: evil,
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

describe("作業ウィンドウはセルの文をそのまま HTML にしない", () => {
  it("escapes goal titles, target texts and reasons", () => {
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <Results
          report={report}
          onSelect={() => undefined}
          correction={{ focusKey: null, onChoose: () => undefined, onClear: () => undefined }}
        />
      </FluentProvider>,
    );
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
});
