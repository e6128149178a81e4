import iconv from "iconv-lite";

/**
 * Feed bytes to text. The encoding comes from a byte-order mark, else the XML declaration, else
 * the HTTP charset, else UTF-8 (JSON Feed is UTF-8 by its spec).
 */
const XML_DECLARATION_ENCODING = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

function sniffEncoding(
  bytes: Uint8Array,
  contentType: string | null | undefined,
): { encoding: string; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  // The declaration is ASCII in every encoding a feed may use without a BOM.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 256));
  const declared = XML_DECLARATION_ENCODING.exec(head.trimStart())?.[1];
  if (declared) return { encoding: declared, bomLength: 0 };
  const charset = /charset\s*=\s*"?([A-Za-z0-9._:-]+)/i.exec(contentType ?? "")?.[1];
  return { encoding: charset ?? "utf-8", bomLength: 0 };
}

export function decodeFeedBody(bytes: Uint8Array, contentType?: string | null): string {
  const { encoding, bomLength } = sniffEncoding(bytes, contentType);
  const body = bytes.subarray(bomLength);
  // iconv-lite rather than TextDecoder for legacy encodings: Node 20.18.3+ decodes windows-1252's
  // 0x80-0x9F (curly quotes, dashes) as control characters (nodejs/node#60888).
  if (iconv.encodingExists(encoding)) return iconv.decode(Buffer.from(body), encoding, { stripBOM: false });
  // An encoding name no decoder knows: read it as UTF-8 rather than refuse the feed.
  return new TextDecoder("utf-8").decode(body);
}
