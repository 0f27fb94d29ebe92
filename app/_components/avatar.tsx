/* eslint-disable @next/next/no-img-element -- a plain <img>: photos are small local files and the site ships no client JS */

/** A councillor's photo when this site has a copy, else their initials (decorative: the name is beside it). */
export function Avatar({
  photoPath,
  initials,
  size = "md",
}: {
  photoPath: string | null;
  initials: string;
  size?: "md" | "lg";
}) {
  const box = size === "lg" ? "h-24 w-24 text-2xl" : "h-10 w-10 text-sm";
  if (photoPath) return <img src={photoPath} alt="" className={`${box} shrink-0 rounded-full object-cover`} />;
  return (
    <span
      aria-hidden="true"
      className={`${box} flex shrink-0 items-center justify-center rounded-full bg-slate-200 font-semibold text-slate-700`}
    >
      {initials}
    </span>
  );
}
