// Draws media/icon.png (128×128): three rising bars and an upward arrow on a rounded green tile.
// Pure Node (zlib) so the icon can be regenerated anywhere: node scripts/make-icon.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const S = 128;
const px = new Uint8Array(S * S * 4);
const set = (x, y, [r, g, b, a]) => {
  if (x < 0 || y < 0 || x >= S || y >= S) return;
  const i = (y * S + x) * 4;
  const fa = a / 255;
  px[i] = Math.round(px[i] * (1 - fa) + r * fa);
  px[i + 1] = Math.round(px[i + 1] * (1 - fa) + g * fa);
  px[i + 2] = Math.round(px[i + 2] * (1 - fa) + b * fa);
  px[i + 3] = Math.max(px[i + 3], a);
};
const inRounded = (x, y, r) => {
  const cx = Math.min(Math.max(x, r), S - 1 - r);
  const cy = Math.min(Math.max(y, r), S - 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
for (let y = 0; y < S; y++) for (let x = 0; x < S; x++) {
  if (!inRounded(x, y, 22)) continue;
  const t = y / S;
  set(x, y, [Math.round(22 + 10 * t), Math.round(128 - 40 * t), Math.round(88 - 20 * t), 255]);
}
const white = [246, 250, 247, 255];
const rect = (x0, y0, x1, y1, c) => { for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) set(x, y, c); };
rect(26, 78, 44, 100, white);
rect(55, 62, 73, 100, white);
rect(84, 44, 102, 100, white);
rect(22, 100, 106, 105, white);
const line = (x0, y0, x1, y1, w, c) => {
  const n = Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2);
  for (let i = 0; i <= n; i++) {
    const x = x0 + ((x1 - x0) * i) / n, y = y0 + ((y1 - y0) * i) / n;
    for (let dy = -w; dy <= w; dy++) for (let dx = -w; dx <= w; dx++) if (dx * dx + dy * dy <= w * w) set(Math.round(x + dx), Math.round(y + dy), c);
  }
};
const gold = [255, 205, 84, 255];
line(24, 66, 50, 42, 3, gold);
line(50, 42, 66, 52, 3, gold);
line(66, 52, 98, 22, 3, gold);
line(98, 22, 84, 22, 3, gold);
line(98, 22, 98, 36, 3, gold);

const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(S, 0); ihdr.writeUInt32BE(S, 4); ihdr[8] = 8; ihdr[9] = 6;
const raw = Buffer.alloc(S * (S * 4 + 1));
for (let y = 0; y < S; y++) { raw[y * (S * 4 + 1)] = 0; Buffer.from(px.buffer, y * S * 4, S * 4).copy(raw, y * (S * 4 + 1) + 1); }
writeFileSync('media/icon.png', Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
console.log('wrote media/icon.png');
