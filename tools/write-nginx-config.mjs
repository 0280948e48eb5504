#!/usr/bin/env node
/**
 * `npm run deploy:nginx`: writes deploy/nginx/*.conf from src/deploy/headers.ts.
 * Run it after changing headers; a unit test fails while the files are stale.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderNginxDeployFiles } from '../src/deploy/nginx-config.ts';

const deployDir = resolve(import.meta.dirname, '../deploy/nginx');
for (const [name, text] of Object.entries(renderNginxDeployFiles())) {
  writeFileSync(resolve(deployDir, name), text);
  console.log(`Wrote deploy/nginx/${name}`);
}
