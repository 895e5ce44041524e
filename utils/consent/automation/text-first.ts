// When a banner's own button text may answer it before autoconsent's 3 s wait ends: a visible reject/accept button and
// no rule for it, known from autoconsent's first look at the page as it stood when the button showed (or 1 s later).

/** Autoconsent in one frame, as its reports describe it. */
export interface FrameLook {
  /** A rule matched here (cmpDetected) or found its banner open: the rule path goes first. */
  detected: boolean;
  lifecycle: string;
  /** Detection passes started so far (autoconsent's findCmpAttempts). */
  passes: number;
  /** Passes started when the button was first seen (0 for a frame that reported nothing then). */
  passesAtSeen: number;
}

/** Longest wait after the button showed for autoconsent to finish a look at it (a slow or missing rule script). */
export const TEXT_FIRST_MAX_MS = 1000;

/**
 * A pass that started after the button showed has ended once the next one started (or detection ended), so every
 * rule was tried on a page with the button on it; none matching means no rule knows this banner.
 */
export function textMayGoFirst(frames: readonly FrameLook[], sinceSeenMs: number): boolean {
  if (frames.some((f) => f.detected)) return false;
  if (sinceSeenMs >= TEXT_FIRST_MAX_MS) return true;
  return frames.length > 0 && frames.every((f) => f.lifecycle === 'nothingDetected' || f.passes >= f.passesAtSeen + 2);
}
