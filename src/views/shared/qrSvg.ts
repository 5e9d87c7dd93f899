import qrcode from 'qrcode-generator';

/**
 * A QR code for `text` as one SVG path, made locally (no network, no image): one square per dark module,
 * with the four-module quiet zone that scanners need. Error correction M survives a smudged printout.
 */
export function qrSvg(text: string, label = text): string {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const quiet = 4;
  const size = n + 2 * quiet;
  let d = '';
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) if (qr.isDark(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
  }
  const title = label.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="qr" viewBox="0 0 ${size} ${size}" role="img" ` +
    `shape-rendering="crispEdges" data-modules="${n}"><title>${title}</title>` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  );
}
