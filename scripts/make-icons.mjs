// Draws SayWho's toolbar icon (a speech bubble with a quote mark) as PNGs into public/icon/.
// Run once after changing the design: `node scripts/make-icons.mjs`. No image library needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { ROOT } from './lib/bundle.mjs';

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
const crc32 = (buf) => {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// The design, in a 0..1 square: a blue rounded bubble with a tail, two white quote marks.
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};
const inTail = (x, y) => y >= 0.7 && y <= 0.95 && x >= 0.2 && x <= 0.45 && x - 0.2 <= (0.95 - y) * 1.0;
const inMark = (x, y, cx) => (x - cx) ** 2 + (y - 0.36) ** 2 <= 0.085 ** 2 || (x >= cx - 0.01 && x <= cx + 0.085 && y >= 0.36 && y <= 0.56 && x - (cx - 0.01) >= (y - 0.36) * 0.35);
function colour(x, y) {
  if (inMark(x, y, 0.33) || inMark(x, y, 0.6)) return inRoundRect(x, y, 0.06, 0.08, 0.94, 0.76, 0.2) ? [255, 255, 255, 255] : null;
  if (inRoundRect(x, y, 0.06, 0.08, 0.94, 0.76, 0.2) || inTail(x, y)) return [47, 95, 152, 255];
  return null;
}

const dir = join(ROOT, 'public/icon');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const rgba = Buffer.alloc(size * size * 4);
  const ss = 4; // supersampling for smooth edges
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let j = 0; j < ss; j++)
        for (let i = 0; i < ss; i++) {
          const c = colour((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size);
          if (c) for (let k = 0; k < 4; k++) acc[k] += c[k] * (k < 3 ? c[3] / 255 : 1);
        }
      const a = acc[3] / (ss * ss);
      const o = (y * size + x) * 4;
      rgba[o] = a ? Math.round(acc[0] / (acc[3] / 255) ) : 0;
      rgba[o + 1] = a ? Math.round(acc[1] / (acc[3] / 255)) : 0;
      rgba[o + 2] = a ? Math.round(acc[2] / (acc[3] / 255)) : 0;
      rgba[o + 3] = Math.round(a);
    }
  writeFileSync(join(dir, `${size}.png`), png(size, rgba));
}
console.log(`icons written to ${dir}`);
