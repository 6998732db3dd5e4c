/** Growth files larger than this are refused rather than loaded into memory. */
export const MAX_GROWTH_FILE_BYTES = 8 * 1024 * 1024;
