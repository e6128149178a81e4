import { useOnlineStatus } from "../lib/use-online-status";

/** Says plainly that the network is gone, so failing requests are not a mystery; cached pages still work. */
export function OfflineNotice() {
  const online = useOnlineStatus();
  return (
    <div role="status" className="empty:hidden">
      {online ? null : (
        <p className="bg-notice px-4 py-2 text-center font-sans text-sm text-notice-ink">
          You're offline. Articles you've already opened still work; new ones will load when you reconnect.
        </p>
      )}
    </div>
  );
}
