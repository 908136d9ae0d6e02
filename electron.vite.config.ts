import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      // Dependencies stay in node_modules (better-sqlite3 is native); electron-vite's default.
      externalizeDeps: true,
      outDir: 'out/main',
      // jobWorker: the one entry of every job's worker thread (electron/archive/jobs/runner.ts finds it beside index.js).
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts'), jobWorker: resolve(__dirname, 'electron/archive/jobs/worker.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require('electron') and nothing else: bundle every dependency
      // (zod, via shared/api) into the one file. `npm run build` checks the result.
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
