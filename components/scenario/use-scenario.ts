"use client";

import { useCallback, useMemo } from "react";
import { setUrlParams, useUrlSearch } from "@/components/ui/url-state";
import type { Scenario } from "@/lib/headline";
import { DEFAULT_SCENARIO, parseScenario, scenarioEquals, serializeScenario } from "@/lib/scenario";

/** The conditional-money scenario, kept in the URL (`?scenario=p50`) so a shared link shows the same figures. */
export function useScenario() {
  const search = useUrlSearch();
  const scenario = useMemo(() => parseScenario(new URLSearchParams(search).get("scenario")) ?? DEFAULT_SCENARIO, [search]);
  // The default leaves the address clean; a slider's drag writes it at most every 150 ms.
  const set = useCallback((next: Scenario) => void setUrlParams({ scenario: scenarioEquals(next, DEFAULT_SCENARIO) ? null : serializeScenario(next) }, 150), []);
  return [scenario, set] as const;
}
