import { describe, expect, it } from 'vitest';
import { isAbortedLoad } from '../../lib/platform/aborted-load';

describe('isAbortedLoad', () => {
  it("knows Chrome's and Firefox's words for an abandoned load", () => {
    expect(isAbortedLoad('net::ERR_ABORTED')).toBe(true);
    // Firefox 140's onErrorOccurred on a plain link click: NS_BINDING_ABORTED.
    expect(isAbortedLoad('Error code 2152398850')).toBe(true);
  });

  it('keeps real failures, which the walk shows as pages it could not load', () => {
    expect(isAbortedLoad('net::ERR_NAME_NOT_RESOLVED')).toBe(false);
    // NS_ERROR_UNKNOWN_HOST
    expect(isAbortedLoad('Error code 2152398878')).toBe(false);
  });
});
