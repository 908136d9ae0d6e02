#!/usr/bin/env node
// `npm start`: builds and opens the Electron app. Where no Electron binary is installed (for
// example a machine that installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1), it says so and starts
// browser mode instead, which serves the same app on 127.0.0.1.
import { spawn } from 'node:child_process';
import { installedElectron } from './native-electron.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const viaElectron = !!installedElectron()?.binary;
if (!viaElectron) {
  console.log('No Electron binary is installed here, so Tessera starts in browser mode.');
  console.log('(Install Electron normally — without ELECTRON_SKIP_BINARY_DOWNLOAD — to get the desktop app.)');
}
const args = viaElectron ? ['exec', '--', 'electron-vite', 'preview'] : ['run', 'start:browser'];
const child = spawn(npm, args, { stdio: 'inherit', shell: process.platform === 'win32' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
