/**
 * Puts text on the clipboard and resolves to it. Text still being made (a module loading on
 * the first click) goes in as a ClipboardItem holding a promise where the browser has one:
 * Safari refuses a write that comes after an await, outside the click that asked for it.
 * Rejects when the browser refuses both ways; the caller then offers the text to copy by hand.
 */
export async function writeClipboard(text: string | Promise<string>): Promise<string> {
  if (typeof text !== "string" && typeof ClipboardItem === "function" && typeof navigator.clipboard?.write === "function") {
    try {
      await navigator.clipboard.write([new ClipboardItem({ "text/plain": text.then((value) => new Blob([value], { type: "text/plain" })) })]);
      return await text;
    } catch {
      // A browser without promises in ClipboardItem: the plain write below may still work.
    }
  }
  const value = await text;
  await navigator.clipboard.writeText(value);
  return value;
}
