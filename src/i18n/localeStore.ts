import { createStore } from 'zustand/vanilla';
import type { Locale } from './locale';

/** The UI language: a preference, never part of the document or its history. */
export const localeStore = createStore<{ locale: Locale }>()(() => ({ locale: 'en' }));
