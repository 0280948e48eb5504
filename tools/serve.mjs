#!/usr/bin/env node
/**
 * `npm run serve`: serves the built site (dist/, or DIST_DIR) through nginx
 * with the production config from deploy/nginx/, on 127.0.0.1:${PORT:-8080}.
 * nginx runs in the foreground as the current user; its pid and temp files
 * live in a temp folder that is removed on exit. Nothing is written to /etc or /var.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readToolSettings, settingsOrExit } from '../src/config/env.ts';
import { renderLocalNginxConf, renderNginxDeployFiles } from '../src/deploy/nginx-config.ts';
import { redirectFiles } from '../src/deploy/redirects.ts';

const { nginx, distDir: root, host, port } = settingsOrExit(readToolSettings);
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';
const mimeTypes = '/etc/nginx/mime.types';
const deployDir = resolve(import.meta.dirname, '../deploy/nginx');
const redirectRules = join(root, redirectFiles.nginx);

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!existsSync(nginx) || !existsSync(mimeTypes)) {
  fail(`nginx not found at ${nginx}. Install it with \`sudo apt-get install -y nginx\` (or set NGINX_BIN).`);
}
if (!existsSync(join(root, 'index.html'))) {
  fail(`No built site in ${root}. Run \`npm run build\` first.`);
}
for (const [name, text] of Object.entries(renderNginxDeployFiles())) {
  const file = join(deployDir, name);
  if (!existsSync(file) || readFileSync(file, 'utf-8') !== text) {
    fail(
      `deploy/nginx/${name} does not match src/deploy/headers.ts. Run \`npm run deploy:nginx\` and commit it.`,
    );
  }
}

const prefix = mkdtempSync(join(tmpdir(), 'opinion-nginx-'));
const confFile = join(prefix, 'nginx.conf');
writeFileSync(
  confFile,
  renderLocalNginxConf({
    prefix,
    root,
    host,
    port,
    deployDir,
    brotliModule: existsSync(brotliModule) ? brotliModule : undefined,
    mimeTypes,
    redirectRules: existsSync(redirectRules) ? redirectRules : undefined,
  }),
);

const child = spawn(nginx, ['-p', prefix, '-c', confFile, '-e', 'stderr'], { stdio: 'inherit' });
console.log(`Serving ${root} through nginx at http://${host}:${port}/ (Ctrl+C stops it)`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill('SIGQUIT'));
}
child.on('exit', (code, signal) => {
  rmSync(prefix, { recursive: true, force: true });
  process.exit(code ?? (signal === 'SIGQUIT' ? 0 : 1));
});
