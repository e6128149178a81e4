/**
 * MinHash fingerprints of a text's word shingles: two texts' signatures agree in about the share
 * of positions that their shingle sets overlap (Jaccard similarity), so near-identical copies of a
 * story (a changed sentence, another footer) are found without comparing whole texts.
 */

const SHINGLE_WORDS = 3;
const SIGNATURE_LENGTH = 64;
const BIN_SHIFT = 26; // the top 6 bits of a shingle's hash pick its bin: 64 bins
const VALUE_MASK = (1 << BIN_SHIFT) - 1;
const BANDS = 16;
const ROWS_PER_BAND = SIGNATURE_LENGTH / BANDS;

/** murmur3's 32-bit finaliser over value ^ seed: cheap and well mixed. */
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

/**
 * The fingerprint of a text given as its words (terms.ts `words`); null when too short to be
 * reliable. One-permutation MinHash: each shingle is hashed once and kept if it is the least in its
 * bin (of 64), instead of 64 hashes a shingle; a bin no shingle fell in borrows from the next filled
 * bin, offset by its distance (rotation densification), so short texts still compare fairly.
 */
export function fingerprintOf(tokens: readonly string[]): number[] | null {
  if (tokens.length < SHINGLE_WORDS * 4) return null;
  const tokenHashes = tokens.map(fnv1a);
  const signature = new Array<number>(SIGNATURE_LENGTH).fill(-1);
  for (let index = 0; index + SHINGLE_WORDS <= tokenHashes.length; index += 1) {
    let hash = 0;
    for (let offset = 0; offset < SHINGLE_WORDS; offset += 1)
      hash = mix(tokenHashes[index + offset] ?? 0, hash);
    const bin = hash >>> BIN_SHIFT;
    const value = hash & VALUE_MASK;
    const least = signature[bin] ?? -1;
    if (least === -1 || value < least) signature[bin] = value;
  }
  return signature.map((value, bin) => {
    if (value !== -1) return value;
    for (let distance = 1; distance < SIGNATURE_LENGTH; distance += 1) {
      const borrowed = signature[(bin + distance) % SIGNATURE_LENGTH] ?? -1;
      if (borrowed !== -1) return borrowed + distance * (VALUE_MASK + 1);
    }
    return 0;
  });
}

export function encodeFingerprint(signature: readonly number[]): string {
  return signature.map((value) => value.toString(36)).join(".");
}

export function decodeFingerprint(text: string): number[] {
  return text.split(".").map((value) => Number.parseInt(value, 36));
}

/**
 * Bucket keys, one per band of the signature, as integers (53 bits: exact in a double, compact in
 * SQLite): two signatures sharing any bucket are candidates for near-identical texts.
 */
export function fingerprintBands(signature: readonly number[]): number[] {
  return Array.from({ length: BANDS }, (_, band) => {
    let high = band;
    let low = ~band >>> 0;
    for (let row = band * ROWS_PER_BAND; row < (band + 1) * ROWS_PER_BAND; row += 1) {
      high = mix(signature[row] ?? 0, high);
      low = mix(signature[row] ?? 0, low ^ 0x27d4eb2f);
    }
    return (high & 0x1fffff) * 2 ** 32 + low;
  });
}

export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let index = 0; index < SIGNATURE_LENGTH; index += 1) if (a[index] === b[index]) same += 1;
  return same / SIGNATURE_LENGTH;
}
