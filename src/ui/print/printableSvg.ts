/**
 * The exported SVG file made ready to sit inside the page: without its XML declaration (not
 * allowed inside HTML), drawn from the top of its box (right under the header, not centred in
 * the space left), and with the drawing's natural size so the page never scales it up.
 */
export interface PrintableSvg {
  markup: string;
  width: number;
  height: number;
}

export function printableSvg(fileText: string): PrintableSvg {
  const markup = fileText
    .replace(/^\s*<\?xml[^>]*\?>\s*/, '')
    .trim()
    .replace(/^<svg\b/, '<svg preserveAspectRatio="xMidYMin meet"');
  const root = /^<svg\b[^>]*>/.exec(markup)?.[0] ?? '';
  const size = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
  return { markup, width: size('width'), height: size('height') };
}
