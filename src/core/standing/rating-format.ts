/** An average to one decimal, as ratings are shown ("2.8"). */
export function oneDecimal(n: number): number {
  return Math.round(n * 10) / 10;
}

/** `2` → `2.0`: ratings read alike whether whole or not. */
export function ratingText(n: number): string {
  return oneDecimal(n).toFixed(1);
}
