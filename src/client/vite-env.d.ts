/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Public origin for absolute share URLs when there is no window (server render). */
  readonly VITE_SITE_ORIGIN?: string;
}
