/**
 * Lets the browser paint and handle clicks before the next step of a long loop. Awaiting an already
 * resolved promise does neither (it stays in the same task), so progress text would not show and a
 * Cancel click would wait until the end: wait for the next frame, then for a new task.
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const next = (): void => void setTimeout(resolve, 0);
    if (typeof requestAnimationFrame === "function" && document.visibilityState === "visible") {
      requestAnimationFrame(next);
    } else {
      next();
    }
  });
}
