/** The encodings `decodeText` recognises. */
export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

/** Text decoded from a file's bytes, with the encoding that was recognised. */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  readonly text: string;
  readonly encoding: TextEncoding;
}

/**
 * Decodes the bytes of a text file the way county offices save them: UTF-8 with or without a
 * byte-order mark (Excel "CSV UTF-8"), UTF-16 with a byte-order mark (Excel "Unicode text"), or
 * GB18030/GBK (Excel "CSV" on a Chinese Windows). Bytes that are not valid UTF-8 and carry no
 * byte-order mark are read as GB18030, which is a superset of GBK and GB2312.
 *
 * Browser-safe: uses only `TextDecoder`.
 *
 * @param bytes the file's contents
 * @returns the text (byte-order mark removed) and the encoding used
 * @throws never for any input; every byte sequence decodes to some text
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])) // { text: "A", encoding: "utf-8-bom" }
 * decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4])) // { text: "中文", encoding: "gb18030" }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  try {
    // ignoreBOM: true keeps a (here impossible) BOM as text instead of silently dropping it.
    return {
      text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: "utf-8",
    };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}
