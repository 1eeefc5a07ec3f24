/**
 * Text for a standalone SVG without a DOM to measure with: XML escaping and line wrapping by
 * estimated glyph widths (CJK and emoji a full em, Latin about half).
 */

/** Characters XML 1.0 allows (lone surrogate halves and most control characters are not). */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

/** Safe in element text and in double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  return Array.from(text)
    .filter((ch) => isXmlChar(ch.codePointAt(0)!))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f000 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Estimated advance of one character, in em. */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (isWide(code)) return 1;
  if (/[\sil.,;:!|'`ijtf()[\]]/.test(ch)) return 0.3;
  if (/[mwMW@%]/.test(ch)) return 0.85;
  if (/[A-Z#&]/.test(ch)) return 0.66;
  return 0.54;
}

export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * (bold ? 1.06 : 1);
}

/** A run of spaces, a word of narrow script, or one wide character (which may break anywhere). */
function tokens(paragraph: string): string[] {
  const out: string[] = [];
  for (const match of paragraph.matchAll(/\s+|[^\s]/gu)) {
    const piece = match[0];
    const last = out[out.length - 1];
    const narrow = (s: string) => !/\s/.test(s) && !isWide(s.codePointAt(0) ?? 0);
    if (last !== undefined && narrow(piece) && narrow(last[last.length - 1] ?? ' '))
      out[out.length - 1] = last + piece;
    else out.push(piece);
  }
  return out;
}

export interface WrapOptions {
  maxWidth: number;
  fontSize: number;
  bold?: boolean;
  /** More lines than this are cut, the last ending in "…" (as the card on screen clamps). */
  maxLines?: number;
}

/** Greedy line breaking at spaces and between wide characters; long words break anywhere. */
export function wrapText(text: string, options: WrapOptions): string[] {
  const { maxWidth, fontSize, bold = false, maxLines = Infinity } = options;
  const fits = (s: string) => textWidth(s, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = '';
    const flush = () => {
      lines.push(line.trimEnd());
      line = '';
    };
    for (const token of tokens(paragraph)) {
      if (/^\s+$/.test(token)) {
        if (line) line += ' ';
        continue;
      }
      if (fits(line + token)) {
        line += token;
        continue;
      }
      if (line.trim()) flush();
      else line = '';
      for (const ch of token) {
        if (line && !fits(line + ch)) flush();
        line += ch;
      }
    }
    flush();
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && !fits(`${last}…`)) last = Array.from(last).slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** A coordinate as SVG text: at most two decimals, so files stay small and diff well. */
export const svgNumber = (value: number) => String(Math.round(value * 100) / 100);
