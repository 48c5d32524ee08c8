/** Phone numbers as Vietnamese staff write them: 0912 345 678, +84 912-345-678. */
export const PHONE_PATTERN = /^\+?[0-9 .-]{8,20}$/;
/**
 * The pattern lets a leading + make 21 characters, but the phone columns hold 20 (which was a 500);
 * numbers as staff write them are far shorter.
 */
export const PHONE_MAX_LENGTH = 20;
