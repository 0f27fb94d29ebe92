// npm run nginx:page-headers: prints the nginx snippet of the headers the web server sends with a page, for this
// configuration (PUBLIC_BASE_URL), to save as /etc/nginx/snippets/harrow-digest-page-headers.conf
// (docs/operations.md#page-files).
import { getEnv } from "@/lib/env";
import { nginxPageHeaders } from "@/lib/web/page-file-headers";

process.stdout.write(nginxPageHeaders({ publicBaseUrl: getEnv().PUBLIC_BASE_URL, development: false }));
