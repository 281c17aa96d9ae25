"use client";

import { createParser, throttle, useQueryState } from "nuqs";
import { DEFAULT_SCENARIO, parseScenario, scenarioEquals, serializeScenario } from "@/lib/scenario";

/** The conditional-money scenario, kept in the URL (`?scenario=p50`) so a shared link shows the same figures. */
const scenarioParser = createParser({ parse: parseScenario, serialize: serializeScenario, eq: scenarioEquals })
  .withDefault(DEFAULT_SCENARIO)
  .withOptions({ history: "replace", clearOnDefault: true, scroll: false, limitUrlUpdates: throttle(150) });

export function useScenario() {
  return useQueryState("scenario", scenarioParser);
}
