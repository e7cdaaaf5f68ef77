/**
 * What each browser's webNavigation.onErrorOccurred says when a load was abandoned rather than failed: a download,
 * or a navigation replaced by the next one. Chrome says `net::ERR_ABORTED`; Firefox gives the number of
 * NS_BINDING_ABORTED (0x804B0002), and fires it on ordinary link clicks too. Neither is a page the walk lost.
 */
const abortedLoadErrors = ['net::ERR_ABORTED', 'Error code 2152398850'];

export function isAbortedLoad(error: string): boolean {
  return abortedLoadErrors.includes(error);
}
