import { describe, expect, it } from "vitest";
import { firstInvalidUtf8, MAX_OPEN_BYTES, sizeProblem, sniffFile } from "./open-file";

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("sniffFile", () => {
  it("reads UTF-8 with or without a byte-order mark", () => {
    expect(sniffFile("a.csv", utf8("a,b\r\n1,2\r\n"))).toEqual({ kind: "text", text: "a,b\r\n1,2\r\n", encoding: "utf-8" });
    expect(sniffFile("a.csv", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("a,é\n")]))).toEqual({ kind: "text", text: "a,é\n", encoding: "utf-8" });
  });

  it("decodes UTF-16 with a byte-order mark, either byte order", () => {
    const le = new Uint8Array([0xff, 0xfe, ...[..."a,é"].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...[..."a,é"].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    expect(sniffFile("a.csv", le)).toEqual({ kind: "text", text: "a,é", encoding: "utf-16le" });
    expect(sniffFile("a.csv", be)).toEqual({ kind: "text", text: "a,é", encoding: "utf-16be" });
    expect(sniffFile("a.csv", bytes(0xff, 0xfe, 0x61))).toMatchObject({ kind: "refused", message: expect.stringContaining("odd number of bytes") });
  });

  it("names the byte and line of text that is not UTF-8 (Latin-1, say)", () => {
    const latin1 = new Uint8Array([...utf8("party\nCaf"), 0xe9, ...utf8("\n")]);
    const result = sniffFile("deals.csv", latin1);
    expect(result).toMatchObject({ kind: "refused" });
    expect((result as { message: string }).message).toContain("deals.csv is not UTF-8 text: byte 10 (line 2) is 0xE9");
  });

  it("knows zips and refuses binary files, naming what they are", () => {
    expect(sniffFile("x.zip", bytes(0x50, 0x4b, 0x03, 0x04, 0))).toEqual({ kind: "zip" });
    expect(sniffFile("x.csv", utf8("%PDF-1.7"))).toMatchObject({ kind: "refused", message: expect.stringContaining("is a PDF, not a CSV or zip") });
    expect(sniffFile("x.csv", bytes(0x61, 0x00, 0x62, 0xff))).toMatchObject({ kind: "refused", message: expect.stringContaining("binary data (a NUL byte at byte 2)") });
    expect(sniffFile("x.csv", bytes(0x61, 0x00, 0x62))).toMatchObject({ kind: "refused", message: expect.stringContaining("binary data, not a CSV or zip: it holds a NUL") });
    expect(sniffFile("x.csv", utf8("a,b\n".repeat(5) + "\u0001".repeat(20)))).toMatchObject({ kind: "refused", message: expect.stringContaining("20 of its first 40 characters are control characters") });
    expect(sniffFile("x.csv", utf8("a,b\n1,\u0007\n"))).toMatchObject({ kind: "text" });
    expect(sniffFile("x.csv", bytes())).toEqual({ kind: "refused", message: "x.csv is empty." });
  });
});

describe("firstInvalidUtf8", () => {
  it("accepts every valid sequence and finds overlongs, surrogates and cut-off sequences", () => {
    expect(firstInvalidUtf8(utf8("a é € 😀"))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0x61, 0xc0, 0x80))).toBe(1); // overlong NUL
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // a surrogate
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xe2, 0x82))).toBe(2); // cut short
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // past U+10FFFF
  });
});

describe("sizeProblem", () => {
  it("refuses a file over the limit by its size, before reading it", () => {
    expect(sizeProblem("a.csv", MAX_OPEN_BYTES)).toBeNull();
    expect(sizeProblem("big.csv", 50 * 1024 * 1024)).toBe("big.csv is 50 MB; files of at most 32 MB can be opened here. Split it, or open fewer rows.");
    expect(sizeProblem("a.csv", 0)).toBe("a.csv is empty.");
  });
});
