/** The path of Electron's program when it is installed (or ELECTRON_OVERRIDE_DIST_PATH names one), or null. */
export function electronProgram(env?: Record<string, string | undefined>): string | null;
