/**
 * What a report page holds: sections, each with a Chart.js configuration (plain JSON, so it can be
 * embedded in the page as data and built and tested without a browser) or the reason it is missing.
 */

/** A Chart.js configuration: `{ type, data, options }`, JSON only (no callbacks). */
type ChartConfig = Record<string, unknown>;

interface ReportSection {
  /** A fixed identifier, used for the canvas element id. */
  id: string;
  title: string;
  /** Paragraphs under the title: what the chart shows, from which data, and any assumptions. */
  notes: string[];
  chart?: ChartConfig;
  /** Why the chart is absent for this command, shown instead of it. */
  missing?: string;
}

interface ReportData {
  title: string;
  /** Short facts shown under the title, e.g. `published 1000`. */
  facts: string[];
  generatedAt: string;
  sections: ReportSection[];
}

const chartCount = (data: ReportData): number => data.sections.filter((s) => s.chart !== undefined).length;

export type { ChartConfig, ReportData, ReportSection };
export { chartCount };
