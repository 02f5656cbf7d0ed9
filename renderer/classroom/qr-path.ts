/** The dark modules of a QR symbol, one row after another (as the qrcode package's BitMatrix holds them). */
export interface QrModules {
  size: number;
  data: ArrayLike<number>;
}

/** Light modules a scanner needs around the symbol. */
export const QUIET_ZONE = 4;

/**
 * The symbol as one SVG path: each run of dark modules in a row is one rectangle, offset by the quiet zone. One path
 * keeps a 57×57 symbol to a few hundred commands instead of thousands of elements.
 */
export function qrPath({ size, data }: QrModules): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && data[row * size + col]) col++;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`);
    }
  }
  return parts.join('');
}
