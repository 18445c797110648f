/**
 * Draws the add-in's ribbon and manifest icons (assets/icon-<size>.png) without any image
 * library: a blue rounded square with three white report bars, rasterised with 4×4
 * supersampling and written as an RGBA PNG through zlib.
 *
 * Run: npx tsx scripts/make-icons.ts   (the PNGs are committed; re-run only to change them)
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND: RGB = [0x1f, 0x5f, 0x9e];
const BAR: RGB = [0xff, 0xff, 0xff];
const ACCENT: RGB = [0xf2, 0xc8, 0x11];

type RGB = [number, number, number];

/** Coverage (0–1) of the shape at a point in unit coordinates (0..1 across the icon). */
function shapeAt(x: number, y: number): { color: RGB; alpha: number } | undefined {
  // Rounded square background with radius 0.18.
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return undefined;
  // Three bars of rising height, like a small income-statement chart.
  const bars: [number, number, number][] = [
    [0.2, 0.36, 0.56],
    [0.42, 0.58, 0.38],
    [0.64, 0.8, 0.22],
  ];
  for (const [x0, x1, top] of bars) {
    if (x >= x0 && x < x1 && y >= top && y < 0.8) return { color: BAR, alpha: 1 };
  }
  // A baseline in the accent colour.
  if (x >= 0.16 && x < 0.84 && y >= 0.8 && y < 0.86) return { color: ACCENT, alpha: 1 };
  return { color: BACKGROUND, alpha: 1 };
}

function render(size: number): Buffer {
  const SS = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const hit = shapeAt((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          if (!hit) continue;
          r += hit.color[0] * hit.alpha;
          g += hit.color[1] * hit.alpha;
          b += hit.color[2] * hit.alpha;
          a += hit.alpha;
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      if (a > 0) {
        raw[o] = Math.round(r / a);
        raw[o + 1] = Math.round(g / a);
        raw[o + 2] = Math.round(b / a);
      }
      raw[o + 3] = Math.round((a / (SS * SS)) * 255);
    }
  }
  return png(size, size, raw);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A minimal PNG: IHDR (8-bit RGBA), one IDAT, IEND. */
function png(width: number, height: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = resolve(__dirname, '..', 'assets');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = resolve(outDir, `icon-${size}.png`);
  writeFileSync(file, render(size));
  console.log(`wrote ${file}`);
}
