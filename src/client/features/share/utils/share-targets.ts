/**
 * Share links for each network, built from the page's absolute URL and title. Every value goes
 * through encodeURIComponent (not URLSearchParams, whose "+" for spaces mailto: clients show literally).
 */
export type ShareNetwork = "x" | "facebook" | "linkedin" | "reddit" | "telegram" | "whatsapp" | "email";

export type ShareTarget = { network: ShareNetwork; name: string; href: string };

export function buildShareTargets({ url, title }: { url: string; title: string }): ShareTarget[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { network: "x", name: "X", href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { network: "facebook", name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    {
      network: "linkedin",
      name: "LinkedIn",
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
    },
    { network: "reddit", name: "Reddit", href: `https://www.reddit.com/submit?url=${u}&title=${t}` },
    { network: "telegram", name: "Telegram", href: `https://t.me/share/url?url=${u}&text=${t}` },
    {
      network: "whatsapp",
      name: "WhatsApp",
      href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`,
    },
    {
      network: "email",
      name: "email",
      href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}`,
    },
  ];
}
