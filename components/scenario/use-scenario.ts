"use client";

import { useCallback } from "react";
import { createParser, throttle, useQueryState } from "nuqs";
import { notifyUrlChange } from "@/components/ui/url-change";
import type { Scenario } from "@/lib/headline";
import { DEFAULT_SCENARIO, parseScenario, scenarioEquals, serializeScenario } from "@/lib/scenario";

/** The conditional-money scenario, kept in the URL (`?scenario=p50`) so a shared link shows the same figures. */
const scenarioParser = createParser({ parse: parseScenario, serialize: serializeScenario, eq: scenarioEquals })
  .withDefault(DEFAULT_SCENARIO)
  .withOptions({ history: "replace", clearOnDefault: true, scroll: false, limitUrlUpdates: throttle(150) });

export function useScenario() {
  const [scenario, setScenario] = useQueryState("scenario", scenarioParser);
  const set = useCallback((next: Scenario) => void setScenario(next).then(notifyUrlChange), [setScenario]);
  return [scenario, set] as const;
}
