import { SHARE_LIMITS, type ShareLimits } from '../journey/walk-room';

/**
 * The limits the recorder keeps a walk within: the share file's (lib/journey/walk-room.ts).
 *
 * The end-to-end build alone lowers the steps, so that tests/e2e/walk-limit.spec.ts walks the demo shop to the
 * limit in a minute instead of an hour. That spec builds it with `wxt build --mode e2e` (into
 * .output/chrome-mv3-e2e). Vite writes import.meta.env.MODE into the code as it builds, so the build that ships
 * (mode production) holds the real limits only and drops this branch: no setting, message or storage key can
 * change them at run time.
 */
const E2E_STEP_LIMIT = 20;

export const RECORDING_LIMITS: ShareLimits = import.meta.env.MODE === 'e2e' ? { ...SHARE_LIMITS, steps: E2E_STEP_LIMIT } : SHARE_LIMITS;
