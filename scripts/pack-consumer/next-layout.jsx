// The root layout a Next.js App Router app needs; built by scripts/pack-check.mjs with next-page.jsx.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
