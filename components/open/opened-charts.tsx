"use client";

import { useMemo } from "react";
import { ChartGrid } from "@/components/charts/chart";
import { Section } from "@/components/ui/section";
import { openedCharts } from "@/lib/open-charts";
import type { OpenResult } from "@/lib/open-rows";

/**
 * The site's charts drawn from the reader's rows, one set per lab the file names, by the same
 * code as a lab's page: the same figures, the conditional money kept apart, the same words
 * where a chart cannot be drawn. Their images and CSV carry the reader's numbers; there is no
 * embed of a file that never left the machine.
 */
export default function OpenedCharts({ result }: { result: OpenResult }) {
  const groups = useMemo(() => openedCharts(result), [result]);
  if (groups.length === 0) return null;
  return groups.map(({ lab, charts }) => (
    <Section key={lab.id} id={`charts-${lab.id}`} title={`Charts: ${lab.name}`} intro={`The site's charts, drawn from the rows your file gives for ${lab.name}. Events and market share are not part of a file, so the charts that draw them say so.`}>
      <ChartGrid charts={charts} asOf={result.asOf} opened />
    </Section>
  ));
}
