// Class lists used on many pages, so that links and panels look the same everywhere.
export const linkClass =
  "text-blue-800 underline decoration-1 underline-offset-2 hover:text-blue-950 hover:decoration-2";
export const sectionHeadingClass = "text-xl font-semibold tracking-tight text-slate-900";
export const mutedClass = "text-sm text-slate-600";
export const panelClass = "rounded-lg border border-slate-200 bg-white p-4";
