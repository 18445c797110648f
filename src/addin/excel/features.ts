/** What the running Excel supports beyond the manifest's minimum. */
import type { HostFeatures } from './types';

/** Asks Office which optional requirement sets the host has; all false outside Office. */
export function detectFeatures(): HostFeatures {
  const requirements = typeof Office !== 'undefined' ? Office.context?.requirements : undefined;
  const has = (version: string): boolean => {
    try {
      return requirements?.isSetSupported('ExcelApi', version) === true;
    } catch {
      return false;
    }
  };
  return { api19: has('1.9'), api116: has('1.16') };
}
