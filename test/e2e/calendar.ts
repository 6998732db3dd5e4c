/** `YYYY-MM-DD` today, in local time, as the extension dates entries and notes. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** `YYYY-MM` this month. */
export function thisMonth(): string {
  return today().slice(0, 7);
}
