import { sectionHeadingClass } from "@/app/_lib/styles";

/** A titled part of a page: a <section> named by its <h2>, so screen readers list it as a region. */
export function PageSection({
  id,
  title,
  className = "space-y-3",
  children,
}: {
  id: string;
  title: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className={className}>
      <h2 id={`${id}-heading`} className={sectionHeadingClass}>
        {title}
      </h2>
      {children}
    </section>
  );
}
