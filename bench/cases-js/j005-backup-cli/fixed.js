#!/usr/bin/env node
'use strict';
/**
 * backup.js - archives a directory into a timestamped .tar.gz.
 *
 * Usage: node backup.js <directory> [output-directory]
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

/** Timestamp safe for file names, e.g. 20240301-153000. */
function timestamp(date = new Date()) {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/**
 * Builds the archive path for a directory.
 * @param {string} dir
 * @param {string} outDir
 */
function archivePathFor(dir, outDir) {
  const base = path.basename(path.resolve(dir)) || 'root';
  return path.join(outDir, `${base}-${timestamp()}.tar.gz`);
}

/**
 * Creates a gzip-compressed tar archive of `dir` inside `outDir`.
 * tar is started without a shell and the paths are passed as separate arguments.
 * @param {string} dir directory to back up
 * @param {string} [outDir] where to put the archive (defaults to the current directory)
 * @returns {string} path of the archive
 */
function createBackup(dir, outDir = process.cwd()) {
  const out = archivePathFor(dir, outDir);
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync('tar', ['czf', path.resolve(out), '--', path.resolve(dir)], { stdio: 'inherit' });
  return out;
}

function main(argv) {
  const [dir, outDir] = argv;
  if (!dir) {
    console.error('usage: backup.js <directory> [output-directory]');
    process.exitCode = 2;
    return;
  }
  const archive = createBackup(dir, outDir);
  console.log(`backup written to ${archive}`);
}

if (require.main === module) {
  main(process.argv.slice(2));
}

module.exports = { createBackup, archivePathFor, timestamp, main };
