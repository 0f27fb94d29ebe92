import { subscribePromise } from "@/lib/site";

type FormAction = string | ((formData: FormData) => void | Promise<void>);

interface Props {
  councilName: string;
  /** the council whose weekly summaries the box promises: a new subscriber gets everything from it */
  councilSlug?: string;
  /**
   * Where the form submits: a server action (from an app/**\/actions.ts file) or a URL. Without one the form is
   * shown disabled with "Subscriptions open soon", so the promise is visible before sending is wired up.
   */
  action?: FormAction;
}

/** The email sign-up with its promise. The "website" field is a honeypot: people never see it, bots fill it in. */
export function SubscribeBox({ councilName, councilSlug, action }: Props) {
  const open = action !== undefined;
  return (
    <section aria-labelledby="subscribe-heading" className="rounded-lg border border-blue-200 bg-blue-50 p-5">
      <h2 id="subscribe-heading" className="text-xl font-semibold text-slate-900">
        Subscribe to updates
      </h2>
      <p className="mt-1 text-slate-800">{subscribePromise(councilName)}</p>
      {/* React supplies method and encoding itself for a function action and rejects explicit ones. */}
      <form action={action} method={typeof action === "string" ? "post" : undefined} className="mt-4">
        {councilSlug && <input type="hidden" name="council" value={councilSlug} />}
        <fieldset disabled={!open} className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <legend className="sr-only">Weekly email</legend>
          <div className="flex grow flex-col gap-1">
            <label htmlFor="subscribe-email" className="text-sm font-medium text-slate-900">
              Email address
            </label>
            <input
              id="subscribe-email"
              name="email"
              type="email"
              required
              autoComplete="email"
              className="w-full rounded border border-slate-400 bg-white px-3 py-2 text-base disabled:bg-slate-100"
            />
          </div>
          <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
            <label htmlFor="subscribe-website">Leave this field empty</label>
            <input id="subscribe-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
          </div>
          <button
            type="submit"
            className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 disabled:cursor-not-allowed disabled:bg-slate-500"
          >
            Subscribe
          </button>
        </fieldset>
        {!open && <p className="mt-2 text-sm font-medium text-slate-700">Subscriptions open soon</p>}
      </form>
    </section>
  );
}
