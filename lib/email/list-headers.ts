// The list headers of a bulk message: RFC 2369 List-Unsubscribe (HTTPS one-click URL and a mailto in ONE header,
// as a nested array: a flat array makes several headers, of which receivers read one), RFC 8058
// List-Unsubscribe-Post (nodemailer does not add it), RFC 2919 List-Id, and X-Entity-Ref-ID (per issue, so that
// Gmail does not fold one week's digest into the previous week's thread).
import type { ListHeaderOptions } from "./types";

export interface ListHeadersInput {
  oneClickUrl: string;
  mailto: string;
  listId: string;
  listName: string;
  entityRefId: string;
}

export function buildListHeaders(input: ListHeadersInput): {
  list: ListHeaderOptions;
  headers: Record<string, string>;
} {
  return {
    list: {
      unsubscribe: [[input.oneClickUrl, input.mailto]],
      id: { url: input.listId, comment: input.listName },
    },
    headers: {
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "X-Entity-Ref-ID": input.entityRefId,
    },
  };
}

/** The fields a DKIM signature covers: nodemailer's default list omits List-Unsubscribe-Post. */
export const DKIM_HEADER_FIELDS = [
  "From",
  "Sender",
  "Reply-To",
  "Subject",
  "Date",
  "Message-ID",
  "To",
  "Cc",
  "MIME-Version",
  "Content-Type",
  "Content-Transfer-Encoding",
  "List-Id",
  "List-Unsubscribe",
  "List-Unsubscribe-Post",
  "X-Entity-Ref-ID",
].join(":");
