#!/usr/bin/env node
/**
 * Draws the add-in icon (a calm-blue rounded square with a white check mark) and writes
 * assets/icon-16.png, icon-32.png, icon-64.png, icon-80.png and icon-128.png.
 *
 * Plain Node, no dependencies: the PNG encoder below uses node:zlib for the IDAT stream and
 * its own CRC-32. Output is deterministic: the shape is sampled on a fixed 8x8 grid per pixel,
 * nothing depends on time or randomness, and deflate runs with Z_RLE (see encodePng), so
 * re-running gives byte-identical files.
 *
 *   node scripts/make-icons.js            write the icons into assets/
 *   node scripts/make-icons.js OUT_DIR    write them somewhere else
 *
 * Sizes: 16/32/80 are the three ribbon sizes Office requires for groups and buttons
 * (bt:Image size="16|32|80"); IconUrl is 32 px and HighResolutionIconUrl 64 px for a task-pane
 * add-in; 128 px is a spare for listings and docs.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80, 128];

// Local bindings: global lookups are slow when this runs inside a vm context (jest loads it).
const { abs, max, min, round, sqrt } = Math;

// Calm blue background, white glyph.
const BLUE = [31, 106, 176];
const WHITE = [255, 255, 255];

// Geometry in unit coordinates (0..1 across the icon).
const SQUARE = { x0: 1 / 16, y0: 1 / 16, x1: 15 / 16, y1: 15 / 16, r: 3.2 / 16 };
const CHECK = {
  points: [
    [0.275, 0.52],
    [0.435, 0.68],
    [0.735, 0.355],
  ],
  width: 0.115,
};
const SUB = 8; // supersampling grid per pixel axis

// ---------------------------------------------------------------- geometry

function insideRoundedSquare(x, y) {
  const { x0, y0, x1, y1, r } = SQUARE;
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = min(max(x, x0 + r), x1 - r);
  const cy = min(max(y, y0 + r), y1 - r);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

function distToSegment(px, py, [ax, ay], [bx, by]) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = max(0, min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  const dx = px - (ax + t * vx);
  const dy = py - (ay + t * vy);
  return sqrt(dx * dx + dy * dy);
}

function insideCheck(x, y) {
  const half = CHECK.width / 2;
  const pts = CHECK.points;
  for (let i = 0; i + 1 < pts.length; i++) {
    if (distToSegment(x, y, pts[i], pts[i + 1]) <= half) return true; // round caps and joins
  }
  return false;
}

/** RGBA rows, non-premultiplied, 8 bits per channel. */
function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUB * SUB;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let check = 0;
      for (let sy = 0; sy < SUB; sy++) {
        for (let sx = 0; sx < SUB; sx++) {
          const x = (px + (sx + 0.5) / SUB) / size;
          const y = (py + (sy + 0.5) / SUB) / size;
          if (insideRoundedSquare(x, y)) {
            square++;
            if (insideCheck(x, y)) check++;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (square === 0) continue; // fully transparent, stays 0,0,0,0
      const t = check / square; // share of the covered area that is glyph
      for (let c = 0; c < 3; c++) rgba[o + c] = round(BLUE[c] + (WHITE[c] - BLUE[c]) * t);
      rgba[o + 3] = round((255 * square) / n);
    }
  }
  return rgba;
}

// ---------------------------------------------------------------- PNG encoder

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([len, typeAndData, crc]);
}

/** Filter each scanline with Paeth (type 4): good for smooth edges, and fixed so output is stable. */
function filterRows(rgba, width, height) {
  const stride = width * 4;
  const out = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    const prev = row - stride;
    const o = y * (stride + 1);
    out[o] = 4;
    for (let i = 0; i < stride; i++) {
      const a = i >= 4 ? rgba[row + i - 4] : 0;
      const b = y > 0 ? rgba[prev + i] : 0;
      const c = y > 0 && i >= 4 ? rgba[prev + i - 4] : 0;
      const p = a + b - c;
      const pa = abs(p - a);
      const pb = abs(p - b);
      const pc = abs(p - c);
      const pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      out[o + 1 + i] = (rgba[row + i] - pred) & 0xff;
    }
  }
  return out;
}

function encodePng(rgba, width, height) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method: adaptive
  ihdr[12] = 0; // no interlace
  // Z_RLE only looks for runs (distance 1) and never consults zlib's match hash table, whose hash
  // function differs between zlib builds (Node bundles Chromium's zlib, which picks a SIMD hash on
  // some CPUs). So the bytes, not just the pixels, come out the same on every machine.
  const idat = zlib.deflateSync(filterRows(rgba, width, height), { level: 9, memLevel: 9, strategy: zlib.constants.Z_RLE });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", idat),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- main

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const png = encodePng(drawIcon(size), size, size);
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, png);
    console.log(`${path.relative(process.cwd(), file) || file}  ${size}x${size}  ${png.length} bytes`);
  }
}

if (require.main === module) main();

module.exports = { drawIcon, encodePng, filterRows, crc32, SIZES };
