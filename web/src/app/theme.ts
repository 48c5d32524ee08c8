import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  // teal.9: white text on it and it on white pass WCAG AA (4.5:1); teal.8 does not.
  primaryShade: 9,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  // No animation for those who ask for none (and for axe, which must not judge a half-faded modal).
  respectReducedMotion: true,
});

/**
 * Mantine's "dimmed" grey (gray.6) is 3.3:1 on white; gray.7 passes WCAG AA (4.5:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // teal.9 on the light tint is 4.3:1; these pass, and a hovered button stays dark (the
    // default hover of shade 9 is the lighter shade 8: 3.9:1 under white text).
    '--mantine-primary-color-light-color': '#065f46',
    '--mantine-primary-color-filled-hover': '#066649',
    // A field's error text: red.6 is 3.3:1 on white, red.9 passes.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // The text of "light" alerts, badges and buttons on their tint (shade 1): Mantine's own
    // (shade 9 or lighter) is 2.7–4.3:1 there; these are 6.2:1 or more.
    '--mantine-color-teal-light-color': '#065f46',
    '--mantine-color-yellow-light-color': '#6b4a00',
    '--mantine-color-orange-light-color': '#8f3a06',
    '--mantine-color-red-light-color': '#a51d1d',
    '--mantine-color-blue-light-color': '#1c4f8a',
  },
  dark: {},
});
