import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";
import { serveBuild } from "./bench-build";
import { tableTimings } from "./bench-browser";
import { stop } from "./bench-processes";
const port = Number(process.argv[3] ?? 3400);
const s = await serveBuild(process.argv[2] ?? ".next-bench", port);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  console.log(JSON.stringify(await tableTimings(browser, `http://127.0.0.1:${port}/`)));
} finally {
  await browser.close();
  await stop(s);
}
