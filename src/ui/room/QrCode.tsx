import { useMemo } from 'react';
import qrcode from 'qrcode-generator';

/** A QR code of `text` as one SVG path: sharp at any size, on a projector too. */
export function QrCode({
  text,
  label,
  size = 220,
}: {
  text: string;
  label: string;
  size?: number;
}) {
  const { path, modules } = useMemo(() => {
    const code = qrcode(0, 'M');
    code.addData(text, 'Byte');
    code.make();
    const count = code.getModuleCount();
    let d = '';
    for (let row = 0; row < count; row++)
      for (let col = 0; col < count; col++)
        if (code.isDark(row, col)) d += `M${col} ${row}h1v1h-1z`;
    return { path: d, modules: count };
  }, [text]);
  const quiet = 4;
  const extent = modules + quiet * 2;
  return (
    <svg
      className="room-qr"
      role="img"
      aria-label={label}
      data-modules={modules}
      width={size}
      height={size}
      viewBox={`${-quiet} ${-quiet} ${extent} ${extent}`}
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={extent} height={extent} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
