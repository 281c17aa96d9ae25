"use client";

import dynamic from "next/dynamic";

/**
 * Every chart loads on its own, after the page: recharts stays out of the first load, and
 * each chart's box already has its final height, so nothing shifts when it arrives.
 */
const placeholder = () => <div className="h-full w-full animate-pulse rounded-lg bg-sunken" aria-hidden="true" />;

export const LazyHeadlineChart = dynamic(() => import("./headline-chart").then((module) => module.HeadlineChart), { ssr: false, loading: placeholder });
export const LazyTimelineChart = dynamic(() => import("./timeline-chart").then((module) => module.TimelineChart), { ssr: false, loading: placeholder });
export const LazyFlowsChart = dynamic(() => import("./flows-chart").then((module) => module.FlowsChart), { ssr: false, loading: placeholder });
export const LazyChannelsChart = dynamic(() => import("./channels-chart").then((module) => module.ChannelsChart), { ssr: false, loading: placeholder });
export const LazyMarketShareChart = dynamic(() => import("./market-share-chart").then((module) => module.MarketShareChart), {
  ssr: false,
  loading: placeholder,
});
