/** Phone numbers as Vietnamese staff write them: 0912 345 678, +84 912-345-678. */
export const PHONE_PATTERN = /^\+?[0-9 .-]{8,20}$/;
