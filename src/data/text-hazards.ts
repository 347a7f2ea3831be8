/**
 * Control characters a cell may not hold: C0 (NUL, ESC, …) except the tab and the line breaks a spreadsheet cell may
 * hold (Alt+Enter), DEL, C1, and the bidirectional embedding, override and isolate controls that reorder what a
 * reader sees (Unicode TR 36, "Trojan Source").
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Characters that show nothing: zero-width space, joiners, word joiner, BOM, soft hyphen and the other format characters. */
const INVISIBLE = /[\p{Cf}\u115f\u1160\u3164\uffa0]/gu;

/**
 * The first control character of a cell's text, if any (see `CONTROL`).
 * @throws never
 * @example controlCharacter("T01\u0000") // "\u0000"
 */
export function controlCharacter(text: string): string | undefined {
  return CONTROL.exec(text)?.[0];
}

/**
 * The invisible characters of a text (zero-width space U+200B, joiners, BOM, soft hyphen, …), each once.
 * @throws never
 * @example invisibleCharacters("T01\u200b") // ["\u200b"]
 */
export function invisibleCharacters(text: string): string[] {
  return [...new Set(text.match(INVISIBLE) ?? [])];
}

/**
 * A character as a code point for messages: "U+200B".
 * @example codePoint("\u200b") // "U+200B"
 */
export function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * A text with every invisible or control character shown as its code point in angle brackets, so that two values
 * that look alike can be told apart in a message: "T01\u200b" → "T01⟨U+200B⟩".
 * @throws never
 */
export function visibleText(text: string): string {
  return text.replace(new RegExp(`${INVISIBLE.source}|${CONTROL.source}`, "gu"), (c) => `⟨${codePoint(c)}⟩`);
}

/**
 * The form two ids or names are compared in to find look-alikes: NFKC (full-width Ｔ０１ → T01, compatibility forms),
 * invisible characters removed, white space removed, lower case. Two different texts with the same form look alike.
 * @throws never
 * @example lookAlikeForm("Ｔ０１") === lookAlikeForm("t01\u200b") // true
 */
export function lookAlikeForm(text: string): string {
  if (/^[\x21-\x7e]*$/.test(text)) return text.toLowerCase();
  return text.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/gu, "").toLowerCase();
}
