import type { ReactNode } from 'react';

/** The frame every lab page shares: its title (the page's h2), a one-paragraph intro, its content. */
export function LabPage({
  title,
  intro,
  children,
}: {
  title: string;
  intro: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="lab-page" aria-labelledby="lab-title">
      <h2 id="lab-title">{title}</h2>
      <p className="lab-intro">{intro}</p>
      {children}
    </section>
  );
}
