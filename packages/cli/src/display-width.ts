/** Whether a code point is shown two columns wide in a terminal (East Asian Wide and Fullwidth). */
function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

/**
 * Columns `text` takes in a terminal: Chinese and Korean characters take two, so that tables mixing
 * them with Latin text stay aligned.
 * @example displayWidth('小型 small') // 10
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x20 || (c >= 0x300 && c < 0x370) || (c >= 0xfe00 && c <= 0xfe0f) || c === 0x200b) continue;
    width += isWide(c) ? 2 : 1;
  }
  return width;
}
