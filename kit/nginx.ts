// Debian's nginx for the benchmark and the two-web-servers test: a private instance on loopback (its own folder for
// the pid, logs, temporary files and cache), proxying to one or more `next start` with the production caching rules
// of docs/deploy/harrow-digest-proxy.conf and the page-file maps of docs/deploy/harrow-digest-http.conf, included
// as they are, serving page files from `pageFilesDir` with the headers lib/web/page-file-headers.ts works out.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "@/lib/port-free";
import { nginxPageHeaders } from "@/lib/web/page-file-headers";
import { waitUntil } from "./wait";

export const NGINX_BIN = "/usr/sbin/nginx";
export const PROXY_RULES = path.resolve("docs/deploy/harrow-digest-proxy.conf");
export const HTTP_RULES = path.resolve("docs/deploy/harrow-digest-http.conf");

export interface RunningNginx {
  baseUrl: string;
  /** requests so far that nginx's cache did not answer (MISS, EXPIRED, STALE, UPDATING, BYPASS...), by status */
  notFromCache(): Record<string, number>;
  /** requests so far that went to the proxy (no page file answered them), nginx's cache hits included */
  proxied(): number;
  /** user + system CPU seconds of the master and its workers so far (Linux) */
  cpuSeconds(): number;
  errorLog(): string;
  stop(): Promise<void>;
}

export function nginxAvailable(): boolean {
  return fs.existsSync(NGINX_BIN);
}

export interface NginxOptions {
  /** a fresh folder for this instance */
  dir: string;
  upstreamPort: number | number[];
  /**
   * files nginx itself serves under /__bench-static/: each body, and its compressed bytes for gzip_static (gzip -6
   * of the body when not given)
   */
  staticFiles?: Record<string, { body: string | Buffer; gzip?: Buffer }>;
  /** headers the static files are served with (as the pages are), Content-Type included */
  staticHeaders?: Record<string, string>;
  workers?: number;
  /** the web servers' PAGE_FILES_DIR (default: an empty folder of this instance's, so no page files) */
  pageFilesDir?: string;
  /** the web servers' PUBLIC_BASE_URL, for the page files' security headers (default http://127.0.0.1) */
  publicBaseUrl?: string;
}

export function nginxConfig(options: NginxOptions & { port: number }): string {
  const { dir } = options;
  const ports = [options.upstreamPort].flat();
  return `worker_processes ${options.workers ?? 1};
daemon off;
master_process on;
${process.getuid?.() === 0 ? "user root;" : ""}
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  # Only the requests that reached the proxy are logged (static files and page files are not), with nginx's cache
  # status, so that a benchmark can say how many of its requests were not answered by a page file, and how many
  # went upstream.
  map $upstream_cache_status $bench_proxied { "" 0; default 1; }
  log_format bench_cache '$upstream_cache_status $request_uri';
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=harrow_digest:50m max_size=2g inactive=1h use_temp_path=off;
  map $http_accept_encoding $harrow_digest_gzip { ~*gzip gzip; default ""; }
  include ${HTTP_RULES};
  map "" $harrow_digest_pages { default ${path.resolve(options.pageFilesDir ?? path.join(dir, "pages"))}; }
  upstream harrow_digest_web {
${ports.map((p) => `    server 127.0.0.1:${p};`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${options.port};
    access_log ${dir}/proxied.log bench_cache if=$bench_proxied;
    location /__bench-static/ {
      alias ${dir}/static/;
      gzip_static on;
      etag off;
${staticHeaderLines(options.staticHeaders)}
    }
    include ${PROXY_RULES};
  }
}
`;
}

/** nginx lines serving a location's files with exactly these headers (Content-Type as given, not by extension). */
function staticHeaderLines(headers: Record<string, string> = {}): string {
  const quote = (v: string) => {
    if (/["$\\]/.test(v)) throw new Error(`a static header value nginx cannot quote as it is: ${v}`);
    return `"${v}"`;
  };
  const lines: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === "content-type") lines.push(`      types { }`, `      default_type ${quote(value)};`);
    else lines.push(`      add_header ${name} ${quote(value)};`);
  }
  return lines.join("\n");
}

export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const { dir } = options;
  fs.mkdirSync(path.join(dir, "tmp"), { recursive: true });
  fs.mkdirSync(path.join(dir, "static"), { recursive: true });
  fs.mkdirSync(path.join(dir, "pages"), { recursive: true });
  fs.mkdirSync(path.join(dir, "snippets"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "snippets", "harrow-digest-page-headers.conf"),
    nginxPageHeaders({ publicBaseUrl: options.publicBaseUrl ?? "http://127.0.0.1", development: false }),
  );
  for (const [name, { body, gzip }] of Object.entries(options.staticFiles ?? {})) {
    fs.writeFileSync(path.join(dir, "static", name), body);
    fs.writeFileSync(
      path.join(dir, "static", `${name}.gz`),
      gzip ?? spawnSync("gzip", ["-c", "-6"], { input: body }).stdout,
    );
  }
  const port = await freePort();
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(conf, nginxConfig({ ...options, port }));
  const check = spawnSync(NGINX_BIN, ["-t", "-q", "-p", dir, "-c", conf], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  const child: ChildProcess = spawn(NGINX_BIN, ["-p", dir, "-c", conf], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stderr?.on("data", (c) => (output += c));
  const baseUrl = `http://127.0.0.1:${port}`;
  // Until it answers, with no count of tries (kit/wait.ts): its exit ends the wait with its output.
  let probe = 0;
  await waitUntil(
    async () => {
      if (child.exitCode !== null) throw new Error(`nginx exited:\n${output}`);
      return fetch(baseUrl + "/__nginx-probe-" + probe++).then(
        () => true,
        () => false,
      );
    },
    () => `nginx to answer on ${baseUrl}:\n${output}`,
    50,
  );
  const pids = () => {
    const master = child.pid!;
    const children = spawnSync("pgrep", ["-P", String(master)], { encoding: "utf8" })
      .stdout.split("\n")
      .filter(Boolean)
      .map(Number);
    return [master, ...children];
  };
  const proxiedLog = () => {
    try {
      return fs.readFileSync(path.join(dir, "proxied.log"), "utf8").split("\n").filter(Boolean);
    } catch {
      return [];
    }
  };
  const cpu = (pid: number) => {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return 0;
    }
  };
  return {
    baseUrl,
    cpuSeconds: () => pids().reduce((sum, pid) => sum + cpu(pid), 0),
    notFromCache: () => {
      const counts: Record<string, number> = {};
      for (const line of proxiedLog()) {
        const status = line.split(" ")[0] || "-";
        if (status !== "HIT") counts[status] = (counts[status] ?? 0) + 1;
      }
      return counts;
    },
    proxied: () => proxiedLog().length,
    errorLog: () => {
      try {
        return fs.readFileSync(path.join(dir, "error.log"), "utf8");
      } catch {
        return "";
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGQUIT");
      }),
  };
}
