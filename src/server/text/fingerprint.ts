/**
 * MinHash fingerprints of a text's word shingles: two texts' signatures agree in about the share
 * of positions that their shingle sets overlap (Jaccard similarity), so near-identical copies of a
 * story (a changed sentence, another footer) are found without comparing whole texts.
 */
import { words } from "./terms";

const SHINGLE_WORDS = 3;
export const SIGNATURE_LENGTH = 64;
export const BANDS = 16;
const ROWS_PER_BAND = SIGNATURE_LENGTH / BANDS;
// Fixed seeds: signatures must stay comparable across runs and processes.
const SEEDS = Array.from({ length: SIGNATURE_LENGTH }, (_, index) => Math.imul(index + 1, 0x9e3779b1) >>> 0);

/** murmur3's 32-bit finaliser: a cheap, well-mixed hash of a shingle under one seed. */
function mix(value: number, seed: number): number {
  let hash = (value ^ seed) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Null for texts too short to fingerprint reliably. */
export function fingerprintOf(text: string): number[] | null {
  const tokens = words(text);
  if (tokens.length < SHINGLE_WORDS * 4) return null;
  const shingles = new Set<number>();
  for (let index = 0; index + SHINGLE_WORDS <= tokens.length; index += 1) {
    shingles.add(fnv1a(tokens.slice(index, index + SHINGLE_WORDS).join(" ")));
  }
  const signature = new Array<number>(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let index = 0; index < SIGNATURE_LENGTH; index += 1) {
      const value = mix(shingle, SEEDS[index] ?? 0);
      if (value < (signature[index] ?? 0xffffffff)) signature[index] = value;
    }
  }
  return signature;
}

export function encodeFingerprint(signature: readonly number[]): string {
  return signature.map((value) => value.toString(36)).join(".");
}

export function decodeFingerprint(text: string): number[] {
  return text.split(".").map((value) => Number.parseInt(value, 36));
}

/** Bucket keys: two signatures sharing any band are candidates for near-identical texts. */
export function fingerprintBands(signature: readonly number[]): string[] {
  return Array.from(
    { length: BANDS },
    (_, band) =>
      `${band}:${signature
        .slice(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND)
        .map((value) => value.toString(36))
        .join(",")}`,
  );
}

export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let index = 0; index < SIGNATURE_LENGTH; index += 1) if (a[index] === b[index]) same += 1;
  return same / SIGNATURE_LENGTH;
}
