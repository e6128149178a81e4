import { useNavigation } from "react-router";

/** A thin bar while a navigation waits for its loader; it appears only if the wait is noticeable. */
export function RouteProgress() {
  const navigation = useNavigation();
  if (navigation.state === "idle") return null;
  return (
    <div aria-hidden="true" className="fixed inset-x-0 top-0 z-50 h-[3px]">
      <div className="route-progress h-full bg-accent" />
    </div>
  );
}
