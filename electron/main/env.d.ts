/// <reference types="electron-vite/node" />

/** True only in a main process built by `electron-vite dev` (see electron.vite.config.ts and shellMode). */
declare const __SEF_DEVELOPMENT_BUILD__: boolean;
