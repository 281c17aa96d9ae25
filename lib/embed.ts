import { escapeXml } from "./chart-svg";
import { DEFAULT_SCENARIO, scenarioEquals, serializeScenario } from "./scenario";
import type { Scenario } from "./headline";

/**
 * Where a chart's embed page is, and the `<iframe>` a reader pastes into an article. Pure, so
 * the page, the embed route and the tests agree on one address per chart and lab.
 */

/** `/embed/money-both-ways` for the home page's lab, `/embed/anthropic/money-both-ways` for another. */
export function embedPath(slug: string, labId: string | null): string {
  return labId === null ? `/embed/${slug}` : `/embed/${labId}/${slug}`;
}

/** An embed's height in CSS pixels: room for the card's title, plot, legend and source line. */
export const EMBED_HEIGHT = 760;

/**
 * The `<iframe>` for a chart's embed, keeping a scenario other than the default so the
 * embed shows the figures the reader chose. Attribute values are escaped.
 */
export function embedCode({ origin, path, title, scenario = null }: { origin: string; path: string; title: string; scenario?: Scenario | null }): string {
  const query = scenario && !scenarioEquals(scenario, DEFAULT_SCENARIO) ? `?scenario=${serializeScenario(scenario)}` : "";
  return `<iframe src="${escapeXml(`${origin}${path}${query}`)}" title="${escapeXml(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>`;
}
