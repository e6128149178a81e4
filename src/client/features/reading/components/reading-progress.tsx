import { useEffect, useRef } from "react";
import { usePageShown } from "../../../app/layout/page-shown";

/**
 * A hairline at the top of the window showing how far through the article the reader is. Decorative
 * (the scrollbar says the same), so hidden from assistive tech; updated in a scroll listener
 * through a ref, never through React state, to keep scrolling cheap.
 */
export function ReadingProgress({ targetId }: { targetId: string }) {
  const bar = useRef<HTMLDivElement>(null);
  // A page kept behind another is not measured: laying its hidden text out would cost every frame.
  const shown = usePageShown();

  useEffect(() => {
    if (!shown) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const target = document.getElementById(targetId);
      const element = bar.current;
      if (!target || !element) return;
      const rect = target.getBoundingClientRect();
      const total = rect.height - window.innerHeight;
      const progress = total <= 0 ? 1 : Math.min(1, Math.max(0, -rect.top / total));
      element.style.transform = `scaleX(${progress})`;
    };
    const schedule = () => {
      if (!frame) frame = window.requestAnimationFrame(update);
    };
    // In the next frame rather than now: measuring now would lay the new page out in the middle
    // of React's commit, before the browser's own layout for the paint.
    schedule();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      if (frame) window.cancelAnimationFrame(frame);
    };
  }, [targetId, shown]);

  return (
    <div aria-hidden="true" className="fixed inset-x-0 top-0 z-50 h-[3px]">
      <div ref={bar} className="h-full origin-left scale-x-0 bg-accent" />
    </div>
  );
}
