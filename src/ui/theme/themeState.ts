import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * The colour theme: a preference of this browser, never part of the document or its history.
 * "system" follows the operating system (prefers-color-scheme); "light" and "dark" pin it.
 * The page's colours come from the tokens in theme/tokens.css, which read <html data-theme>.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
export const THEME_KEY = 'service-blueprint-studio:theme';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

function rememberedTheme(): ThemeChoice {
  try {
    const stored = localStorage.getItem(THEME_KEY);
    return isThemeChoice(stored) ? stored : 'system';
  } catch {
    return 'system'; // storage blocked: follow the system
  }
}

/** Sets <html data-theme>: absent for "system", so the CSS media query decides. */
function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

export const themeStore = createStore<{ choice: ThemeChoice }>()(() => ({
  choice: rememberedTheme(),
}));
// Applied as this module loads, before the first render, so the page never flashes light.
applyTheme(themeStore.getState().choice);

export function setTheme(choice: ThemeChoice): void {
  applyTheme(choice);
  try {
    localStorage.setItem(THEME_KEY, choice);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
  themeStore.setState({ choice });
}

export function useThemeChoice(): ThemeChoice {
  return useStore(themeStore, (s) => s.choice);
}
