/**
 * Which text encoding a file is in, from its first bytes: UTF-16 when it starts with a UTF-16
 * byte-order mark (Excel's "Unicode text" export), UTF-8 otherwise (with or without its own mark,
 * which the readers strip). The worker decodes the file chunk by chunk with it.
 */

/** A `TextDecoder` label. */
export type TextEncodingLabel = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding of a file that starts with `bytes` (its first chunk; two bytes are enough). */
export function textEncoding(bytes: ArrayLike<number>): TextEncodingLabel {
  const [a, b] = [bytes[0], bytes[1]];
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return 'utf-8';
}
