// Must be imported before anything else that uses zod. zod probes for eval support with new Function(),
// which the app's Content Security Policy (script-src 'self', no 'unsafe-eval') blocks and reports as a
// violation; jitless mode makes zod skip the probe and validate without generated code.
import { z } from 'zod';

z.config({ jitless: true });
