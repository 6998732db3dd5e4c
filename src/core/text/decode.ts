/** Decoded file text, and whether the bytes were not valid UTF-8 (replacement characters stand in). */
export interface DecodedText {
  readonly text: string;
  readonly invalidUtf8: boolean;
  readonly binary: boolean;
}

/**
 * Decodes growth-file bytes. Invalid UTF-8 does not stop loading: the bad bytes become U+FFFD and the
 * caller reports it, so one damaged file never hides the rest. A NUL byte marks a binary file.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const binary = bytes.subarray(0, 8000).includes(0);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), invalidUtf8: false, binary };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), invalidUtf8: true, binary };
  }
}
